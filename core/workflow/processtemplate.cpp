#include "processtemplate.h"

#include <model/processtemplaterecord.h>
#include <model/workspace.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::ProcessTemplate", text);
}

QString pick(TemplateLanguage language, const QString &en, const QString &zh)
{
    return language == TemplateLanguage::Chinese && !zh.isEmpty() ? zh : en;
}

/// Reads the JSON into a template; returns an error message naming the element, or empty.
QString parse(const QJsonObject &root, ProcessTemplate &t)
{
    if (root.value(QLatin1String("format")).toString() != QLatin1String("keel-process-template"))
        return tr("it is not a Keel process template (\"format\" must be \"keel-process-template\").");
    t.key = root.value(QLatin1String("key")).toString();
    t.name = root.value(QLatin1String("name")).toString();
    t.nameZh = root.value(QLatin1String("name_zh")).toString();
    t.description = root.value(QLatin1String("description")).toString();
    t.descriptionZh = root.value(QLatin1String("description_zh")).toString();
    if (t.key.isEmpty() || t.name.isEmpty())
        return tr("the template needs a \"key\" and a \"name\".");
    const QString billing = root.value(QLatin1String("billing_model")).toString();
    if (!billing.isEmpty()) {
        const std::optional<BillingModel> model = enumFromName<BillingModel>(billing);
        if (!model)
            return tr("unknown billing model \"%1\".").arg(billing);
        t.billingModel = *model;
    }

    QSet<QString> roleKeys;
    for (const QJsonValue &v : root.value(QLatin1String("roles")).toArray()) {
        const QJsonObject o = v.toObject();
        TemplateRole role{o.value(QLatin1String("key")).toString(), o.value(QLatin1String("name")).toString(),
                          o.value(QLatin1String("name_zh")).toString(), o.value(QLatin1String("category")).toString()};
        if (role.key.isEmpty() || role.name.isEmpty())
            return tr("role %1 needs a \"key\" and a \"name\".").arg(t.roles.size() + 1);
        if (roleKeys.contains(role.key))
            return tr("the role \"%1\" is defined twice.").arg(role.key);
        roleKeys.insert(role.key);
        t.roles.append(role);
    }

    QSet<QString> taskKeys;
    const QJsonArray phases = root.value(QLatin1String("phases")).toArray();
    if (phases.isEmpty())
        return tr("the template has no phases.");
    for (const QJsonValue &pv : phases) {
        const QJsonObject po = pv.toObject();
        TemplatePhase phase{po.value(QLatin1String("name")).toString(), po.value(QLatin1String("name_zh")).toString(), {}};
        if (phase.name.isEmpty())
            return tr("phase %1 has no \"name\".").arg(t.phases.size() + 1);
        for (const QJsonValue &tv : po.value(QLatin1String("tasks")).toArray()) {
            const QJsonObject to = tv.toObject();
            TemplateTask task;
            task.key = to.value(QLatin1String("key")).toString();
            task.name = to.value(QLatin1String("name")).toString();
            task.nameZh = to.value(QLatin1String("name_zh")).toString();
            task.days = to.value(QLatin1String("days")).toDouble();
            task.milestone = to.value(QLatin1String("milestone")).toBool();
            const QString where = tr("task \"%1\" of phase \"%2\"").arg(task.name.isEmpty() ? task.key : task.name, phase.name);
            if (task.key.isEmpty() || task.name.isEmpty())
                return tr("%1 needs a \"key\" and a \"name\".").arg(where);
            if (taskKeys.contains(task.key))
                return tr("the task key \"%1\" is used twice.").arg(task.key);
            if (!std::isfinite(task.days) || task.days < 0 || task.days > 2000)
                return tr("%1: \"days\" must be between 0 and 2000.").arg(where);
            if (!task.milestone && task.days <= 0)
                return tr("%1: a task that is not a milestone needs \"days\".").arg(where);
            for (const QString &field : {QStringLiteral("optimistic_days"), QStringLiteral("most_likely_days"),
                                        QStringLiteral("pessimistic_days")}) {
                const double v = to.value(field).toDouble();
                if (!std::isfinite(v) || v < 0 || v > 2000)
                    return tr("%1: \"%2\" must be between 0 and 2000.").arg(where, field);
            }
            task.optimisticDays = to.value(QLatin1String("optimistic_days")).toDouble();
            task.mostLikelyDays = to.value(QLatin1String("most_likely_days")).toDouble();
            task.pessimisticDays = to.value(QLatin1String("pessimistic_days")).toDouble();
            for (const QJsonValue &a : to.value(QLatin1String("after")).toArray()) {
                TemplateLink link;
                if (a.isObject()) {
                    const QJsonObject lo = a.toObject();
                    link.task = lo.value(QLatin1String("task")).toString();
                    const QString type = lo.value(QLatin1String("type")).toString(QStringLiteral("fs"));
                    const QString unit = lo.value(QLatin1String("lag_unit")).toString(QStringLiteral("working"));
                    const std::optional<DependencyType> linkType = enumFromName<DependencyType>(type);
                    const std::optional<LagUnit> u = enumFromName<LagUnit>(unit);
                    if (!linkType)
                        return tr("%1: unknown link type \"%2\" (fs, ss, ff or sf).").arg(where, type);
                    if (!u)
                        return tr("%1: unknown lag unit \"%2\" (working, elapsed or percent).").arg(where, unit);
                    link.type = *linkType;
                    link.lagUnit = *u;
                    link.lag = lo.value(QLatin1String("lag")).toDouble();
                    if (!std::isfinite(link.lag) || std::abs(link.lag) > 2000)
                        return tr("%1: the lag after \"%2\" must be between -2000 and 2000.").arg(where, link.task);
                } else {
                    link.task = a.toString();
                }
                if (!taskKeys.contains(link.task))
                    return tr("%1: its predecessor \"%2\" is not a task defined before it.").arg(where, link.task);
                task.after.append(link);
            }
            for (const QJsonValue &rv : to.value(QLatin1String("roles")).toArray()) {
                const QJsonObject ro = rv.toObject();
                TemplateRoleNeed need{ro.value(QLatin1String("role")).toString(), ro.value(QLatin1String("level")).toInt(1),
                                      ro.value(QLatin1String("hours")).toInt()};
                if (!roleKeys.contains(need.role))
                    return tr("%1 needs the role \"%2\", which the template does not define.").arg(where, need.role);
                if (need.level < 1 || need.level > 5 || need.hours < 0)
                    return tr("%1: a role needs a level from 1 to 5 and hours that are not negative.").arg(where);
                task.roles.append(need);
            }
            taskKeys.insert(task.key);
            phase.tasks.append(task);
        }
        if (phase.tasks.isEmpty())
            return tr("phase \"%1\" has no tasks.").arg(phase.name);
        t.phases.append(phase);
    }
    return {};
}

