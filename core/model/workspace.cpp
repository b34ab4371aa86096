#include "workspace.h"

#include "archiverule.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Keel {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
    for (int t = 0; t < kEntityTypeCount; ++t)
        m_tables[size_t(t)] = entityMeta(EntityType(t)).makeTable();
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::clone() const
{
    auto copy = std::make_unique<Workspace>();
    for (size_t t = 0; t < m_tables.size(); ++t)
        copy->m_tables[t] = m_tables[t]->clone();
    copy->m_childrenOf = m_childrenOf;
    copy->m_rootsOf = m_rootsOf;
    copy->m_linksOfTask = m_linksOfTask;
    return copy;
}

std::unique_ptr<Workspace> Workspace::withChanges(const ChangeSet &changes, QString *error, ChangeSet *applied) const
{
    std::unique_ptr<Workspace> copy = clone();
    std::optional<ChangeSet> done = copy->applyChanges(changes, error);
    if (!done)
        return nullptr;
    if (applied)
        *applied = std::move(*done);
    return copy;
}

const Settings &Workspace::settings() const
{
    static const Settings defaults;
    const Settings *s = get<Settings>(kSettingsId);
    return s ? *s : defaults;
}

QList<Id> Workspace::sortedTasks(const QList<Id> &ids) const
{
    std::vector<const Task *> list;
    list.reserve(size_t(ids.size()));
    for (const Id &id : ids) {
        if (const Task *t = get<Task>(id))
            list.push_back(t);
    }
    std::sort(list.begin(), list.end(), [](const Task *a, const Task *b) {
        return a->order < b->order || (a->order == b->order && a->id < b->id);
    });
    QList<Id> sorted;
    sorted.reserve(qsizetype(list.size()));
    for (const Task *t : list)
        sorted.append(t->id);
    return sorted;
}

QList<Id> Workspace::childTasks(const Id &taskId) const
{
    return taskId.isNull() ? QList<Id>() : sortedTasks(m_childrenOf.value(taskId));
}

QList<Id> Workspace::rootTasks(const Id &projectId) const
{
    return sortedTasks(m_rootsOf.value(projectId));
}

bool Workspace::isSummary(const Id &taskId) const
{
    const auto it = m_childrenOf.constFind(taskId);
    return it != m_childrenOf.cend() && !it->isEmpty();
}

QList<Id> Workspace::projectTasks(const Id &projectId) const
{
    QList<Id> ordered;
    std::vector<std::pair<QList<Id>, qsizetype>> stack;
    stack.push_back({rootTasks(projectId), 0});
    while (!stack.empty()) {
        auto &[list, pos] = stack.back();
        if (pos == list.size()) {
            stack.pop_back();
            continue;
        }
        const Id id = list[pos++];
        ordered.append(id);
        if (isSummary(id))
            stack.push_back({childTasks(id), 0});
    }
    return ordered;
}

QString Workspace::wbsCode(const Id &taskId) const
{
    QStringList parts;
    const Task *t = get<Task>(taskId);
    for (int guard = 0; t && guard < 1000; ++guard) {
        const QList<Id> siblings = t->parentId.isNull() ? rootTasks(t->projectId) : childTasks(t->parentId);
        parts.prepend(QString::number(siblings.indexOf(t->id) + 1));
        t = t->parentId.isNull() ? nullptr : get<Task>(t->parentId);
    }
    return parts.join(u'.');
}

const Project *Workspace::findProject(const QString &codeOrName) const
{
    const QUuid asId(codeOrName);
    if (!asId.isNull())
        return get<Project>(asId);
    const Project *found = nullptr;
    for (const Project &p : projects()) {
        if (p.code.compare(codeOrName, Qt::CaseInsensitive) == 0)
            return &p;
    }
    for (const Project &p : projects()) {
        if (p.name.compare(codeOrName, Qt::CaseInsensitive) == 0) {
            if (found)
                return nullptr;
            found = &p;
        }
    }
    return found;
}

QString Workspace::describe(EntityType type, const Id &id) const
{
    const EntityMeta &meta = entityMeta(type);
    QString label;
    if (meta.labelField >= 0)
        label = table(type).value(id, meta.labelField).toString();
    if (label.isEmpty())
        label = id.toString(QUuid::WithoutBraces);
    return tr("%1 “%2”").arg(entityTypeDisplayName(type), label);
}

