#include "archiverule.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace Keel {

namespace {

bool ownsThroughParent(EntityType ref)
{
    return ref == EntityType::Task || ref == EntityType::Baseline || ref == EntityType::Document;
}

} // namespace

Id owningProject(const Workspace &ws, EntityType type, const QVariantList &record)
{
    if (type == EntityType::Project)
        return record.value(0).value<QUuid>();
    const EntityMeta &meta = entityMeta(type);
    for (int f = 1; f < meta.fields.size(); ++f) {
        if (meta.fields[f].ref != EntityType::Project)
            continue;
        const Id project = record.value(f).value<QUuid>();
        if (!project.isNull())
            return project;
    }
    for (int f = 1; f < meta.fields.size(); ++f) {
        const EntityType ref = meta.fields[f].ref;
        if (!ownsThroughParent(ref) || ref == type)
            continue;
        const Id parent = record.value(f).value<QUuid>();
        const AnyTable &table = ws.table(ref);
        if (!parent.isNull() && table.contains(parent))
            return owningProject(ws, ref, table.record(parent));
    }
    return {};
}

QString closedProjectProblem(const Workspace &ws, const ChangeSet &changes)
{
    const EntityMeta &projectMeta = entityMeta(EntityType::Project);
    const FieldDef &phaseField = projectMeta.fields[projectMeta.indexOf("phase")];
    const QString closed = enumName(Phase::Closed);

    // Projects this ChangeSet reopens or deletes as a whole are not locked for it.
    QSet<Id> unlocked;
    for (const Change &c : changes.changes()) {
        if (c.type != EntityType::Project)
            continue;
        if (c.op == Change::Op::Delete
            || (c.op == Change::Op::Update && c.field == phaseField.name
                && normalizedValue(phaseField, c.newValue).toString() != closed))
            unlocked.insert(c.id);
    }

    auto closedOwner = [&](EntityType type, const QVariantList &record) -> const Project * {
        const Id id = owningProject(ws, type, record);
        const Project *project = id.isNull() ? nullptr : ws.get<Project>(id);
        return project && project->phase == Phase::Closed && !unlocked.contains(id) ? project : nullptr;
    };

    for (const Change &c : changes.changes()) {
        if (c.type == EntityType::None || int(c.type) < 0 || int(c.type) >= kEntityTypeCount)
            continue;
        const Project *locked = nullptr;
        if (c.op == Change::Op::Insert) {
            locked = closedOwner(c.type, c.record);
        } else {
            const AnyTable &table = ws.table(c.type);
            if (!table.contains(c.id))
                continue;
            QVariantList record = table.record(c.id);
            locked = closedOwner(c.type, record);
            const int field = c.op == Change::Op::Update ? table.meta().indexOf(c.field) : -1;
            if (!locked && field > 0 && table.meta().fields[field].ref != EntityType::None) {
                record[field] = c.newValue;
                locked = closedOwner(c.type, record);
            }
        }
        if (locked) {
            const QString label = locked->code.isEmpty() ? locked->name : locked->code + QLatin1String(" ") + locked->name;
            return QCoreApplication::translate("Keel::ArchiveRule",
                                               "Project “%1” is closed and archived, so it is read-only. "
                                               "Reopen it to make changes.")
                .arg(label);
        }
    }
    return {};
}

} // namespace Keel