/// Checks what every new project needs; empty when fine.
QString checkSpec(const Workspace &ws, const NewProjectSpec &spec)
{
    if (spec.name.trimmed().isEmpty())
        return tr("A new project needs a name.");
    if (!spec.start.isValid())
        return tr("A new project needs a start date.");
    if (!spec.clientId.isNull() && !ws.get<Client>(spec.clientId))
        return tr("The client of the new project does not exist.");
    const QString code = spec.code.trimmed();
    if (!code.isEmpty()) {
        for (const Project &p : ws.projects()) {
            if (p.code.compare(code, Qt::CaseInsensitive) == 0)
                return tr("The code “%1” is already used by project “%2”.").arg(code, p.name);
        }
    }
    return {};
}

Project newProject(const Workspace &ws, const NewProjectSpec &spec)
{
    Project p;
    p.id = newId();
    p.name = spec.name.trimmed();
    p.code = spec.code.trimmed();
    p.clientId = spec.clientId;
    p.phase = Phase::Initiation;
    p.start = toMinutes(spec.start);
    p.calendarId = ws.settings().defaultCalendarId;
    if (!p.calendarId.isNull() && !ws.get<Calendar>(p.calendarId))
        p.calendarId = Id();
    if (!spec.calendarId.isNull())
        p.calendarId = spec.calendarId;
    p.currency = ws.settings().currency;
    return p;
}

} // namespace

QString ProcessTemplate::displayName(TemplateLanguage language) const
{
    return pick(language, name, nameZh);
}

QString ProcessTemplate::displayDescription(TemplateLanguage language) const
{
    return pick(language, description, descriptionZh);
}

int ProcessTemplate::taskCount() const
{
    int n = 0;
    for (const TemplatePhase &p : phases)
        n += int(p.tasks.size());
    return n;
}