std::optional<ChangeSet> Workspace::applyChanges(const ChangeSet &changes, QString *error)
{
    ChangeSet applied(changes.description());
    auto failWith = [&](const QString &message) -> std::optional<ChangeSet> {
        revert(applied);
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (const QString locked = closedProjectProblem(*this, changes); !locked.isEmpty())
        return failWith(locked);

    for (const Change &in : changes.changes()) {
        if (in.type == EntityType::None || int(in.type) < 0 || int(in.type) >= kEntityTypeCount)
            return failWith(tr("A change names an unknown kind of entity."));
        AnyTable &t = *m_tables[size_t(in.type)];
        const EntityMeta &meta = t.meta();
        const QString typeName = entityTypeDisplayName(in.type);
        Change done = in;
        switch (in.op) {
        case Change::Op::Insert: {
            if (in.id.isNull())
                return failWith(tr("A new %1 has no id.").arg(typeName));
            if (t.contains(in.id))
                return failWith(tr("%1 already exists.").arg(describe(in.type, in.id)));
            if (in.record.size() != meta.fields.size())
                return failWith(tr("A new %1 has %2 fields; %3 expected.")
                                    .arg(typeName).arg(in.record.size()).arg(meta.fields.size()));
            int bad = -1;
            if (!t.insertRecord(in.record, &bad))
                return failWith(tr("A new %1: the value “%2” does not fit field “%3”.")
                                    .arg(typeName, in.record.value(bad).toString(),
                                         QString::fromLatin1(meta.fields[bad].name)));
            done.record = t.record(in.id);
            break;
        }
        case Change::Op::Update: {
            if (!t.contains(in.id))
                return failWith(tr("There is no %1 with id %2.").arg(typeName, in.id.toString(QUuid::WithoutBraces)));
            const int field = meta.indexOf(in.field);
            if (field <= 0)
                return failWith(tr("A %1 has no field “%2”.").arg(typeName, QString::fromLatin1(in.field)));
            done.oldValue = t.value(in.id, field);
            if (!t.setValue(in.id, field, in.newValue))
                return failWith(tr("%1: the value “%2” does not fit field “%3”.")
                                    .arg(describe(in.type, in.id), in.newValue.toString(),
                                         QString::fromLatin1(in.field)));
            done.newValue = t.value(in.id, field);
            break;
        }
        case Change::Op::Delete: {
            if (!t.contains(in.id))
                return failWith(tr("There is no %1 with id %2.").arg(typeName, in.id.toString(QUuid::WithoutBraces)));
            done.record = t.record(in.id);
            t.remove(in.id);
            break;
        }
        }
        indexChange(done);
        applied.append(done);
    }

    // Entity rules on what was inserted or changed, then references in both directions.
    QSet<QPair<int, Id>> checked;
    for (const Change &c : applied.changes()) {
        if (c.op == Change::Op::Delete)
            continue;
        if (checked.contains({int(c.type), c.id}))
            continue;
        checked.insert({int(c.type), c.id});
        const AnyTable &t = *m_tables[size_t(c.type)];
        if (!t.contains(c.id))
            continue;
        const QString problem = t.validate(c.id, *this);
        if (!problem.isEmpty())
            return failWith(problem);
    }
    const QString refProblem = checkReferences(applied);
    if (!refProblem.isEmpty())
        return failWith(refProblem);
    return applied;
}

QString Workspace::checkReferences(const ChangeSet &applied) const
{
    // Outgoing: every reference of an inserted or updated entity points to an existing entity.
    QHash<int, QSet<Id>> deleted;
    for (const Change &c : applied.changes()) {
        if (c.op == Change::Op::Delete) {
            deleted[int(c.type)].insert(c.id);
            continue;
        }
        const AnyTable &t = *m_tables[size_t(c.type)];
        if (!t.contains(c.id))
            continue;
        const EntityMeta &meta = t.meta();
        for (int f = 1; f < meta.fields.size(); ++f) {
            const FieldDef &def = meta.fields[f];
            if (def.ref == EntityType::None)
                continue;
            if (c.op == Change::Op::Update && c.field != def.name)
                continue;
            const Id target = t.value(c.id, f).value<QUuid>();
            if (target.isNull()) {
                if (def.refRequired)
                    return tr("%1 needs a %2.").arg(describe(c.type, c.id), entityTypeDisplayName(def.ref));
                continue;
            }
            if (!m_tables[size_t(def.ref)]->contains(target))
                return tr("%1 refers to a %2 that does not exist (%3).")
                    .arg(describe(c.type, c.id), entityTypeDisplayName(def.ref),
                         target.toString(QUuid::WithoutBraces));
        }
    }
    // Incoming: nothing left in the workspace refers to a deleted entity.
    if (deleted.isEmpty())
        return {};
    for (int t = 0; t < kEntityTypeCount; ++t) {
        const AnyTable &table = *m_tables[size_t(t)];
        const EntityMeta &meta = table.meta();
        for (int f = 1; f < meta.fields.size(); ++f) {
            const auto it = deleted.constFind(int(meta.fields[f].ref));
            if (it == deleted.cend())
                continue;
            QString problem;
            table.forEachValue(f, [&](const Id &id, const QVariant &v) {
                if (problem.isEmpty() && it->contains(v.value<QUuid>()))
                    problem = tr("%1 cannot be deleted: %2 still refers to it.")
                                  .arg(entityTypeDisplayName(meta.fields[f].ref), describe(EntityType(t), id));
            });
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

void Workspace::revert(const ChangeSet &applied)
{
    const ChangeSet inv = applied.inverse();
    for (const Change &c : inv.changes()) {
        AnyTable &t = *m_tables[size_t(c.type)];
        switch (c.op) {
        case Change::Op::Insert:
            t.insertRecord(c.record, nullptr);
            break;
        case Change::Op::Delete:
            t.remove(c.id);
            break;
        case Change::Op::Update:
            t.setValue(c.id, t.meta().indexOf(c.field), c.newValue);
            break;
        }
        indexChange(c);
    }
}

void Workspace::indexTask(const Id &task, const Id &parent, const Id &project, bool add)
{
    QHash<Id, QList<Id>> &index = parent.isNull() ? m_rootsOf : m_childrenOf;
    const Id &key = parent.isNull() ? project : parent;
    if (add) {
        index[key].append(task);
        return;
    }
    auto it = index.find(key);
    if (it == index.end())
        return;
    it->removeOne(task);
    if (it->isEmpty())
        index.erase(it);
}

void Workspace::indexLink(const Id &link, const Id &pred, const Id &succ, bool add)
{
    for (const Id &task : {pred, succ}) {
        if (add) {
            m_linksOfTask[task].append(link);
            continue;
        }
        auto it = m_linksOfTask.find(task);
        if (it == m_linksOfTask.end())
            continue;
        it->removeOne(link);
        if (it->isEmpty())
            m_linksOfTask.erase(it);
    }
}

void Workspace::indexChange(const Change &c)
{
    static const EntityMeta &taskMeta = entityMeta(EntityType::Task);
    static const int taskParent = taskMeta.indexOf("parent_id");
    static const int taskProject = taskMeta.indexOf("project_id");
    static const EntityMeta &linkMeta = entityMeta(EntityType::Dependency);
    static const int linkPred = linkMeta.indexOf("predecessor_id");
    static const int linkSucc = linkMeta.indexOf("successor_id");
    auto idAt = [](const QVariantList &r, int i) { return r.value(i).value<QUuid>(); };

    if (c.type == EntityType::Task) {
        switch (c.op) {
        case Change::Op::Insert:
        case Change::Op::Delete:
            indexTask(c.id, idAt(c.record, taskParent), idAt(c.record, taskProject), c.op == Change::Op::Insert);
            break;
        case Change::Op::Update:
            if (c.field == "parent_id" || c.field == "project_id") {
                const Task *t = get<Task>(c.id);
                if (!t)
                    break;
                const Id oldParent = c.field == "parent_id" ? c.oldValue.value<QUuid>() : t->parentId;
                const Id oldProject = c.field == "project_id" ? c.oldValue.value<QUuid>() : t->projectId;
                indexTask(c.id, oldParent, oldProject, false);
                indexTask(c.id, t->parentId, t->projectId, true);
            }
            break;
        }
    } else if (c.type == EntityType::Dependency) {
        switch (c.op) {
        case Change::Op::Insert:
        case Change::Op::Delete:
            indexLink(c.id, idAt(c.record, linkPred), idAt(c.record, linkSucc), c.op == Change::Op::Insert);
            break;
        case Change::Op::Update:
            if (c.field == "predecessor_id" || c.field == "successor_id") {
                const Dependency *d = get<Dependency>(c.id);
                if (!d)
                    break;
                const Id oldPred = c.field == "predecessor_id" ? c.oldValue.value<QUuid>() : d->predecessorId;
                const Id oldSucc = c.field == "successor_id" ? c.oldValue.value<QUuid>() : d->successorId;
                indexLink(c.id, oldPred, oldSucc, false);
                indexLink(c.id, d->predecessorId, d->successorId, true);
            }
            break;
        }
    }
}

void Workspace::rebuildIndexes()
{
    m_childrenOf.clear();
    m_rootsOf.clear();
    m_linksOfTask.clear();
    for (const Task &t : tasks())
        indexTask(t.id, t.parentId, t.projectId, true);
    for (const Dependency &d : dependencies())
        indexLink(d.id, d.predecessorId, d.successorId, true);
}

void Workspace::clear()
{
    for (auto &t : m_tables)
        t->clear();
    rebuildIndexes();
}

void Workspace::notifyApplied(const ChangeSet &applied)
{
    // Group consecutive changes of one kind so views get one signal per batch.
    const auto &list = applied.changes();
    qsizetype i = 0;
    while (i < list.size()) {
        const Change &first = list[i];
        QList<Id> ids;
        QList<QByteArray> fields;
        qsizetype j = i;
        while (j < list.size() && list[j].op == first.op && list[j].type == first.type) {
            if (ids.isEmpty() || ids.last() != list[j].id)
                ids.append(list[j].id);
            if (first.op == Change::Op::Update && !fields.contains(list[j].field))
                fields.append(list[j].field);
            ++j;
        }
        switch (first.op) {
        case Change::Op::Insert:
            Q_EMIT entitiesInserted(first.type, ids);
            break;
        case Change::Op::Delete:
            Q_EMIT entitiesRemoved(first.type, ids);
            break;
        case Change::Op::Update:
            Q_EMIT entitiesChanged(first.type, ids, fields);
            break;
        }
        i = j;
    }
    Q_EMIT changeSetApplied(applied);
}

void Workspace::notifyReset()
{
    Q_EMIT reset();
}

} // namespace Keel
