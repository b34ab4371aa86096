#include "processtemplate.h"

#include <model/workspace.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

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
            const QString where = tr("task \"%1\" of phase \"%2\"").arg(task.key.isEmpty() ? task.name : task.key, phase.name);
            if (task.key.isEmpty() || task.name.isEmpty())
                return tr("%1 needs a \"key\" and a \"name\".").arg(where);
            if (taskKeys.contains(task.key))
                return tr("the task key \"%1\" is used twice.").arg(task.key);
            if (!std::isfinite(task.days) || task.days < 0 || task.days > 2000)
                return tr("%1: \"days\" must be between 0 and 2000.").arg(where);
            if (!task.milestone && task.days <= 0)
                return tr("%1: a task that is not a milestone needs \"days\".").arg(where);
            for (const QJsonValue &a : to.value(QLatin1String("after")).toArray()) {
                const QString key = a.toString();
                if (!taskKeys.contains(key))
                    return tr("%1: its predecessor \"%2\" is not a task defined before it.").arg(where, key);
                task.after.append(key);
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
            for (const TemplateRoleNeed &need : tt.roles)
                t.work += qint64(need.hours) * 60;
            changes.insert(t);
            taskOfKey.insert(tt.key, t.id);
            for (const QString &before : tt.after) {
                Dependency d;
                d.id = newId();
                d.predecessorId = taskOfKey.value(before);
                d.successorId = t.id;
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

} // namespace Keel