std::optional<ProcessTemplate> ProcessTemplate::fromJson(const QByteArray &json, const QString &source, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QString problem;
    ProcessTemplate t;
    if (doc.isNull())
        problem = tr("invalid JSON at offset %1: %2.").arg(parseError.offset).arg(parseError.errorString());
    else if (!doc.isObject())
        problem = tr("the template must be a JSON object.");
    else
        problem = parse(doc.object(), t);
    if (problem.isEmpty())
        return t;
    if (error)
        *error = tr("Template %1: %2").arg(source, problem);
    return std::nullopt;
}

std::optional<ProcessTemplate> ProcessTemplate::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Template %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

QList<ProcessTemplate> ProcessTemplate::builtIn()
{
    QList<ProcessTemplate> list;
    for (const char *name : {"it-outsourcing", "consulting-engagement", "engineering-design"}) {
        QString error;
        if (std::optional<ProcessTemplate> t = load(QStringLiteral(":/templates/%1.json").arg(QLatin1String(name)), &error))
            list.append(*t);
        else
            qWarning("%s", qUtf8Printable(error));
    }
    return list;
}

std::optional<ChangeSet> TemplateInstantiator::blank(const Workspace &ws, const NewProjectSpec &spec, Id *projectId,
                                                     QString *error)
{
    if (const QString problem = checkSpec(ws, spec); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const Project p = newProject(ws, spec);
    if (projectId)
        *projectId = p.id;
    ChangeSet changes(tr("New project %1").arg(p.name));
    changes.insert(p);
    return changes;
}

std::optional<ChangeSet> TemplateInstantiator::instantiate(const ProcessTemplate &tmpl, const Workspace &ws,
                                                           const NewProjectSpec &spec, Id *projectId, QString *error)
{
    if (const QString problem = checkSpec(ws, spec); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const TemplateLanguage lang = spec.language;
    Project p = newProject(ws, spec);
    p.billingModel = tmpl.billingModel;
    p.description = tmpl.displayDescription(lang);
    if (projectId)
        *projectId = p.id;
    ChangeSet changes(tr("New project %1 from template %2").arg(p.name, tmpl.displayName(lang)));
    changes.insert(p);

    // Roles become skills: an existing skill of the same name (in either language) is reused.
    QHash<QString, Id> skillOfRole;
    for (const TemplateRole &role : tmpl.roles) {
        Id found;
        for (const Skill &s : ws.table<Skill>()) {
            if (s.name.compare(role.name, Qt::CaseInsensitive) == 0
                || (!role.nameZh.isEmpty() && s.name.compare(role.nameZh, Qt::CaseInsensitive) == 0)) {
                found = s.id;
                break;
            }
        }
        if (found.isNull()) {
            Skill s;
            s.id = newId();
            s.name = pick(lang, role.name, role.nameZh);
            s.category = role.category;
            changes.insert(s);
            found = s.id;
        }
        skillOfRole.insert(role.key, found);
    }

    const qint64 minutesPerDay = ws.settings().minutesPerDay > 0 ? ws.settings().minutesPerDay : 480;
    QHash<QString, Id> taskOfKey;
    QList<Dependency> links;
    int phaseOrder = 0;
    for (const TemplatePhase &phase : tmpl.phases) {
        Task summary;
        summary.id = newId();
        summary.projectId = p.id;
        summary.order = phaseOrder++;
        summary.name = pick(lang, phase.name, phase.nameZh);
        changes.insert(summary);
        int order = 0;
        for (const TemplateTask &tt : phase.tasks) {
            Task t;
            t.id = newId();
            t.projectId = p.id;
            t.parentId = summary.id;
            t.order = order++;
            t.name = pick(lang, tt.name, tt.nameZh);
            t.milestone = tt.milestone;
            t.duration = tt.milestone ? 0 : qint64(std::llround(tt.days * double(minutesPerDay)));
            t.optimistic = qint64(std::llround(tt.optimisticDays * double(minutesPerDay)));
            t.mostLikely = qint64(std::llround(tt.mostLikelyDays * double(minutesPerDay)));
            t.pessimistic = qint64(std::llround(tt.pessimisticDays * double(minutesPerDay)));
            for (const TemplateRoleNeed &need : tt.roles)
                t.work += qint64(need.hours) * 60;
            changes.insert(t);
            taskOfKey.insert(tt.key, t.id);
            for (const TemplateLink &before : tt.after) {
                Dependency d;
                d.id = newId();
                d.predecessorId = taskOfKey.value(before.task);
                d.successorId = t.id;
                d.type = before.type;
                d.lagUnit = before.lagUnit;
                const double scale = before.lagUnit == LagUnit::Percent ? 1.0
                                     : before.lagUnit == LagUnit::Elapsed ? double(kMinutesPerDay) : double(minutesPerDay);
                d.lag = qint64(std::llround(before.lag * scale));
                links.append(d);
            }
            for (const TemplateRoleNeed &need : tt.roles) {
                SkillRequirement r;
                r.id = newId();
                r.taskId = t.id;
                r.skillId = skillOfRole.value(need.role);
                r.minLevel = need.level;
                r.work = qint64(need.hours) * 60;
                changes.insert(r);
            }
        }
    }
    for (const Dependency &d : links)
        changes.insert(d);
    return changes;
}

std::optional<ProcessTemplate> ProcessTemplate::fromRecord(const ProcessTemplateRecord &record, QString *error)
{
    std::optional<ProcessTemplate> t = fromJson(record.body.toUtf8(), QStringLiteral("“%1”").arg(record.name), error);
    if (t) {
        t->key = record.key;
        t->name = record.name;
        t->nameZh.clear();
        t->description = record.description;
        t->descriptionZh.clear();
        t->recordId = record.id;
    }
    return t;
}

QList<ProcessTemplate> ProcessTemplate::available(const Workspace &ws)
{
    QList<ProcessTemplate> own;
    for (const ProcessTemplateRecord &r : ws.table<ProcessTemplateRecord>()) {
        QString error;
        if (std::optional<ProcessTemplate> t = fromRecord(r, &error))
            own.append(*t);
    }
    std::sort(own.begin(), own.end(),
              [](const ProcessTemplate &a, const ProcessTemplate &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return builtIn() + own;
}

std::optional<ProcessTemplate> ProcessTemplate::find(const Workspace &ws, const QString &keyOrName)
{
    for (const ProcessTemplate &t : available(ws)) {
        if (t.key == keyOrName || t.name.compare(keyOrName, Qt::CaseInsensitive) == 0
            || (!t.nameZh.isEmpty() && t.nameZh == keyOrName))
            return t;
    }
    return std::nullopt;
}

ProcessTemplate ProcessTemplate::fromProject(const Workspace &ws, const Id &projectId)
{
    ProcessTemplate t;
    t.key = QStringLiteral("project");
    const Project *project = ws.get<Project>(projectId);
    if (!project)
        return t;
    t.name = project->name;
    t.description = project->description;
    t.billingModel = project->billingModel;
    const double perDay = ws.settings().minutesPerDay > 0 ? double(ws.settings().minutesPerDay) : 480.0;
    auto days = [perDay](qint64 minutes) { return std::round(double(minutes) / perDay * 100.0) / 100.0; };

    QHash<Id, QList<const SkillRequirement *>> needsOf;
    for (const SkillRequirement &r : ws.table<SkillRequirement>())
        needsOf[r.taskId].append(&r);
    QHash<Id, QString> roleOfSkill;
    QHash<Id, QString> keyOfTask;
    auto leaf = [&](const Task &task) {
        TemplateTask tt;
        tt.key = QStringLiteral("t%1").arg(keyOfTask.size() + 1);
        keyOfTask.insert(task.id, tt.key);
        tt.name = task.name;
        tt.milestone = task.milestone || task.duration <= 0;
        tt.days = tt.milestone ? 0 : days(task.duration);
        tt.optimisticDays = days(task.optimistic);
        tt.mostLikelyDays = days(task.mostLikely);
        tt.pessimisticDays = days(task.pessimistic);
        for (const SkillRequirement *r : needsOf.value(task.id)) {
            const Skill *skill = ws.get<Skill>(r->skillId);
            if (!skill)
                continue;
            if (!roleOfSkill.contains(skill->id)) {
                const QString key = QStringLiteral("role%1").arg(t.roles.size() + 1);
                roleOfSkill.insert(skill->id, key);
                t.roles.append(TemplateRole{key, skill->name, {}, skill->category});
            }
            tt.roles.append(TemplateRoleNeed{roleOfSkill.value(skill->id), std::clamp(r->minLevel, 1, 5),
                                             int(std::max<qint64>(0, (r->work + 30) / 60))});
        }
        return tt;
    };
    std::function<void(const Id &, TemplatePhase &)> collect = [&](const Id &id, TemplatePhase &phase) {
        for (const Id &child : ws.childTasks(id)) {
            if (ws.isSummary(child))
                collect(child, phase);
            else if (const Task *task = ws.get<Task>(child))
                phase.tasks.append(leaf(*task));
        }
    };
    TemplatePhase loose;
    auto flushLoose = [&] {
        if (!loose.tasks.isEmpty())
            t.phases.append(loose);
        loose = TemplatePhase{tr("Tasks"), {}, {}};
    };
    flushLoose();
    for (const Id &root : ws.rootTasks(projectId)) {
        const Task *task = ws.get<Task>(root);
        if (!task)
            continue;
        if (ws.isSummary(root)) {
            flushLoose();
            TemplatePhase phase{task->name, {}, {}};
            collect(root, phase);
            t.phases.append(phase);
        } else {
            loose.tasks.append(leaf(*task));
        }
    }
    flushLoose();

    for (TemplatePhase &phase : t.phases) {
        for (TemplateTask &tt : phase.tasks) {
            const Id taskId = keyOfTask.key(tt.key);
            for (const Id &linkId : ws.taskDependencies(taskId)) {
                const Dependency *d = ws.get<Dependency>(linkId);
                if (!d || d->successorId != taskId || !keyOfTask.contains(d->predecessorId))
                    continue;
                const double scale = d->lagUnit == LagUnit::Percent ? 1.0
                                     : d->lagUnit == LagUnit::Elapsed ? double(kMinutesPerDay) : perDay;
                tt.after.append(TemplateLink{keyOfTask.value(d->predecessorId), d->type,
                                             std::round(double(d->lag) / scale * 100.0) / 100.0, d->lagUnit});
            }
            std::sort(tt.after.begin(), tt.after.end(), [](const TemplateLink &a, const TemplateLink &b) {
                return a.task.mid(1).toInt() < b.task.mid(1).toInt();
            });
        }
    }
    return t;
}

QByteArray ProcessTemplate::toJson() const
{
    auto text = [](QJsonObject &o, const char *field, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(field), value);
    };
    auto number = [](QJsonObject &o, const char *field, double value) {
        if (value != 0)
            o.insert(QLatin1String(field), value);
    };
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("keel-process-template")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("key"), key},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("billing_model"), enumName(billingModel)}};
    text(root, "name_zh", nameZh);
    text(root, "description", description);
    text(root, "description_zh", descriptionZh);
    QJsonArray roleArray;
    for (const TemplateRole &r : roles) {
        QJsonObject o{{QStringLiteral("key"), r.key}, {QStringLiteral("name"), r.name}};
        text(o, "name_zh", r.nameZh);
        text(o, "category", r.category);
        roleArray.append(o);
    }
    root.insert(QLatin1String("roles"), roleArray);
    QJsonArray phaseArray;
    for (const TemplatePhase &p : phases) {
        QJsonObject po{{QStringLiteral("name"), p.name}};
        text(po, "name_zh", p.nameZh);
        QJsonArray taskArray;
        for (const TemplateTask &task : p.tasks) {
            QJsonObject to{{QStringLiteral("key"), task.key}, {QStringLiteral("name"), task.name}};
            text(to, "name_zh", task.nameZh);
            if (task.milestone)
                to.insert(QLatin1String("milestone"), true);
            number(to, "days", task.days);
            number(to, "optimistic_days", task.optimisticDays);
            number(to, "most_likely_days", task.mostLikelyDays);
            number(to, "pessimistic_days", task.pessimisticDays);
            QJsonArray after;
            for (const TemplateLink &l : task.after) {
                if (l.type == DependencyType::FinishStart && l.lag == 0) {
                    after.append(l.task);
                    continue;
                }
                QJsonObject lo{{QStringLiteral("task"), l.task}, {QStringLiteral("type"), enumName(l.type)}};
                number(lo, "lag", l.lag);
                if (l.lagUnit != LagUnit::Working)
                    lo.insert(QLatin1String("lag_unit"), enumName(l.lagUnit));
                after.append(lo);
            }
            if (!after.isEmpty())
                to.insert(QLatin1String("after"), after);
            QJsonArray needs;
            for (const TemplateRoleNeed &n : task.roles)
                needs.append(QJsonObject{{QStringLiteral("role"), n.role}, {QStringLiteral("level"), n.level},
                                         {QStringLiteral("hours"), n.hours}});
            if (!needs.isEmpty())
                to.insert(QLatin1String("roles"), needs);
            taskArray.append(to);
        }
        po.insert(QLatin1String("tasks"), taskArray);
        phaseArray.append(po);
    }
    root.insert(QLatin1String("phases"), phaseArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<TemplateOutlineRow> ProcessTemplate::outline() const
{
    QList<TemplateOutlineRow> rows;
    QHash<QString, int> rowOfKey;
    for (const TemplatePhase &p : phases) {
        rows.append(TemplateOutlineRow{0, {}, p.name, 0, false, {}});
        for (const TemplateTask &task : p.tasks) {
            TemplateOutlineRow row{1, task.key, task.name, task.days, task.milestone, {}};
            for (const TemplateLink &l : task.after)
                row.predecessors.append(rowOfKey.value(l.task));
            rows.append(row);
            rowOfKey.insert(task.key, int(rows.size()));
        }
    }
    return rows;
}

std::optional<ProcessTemplate> ProcessTemplate::withOutline(const QList<TemplateOutlineRow> &rows, QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<ProcessTemplate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QHash<QString, TemplateTask> before;
    QHash<QString, QString> phaseNameZh;
    for (const TemplatePhase &p : phases) {
        phaseNameZh.insert(p.name, p.nameZh);
        for (const TemplateTask &task : p.tasks)
            before.insert(task.key, task);
    }
    QSet<QString> used;
    QList<QString> keyOfRow;
    for (const TemplateOutlineRow &row : rows) {
        QString key = row.level > 0 ? row.key : QString();
        if (row.level > 0 && (key.isEmpty() || used.contains(key))) {
            int n = int(used.size()) + 1;
            do
                key = QStringLiteral("task%1").arg(n++);
            while (used.contains(key) || before.contains(key));
        }
        used.insert(key);
        keyOfRow.append(key);
    }

    ProcessTemplate t = *this;
    t.phases.clear();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TemplateOutlineRow &row = rows[i];
        const QString where = tr("Row %1 (“%2”)").arg(i + 1).arg(row.name.trimmed());
        if (row.name.trimmed().isEmpty())
            return fail(tr("Row %1 needs a name.").arg(i + 1));
        if (row.level <= 0) {
            if (!t.phases.isEmpty() && t.phases.last().tasks.isEmpty())
                return fail(tr("Phase “%1” has no tasks: add one below it or indent the next row.").arg(t.phases.last().name));
            t.phases.append(TemplatePhase{row.name.trimmed(), phaseNameZh.value(row.name.trimmed()), {}});
            continue;
        }
        if (t.phases.isEmpty())
            return fail(tr("%1: the first row must be a phase; outdent it.").arg(where));
        TemplateTask task = before.value(keyOfRow[i]);
        const TemplateTask old = task;
        task.key = keyOfRow[i];
        if (task.name != row.name.trimmed())
            task.nameZh.clear();
        task.name = row.name.trimmed();
        task.milestone = row.milestone;
        task.days = row.milestone ? 0 : row.days;
        if (!std::isfinite(task.days) || task.days < 0 || task.days > 2000)
            return fail(tr("%1: the duration must be between 0 and 2000 days.").arg(where));
        if (!task.milestone && task.days <= 0)
            return fail(tr("%1: a task that is not a milestone needs a duration; give days or make it a milestone.").arg(where));
        task.after.clear();
        for (const int p : row.predecessors) {
            if (p < 1 || p > rows.size())
                return fail(tr("%1: there is no row %2 to follow.").arg(where).arg(p));
            if (p >= i + 1)
                return fail(tr("%1: its predecessor, row %2, must be a row above it.").arg(where).arg(p));
            if (rows[p - 1].level <= 0)
                return fail(tr("%1: row %2 is a phase; a predecessor must be a task.").arg(where).arg(p));
            TemplateLink link{keyOfRow[p - 1], DependencyType::FinishStart, 0, LagUnit::Working};
            for (const TemplateLink &l : old.after) {
                if (l.task == link.task)
                    link = l;
            }
            task.after.append(link);
        }
        t.phases.last().tasks.append(task);
    }
    if (t.phases.isEmpty())
        return fail(tr("A template needs at least one phase with a task."));
    if (t.phases.last().tasks.isEmpty())
        return fail(tr("Phase “%1” has no tasks: add one below it or indent the next row.").arg(t.phases.last().name));
    QString problem;
    std::optional<ProcessTemplate> checked = fromJson(t.toJson(), QStringLiteral("“%1”").arg(t.name), &problem);
    if (!checked)
        return fail(problem);
    checked->recordId = recordId;
    return checked;
}

} // namespace Keel
