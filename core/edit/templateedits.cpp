// The edit service's intents on process templates: saving a project as a template, adding,
// copying, changing and deleting the workspace's own. Built-in templates are read-only.

#include "editservice.h"

#include <workflow/processtemplate.h>

#include <algorithm>

namespace Keel {

namespace {

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("template") : out;
}

QString unusedKey(const QList<ProcessTemplate> &templates, const QString &name)
{
    const QString base = slug(name);
    QString key = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(templates.cbegin(), templates.cend(),
                                       [&](const ProcessTemplate &t) { return t.key == key; });
        if (!taken)
            return key;
        key = QStringLiteral("%1-%2").arg(base).arg(n);
    }
}

QString builtInReason(const ProcessTemplate &t)
{
    return EditService::tr("“%1” is a built-in template and cannot be changed or deleted; copy it to make a "
                           "template of your own.")
        .arg(t.name);
}

ProcessTemplateRecord recordOf(const ProcessTemplate &t, const QString &name, const QString &description)
{
    ProcessTemplateRecord r;
    r.name = name.trimmed();
    r.description = description.trimmed();
    ProcessTemplate body = t;
    body.name = r.name;
    body.description = r.description;
    r.body = QString::fromUtf8(body.toJson());
    return r;
}

} // namespace

Edit EditService::saveProjectAsTemplate(const Id &project, const QString &name, const QString &description) const
{
    if (!m_ws.get<Project>(project))
        return Edit::refused(tr("There is no project with id %1.").arg(project.toString(QUuid::WithoutBraces)));
    const ProcessTemplate t = ProcessTemplate::fromProject(m_ws, project);
    if (t.phases.isEmpty())
        return Edit::refused(tr("%1 has no tasks to make a template of.").arg(who(EntityType::Project, project)));
    Edit e = saveTemplate(recordOf(t, name, description));
    if (e.ok())
        e.changes.setDescription(tr("Save %1 as template “%2”").arg(who(EntityType::Project, project), name.trimmed()));
    return e;
}

Edit EditService::newTemplate(const QString &name, const QString &description) const
{
    ProcessTemplate t;
    t.key = QStringLiteral("new");
    t.name = name;
    TemplateTask task;
    task.key = QStringLiteral("task1");
    task.name = tr("First task");
    task.days = 1;
    t.phases.append(TemplatePhase{tr("Phase 1"), {}, {task}});
    return saveTemplate(recordOf(t, name, description));
}

Edit EditService::copyTemplate(const QString &key, const QString &name, const std::optional<QString> &description) const
{
    const std::optional<ProcessTemplate> source = ProcessTemplate::find(m_ws, key);
    if (!source)
        return Edit::refused(tr("There is no process template “%1”.").arg(key), "template");
    Edit e = saveTemplate(recordOf(*source, name, description.value_or(source->description)));
    if (e.ok())
        e.changes.setDescription(tr("Copy template “%1” as “%2”").arg(source->name, name.trimmed()));
    return e;
}

Edit EditService::saveTemplate(const ProcessTemplateRecord &record) const
{
    ProcessTemplateRecord r = record;
    r.name = r.name.trimmed();
    r.description = r.description.trimmed();
    if (r.name.isEmpty())
        return Edit::refused(tr("A process template needs a name."), "name");
    const bool exists = !r.id.isNull() && m_ws.get<ProcessTemplateRecord>(r.id);
    QList<ProcessTemplate> others = ProcessTemplate::available(m_ws);
    others.removeIf([&](const ProcessTemplate &t) { return exists && t.recordId == r.id; });
    for (const ProcessTemplate &t : others) {
        if (t.name.compare(r.name, Qt::CaseInsensitive) == 0
            || (!t.nameZh.isEmpty() && t.nameZh.compare(r.name, Qt::CaseInsensitive) == 0))
            return Edit::refused(tr("There is already a process template named “%1”; choose another name.").arg(r.name),
                                 "name");
        if (t.key == r.key)
            return t.isBuiltIn() ? Edit::refused(builtInReason(t), "key")
                                 : Edit::refused(tr("The template key “%1” is already used by “%2”.").arg(r.key, t.name), "key");
    }
    if (r.key.trimmed().isEmpty())
        r.key = unusedKey(others, r.name);
    QString error;
    std::optional<ProcessTemplate> parsed = ProcessTemplate::fromRecord(r, &error);
    if (!parsed)
        return Edit::refused(error, "body");
    r.body = QString::fromUtf8(parsed->toJson());

    ChangeSet changes;
    if (exists) {
        changes.setDescription(tr("Edit template “%1”").arg(r.name));
        changes.update(r, {"key", "name", "description", "body"});
    } else {
        if (r.id.isNull())
            r.id = newId();
        changes.setDescription(tr("New template “%1”").arg(r.name));
        changes.insert(r);
    }
    Edit e = complete(std::move(changes));
    e.id = r.id;
    return e;
}

Edit EditService::deleteTemplate(const QString &key) const
{
    const std::optional<ProcessTemplate> t = ProcessTemplate::find(m_ws, key);
    if (!t)
        return Edit::refused(tr("There is no process template “%1”.").arg(key), "template");
    if (t->isBuiltIn())
        return Edit::refused(builtInReason(*t), "template");
    ChangeSet changes(tr("Delete template “%1”").arg(t->name));
    changes.remove(EntityType::ProcessTemplate, t->recordId);
    return complete(std::move(changes));
}

} // namespace Keel
