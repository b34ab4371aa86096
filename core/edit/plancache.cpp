#include "plancache.h"

#include "scheduleinputs.h"

#include <model/workspace.h>

namespace Keel {

PlanCache::PlanCache(const Workspace &ws, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
{
    connect(&ws, &Workspace::changeSetApplied, this, &PlanCache::onApplied);
    connect(&ws, &Workspace::reset, this, &PlanCache::onReset);
}

PlanCache::~PlanCache() = default;

PlanCache::Entry *PlanCache::current(const Id &project)
{
    const auto it = m_entries.constFind(project);
    return it == m_entries.cend() ? nullptr : it->get();
}

PlanCache::Entry *PlanCache::ensure(const Id &project)
{
    if (Entry *e = current(project))
        return e;
    if (!m_ws.get<Project>(project))
        return nullptr;
    auto entry = std::make_shared<Entry>();
    entry->snapshot = ProjectSnapshot::build(m_ws, project);
    entry->scheduler = std::make_unique<CpmScheduler>(entry->snapshot.snapshot());
    entry->scheduler->schedule();
    entry->fullDiff = true;
    ++m_builds;
    m_pending.remove(project);
    m_entries.insert(project, entry);
    return entry.get();
}

void PlanCache::keepPending(const Id &project, Entry entry, const ChangeSet &expected, bool fullDiff)
{
    if (!(m_expected.changes().size() == expected.changes().size() && matches(expected)))
        m_pending.clear();
    entry.fullDiff = fullDiff;
    ++m_builds;
    m_entries.remove(project);
    m_pending.insert(project, std::make_shared<Entry>(std::move(entry)));
    m_expected = expected;
}

void PlanCache::expect(const QList<Id> &projects, const ChangeSet &expected)
{
    if (!(m_expected.changes().size() == expected.changes().size() && matches(expected)))
        m_pending.clear();
    for (const Id &p : projects) {
        if (auto e = m_entries.take(p))
            m_pending.insert(p, std::move(e));
    }
    m_expected = expected;
}

void PlanCache::clear()
{
    m_entries.clear();
    m_pending.clear();
    m_expected = ChangeSet();
}

bool PlanCache::matches(const ChangeSet &applied) const
{
    const QList<Change> &a = applied.changes();
    const QList<Change> &b = m_expected.changes();
    if (a.size() != b.size() || a.isEmpty())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].op != b[i].op || a[i].type != b[i].type || a[i].id != b[i].id || a[i].field != b[i].field)
            return false;
    }
    return true;
}

void PlanCache::onApplied(const ChangeSet &applied)
{
    if (!m_pending.isEmpty() && matches(applied)) {
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            (*it)->fullDiff = false;
            m_entries.insert(it.key(), *it);
        }
        m_pending.clear();
        m_expected = ChangeSet();
        return;
    }
    m_pending.clear();
    m_expected = ChangeSet();
    if (m_entries.isEmpty())
        return;
    const ScheduleInputs::Reach reach = ScheduleInputs::reach(m_ws, applied);
    if (reach.all) {
        m_entries.clear();
        return;
    }
    for (const Id &p : reach.projects)
        m_entries.remove(p);
}

void PlanCache::onReset()
{
    clear();
}

} // namespace Keel
