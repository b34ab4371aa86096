#include "cpmscheduler.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <iterator>
#include <limits>
#include <thread>

#if defined(__x86_64__) || defined(__i386__) || defined(_M_X64) || defined(_M_IX86)
#include <immintrin.h>
#define KEEL_CPU_PAUSE() _mm_pause()
#else
#define KEEL_CPU_PAUSE() std::this_thread::yield()
#endif

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace Keel {

namespace {

constexpr Minutes kFar = std::numeric_limits<Minutes>::max(); // "no limit" for minimums
// kNoTime (the smallest qint64) doubles as "no limit" for maximums.

enum TaskFlag : quint16 {
    Active = 1 << 0,
    Alap = 1 << 1,     ///< auto-scheduled, not started, As Late As Possible
    Asap = 1 << 2,     ///< auto-scheduled, not started, As Soon As Possible
    Manual = 1 << 3,   ///< manually scheduled with at least one date
    Started = 1 << 4,  ///< actual start, actual finish or some % complete
    Complete = 1 << 5, ///< actual finish or 100 %
    Zero = 1 << 6,     ///< milestone or zero duration
    Elapsed = 1 << 7,
    Plain = 1 << 8,    ///< auto, not started, no milestone, not elapsed, no constraint date
    Finished = 1 << 9, ///< has an actual finish: successors ignore its late dates
    ShownLate = 1 << 10, ///< shows its late dates (ALAP); set with the results
    Deadline = 1 << 11,  ///< has a deadline
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::CpmScheduler", text);
}

QString hoursText(Minutes minutes)
{
    return QString::number(double(minutes) / 60.0, 'g', 6);
}

/// Runs @p work(part, from, to) over [0, n) split into @p parts contiguous parts, one thread each.
template<class Work> void forEachPart(qint32 n, int parts, Work work)
{
    if (parts <= 1) {
        work(0, 0, n);
        return;
    }
    std::vector<std::thread> threads;
    threads.reserve(size_t(parts - 1));
    const qint32 step = (n + parts - 1) / parts;
    for (int part = 1; part < parts; ++part)
        threads.emplace_back(work, part, std::min(n, part * step), std::min(n, (part + 1) * step));
    work(0, 0, std::min(n, step));
    for (std::thread &t : threads)
        t.join();
}

constexpr qint32 kPerThread = 25000; // tasks; below this a thread costs more than it saves

int partsFor(qint32 n, int maxThreads)
{
    const int threads = maxThreads > 0 ? maxThreads
                                       : int(std::max(1u, std::min(4u, std::thread::hardware_concurrency())));
    return std::max(1, std::min<int>(threads, n / kPerThread));
}

/// Fills @p v with @p count copies of @p value. Large arrays are first reserved and, on Linux,
/// marked for transparent huge pages before they are touched: the first touch of fresh memory
/// (one page fault per 4 KiB) otherwise dominates building a large schedule.
template<class V> void fillArray(V &v, size_t count, const typename V::value_type &value)
{
    using T = typename V::value_type;
    if (v.capacity() < count) {
        V fresh;
        fresh.reserve(count);
#ifdef __linux__
        constexpr size_t huge = size_t(2) << 20;
        const size_t bytes = count * sizeof(T);
        if (bytes >= 2 * huge) {
            const auto begin = (reinterpret_cast<uintptr_t>(fresh.data()) + huge - 1) & ~(huge - 1);
            const auto end = (reinterpret_cast<uintptr_t>(fresh.data()) + bytes) & ~(huge - 1);
            if (end > begin)
                madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
        }
#endif
        v.swap(fresh);
    }
    v.assign(count, value);
}

inline bool isFinishLink(quint8 type)
{
    return type == quint8(DependencyType::FinishStart) || type == quint8(DependencyType::FinishFinish);
}

inline bool drivesStart(quint8 type)
{
    return type == quint8(DependencyType::FinishStart) || type == quint8(DependencyType::StartStart);
}

} // namespace

CpmScheduler::CpmScheduler(ScheduleSnapshot snapshot)
    : m_s(std::move(snapshot))
{
    build();
}

ScheduleResult CpmScheduler::run(ScheduleSnapshot snapshot)
{
    CpmScheduler scheduler(std::move(snapshot));
    scheduler.schedule();
    return std::move(scheduler.m_result);
}

std::vector<qint32> CpmScheduler::topologicalOrder() const
{
    std::vector<qint32> tasks;
    tasks.reserve(size_t(m_n));
    for (qint32 node : m_order) {
        if (node < m_n)
            tasks.push_back(node);
    }
    return tasks;
}

QString CpmScheduler::taskLabel(qint32 task) const
{
    if (task >= 0 && task < m_s.taskNames.size() && !m_s.taskNames.at(task).isEmpty())
        return m_s.taskNames.at(task);
    return tr("#%1").arg(task + 1);
}

// ---------------------------------------------------------------------------------------------
// Building the graph

void CpmScheduler::buildFlags(qint32 i)
{
    const SnapshotTask &t = m_s.tasks[size_t(i)];
    quint16 f = 0;
    if (!t.inactive)
        f |= Active;
    const bool started = t.actualStart != kNoTime || t.actualFinish != kNoTime || t.percentComplete > 0;
    if (started)
        f |= Started;
    if (t.actualFinish != kNoTime || t.percentComplete >= 100)
        f |= Complete;
    if (t.actualFinish != kNoTime)
        f |= Finished;
    const bool manual = t.manual && (t.manualStart != kNoTime || t.manualFinish != kNoTime);
    if (manual)
        f |= Manual;
    if (!manual && !started && t.constraint == ConstraintType::Alap)
        f |= Alap;
    if (!manual && !started && t.constraint == ConstraintType::Asap)
        f |= Asap;
    if (t.milestone || t.duration == 0)
        f |= Zero;
    if (t.elapsed)
        f |= Elapsed;
    if (t.deadline != kNoTime)
        f |= Deadline;
#ifndef KEEL_CPM_NO_FAST_PATH // defined only to check the fast path against the general one
    if (!(f & (Manual | Started | Zero | Elapsed)) && t.levelingDelay <= 0
        && (t.constraint == ConstraintType::Asap || t.constraint == ConstraintType::Alap
            || t.constraintDate == kNoTime))
        f |= Plain;
#endif
    m_flags[size_t(i)] = f;
}

void CpmScheduler::build()
{
    m_needsBuild = false;
    m_scheduled = false;
    m_graphDiagnostics.clear();
    m_n = qint32(m_s.tasks.size());
    const size_t n = size_t(m_n);

    auto invalid = [&](const QString &message, QList<qint32> tasks) {
        ScheduleDiagnostic d;
        d.severity = ScheduleDiagnostic::Severity::Error;
        d.kind = ScheduleDiagnostic::Kind::InvalidInput;
        d.tasks = std::move(tasks);
        d.message = message;
        m_graphDiagnostics.push_back(std::move(d));
    };

    if (m_s.calendars.empty()) {
        m_s.calendars.emplace_back();
        invalid(tr("The schedule has no calendar; the Standard calendar was used."), {});
    }
    if (m_s.projectCalendar < 0 || size_t(m_s.projectCalendar) >= m_s.calendars.size()) {
        invalid(tr("The project calendar does not exist; the first calendar was used."), {});
        m_s.projectCalendar = 0;
    }
    if (m_s.taskNames.size() > m_n)
        m_s.taskNames.resize(m_n);

    fillArray(m_cal, n, &m_s.calendars[size_t(m_s.projectCalendar)]);
    fillArray(m_calIdx, n, m_s.projectCalendar);
    m_calStartW.assign(m_s.calendars.size(), kNoTime);
    m_calStatusW.assign(m_s.calendars.size(), kNoTime);
    m_calFinishW.assign(m_s.calendars.size(), kNoTime);
    fillArray(m_flags, n, 0);
    for (qint32 i = 0; i < m_n; ++i) {
        SnapshotTask &t = m_s.tasks[size_t(i)];
        if (t.calendar >= 0 && size_t(t.calendar) < m_s.calendars.size()) {
            m_cal[size_t(i)] = &m_s.calendars[size_t(t.calendar)];
            m_calIdx[size_t(i)] = t.calendar;
        } else if (t.calendar != -1) {
            invalid(tr("Task %1 uses a calendar that does not exist; the project calendar was used.")
                        .arg(taskLabel(i)), {i});
            t.calendar = -1;
        }
        if (t.parent < -1 || t.parent >= m_n || t.parent == i) {
            invalid(tr("Task %1 has a parent that does not exist; it was placed at the top level.")
                        .arg(taskLabel(i)), {i});
            t.parent = -1;
        }
        if (t.duration < 0) {
            invalid(tr("Task %1 has a negative duration; zero was used.").arg(taskLabel(i)), {i});
            t.duration = 0;
        }
        t.percentComplete = qint16(std::clamp<int>(t.percentComplete, 0, 100));
    }

    // Parent chains must not loop: walk up from every task, break a loop at its lowest index.
    {
        std::vector<qint32> mark(n, -1);
        for (qint32 i = 0; i < m_n; ++i) {
            qint32 v = i;
            while (v >= 0 && mark[size_t(v)] == -1) {
                mark[size_t(v)] = i;
                v = m_s.tasks[size_t(v)].parent;
            }
            if (v >= 0 && mark[size_t(v)] == i) {
                qint32 lowest = v;
                QList<qint32> loop;
                qint32 w = v;
                do {
                    loop.append(w);
                    lowest = std::min(lowest, w);
                    w = m_s.tasks[size_t(w)].parent;
                } while (w != v);
                std::sort(loop.begin(), loop.end());
                invalid(tr("Tasks %1 are each other's parents; task %2 was placed at the top level.")
                            .arg(loop.size()).arg(taskLabel(lowest)), loop);
                m_s.tasks[size_t(lowest)].parent = -1;
            }
        }
    }

    for (qint32 i = 0; i < m_n; ++i)
        buildFlags(i);

    // Summaries and their children.
    fillArray(m_summaryOf, n, -1);
    m_summaryTask.clear();
    for (qint32 i = 0; i < m_n; ++i) {
        const qint32 p = m_s.tasks[size_t(i)].parent;
        if (p >= 0 && m_summaryOf[size_t(p)] < 0) {
            m_summaryOf[size_t(p)] = 0;
        }
    }
    for (qint32 i = 0; i < m_n; ++i) {
        if (m_summaryOf[size_t(i)] >= 0) {
            m_summaryOf[size_t(i)] = qint32(m_summaryTask.size());
            m_summaryTask.push_back(i);
            m_flags[size_t(i)] &= quint16(~(Alap | Asap | Manual | Zero | Elapsed | Plain));
        }
    }
    const size_t summaries = m_summaryTask.size();
    m_childStart.assign(summaries + 1, 0);
    for (qint32 i = 0; i < m_n; ++i) {
        const qint32 p = m_s.tasks[size_t(i)].parent;
        if (p >= 0)
            ++m_childStart[size_t(m_summaryOf[size_t(p)]) + 1];
    }
    for (size_t k = 0; k < summaries; ++k)
        m_childStart[k + 1] += m_childStart[k];
    m_children.assign(size_t(m_childStart[summaries]), 0);
    {
        std::vector<qint32> fill(m_childStart.begin(), m_childStart.end() - 1);
        for (qint32 i = 0; i < m_n; ++i) {
            const qint32 p = m_s.tasks[size_t(i)].parent;
            if (p >= 0)
                m_children[size_t(fill[size_t(m_summaryOf[size_t(p)])]++)] = i;
        }
    }

    // Links: drop the ones that point nowhere, then break cycles.
    std::vector<quint8> ignored(m_s.links.size(), 0);
    for (size_t l = 0; l < m_s.links.size(); ++l) {
        const SnapshotLink &link = m_s.links[l];
        if (link.predecessor < 0 || link.predecessor >= m_n || link.successor < 0 || link.successor >= m_n
            || int(link.type) < 0 || int(link.type) > 3 || int(link.lagUnit) < 0 || int(link.lagUnit) > 2) {
            ignored[l] = 1;
            QList<qint32> tasks;
            if (link.predecessor >= 0 && link.predecessor < m_n)
                tasks.append(link.predecessor);
            if (link.successor >= 0 && link.successor < m_n)
                tasks.append(link.successor);
            invalid(tr("Link %1 refers to a task that does not exist; it was ignored.").arg(l + 1), tasks);
        }
    }
    buildLinkLists(ignored);
    if (!sortTopologically()) {
        breakCycles(ignored);
        buildLinkLists(ignored);
        sortTopologically();
    }

    const size_t nodes = n + summaries;
    fillArray(m_position, nodes, 0);
    for (size_t p = 0; p < m_order.size(); ++p)
        m_position[size_t(m_order[p])] = qint32(p);

    fillArray(m_early, n, Dates{});
    fillArray(m_late, n, Dates{});
    m_early1.clear();
    for (qint32 i = 0; i < m_n; ++i) {
        if ((m_flags[size_t(i)] & (Active | Alap)) == (Active | Alap)) {
            fillArray(m_early1, n, Dates{}); // the ALAP pass keeps the first pass apart
            break;
        }
    }
    fillArray(m_resume, n, kNoTime);
    m_floors[0].assign(summaries, Floors{});
    m_floors[1].assign(summaries, Floors{});
    m_ceilings.assign(summaries, Ceilings{});
    fillArray(m_constraintConflict, n, kNoTime);
    fillArray(m_manualConflict, n, kNoTime);
    fillArray(m_dirty, nodes, 0);
    fillArray(m_touchStamp, n, 0);
    m_stamp = 0;
    m_changed.clear();
    fillArray(m_result.tasks, n, TaskSchedule{});
    m_partsWanted = 0;
    passParts();
}

void CpmScheduler::buildLinkLists(const std::vector<quint8> &ignored)
{
    const size_t n = size_t(m_n);
    fillArray(m_inStart, n + 1, 0);
    fillArray(m_outStart, n + 1, 0);
    for (size_t l = 0; l < m_s.links.size(); ++l) {
        if (ignored[l])
            continue;
        ++m_inStart[size_t(m_s.links[l].successor) + 1];
        ++m_outStart[size_t(m_s.links[l].predecessor) + 1];
    }
    for (size_t i = 0; i < n; ++i) {
        m_inStart[i + 1] += m_inStart[i];
        m_outStart[i + 1] += m_outStart[i];
    }
    fillArray(m_in, size_t(m_inStart[n]), Edge{});
    fillArray(m_out, size_t(m_outStart[n]), Edge{});
    std::vector<qint32> inFill(m_inStart.begin(), m_inStart.end() - 1);
    std::vector<qint32> outFill(m_outStart.begin(), m_outStart.end() - 1);
    for (size_t l = 0; l < m_s.links.size(); ++l) {
        if (ignored[l])
            continue;
        const SnapshotLink &link = m_s.links[l];
        const quint8 same = m_calIdx[size_t(link.predecessor)] == m_calIdx[size_t(link.successor)];
        m_in[size_t(inFill[size_t(link.successor)]++)]
            = {link.predecessor, quint8(link.type), quint8(link.lagUnit), same, link.lag};
        m_out[size_t(outFill[size_t(link.predecessor)]++)]
            = {link.successor, quint8(link.type), quint8(link.lagUnit), same, link.lag};
    }
}

// A summary's entry node comes before its children and its own node; a task's node before the
// entry nodes of its successors and its parent's node.
template<class F> void CpmScheduler::forEachDependent(qint32 node, const F &f) const
{
    if (node >= m_n) {
        const qint32 slot = node - m_n;
        for (qint32 c = m_childStart[size_t(slot)]; c < m_childStart[size_t(slot) + 1]; ++c)
            f(entryNode(m_children[size_t(c)]));
        f(m_summaryTask[size_t(slot)]);
        return;
    }
    for (qint32 k = m_outStart[size_t(node)]; k < m_outStart[size_t(node) + 1]; ++k)
        f(entryNode(m_out[size_t(k)].task));
    const qint32 parent = m_s.tasks[size_t(node)].parent;
    if (parent >= 0)
        f(parent);
}

// Kahn's algorithm, always taking the ready node that comes first in the task list (a summary's
// entry node just before the summary's row): the order stays close to the task order, so the
// passes walk the arrays almost sequentially. Returns false when a cycle leaves nodes unsorted.
bool CpmScheduler::sortTopologically()
{
    const qint32 n = m_n;
    const qint32 nodes = n + qint32(m_summaryTask.size());
    std::vector<qint32> indegree(size_t(nodes), 0);
    for (qint32 i = 0; i < n; ++i) {
        const qint32 links = m_inStart[size_t(i) + 1] - m_inStart[size_t(i)];
        const qint32 fromParent = m_s.tasks[size_t(i)].parent >= 0 ? 1 : 0;
        const qint32 slot = m_summaryOf[size_t(i)];
        if (slot < 0) {
            indegree[size_t(i)] = links + fromParent;
        } else {
            indegree[size_t(n + slot)] = links + fromParent;
            indegree[size_t(i)] = m_childStart[size_t(slot) + 1] - m_childStart[size_t(slot)] + 1;
        }
    }
    // Keys: 2·task + 1 for a task's own node, 2·task for a summary's entry node.
    auto keyOf = [&](qint32 node) { return node < n ? 2 * qint64(node) + 1 : 2 * qint64(m_summaryTask[size_t(node - n)]); };
    auto nodeOf = [&](qint64 key) {
        const qint32 task = qint32(key / 2);
        return (key & 1) ? task : n + m_summaryOf[size_t(task)];
    };
    std::vector<qint64> heap;
    auto push = [&](qint32 node) {
        heap.push_back(keyOf(node));
        std::push_heap(heap.begin(), heap.end(), std::greater<>());
    };
    auto release = [&](qint32 node) {
        if (--indegree[size_t(node)] == 0)
            push(node);
    };
    for (qint32 v = 0; v < nodes; ++v) {
        if (indegree[size_t(v)] == 0)
            push(v);
    }
    m_order.clear();
    m_order.reserve(size_t(nodes));
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        const qint32 node = nodeOf(heap.back());
        heap.pop_back();
        m_order.push_back(node);
        forEachDependent(node, release);
    }
    return m_order.size() == size_t(nodes);
}

// Passes on several threads. The topological order is cut into as many contiguous parts as there
// are threads; each thread walks its part in order (backwards for a backward pass), so it reads
// the arrays almost sequentially, as one thread would. Before a node that depends on a node of
// another part, the thread waits until the other part's thread has gone past that node. Every
// node sees exactly the inputs it sees on one thread, so the result is the same.
//
// Where the cuts go decides whether the threads wait: a cut through the middle of a chain makes
// the second part wait for nearly all of the first. A cut is placed where the links across it
// are long, between sub-projects or independent branches, so that what a part needs from the
// part before it is done early; when no such cut exists the passes stay on one thread.
namespace {

void spinUntil(const std::atomic<qint32> &value, bool (*done)(qint32, qint32), qint32 target)
{
    for (int spins = 0; !done(value.load(std::memory_order_acquire), target); ++spins) {
        if (spins < 20000)
            KEEL_CPU_PAUSE();
        else
            std::this_thread::yield();
    }
}

/// One counter per part, each on its own cache line.
struct alignas(64) Progress
{
    std::atomic<qint32> position{0};
};

} // namespace

void CpmScheduler::buildParts(int parts)
{
    m_partsWanted = parts;
    m_partStart.clear();
    m_needsBefore.clear();
    m_neededAfter.clear();
    const qint32 nodes = qint32(m_order.size());
    if (parts <= 1 || nodes < 4 * parts)
        return;

    // With a cut at c, the second part starts at c when the first starts at 0. A link u → v
    // across the cut (positions u < c <= v) lets the second part reach v after v − c steps,
    // and the first part finishes u after u + 1: the second part waits u + 1 + c − v steps,
    // the first part symmetrically in a backward pass. With parts of about `share` nodes that
    // is at worst share + 1 − span, so only links of at most `share` positions matter. A cut
    // across a link of less than share / 2 waits too long to be worth it: those links only
    // block positions (counted with a difference array). The longer ones, few in any network,
    // are kept to measure the wait at the cuts considered.
    const qint32 share = nodes / parts;
    const qint32 first = std::max(1, share / 2), last = nodes - 1 - share / 2; // where cuts may go
    std::vector<qint32> &blocked = m_neededAfter; // borrowed: filled for its own use below
    fillArray(blocked, size_t(nodes) + 1, 0);
    std::vector<std::pair<qint32, qint32>> longLinks; // (u, v), by u
    for (qint32 u = 0; u < nodes; ++u) {
        forEachDependent(m_order[size_t(u)], [&](qint32 dependent) {
            const qint32 v = m_position[size_t(dependent)];
            if (v - u > share || v < first || u >= last)
                return;
            if (v - u < share / 2) {
                ++blocked[size_t(u) + 1];
                --blocked[size_t(v) + 1];
            } else {
                longLinks.emplace_back(u, v);
            }
        });
    }
    for (qint32 c = 1; c <= nodes; ++c)
        blocked[size_t(c)] += blocked[size_t(c) - 1];

    // Each cut near its share, where the wait plus the distance from the share is smallest.
    // Sweeping the candidates in order, a heap holds the long links across the candidate, the
    // shortest on top (links that ended are dropped when they come up).
    std::vector<qint32> cuts{0};
    for (int k = 1; k < parts; ++k) {
        const qint32 ideal = qint32(qint64(nodes) * k / parts);
        const qint32 lo = std::max({first, cuts.back() + 1, ideal - share / 2});
        const qint32 hi = std::min(last, ideal + share / 2);
        std::vector<std::pair<qint32, qint32>> across; // (−span, v): a max-heap of −span
        size_t next = 0;
        qint32 best = -1;
        qint64 bestCost = std::numeric_limits<qint64>::max();
        for (qint32 c = lo; c <= hi; ++c) {
            for (; next < longLinks.size() && longLinks[next].first < c; ++next) {
                across.emplace_back(longLinks[next].first - longLinks[next].second, longLinks[next].second);
                std::push_heap(across.begin(), across.end());
            }
            while (!across.empty() && across.front().second < c) {
                std::pop_heap(across.begin(), across.end());
                across.pop_back();
            }
            if (blocked[size_t(c)] > 0)
                continue;
            const qint64 shortest = across.empty() ? qint64(share) + 1 : -qint64(across.front().first);
            const qint64 cost = std::abs(qint64(c) - ideal) + std::max<qint64>(0, qint64(share) + 1 - shortest);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        if (best >= 0 && bestCost <= share / 2)
            cuts.push_back(best);
        // else no cut here would let the parts run side by side: the two shares stay one part
    }
    if (cuts.size() < 2) {
        m_needsBefore.clear();
        m_neededAfter.clear();
        return; // one part: one thread is as fast
    }
    cuts.push_back(nodes);
    m_partStart = std::move(cuts);

    fillArray(m_needsBefore, size_t(nodes), -1);
    fillArray(m_neededAfter, size_t(nodes), std::numeric_limits<qint32>::max());
    for (size_t part = 0; part + 2 < m_partStart.size(); ++part) {
        const qint32 end = m_partStart[part + 1];
        for (qint32 u = m_partStart[part]; u < end; ++u) {
            forEachDependent(m_order[size_t(u)], [&](qint32 dependent) {
                const qint32 v = m_position[size_t(dependent)];
                if (v < end)
                    return;
                m_needsBefore[size_t(v)] = std::max(m_needsBefore[size_t(v)], u);
                m_neededAfter[size_t(u)] = std::min(m_neededAfter[size_t(u)], v);
            });
        }
    }
}

int CpmScheduler::passParts()
{
    const int parts = partsFor(m_n, m_maxThreads);
    if (parts != m_partsWanted)
        buildParts(parts);
    return m_partStart.empty() ? 1 : int(m_partStart.size()) - 1;
}

template<class Visit> void CpmScheduler::forEachNodeInOrder(bool reverse, const Visit &visit)
{
    const int parts = passParts();
    if (parts <= 1) {
        if (reverse) {
            for (auto it = m_order.rbegin(); it != m_order.rend(); ++it)
                visit(*it, 0);
        } else {
            for (qint32 node : m_order)
                visit(node, 0);
        }
        return;
    }
    auto partOf = [this](qint32 position) {
        return int(std::upper_bound(m_partStart.begin(), m_partStart.end(), position) - m_partStart.begin()) - 1;
    };
    // Forward, a part's counter is the next position it will visit; backward, the last one it
    // visited. A position of another part is done when that part's counter is past it.
    std::vector<Progress> progress(static_cast<size_t>(parts));
    for (int part = 0; part < parts; ++part)
        progress[size_t(part)].position.store(m_partStart[size_t(part) + (reverse ? 1 : 0)], std::memory_order_relaxed);
    auto doneForward = [](qint32 counter, qint32 target) { return counter > target; };
    auto doneBackward = [](qint32 counter, qint32 target) { return counter <= target; };
    auto work = [&](int part) {
        const qint32 begin = m_partStart[size_t(part)], end = m_partStart[size_t(part) + 1];
        std::atomic<qint32> &mine = progress[size_t(part)].position;
        if (!reverse) {
            for (qint32 pos = begin; pos < end; ++pos) {
                if (const qint32 need = m_needsBefore[size_t(pos)]; need >= 0) {
                    // Every earlier part, up to the one that holds the last node needed.
                    for (int other = partOf(need); other >= 0; --other) {
                        const qint32 target = std::min(need, m_partStart[size_t(other) + 1] - 1);
                        spinUntil(progress[size_t(other)].position, doneForward, target);
                    }
                }
                visit(m_order[size_t(pos)], part);
                mine.store(pos + 1, std::memory_order_release);
            }
        } else {
            for (qint32 pos = end - 1; pos >= begin; --pos) {
                if (const qint32 need = m_neededAfter[size_t(pos)]; need != std::numeric_limits<qint32>::max()) {
                    for (int other = partOf(need); other < parts; ++other) {
                        const qint32 target = std::max(need, m_partStart[size_t(other)]);
                        spinUntil(progress[size_t(other)].position, doneBackward, target);
                    }
                }
                visit(m_order[size_t(pos)], part);
                mine.store(pos, std::memory_order_release);
            }
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(size_t(parts - 1));
    for (int part = 1; part < parts; ++part)
        threads.emplace_back(work, part);
    work(0);
    for (std::thread &t : threads)
        t.join();
}

void CpmScheduler::breakCycles(std::vector<quint8> &ignored)
{
    const qint32 n = m_n;
    const qint32 summaries = qint32(m_summaryTask.size());
    const qint32 nodes = n + summaries;

    struct Arc
    {
        qint32 to;
        qint32 link; ///< index into m_s.links, -1 for a parent/child arc
    };
    std::vector<qint32> start;
    std::vector<Arc> arcs;
    auto buildArcs = [&] {
        start.assign(size_t(nodes) + 1, 0);
        auto forEachArc = [&](auto &&visit) {
            for (size_t l = 0; l < m_s.links.size(); ++l) {
                if (!ignored[l])
                    visit(m_s.links[l].predecessor, entryNode(m_s.links[l].successor), qint32(l));
            }
            for (qint32 k = 0; k < summaries; ++k) {
                const qint32 s = m_summaryTask[size_t(k)];
                visit(n + k, s, -1);
                for (qint32 c = m_childStart[size_t(k)]; c < m_childStart[size_t(k) + 1]; ++c) {
                    const qint32 child = m_children[size_t(c)];
                    visit(n + k, entryNode(child), -1);
                    visit(child, s, -1);
                }
            }
        };
        forEachArc([&](qint32 from, qint32, qint32) { ++start[size_t(from) + 1]; });
        for (size_t v = 0; v < size_t(nodes); ++v)
            start[v + 1] += start[v];
        arcs.resize(size_t(start[size_t(nodes)]));
        std::vector<qint32> fill(start.begin(), start.end() - 1);
        forEachArc([&](qint32 from, qint32 to, qint32 link) { arcs[size_t(fill[size_t(from)]++)] = {to, link}; });
    };

    auto topoSort = [&] {
        std::vector<qint32> indegree(size_t(nodes), 0);
        for (const Arc &a : arcs)
            ++indegree[size_t(a.to)];
        m_order.clear();
        m_order.reserve(size_t(nodes));
        for (qint32 v = 0; v < nodes; ++v) {
            if (indegree[size_t(v)] == 0)
                m_order.push_back(v);
        }
        for (size_t head = 0; head < m_order.size(); ++head) {
            const qint32 v = m_order[head];
            for (qint32 a = start[size_t(v)]; a < start[size_t(v) + 1]; ++a) {
                if (--indegree[size_t(arcs[size_t(a)].to)] == 0)
                    m_order.push_back(arcs[size_t(a)].to);
            }
        }
        return m_order.size() == size_t(nodes);
    };

    auto taskOfNode = [&](qint32 v) { return v < n ? v : m_summaryTask[size_t(v - n)]; };

    for (int round = 0;; ++round) {
        buildArcs();
        if (topoSort())
            return;
        std::vector<quint8> sorted(size_t(nodes), 0);
        for (qint32 v : m_order)
            sorted[size_t(v)] = 1;

        // Strongly connected components of what is left (iterative Tarjan).
        std::vector<qint32> index(size_t(nodes), -1), low(size_t(nodes), 0), component(size_t(nodes), -1);
        std::vector<quint8> onStack(size_t(nodes), 0);
        std::vector<qint32> stack, callStack, arcPos;
        qint32 counter = 0, components = 0;
        for (qint32 root = 0; root < nodes; ++root) {
            if (sorted[size_t(root)] || index[size_t(root)] >= 0)
                continue;
            callStack.push_back(root);
            arcPos.push_back(start[size_t(root)]);
            index[size_t(root)] = low[size_t(root)] = counter++;
            stack.push_back(root);
            onStack[size_t(root)] = 1;
            while (!callStack.empty()) {
                const qint32 v = callStack.back();
                qint32 &a = arcPos.back();
                if (a < start[size_t(v) + 1]) {
                    const qint32 w = arcs[size_t(a++)].to;
                    if (sorted[size_t(w)])
                        continue;
                    if (index[size_t(w)] < 0) {
                        index[size_t(w)] = low[size_t(w)] = counter++;
                        stack.push_back(w);
                        onStack[size_t(w)] = 1;
                        callStack.push_back(w);
                        arcPos.push_back(start[size_t(w)]);
                    } else if (onStack[size_t(w)]) {
                        low[size_t(v)] = std::min(low[size_t(v)], index[size_t(w)]);
                    }
                    continue;
                }
                callStack.pop_back();
                arcPos.pop_back();
                if (!callStack.empty())
                    low[size_t(callStack.back())] = std::min(low[size_t(callStack.back())], low[size_t(v)]);
                if (low[size_t(v)] == index[size_t(v)]) {
                    qint32 w;
                    do {
                        w = stack.back();
                        stack.pop_back();
                        onStack[size_t(w)] = 0;
                        component[size_t(w)] = components;
                    } while (w != v);
                    ++components;
                }
            }
        }

        // In each cyclic component ignore the lowest-numbered link inside it (all of them after
        // many rounds, so that pathological input still ends quickly).
        std::vector<qint32> chosen(size_t(components), -1);
        std::vector<qint32> size(size_t(components), 0);
        for (qint32 v = 0; v < nodes; ++v) {
            if (component[size_t(v)] >= 0)
                ++size[size_t(component[size_t(v)])];
        }
        for (qint32 v = 0; v < nodes; ++v) {
            const qint32 c = component[size_t(v)];
            if (c < 0)
                continue;
            for (qint32 a = start[size_t(v)]; a < start[size_t(v) + 1]; ++a) {
                const Arc &arc = arcs[size_t(a)];
                if (arc.link < 0 || component[size_t(arc.to)] != c)
                    continue;
                if (round >= 32)
                    ignored[size_t(arc.link)] = 1;
                else if (chosen[size_t(c)] < 0 || arc.link < chosen[size_t(c)])
                    chosen[size_t(c)] = arc.link;
            }
        }
        for (qint32 c = 0; c < components; ++c) {
            if (chosen[size_t(c)] < 0)
                continue;
            ignored[size_t(chosen[size_t(c)])] = 1;
            if (round > 0)
                continue;
            QList<qint32> tasks;
            for (qint32 v = 0; v < nodes; ++v) {
                if (component[size_t(v)] == c)
                    tasks.append(taskOfNode(v));
            }
            std::sort(tasks.begin(), tasks.end());
            tasks.erase(std::unique(tasks.begin(), tasks.end()), tasks.end());
            QStringList names;
            for (qint32 t : tasks) {
                if (names.size() == 20) {
                    names.append(QStringLiteral("…"));
                    break;
                }
                names.append(taskLabel(t));
            }
            ScheduleDiagnostic d;
            d.severity = ScheduleDiagnostic::Severity::Error;
            d.kind = ScheduleDiagnostic::Kind::Cycle;
            d.tasks = tasks;
            d.message = tr("These tasks depend on each other in a loop: %1. The links closing the "
                           "loop were ignored.").arg(names.join(QStringLiteral(", ")));
            m_graphDiagnostics.push_back(std::move(d));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Date helpers

Minutes CpmScheduler::remaining(qint32 i) const
{
    const SnapshotTask &t = m_s.tasks[size_t(i)];
    const quint16 f = m_flags[size_t(i)];
    if (!(f & Started))
        return t.duration;
    if (f & Complete)
        return 0;
    if (t.remainingDuration != kNoTime)
        return std::clamp<Minutes>(t.remainingDuration, 0, t.duration);
    return t.duration - t.duration * t.percentComplete / 100;
}

Minutes CpmScheduler::normStart(qint32 i, Minutes t) const
{
    if (t == kNoTime)
        return t;
    const WorkCalendar &cal = *m_cal[size_t(i)];
    if ((m_flags[size_t(i)] & Zero) && cal.isPeriodEnd(t))
        return t; // a milestone may sit at the end of a working period
    return cal.nextWorkStart(t);
}

Minutes CpmScheduler::addDuration(qint32 i, Minutes start, Minutes duration) const
{
    if (m_flags[size_t(i)] & Elapsed)
        return start + duration;
    return m_cal[size_t(i)]->addWork(start, duration);
}

Minutes CpmScheduler::subDuration(qint32 i, Minutes finish, Minutes duration) const
{
    if (m_flags[size_t(i)] & Elapsed)
        return finish - duration;
    return m_cal[size_t(i)]->subtractWork(finish, duration);
}

Minutes CpmScheduler::span(qint32 i, Minutes from, Minutes to) const
{
    if (from == kNoTime || to == kNoTime)
        return 0;
    if (m_flags[size_t(i)] & Elapsed)
        return to - from;
    return m_cal[size_t(i)]->workBetween(from, to);
}

Minutes CpmScheduler::lagMinutes(const Edge &e, qint32 predecessor) const
{
    if (e.unit != quint8(LagUnit::Percent))
        return e.lag;
    const Minutes d = m_s.tasks[size_t(predecessor)].duration * e.lag;
    return d >= 0 ? (d + 50) / 100 : -((-d + 50) / 100);
}

bool CpmScheduler::lagIsElapsed(const Edge &e, qint32 predecessor) const
{
    return e.unit == quint8(LagUnit::Elapsed)
           || (e.unit == quint8(LagUnit::Percent) && (m_flags[size_t(predecessor)] & Elapsed));
}

Minutes CpmScheduler::applyLag(Minutes date, const Edge &e, qint32 predecessor, const WorkCalendar &cal) const
{
    if (e.lag == 0 || date == kNoTime)
        return date;
    const Minutes lag = lagMinutes(e, predecessor);
    if (e.unit == quint8(LagUnit::Elapsed)
        || (e.unit == quint8(LagUnit::Percent) && (m_flags[size_t(predecessor)] & Elapsed)))
        return date + lag;
    // A lag that ends at a successor's finish (FF, SF) is measured to a finish: 17:00, not 08:00.
    if (!drivesStart(e.type))
        return cal.finishAt(cal.position(date) + lag);
    return cal.addWork(date, lag);
}

Minutes CpmScheduler::removeLag(Minutes date, const Edge &e, qint32 predecessor, const WorkCalendar &cal) const
{
    if (e.lag == 0 || date == kNoTime)
        return date;
    const Minutes lag = lagMinutes(e, predecessor);
    if (e.unit == quint8(LagUnit::Elapsed)
        || (e.unit == quint8(LagUnit::Percent) && (m_flags[size_t(predecessor)] & Elapsed)))
        return date - lag;
    return cal.addWork(date, -lag);
}

// ---------------------------------------------------------------------------------------------
// Forward pass

bool CpmScheduler::forwardNode(qint32 node, bool alapPass, bool primary, Dates *a)
{
    if (node >= m_n)
        return forwardSummaryEntry(m_summaryTask[size_t(node - m_n)], alapPass, a);
    if (m_summaryOf[size_t(node)] >= 0)
        return forwardSummaryExit(node, alapPass, a);
    return forwardLeaf(node, alapPass, primary, a);
}

bool CpmScheduler::forwardLeaf(qint32 i, bool alapPass, bool primary, Dates *a)
{
    const SnapshotTask &t = m_s.tasks[size_t(i)];
    const quint16 f = m_flags[size_t(i)];
    const WorkCalendar &cal = *m_cal[size_t(i)];
    if (f & Plain)
        return forwardPlain(i, alapPass, a);

    Minutes startLimit = kNoTime;  // latest start demanded by FS/SS links
    Minutes finishLimit = kNoTime; // latest finish demanded by FF links
    Minutes sfLimit = kNoTime;     // latest finish demanded by SF links
    bool hasPredecessor = false;
    for (qint32 k = m_inStart[size_t(i)], end = m_inStart[size_t(i) + 1]; k < end; ++k) {
        const Edge &e = m_in[size_t(k)];
        const qint32 p = e.task;
        const quint16 pf = m_flags[size_t(p)];
        if (!(pf & Active))
            continue;
        hasPredecessor = true;
        Minutes d;
        if (alapPass && (pf & Alap) && !(f & Alap) && m_late[size_t(p)].start >= a[size_t(p)].start)
            d = isFinishLink(e.type) ? m_late[size_t(p)].finish : m_late[size_t(p)].start;
        else
            d = isFinishLink(e.type) ? a[size_t(p)].finish : a[size_t(p)].start;
        d = applyLag(d, e, p, cal);
        if (drivesStart(e.type))
            startLimit = std::max(startLimit, d);
        else if (e.type == quint8(DependencyType::StartFinish))
            sfLimit = std::max(sfLimit, d);
        else
            finishLimit = std::max(finishLimit, d);
    }
    Minutes inheritedSnet = kNoTime, inheritedFnet = kNoTime;
    if (t.parent >= 0) {
        const Floors &floors = m_floors[alapPass][size_t(m_summaryOf[size_t(t.parent)])];
        if (floors.linkStart != kNoTime) {
            startLimit = std::max(startLimit, floors.linkStart);
            hasPredecessor = true;
        }
        if (floors.linkFinish != kNoTime) {
            finishLimit = std::max(finishLimit, floors.linkFinish);
            hasPredecessor = true;
        }
        inheritedSnet = floors.snet;
        inheritedFnet = floors.fnet;
    }

    const Minutes rem = remaining(i);
    const Minutes projectStart = normStart(i, m_projectStart);
    const Minutes cd = t.constraintDate;
    Minutes start = kNoTime;
    Minutes finish = kNoTime;
    bool finishDriven = false;

    if (!hasPredecessor) {
        if (primary && t.constraint == ConstraintType::Snet && cd != kNoTime) {
            start = normStart(i, cd);
        } else if (primary && t.constraint == ConstraintType::Fnet && cd != kNoTime) {
            start = normStart(i, subDuration(i, cd, rem));
            finish = cd;
            finishDriven = true;
        } else {
            start = projectStart;
        }
    } else {
        start = normStart(i, startLimit);
        // A start-to-finish link may put the task before the project start; a finish-to-finish
        // link may not (Microsoft Project clamps that one).
        if (sfLimit != kNoTime) {
            const Minutes s = normStart(i, subDuration(i, sfLimit, rem));
            if (s > start) {
                start = s;
                finishDriven = true;
                finish = sfLimit;
            }
        }
        if (finishLimit != kNoTime) {
            Minutes s = normStart(i, subDuration(i, finishLimit, rem));
            bool clamped = false;
            if (s < projectStart) {
                s = projectStart;
                clamped = true;
            }
            if (s > start) {
                start = s;
                finishDriven = !clamped;
                finish = clamped ? kNoTime : finishLimit;
            }
        }
    }
    if (inheritedSnet != kNoTime) {
        const Minutes d = normStart(i, inheritedSnet);
        if (d > start) {
            start = d;
            finishDriven = false;
        }
    }
    if (inheritedFnet != kNoTime) {
        const Minutes current = finishDriven ? finish : addDuration(i, start, rem);
        if (inheritedFnet > current) {
            finish = inheritedFnet;
            start = normStart(i, subDuration(i, inheritedFnet, rem));
            finishDriven = true;
        }
    }
    if (m_s.statusDate != kNoTime && m_s.startUnstartedAfterStatusDate && !(f & (Started | Manual))) {
        const Minutes d = normStart(i, m_s.statusDate);
        if (d > start) {
            start = d;
            finishDriven = false;
        }
    }
    const Minutes linkStart = start;

    Minutes conflict = kNoTime;
    if (!(f & Manual) && cd != kNoTime) {
        const bool honor = m_s.honorConstraints;
        auto currentFinish = [&] { return finishDriven ? finish : addDuration(i, start, rem); };
        switch (t.constraint) {
        case ConstraintType::Asap:
        case ConstraintType::Alap:
            break;
        case ConstraintType::Snet: {
            const Minutes d = normStart(i, cd);
            if (d > start) {
                start = d;
                finishDriven = false;
            }
            break;
        }
        case ConstraintType::Fnet:
            if (cd > currentFinish()) {
                finish = cd;
                start = normStart(i, subDuration(i, cd, rem));
                finishDriven = true;
            }
            break;
        case ConstraintType::Snlt:
            if (primary) {
                const Minutes d = normStart(i, cd);
                if (start > d) {
                    if (hasPredecessor)
                        conflict = span(i, d, start);
                    if (honor || !hasPredecessor) {
                        start = d;
                        finishDriven = false;
                    }
                }
            }
            break;
        case ConstraintType::Fnlt:
            if (primary) {
                const Minutes current = currentFinish();
                if (current > cd) {
                    if (hasPredecessor)
                        conflict = span(i, cd, current);
                    if (honor || !hasPredecessor) {
                        start = normStart(i, subDuration(i, cd, rem));
                        finishDriven = false;
                    }
                }
            }
            break;
        case ConstraintType::Mso: {
            const Minutes d = normStart(i, cd);
            if (start > d && primary && hasPredecessor)
                conflict = span(i, d, start);
            if (honor || !hasPredecessor || d > start) {
                start = d;
                finishDriven = false;
            }
            break;
        }
        case ConstraintType::Mfo: {
            const Minutes current = currentFinish();
            if (current > cd && primary && hasPredecessor)
                conflict = span(i, cd, current);
            if (honor || !hasPredecessor || cd > current) {
                finish = cd;
                start = normStart(i, subDuration(i, cd, rem));
                finishDriven = true;
            }
            break;
        }
        }
        if (conflict != kNoTime && conflict <= 0)
            conflict = kNoTime;
    }
    // Resource leveling's delay: elapsed time after the early start, then the next working time.
    if (t.levelingDelay > 0 && !(f & (Manual | Started)) && t.constraint != ConstraintType::Mso
        && t.constraint != ConstraintType::Mfo) {
        start = normStart(i, start + t.levelingDelay);
        finishDriven = false;
    }

    Minutes resume = kNoTime;
    Minutes manualConflict = kNoTime;
    if (f & Manual) {
        const Minutes ms = t.manualStart, mf = t.manualFinish;
        start = ms != kNoTime ? ms : subDuration(i, mf, t.duration);
        finish = mf != kNoTime ? mf : addDuration(i, ms, t.duration);
        if (t.actualStart != kNoTime)
            start = t.actualStart;
        if (t.actualFinish != kNoTime)
            finish = t.actualFinish;
        if (hasPredecessor && t.actualStart == kNoTime && linkStart > start) {
            const Minutes late = span(i, start, linkStart);
            if (late > 0)
                manualConflict = late;
        }
    } else {
        if (t.actualStart != kNoTime) {
            start = t.actualStart;
            finishDriven = false;
        }
        if (t.actualFinish != kNoTime) {
            finish = t.actualFinish;
        } else if (f & Complete) {
            finish = addDuration(i, start, t.duration);
        } else if (f & Started) {
            finish = addDuration(i, start, t.duration);
            if (m_s.statusDate != kNoTime && m_s.moveRemainingAfterStatusDate && rem > 0) {
                const Minutes stop = addDuration(i, start, t.duration - rem);
                if (stop < m_s.statusDate) {
                    const Minutes r = normStart(i, m_s.statusDate);
                    if (span(i, stop, r) > 0)
                        resume = r;
                    finish = addDuration(i, r, rem);
                }
            }
            if (t.constraint == ConstraintType::Fnet && cd != kNoTime && cd > finish)
                finish = cd;
        } else if (!finishDriven) {
            finish = addDuration(i, start, rem);
        }
    }

    if (m_recordIssues) {
        m_resume[size_t(i)] = resume;
        m_constraintConflict[size_t(i)] = conflict;
        m_manualConflict[size_t(i)] = manualConflict;
    }
    const bool changed = a[size_t(i)].start != start || a[size_t(i)].finish != finish;
    a[size_t(i)].start = start;
    a[size_t(i)].finish = finish;
    a[size_t(i)].startW = cal.position(start);
    a[size_t(i)].finishW = cal.position(finish);
    return changed;
}

// The common case in work positions only: an auto-scheduled task not started, neither milestone
// nor elapsed, without a constraint date (ASAP or ALAP). Gives exactly what forwardLeaf gives,
// with one calendar look-up per date instead of several.
bool CpmScheduler::forwardPlain(qint32 i, bool alapPass, Dates *a)
{
    const SnapshotTask &t = m_s.tasks[size_t(i)];
    const quint16 f = m_flags[size_t(i)];
    const qint32 c = m_calIdx[size_t(i)];
    const WorkCalendar &cal = m_s.calendars[size_t(c)];

    Minutes startW = kNoTime;                     // position of the latest start demanded
    Minutes finishT = kNoTime, finishW = kNoTime; // latest finish demanded by FF, and its position
    Minutes sfT = kNoTime, sfW = kNoTime;         // the same for SF links
    bool hasPredecessor = false;
    for (qint32 k = m_inStart[size_t(i)], end = m_inStart[size_t(i) + 1]; k < end; ++k) {
        const Edge &e = m_in[size_t(k)];
        const qint32 p = e.task;
        const quint16 pf = m_flags[size_t(p)];
        if (!(pf & Active))
            continue;
        hasPredecessor = true;
        const bool late = alapPass && (pf & Alap) && !(f & Alap) && m_late[size_t(p)].start >= a[size_t(p)].start;
        const bool fromFinish = isFinishLink(e.type);
        const Minutes d = late ? (fromFinish ? m_late[size_t(p)].finish : m_late[size_t(p)].start)
                               : (fromFinish ? a[size_t(p)].finish : a[size_t(p)].start);
        const bool sameCalendar = e.sameCalendar;
        auto positionOfD = [&] {
            if (!sameCalendar)
                return cal.position(d);
            return late ? (fromFinish ? m_late[size_t(p)].finishW : m_late[size_t(p)].startW)
                        : (fromFinish ? a[size_t(p)].finishW : a[size_t(p)].startW);
        };
        Minutes w;
        Minutes time = kNoTime;
        if (e.lag == 0) {
            w = positionOfD();
            time = d;
        } else {
            const Minutes lag = lagMinutes(e, p);
            if (lagIsElapsed(e, p)) {
                time = d + lag;
                w = cal.position(time);
            } else {
                w = positionOfD() + lag;
            }
        }
        if (drivesStart(e.type)) {
            startW = std::max(startW, w);
        } else {
            if (time == kNoTime)
                time = cal.finishAt(w);
            Minutes &limitT = e.type == quint8(DependencyType::StartFinish) ? sfT : finishT;
            Minutes &limitW = e.type == quint8(DependencyType::StartFinish) ? sfW : finishW;
            if (time > limitT) {
                limitT = time;
                limitW = w;
            }
        }
    }
    Minutes inheritedSnet = kNoTime, inheritedFnet = kNoTime;
    Minutes inheritedSnetW = kNoTime, inheritedFnetW = kNoTime;
    if (t.parent >= 0) {
        // Positions carry over from the summary's calendar when the task shares it.
        const Floors &floors = m_floors[alapPass][size_t(m_summaryOf[size_t(t.parent)])];
        const bool sameCalendar = m_calIdx[size_t(t.parent)] == c;
        if (floors.linkStart != kNoTime) {
            startW = std::max(startW, sameCalendar ? floors.linkStartW : cal.position(floors.linkStart));
            hasPredecessor = true;
        }
        if (floors.linkFinish != kNoTime) {
            if (floors.linkFinish > finishT) {
                finishT = floors.linkFinish;
                finishW = sameCalendar ? floors.linkFinishW : cal.position(finishT);
            }
            hasPredecessor = true;
        }
        inheritedSnet = floors.snet;
        inheritedFnet = floors.fnet;
        if (inheritedSnet != kNoTime)
            inheritedSnetW = sameCalendar ? floors.snetW : cal.position(inheritedSnet);
        if (inheritedFnet != kNoTime)
            inheritedFnetW = sameCalendar ? floors.fnetW : cal.position(inheritedFnet);
    }

    const Minutes rem = t.duration;
    const Minutes projectW = m_calStartW[size_t(c)];
    bool finishDriven = false;
    if (!hasPredecessor) {
        startW = projectW;
    } else {
        bool fromStartFinish = false;
        if (sfT != kNoTime && sfW - rem > startW) {
            startW = sfW - rem;
            finishDriven = true;
            fromStartFinish = true;
        }
        if (finishT != kNoTime) {
            Minutes s = finishW - rem;
            bool clamped = false;
            if (s < projectW) {
                s = projectW;
                clamped = true;
            }
            if (s > startW) {
                startW = s;
                finishDriven = !clamped;
                fromStartFinish = false;
            }
        }
        if (fromStartFinish) {
            finishT = sfT;
            finishW = sfW;
        }
    }
    if (inheritedSnet != kNoTime && inheritedSnetW > startW) {
        startW = inheritedSnetW;
        finishDriven = false;
    }
    if (inheritedFnet != kNoTime) {
        const Minutes current = finishDriven ? finishT : cal.finishAt(startW + rem);
        if (inheritedFnet > current) {
            finishT = inheritedFnet;
            finishW = inheritedFnetW;
            startW = finishW - rem;
            finishDriven = true;
        }
    }
    const Minutes statusW = m_calStatusW[size_t(c)];
    if (statusW != kNoTime && statusW > startW) {
        startW = statusW;
        finishDriven = false;
    }
    const Minutes start = cal.startAt(startW);
    Minutes finish, finishPosition;
    if (finishDriven) {
        finish = finishT;
        finishPosition = finishW;
    } else {
        finishPosition = startW + rem;
        finish = cal.finishAt(finishPosition);
    }
    if (m_recordIssues) {
        m_resume[size_t(i)] = kNoTime;
        m_constraintConflict[size_t(i)] = kNoTime;
        m_manualConflict[size_t(i)] = kNoTime;
    }
    const bool changed = a[size_t(i)].start != start || a[size_t(i)].finish != finish;
    a[size_t(i)].start = start;
    a[size_t(i)].finish = finish;
    a[size_t(i)].startW = startW;
    a[size_t(i)].finishW = finishPosition;
    return changed;
}

bool CpmScheduler::backwardPlain(qint32 i, bool asapPass)
{
    const SnapshotTask &t = m_s.tasks[size_t(i)];
    const quint16 f = m_flags[size_t(i)];
    const qint32 c = m_calIdx[size_t(i)];
    const WorkCalendar &cal = m_s.calendars[size_t(c)];

    Minutes finishW = kFar; // earliest finish demanded by FS/FF successors, as a position
    Minutes startW = kFar;  // earliest start demanded by SS/SF successors
    bool hasSuccessor = false;
    for (qint32 k = m_outStart[size_t(i)], end = m_outStart[size_t(i) + 1]; k < end; ++k) {
        const Edge &e = m_out[size_t(k)];
        const qint32 q = e.task;
        const quint16 qf = m_flags[size_t(q)];
        if ((qf & (Active | Finished)) != Active)
            continue;
        hasSuccessor = true;
        const bool early = asapPass && (qf & Asap) && !(f & Asap) && m_early[size_t(q)].start <= m_late[size_t(q)].start;
        const bool atStart = e.type == quint8(DependencyType::FinishStart)
                             || e.type == quint8(DependencyType::StartStart);
        const Minutes d = atStart ? (early ? m_early[size_t(q)].start : m_late[size_t(q)].start)
                                  : (early ? m_early[size_t(q)].finish : m_late[size_t(q)].finish);
        const bool sameCalendar = e.sameCalendar;
        auto positionOfD = [&] {
            if (!sameCalendar)
                return cal.position(d);
            return atStart ? (early ? m_early[size_t(q)].startW : m_late[size_t(q)].startW)
                           : (early ? m_early[size_t(q)].finishW : m_late[size_t(q)].finishW);
        };
        Minutes w;
        if (e.lag == 0) {
            w = positionOfD();
        } else {
            const Minutes lag = lagMinutes(e, i);
            if (lagIsElapsed(e, i))
                w = cal.position(d - lag);
            else if (sameCalendar)
                w = positionOfD() - lag;
            else
                w = cal.position(m_cal[size_t(q)]->addWork(d, -lag));
        }
        if (isFinishLink(e.type))
            finishW = std::min(finishW, w);
        else
            startW = std::min(startW, w);
    }
    if (t.parent >= 0) {
        const Ceilings &ceilings = m_ceilings[size_t(m_summaryOf[size_t(t.parent)])];
        const bool sameCalendar = m_calIdx[size_t(t.parent)] == c;
        if (ceilings.start != kFar) {
            startW = std::min(startW, sameCalendar ? ceilings.startW : cal.position(ceilings.start));
            hasSuccessor = true;
        }
        if (ceilings.finish != kFar) {
            finishW = std::min(finishW, sameCalendar ? ceilings.finishW : cal.position(ceilings.finish));
            hasSuccessor = true;
        }
    }
    const Minutes rem = t.duration;
    Minutes lateW = m_calFinishW[size_t(c)];
    if (m_s.multipleCriticalPaths && !hasSuccessor && m_first && m_first[size_t(i)].finish != kNoTime)
        lateW = m_first[size_t(i)].finishW;
    lateW = std::min(lateW, finishW);
    if (startW != kFar)
        lateW = std::min(lateW, startW + rem);
    const Minutes finish = cal.finishAt(lateW);
    const Minutes start = cal.startAt(lateW - rem);
    const bool changed = m_late[size_t(i)].start != start || m_late[size_t(i)].finish != finish;
    m_late[size_t(i)].start = start;
    m_late[size_t(i)].finish = finish;
    m_late[size_t(i)].startW = lateW - rem;
    m_late[size_t(i)].finishW = lateW;
    if (m_recordIssues)
        m_constraintConflict[size_t(i)] = kNoTime;
    return changed;
}

bool CpmScheduler::forwardSummaryEntry(qint32 s, bool alapPass, Dates *a)
{
    const SnapshotTask &t = m_s.tasks[size_t(s)];
    const size_t k = size_t(m_summaryOf[size_t(s)]);
    const WorkCalendar &cal = *m_cal[size_t(s)];
    std::vector<Floors> &floors = m_floors[alapPass];
    Floors f;
    if (t.parent >= 0)
        f = floors[size_t(m_summaryOf[size_t(t.parent)])];
    Minutes &linkStart = f.linkStart, &linkFinish = f.linkFinish, &snet = f.snet, &fnet = f.fnet;
    for (qint32 k2 = m_inStart[size_t(s)], end = m_inStart[size_t(s) + 1]; k2 < end; ++k2) {
        const Edge &e = m_in[size_t(k2)];
        const qint32 p = e.task;
        const quint16 pf = m_flags[size_t(p)];
        if (!(pf & Active))
            continue;
        Minutes d;
        if (alapPass && (pf & Alap) && m_late[size_t(p)].start >= a[size_t(p)].start)
            d = isFinishLink(e.type) ? m_late[size_t(p)].finish : m_late[size_t(p)].start;
        else
            d = isFinishLink(e.type) ? a[size_t(p)].finish : a[size_t(p)].start;
        d = applyLag(d, e, p, cal);
        if (drivesStart(e.type))
            linkStart = std::max(linkStart, d);
        else
            linkFinish = std::max(linkFinish, d);
    }
    if (t.constraintDate != kNoTime) {
        if (t.constraint == ConstraintType::Snet || t.constraint == ConstraintType::Mso)
            snet = std::max(snet, t.constraintDate);
        else if (t.constraint == ConstraintType::Fnet || t.constraint == ConstraintType::Mfo)
            fnet = std::max(fnet, t.constraintDate);
    }
    f.linkStartW = cal.position(f.linkStart);
    f.linkFinishW = cal.position(f.linkFinish);
    f.snetW = cal.position(f.snet);
    f.fnetW = cal.position(f.fnet);
    Floors &stored = floors[k];
    const bool changed = stored.linkStart != f.linkStart || stored.linkFinish != f.linkFinish
                         || stored.snet != f.snet || stored.fnet != f.fnet;
    stored = f;
    return changed;
}

bool CpmScheduler::forwardSummaryExit(qint32 s, bool alapPass, Dates *a)
{
    const size_t k = size_t(m_summaryOf[size_t(s)]);
    Minutes start = kFar, finish = kNoTime;
    for (qint32 c = m_childStart[k]; c < m_childStart[k + 1]; ++c) {
        const qint32 child = m_children[size_t(c)];
        const quint16 cf = m_flags[size_t(child)];
        if (!(cf & Active))
            continue;
        const bool late = alapPass && (cf & Alap) && m_late[size_t(child)].start >= a[size_t(child)].start;
        start = std::min(start, late ? m_late[size_t(child)].start : a[size_t(child)].start);
        finish = std::max(finish, late ? m_late[size_t(child)].finish : a[size_t(child)].finish);
    }
    if (start == kFar) {
        const Floors &floors = m_floors[alapPass][k];
        start = std::max({normStart(s, m_projectStart), floors.linkStart, floors.snet});
        finish = start;
    }
    const bool changed = a[size_t(s)].start != start || a[size_t(s)].finish != finish;
    a[size_t(s)].start = start;
    a[size_t(s)].finish = finish;
    a[size_t(s)].startW = m_cal[size_t(s)]->position(start);
    a[size_t(s)].finishW = m_cal[size_t(s)]->position(finish);
    return changed;
}

// ---------------------------------------------------------------------------------------------
// Backward pass

bool CpmScheduler::backwardNode(qint32 node, bool primary, bool asapPass)
{
    if (node >= m_n)
        return backwardSummaryEntry(m_summaryTask[size_t(node - m_n)]);
    if (m_summaryOf[size_t(node)] >= 0)
        return backwardSummaryExit(node, asapPass);
    return backwardLeaf(node, primary, asapPass);
}

bool CpmScheduler::backwardLeaf(qint32 i, bool primary, bool asapPass)
{
    const SnapshotTask &t = m_s.tasks[size_t(i)];
    const quint16 f = m_flags[size_t(i)];
    const WorkCalendar &cal = *m_cal[size_t(i)];
    if ((f & (Plain | Deadline)) == Plain)
        return backwardPlain(i, asapPass);

    Minutes finishLimit = kFar; // earliest finish demanded by FS/FF successors
    Minutes startLimit = kFar;  // earliest start demanded by SS/SF successors
    bool hasSuccessor = false;
    for (qint32 k = m_outStart[size_t(i)], end = m_outStart[size_t(i) + 1]; k < end; ++k) {
        const Edge &e = m_out[size_t(k)];
        const qint32 q = e.task;
        const quint16 qf = m_flags[size_t(q)];
        if ((qf & (Active | Finished)) != Active)
            continue;
        hasSuccessor = true;
        const bool early = asapPass && (qf & Asap) && !(f & Asap) && m_early[size_t(q)].start <= m_late[size_t(q)].start;
        const bool atStart = e.type == quint8(DependencyType::FinishStart)
                             || e.type == quint8(DependencyType::StartStart);
        Minutes d = atStart ? (early ? m_early[size_t(q)].start : m_late[size_t(q)].start)
                            : (early ? m_early[size_t(q)].finish : m_late[size_t(q)].finish);
        d = removeLag(d, e, i, *m_cal[size_t(q)]);
        if (isFinishLink(e.type))
            finishLimit = std::min(finishLimit, d);
        else
            startLimit = std::min(startLimit, d);
    }
    if (t.parent >= 0) {
        const size_t k = size_t(m_summaryOf[size_t(t.parent)]);
        if (m_ceilings[k].start != kFar) {
            startLimit = std::min(startLimit, m_ceilings[k].start);
            hasSuccessor = true;
        }
        if (m_ceilings[k].finish != kFar) {
            finishLimit = std::min(finishLimit, m_ceilings[k].finish);
            hasSuccessor = true;
        }
    }

    const Minutes rem = remaining(i);
    Minutes finish = m_projectFinish;
    if (m_s.multipleCriticalPaths && !hasSuccessor && m_first && m_first[size_t(i)].finish != kNoTime)
        finish = m_first[size_t(i)].finish;
    finish = std::min(finish, finishLimit);
    if (startLimit != kFar)
        finish = std::min(finish, addDuration(i, normStart(i, startLimit), rem));

    const Minutes cd = t.constraintDate;
    Minutes conflict = kNoTime;
    if (cd != kNoTime && !(f & Manual)) {
        switch (t.constraint) {
        case ConstraintType::Asap:
        case ConstraintType::Alap:
            break;
        case ConstraintType::Mso:
            finish = addDuration(i, normStart(i, cd), rem);
            break;
        case ConstraintType::Mfo:
            finish = cd;
            break;
        case ConstraintType::Snlt:
            finish = std::min(finish, addDuration(i, normStart(i, cd), rem));
            break;
        case ConstraintType::Fnlt:
            finish = std::min(finish, cd);
            break;
        case ConstraintType::Snet:
            if (primary) {
                const Minutes d = normStart(i, cd);
                const Minutes s = subDuration(i, finish, rem);
                if (s < d) {
                    if (hasSuccessor)
                        conflict = span(i, s, d);
                    if (m_s.honorConstraints || !hasSuccessor)
                        finish = addDuration(i, d, rem);
                }
            }
            break;
        case ConstraintType::Fnet:
            if (primary && finish < cd) {
                if (hasSuccessor)
                    conflict = span(i, finish, cd);
                if (m_s.honorConstraints || !hasSuccessor)
                    finish = cd;
            }
            break;
        }
    }
    if (t.deadline != kNoTime)
        finish = std::min(finish, t.deadline);
    if (!(f & (Elapsed | Zero)))
        finish = cal.previousWorkFinish(finish);

    Minutes start;
    if (t.actualFinish != kNoTime) {
        finish = t.actualFinish;
        start = t.actualStart != kNoTime ? t.actualStart : subDuration(i, finish, t.duration);
    } else if ((f & Started) && t.actualStart != kNoTime) {
        start = t.actualStart;
    } else {
        start = subDuration(i, finish, (f & Manual) ? t.duration : rem);
    }
    if (primary && m_recordIssues)
        m_constraintConflict[size_t(i)] = (conflict != kNoTime && conflict > 0) ? conflict : kNoTime;

    const bool changed = m_late[size_t(i)].start != start || m_late[size_t(i)].finish != finish;
    m_late[size_t(i)].start = start;
    m_late[size_t(i)].finish = finish;
    m_late[size_t(i)].startW = cal.position(start);
    m_late[size_t(i)].finishW = cal.position(finish);
    return changed;
}

bool CpmScheduler::backwardSummaryExit(qint32 s, bool asapPass)
{
    const SnapshotTask &t = m_s.tasks[size_t(s)];
    const size_t k = size_t(m_summaryOf[size_t(s)]);
    Minutes startCeiling = kFar, finishCeiling = kFar;
    if (t.parent >= 0) {
        const size_t pk = size_t(m_summaryOf[size_t(t.parent)]);
        startCeiling = m_ceilings[pk].start;
        finishCeiling = m_ceilings[pk].finish;
    }
    for (qint32 k2 = m_outStart[size_t(s)], end = m_outStart[size_t(s) + 1]; k2 < end; ++k2) {
        const Edge &e = m_out[size_t(k2)];
        const qint32 q = e.task;
        const quint16 qf = m_flags[size_t(q)];
        if ((qf & (Active | Finished)) != Active)
            continue;
        const bool early = asapPass && (qf & Asap) && m_early[size_t(q)].start <= m_late[size_t(q)].start;
        const bool atStart = e.type == quint8(DependencyType::FinishStart)
                             || e.type == quint8(DependencyType::StartStart);
        Minutes d = atStart ? (early ? m_early[size_t(q)].start : m_late[size_t(q)].start)
                            : (early ? m_early[size_t(q)].finish : m_late[size_t(q)].finish);
        d = removeLag(d, e, s, *m_cal[size_t(q)]);
        if (isFinishLink(e.type))
            finishCeiling = std::min(finishCeiling, d);
        else
            startCeiling = std::min(startCeiling, d);
    }
    if (t.constraintDate != kNoTime) {
        if (t.constraint == ConstraintType::Fnlt || t.constraint == ConstraintType::Mfo)
            finishCeiling = std::min(finishCeiling, t.constraintDate);
        else if (t.constraint == ConstraintType::Snlt || t.constraint == ConstraintType::Mso)
            startCeiling = std::min(startCeiling, t.constraintDate);
    }
    if (t.deadline != kNoTime)
        finishCeiling = std::min(finishCeiling, t.deadline);
    Ceilings &stored = m_ceilings[k];
    const bool changed = stored.start != startCeiling || stored.finish != finishCeiling;
    const WorkCalendar &cal = *m_cal[size_t(s)];
    stored = {startCeiling, finishCeiling, startCeiling == kFar ? kFar : cal.position(startCeiling),
              finishCeiling == kFar ? kFar : cal.position(finishCeiling)};
    return changed;
}

bool CpmScheduler::backwardSummaryEntry(qint32 s)
{
    const size_t k = size_t(m_summaryOf[size_t(s)]);
    Minutes start = kFar, finish = kNoTime;
    for (qint32 c = m_childStart[k]; c < m_childStart[k + 1]; ++c) {
        const qint32 child = m_children[size_t(c)];
        if (!(m_flags[size_t(child)] & Active))
            continue;
        start = std::min(start, m_late[size_t(child)].start);
        finish = std::max(finish, m_late[size_t(child)].finish);
    }
    if (start == kFar) {
        finish = std::min({m_projectFinish, m_ceilings[k].finish});
        start = finish;
    }
    const bool changed = m_late[size_t(s)].start != start || m_late[size_t(s)].finish != finish;
    m_late[size_t(s)].start = start;
    m_late[size_t(s)].finish = finish;
    m_late[size_t(s)].startW = m_cal[size_t(s)]->position(start);
    m_late[size_t(s)].finishW = m_cal[size_t(s)]->position(finish);
    return changed;
}

// ---------------------------------------------------------------------------------------------
// Runs

Minutes CpmScheduler::computeProjectFinish() const
{
    Minutes finish = kNoTime;
    for (qint32 i = 0; i < m_n; ++i) {
        if ((m_flags[size_t(i)] & Active) && m_summaryOf[size_t(i)] < 0)
            finish = std::max(finish, m_first[size_t(i)].finish);
    }
    return finish == kNoTime ? m_s.projectStart : finish;
}

Minutes CpmScheduler::computeProjectStart() const
{
    Minutes start = kFar;
    for (qint32 i = 0; i < m_n; ++i) {
        if ((m_flags[size_t(i)] & Active) && m_summaryOf[size_t(i)] < 0)
            start = std::min(start, m_late[size_t(i)].start);
    }
    return start == kFar ? m_s.projectFinish : start;
}

const ScheduleResult &CpmScheduler::schedule()
{
    if (m_needsBuild)
        build();
    runFull();
    m_changed.clear();
    return m_result;
}

void CpmScheduler::runFull()
{
    m_hasAlap = false;
    m_hasAsap = false;
    for (qint32 i = 0; i < m_n; ++i) {
        const quint16 f = m_flags[size_t(i)];
        if (f & Active) {
            m_hasAlap = m_hasAlap || (f & Alap);
            m_hasAsap = m_hasAsap || (f & Asap);
        }
    }
    m_resultTotalsDone = false;
    if (m_s.scheduleFrom == ScheduleFrom::Finish)
        runFromFinish();
    else
        runFromStart();
    // A task's dates, total slack and critical flag depend only on its own dates from the
    // passes, a summary's on its children's: one pass in topological order (or the last pass
    // itself). Free slack reads the dates of successors, all known by then: a loop in any order,
    // with what the diagnostics must report.
    if (!m_resultTotalsDone)
        forEachNodeInOrder(false, [this](qint32 node, int) { resultTotals(node); });
    const int parts = partsFor(m_n, m_maxThreads);
    std::vector<DiagnosticScan> scans(static_cast<size_t>(parts));
    forEachPart(m_n, parts, [this, &scans](int part, qint32 from, qint32 to) {
        for (qint32 i = from; i < to; ++i) {
            resultFreeSlack(i);
            scanTask(i, scans[size_t(part)]);
        }
    });
    reportDiagnostics(scans);
    m_scheduled = true;
}

void CpmScheduler::setProjectStart(Minutes start)
{
    m_projectStart = start;
    const bool statusRule = m_s.statusDate != kNoTime && m_s.startUnstartedAfterStatusDate;
    for (size_t k = 0; k < m_s.calendars.size(); ++k) {
        m_calStartW[k] = m_s.calendars[k].position(start);
        m_calStatusW[k] = statusRule ? m_s.calendars[k].position(m_s.statusDate) : kNoTime;
    }
}

void CpmScheduler::setProjectFinish(Minutes finish)
{
    m_projectFinish = finish;
    for (size_t k = 0; k < m_s.calendars.size(); ++k)
        m_calFinishW[k] = m_s.calendars[k].position(finish);
}

// In the second forward pass: whether a node reads an active ALAP task (which successors follow
// at its late dates) or a node this pass changed.
bool CpmScheduler::readsMovedNode(qint32 node) const
{
    auto moved = [this](qint32 d) {
        return m_secondChanged[size_t(d)]
               || (d < m_n && (m_flags[size_t(d)] & (Active | Alap)) == (Active | Alap));
    };
    const qint32 slot = m_summaryOf[size_t(node < m_n ? node : m_summaryTask[size_t(node - m_n)])];
    if (node < m_n && slot >= 0) {
        // A summary's own node: its entry node and its children.
        if (moved(m_n + slot))
            return true;
        for (qint32 c = m_childStart[size_t(slot)]; c < m_childStart[size_t(slot) + 1]; ++c) {
            if (moved(m_children[size_t(c)]))
                return true;
        }
        return false;
    }
    // A task, or a summary's entry node: its predecessors and its parent's entry node.
    const qint32 task = node < m_n ? node : m_summaryTask[size_t(node - m_n)];
    for (qint32 k = m_inStart[size_t(task)], end = m_inStart[size_t(task) + 1]; k < end; ++k) {
        if (moved(m_in[size_t(k)].task))
            return true;
    }
    const qint32 parent = m_s.tasks[size_t(task)].parent;
    return parent >= 0 && moved(m_n + m_summaryOf[size_t(parent)]);
}

void CpmScheduler::runFromStart()
{
    setProjectStart(m_s.projectStart != kNoTime ? m_s.projectStart : toMinutes(QDate::currentDate(), 8 * 60));
    if (m_hasAlap) {
        if (m_early1.size() != size_t(m_n))
            fillArray(m_early1, size_t(m_n), Dates{});
        m_first = m_early1.data();
    } else {
        m_early1.clear();
        m_first = m_early.data();
    }
    m_recordIssues = true;
    forEachNodeInOrder(false, [this](qint32 node, int) { forwardNode(node, false, true, m_first); });
    setProjectFinish(computeProjectFinish());
    forEachNodeInOrder(true, [this](qint32 node, int) { backwardNode(node, false, false); });
    if (!m_hasAlap)
        return;
    if (passParts() > 1) {
        // On several threads the second pass visits every node in order, but recomputes only
        // those that read an ALAP task or a node it changed; the others keep what the first
        // pass computed, findings included. Each task's dates are then final, and so is what
        // runFull() takes from them alone.
        fillArray(m_secondChanged, m_order.size(), 0);
        forEachNodeInOrder(false, [this](qint32 node, int) {
            if (node >= m_n) {
                const size_t slot = size_t(node - m_n);
                m_floors[1][slot] = m_floors[0][slot];
            } else {
                m_early[size_t(node)] = m_early1[size_t(node)];
            }
            m_secondChanged[size_t(node)] = readsMovedNode(node) && forwardNode(node, true, true, m_early.data());
            resultTotals(node);
        });
        m_resultTotalsDone = true;
        return;
    }
    // The second pass differs from the first only downstream of ALAP tasks: start from the
    // first pass's dates and propagate from there (what a task not reached would compute,
    // findings included, is what the first pass recorded).
    std::copy(m_early1.begin(), m_early1.end(), m_early.begin());
    m_floors[1] = m_floors[0];
    m_pending = 0;
    m_dirtyLow = qint32(m_order.size());
    m_dirtyHigh = -1;
    for (qint32 i = 0; i < m_n; ++i) {
        if ((m_flags[size_t(i)] & (Active | Alap)) == (Active | Alap))
            markForwardDependents(i);
    }
    std::vector<qint32> changed;
    propagateForward(true, m_early.data(), changed);
}

void CpmScheduler::runFromFinish()
{
    setProjectFinish(m_s.projectFinish != kNoTime ? m_s.projectFinish
                     : m_s.projectStart != kNoTime ? m_s.projectStart
                                                   : toMinutes(QDate::currentDate(), 17 * 60));
    m_early1.clear();
    m_first = nullptr;
    m_recordIssues = !m_hasAsap;
    forEachNodeInOrder(true, [this](qint32 node, int) { backwardNode(node, true, false); });
    setProjectStart(computeProjectStart());
    m_recordIssues = true;
    forEachNodeInOrder(false, [this](qint32 node, int) { forwardNode(node, false, false, m_early.data()); });
    if (m_hasAsap)
        forEachNodeInOrder(true, [this](qint32 node, int) { backwardNode(node, true, true); });
}

// ---------------------------------------------------------------------------------------------
// Results

bool CpmScheduler::shownLate(qint32 i) const
{
    const quint16 f = m_flags[size_t(i)];
    if (m_summaryOf[size_t(i)] >= 0)
        return false;
    // As late (or as soon) as possible only moves a task within its slack, never past the
    // dates its links allow when the slack is negative.
    if (m_s.scheduleFrom == ScheduleFrom::Finish) {
        if (f & (Manual | Started))
            return false;
        return !(f & Asap) || m_early[size_t(i)].start > m_late[size_t(i)].start;
    }
    return (f & Alap) && m_late[size_t(i)].start >= m_early[size_t(i)].start;
}

void CpmScheduler::resultTotals(qint32 node)
{
    if (node >= m_n)
        return;
    if (m_summaryOf[size_t(node)] < 0) {
        taskDates(node);
        taskTotals(node);
    } else {
        summaryDates(node);
        summaryTotals(node);
    }
}

void CpmScheduler::taskDates(qint32 i)
{
    TaskSchedule &r = m_result.tasks[size_t(i)];
    r.summary = false;
    r.earlyStart = m_early[size_t(i)].start;
    r.earlyFinish = m_early[size_t(i)].finish;
    r.lateStart = m_late[size_t(i)].start;
    r.lateFinish = m_late[size_t(i)].finish;
    r.resume = m_resume[size_t(i)];
    const bool late = shownLate(i);
    m_flags[size_t(i)] = quint16((m_flags[size_t(i)] & ~ShownLate) | (late ? ShownLate : 0));
    r.start = late ? r.lateStart : r.earlyStart;
    r.finish = late ? r.lateFinish : r.earlyFinish;
}

void CpmScheduler::summaryDates(qint32 s)
{
    const size_t k = size_t(m_summaryOf[size_t(s)]);
    TaskSchedule &r = m_result.tasks[size_t(s)];
    r.summary = true;
    r.resume = kNoTime;
    Minutes es = kFar, ef = kNoTime, ls = kFar, lf = kNoTime, start = kFar, finish = kNoTime;
    for (qint32 c = m_childStart[k]; c < m_childStart[k + 1]; ++c) {
        const qint32 child = m_children[size_t(c)];
        if (!(m_flags[size_t(child)] & Active))
            continue;
        const TaskSchedule &cr = m_result.tasks[size_t(child)];
        es = std::min(es, cr.earlyStart);
        ef = std::max(ef, cr.earlyFinish);
        ls = std::min(ls, cr.lateStart);
        lf = std::max(lf, cr.lateFinish);
        start = std::min(start, cr.start);
        finish = std::max(finish, cr.finish);
    }
    if (start == kFar) {
        es = start = m_early[size_t(s)].start;
        ef = finish = m_early[size_t(s)].finish;
        ls = m_late[size_t(s)].start;
        lf = m_late[size_t(s)].finish;
    }
    r.earlyStart = es;
    r.earlyFinish = ef;
    r.lateStart = ls;
    r.lateFinish = lf;
    r.start = start;
    r.finish = finish;
}

Minutes CpmScheduler::freeSlack(qint32 i, Minutes total) const
{
    const TaskSchedule &r = m_result.tasks[size_t(i)];
    const bool summary = m_summaryOf[size_t(i)] >= 0;
    const bool elapsed = m_flags[size_t(i)] & Elapsed;
    const WorkCalendar &cal = *m_cal[size_t(i)];
    const bool late = m_flags[size_t(i)] & ShownLate;
    Minutes slack = kFar;
    for (qint32 k = m_outStart[size_t(i)], end = m_outStart[size_t(i) + 1]; k < end; ++k) {
        const Edge &e = m_out[size_t(k)];
        const qint32 q = e.task;
        if ((m_flags[size_t(q)] & (Active | Finished)) != Active)
            continue;
        const bool atStart = drivesStart(e.type);
        if (summary || elapsed || m_summaryOf[size_t(q)] >= 0) {
            const TaskSchedule &qr = m_result.tasks[size_t(q)];
            const Minutes from = isFinishLink(e.type) ? r.finish : r.start;
            const Minutes to = removeLag(atStart ? qr.start : qr.finish, e, i, *m_cal[size_t(q)]);
            slack = std::min(slack, span(i, from, to));
            continue;
        }
        // In work positions: the same as span(from, removeLag(to)), without calendar look-ups when
        // both tasks share a calendar.
        const Minutes fromW = isFinishLink(e.type) ? (late ? m_late[size_t(i)].finishW : m_early[size_t(i)].finishW)
                                                   : (late ? m_late[size_t(i)].startW : m_early[size_t(i)].startW);
        const bool qLate = m_flags[size_t(q)] & ShownLate;
        const Minutes qt = atStart ? (qLate ? m_late[size_t(q)].start : m_early[size_t(q)].start)
                                   : (qLate ? m_late[size_t(q)].finish : m_early[size_t(q)].finish);
        const bool sameCalendar = e.sameCalendar;
        auto positionOfQ = [&] {
            if (!sameCalendar)
                return cal.position(qt);
            return atStart ? (qLate ? m_late[size_t(q)].startW : m_early[size_t(q)].startW)
                           : (qLate ? m_late[size_t(q)].finishW : m_early[size_t(q)].finishW);
        };
        Minutes toW;
        if (e.lag == 0) {
            toW = positionOfQ();
        } else {
            const Minutes lag = lagMinutes(e, i);
            if (lagIsElapsed(e, i))
                toW = cal.position(qt - lag);
            else if (sameCalendar)
                toW = positionOfQ() - lag;
            else
                toW = cal.position(m_cal[size_t(q)]->addWork(qt, -lag));
        }
        slack = std::min(slack, toW - fromW);
    }
    if (slack == kFar)
        slack = total;
    return std::max<Minutes>(0, slack);
}

void CpmScheduler::taskTotals(qint32 i)
{
    const quint16 f = m_flags[size_t(i)];
    TaskSchedule &r = m_result.tasks[size_t(i)];
    Minutes startSlack, finishSlack;
    if (f & Elapsed) {
        startSlack = r.lateStart - r.earlyStart;
        finishSlack = r.lateFinish - r.earlyFinish;
    } else {
        startSlack = m_late[size_t(i)].startW - m_early[size_t(i)].startW;
        finishSlack = m_late[size_t(i)].finishW - m_early[size_t(i)].finishW;
    }
    Minutes total = (f & Started) ? finishSlack : std::min(startSlack, finishSlack);
    if (m_s.scheduleFrom == ScheduleFrom::Start && (f & Alap))
        total = std::min<Minutes>(total, 0); // Microsoft Project shows no slack on ALAP tasks
    r.totalSlack = total;
    const bool open = (f & Active) && !(f & Complete);
    r.critical = open && total <= m_s.criticalSlackLimit;
    r.nearCritical = open && !r.critical && total <= m_s.nearCriticalSlack;
}

void CpmScheduler::summaryTotals(qint32 s)
{
    const size_t k = size_t(m_summaryOf[size_t(s)]);
    TaskSchedule &r = m_result.tasks[size_t(s)];
    r.totalSlack = std::min(span(s, r.earlyStart, r.lateStart), span(s, r.earlyFinish, r.lateFinish));
    bool critical = false;
    for (qint32 c = m_childStart[k]; c < m_childStart[k + 1] && !critical; ++c) {
        const qint32 child = m_children[size_t(c)];
        critical = (m_flags[size_t(child)] & Active) && m_result.tasks[size_t(child)].critical;
    }
    r.critical = critical;
    r.nearCritical = !critical && r.totalSlack <= m_s.nearCriticalSlack;
}

void CpmScheduler::resultFreeSlack(qint32 i)
{
    TaskSchedule &r = m_result.tasks[size_t(i)];
    const bool complete = m_summaryOf[size_t(i)] < 0 && (m_flags[size_t(i)] & Complete);
    r.freeSlack = complete ? 0 : freeSlack(i, r.totalSlack);
}

void CpmScheduler::taskSlack(qint32 i)
{
    taskTotals(i);
    resultFreeSlack(i);
}

void CpmScheduler::summarySlack(qint32 s)
{
    summaryTotals(s);
    resultFreeSlack(s);
}

void CpmScheduler::collectDiagnostics()
{
    std::vector<DiagnosticScan> scans(1);
    for (qint32 i = 0; i < m_n; ++i)
        scanTask(i, scans[0]);
    reportDiagnostics(scans);
}

void CpmScheduler::scanTask(qint32 i, DiagnosticScan &scan) const
{
    const quint16 f = m_flags[size_t(i)];
    if (!(f & Active))
        return;
    const TaskSchedule &r = m_result.tasks[size_t(i)];
    if (m_summaryOf[size_t(i)] < 0) {
        scan.start = std::min(scan.start, r.start);
        scan.finish = std::max(scan.finish, r.finish);
    }
    auto add = [&scan, i](ScheduleDiagnostic::Kind kind, Minutes amount, QString message) {
        ScheduleDiagnostic d;
        d.kind = kind;
        d.tasks = {i};
        d.amount = amount;
        d.message = std::move(message);
        scan.found.push_back(std::move(d));
    };
    if (const Minutes conflict = m_constraintConflict[size_t(i)]; conflict != kNoTime)
        add(ScheduleDiagnostic::Kind::ConstraintConflict, conflict,
            tr("Task %1: its links and its constraint disagree by %2 working hours.")
                .arg(taskLabel(i), hoursText(conflict)));
    if (const Minutes manual = m_manualConflict[size_t(i)]; manual != kNoTime)
        add(ScheduleDiagnostic::Kind::ManualTaskConflict, manual,
            tr("Manually scheduled task %1 starts %2 working hours before its "
               "predecessors allow.").arg(taskLabel(i), hoursText(manual)));
    if (const Minutes deadline = m_s.tasks[size_t(i)].deadline;
        (f & Deadline) && r.finish != kNoTime && r.finish > deadline) {
        if (const Minutes late = span(i, deadline, r.finish); late > 0)
            add(ScheduleDiagnostic::Kind::DeadlineMissed, late,
                tr("Task %1 finishes %2 working hours after its deadline.").arg(taskLabel(i), hoursText(late)));
    }
}

void CpmScheduler::reportDiagnostics(std::vector<DiagnosticScan> &scans)
{
    m_result.diagnostics = m_graphDiagnostics;
    Minutes projectStart = kFar, projectFinish = kNoTime;
    for (DiagnosticScan &scan : scans) {
        projectStart = std::min(projectStart, scan.start);
        projectFinish = std::max(projectFinish, scan.finish);
        std::move(scan.found.begin(), scan.found.end(), std::back_inserter(m_result.diagnostics));
    }
    m_result.projectStart = projectStart == kFar ? m_projectStart : projectStart;
    m_result.projectFinish = projectFinish == kNoTime ? m_projectFinish : projectFinish;
}

// ---------------------------------------------------------------------------------------------
// Incremental rescheduling

void CpmScheduler::setDuration(qint32 task, Minutes duration)
{
    if (task < 0 || task >= m_n)
        return;
    SnapshotTask data = m_s.tasks[size_t(task)];
    data.duration = std::max<Minutes>(0, duration);
    updateTask(task, data);
}

void CpmScheduler::updateTask(qint32 task, const SnapshotTask &data)
{
    if (task < 0 || task >= m_n)
        return;
    SnapshotTask &t = m_s.tasks[size_t(task)];
    const bool structural = data.parent != t.parent || data.calendar != t.calendar
                            || data.inactive != t.inactive;
    t = data;
    t.duration = std::max<Minutes>(0, t.duration);
    t.percentComplete = qint16(std::clamp<int>(t.percentComplete, 0, 100));
    if (structural) {
        m_needsBuild = true;
        return;
    }
    const quint16 summaryMask = m_summaryOf[size_t(task)] >= 0 ? quint16(~(Alap | Asap | Manual | Zero | Elapsed | Plain))
                                                                : quint16(0xffff);
    buildFlags(task);
    m_flags[size_t(task)] &= summaryMask;
    m_changed.push_back(task);
}

void CpmScheduler::markNode(qint32 node)
{
    if (m_dirty[size_t(node)])
        return;
    m_dirty[size_t(node)] = 1;
    ++m_pending;
    const qint32 pos = m_position[size_t(node)];
    m_dirtyLow = std::min(m_dirtyLow, pos);
    m_dirtyHigh = std::max(m_dirtyHigh, pos);
}

void CpmScheduler::markForwardDependents(qint32 task)
{
    forEachDependent(task, [this](qint32 dependent) { markNode(dependent); });
}

void CpmScheduler::markBackwardDependents(qint32 task)
{
    for (qint32 k = m_inStart[size_t(task)], end = m_inStart[size_t(task) + 1]; k < end; ++k)
        markNode(m_in[size_t(k)].task);
    const qint32 parent = m_s.tasks[size_t(task)].parent;
    if (parent >= 0)
        markNode(m_n + m_summaryOf[size_t(parent)]);
}

void CpmScheduler::propagateForward(bool alapPass, Dates *a, std::vector<qint32> &changed)
{
    const qint32 nodes = qint32(m_order.size());
    for (qint32 pos = m_dirtyLow; m_pending > 0 && pos < nodes; ++pos) {
        const qint32 node = m_order[size_t(pos)];
        if (!m_dirty[size_t(node)])
            continue;
        m_dirty[size_t(node)] = 0;
        --m_pending;
        if (!forwardNode(node, alapPass, true, a))
            continue;
        // A summary's floors changed: every child, and the summary itself if it has none.
        if (node < m_n)
            changed.push_back(node);
        forEachDependent(node, [this](qint32 dependent) { markNode(dependent); });
    }
    m_pending = 0;
    m_dirtyLow = qint32(m_order.size());
    m_dirtyHigh = -1;
}

void CpmScheduler::propagateBackward(std::vector<qint32> &changed)
{
    for (qint32 pos = m_dirtyHigh; m_pending > 0 && pos >= 0; --pos) {
        const qint32 node = m_order[size_t(pos)];
        if (!m_dirty[size_t(node)])
            continue;
        m_dirty[size_t(node)] = 0;
        --m_pending;
        if (!backwardNode(node, false, false))
            continue;
        if (node < m_n && m_summaryOf[size_t(node)] >= 0) {
            // A summary's ceilings changed: every child.
            const qint32 slot = m_summaryOf[size_t(node)];
            for (qint32 c = m_childStart[size_t(slot)]; c < m_childStart[size_t(slot) + 1]; ++c)
                markNode(m_children[size_t(c)]);
            markNode(m_n + slot);
            continue;
        }
        const qint32 task = node < m_n ? node : m_summaryTask[size_t(node - m_n)];
        changed.push_back(task);
        markBackwardDependents(task);
    }
    m_pending = 0;
    m_dirtyLow = qint32(m_order.size());
    m_dirtyHigh = -1;
}

const ScheduleResult &CpmScheduler::reschedule()
{
    if (m_needsBuild || !m_scheduled || m_s.scheduleFrom == ScheduleFrom::Finish)
        return schedule();
    if (m_changed.empty())
        return m_result;
    bool hasAlap = false;
    for (qint32 i = 0; i < m_n && !hasAlap; ++i)
        hasAlap = (m_flags[size_t(i)] & (Active | Alap)) == (Active | Alap);
    if (hasAlap != m_hasAlap)
        return schedule();

    std::sort(m_changed.begin(), m_changed.end());
    m_changed.erase(std::unique(m_changed.begin(), m_changed.end()), m_changed.end());
    m_dirtyLow = qint32(m_order.size());
    m_dirtyHigh = -1;
    m_pending = 0;

    auto seedForward = [&] {
        for (qint32 t : m_changed) {
            markNode(entryNode(t));
            markNode(t);
            markForwardDependents(t);
        }
    };

    // 1. First forward pass.
    std::vector<qint32> firstChanged;
    m_recordIssues = !m_hasAlap;
    seedForward();
    propagateForward(false, m_first, firstChanged);

    // 2. Backward pass: everything when the project finish moved, else what the change reaches.
    std::vector<qint32> lateChanged;
    m_recordIssues = true;
    const Minutes finish = computeProjectFinish();
    if (finish != m_projectFinish) {
        setProjectFinish(finish);
        for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
            if (backwardNode(*it, false, false))
                lateChanged.push_back(*it < m_n ? *it : m_summaryTask[size_t(*it - m_n)]);
        }
    } else {
        for (qint32 t : m_changed) {
            markNode(t);
            if (m_summaryOf[size_t(t)] >= 0)
                markNode(m_n + m_summaryOf[size_t(t)]);
            markBackwardDependents(t);
        }
        if (m_s.multipleCriticalPaths) {
            for (qint32 t : firstChanged)
                markNode(t);
        }
        propagateBackward(lateChanged);
    }

    // 3. Second forward pass, following the late dates of ALAP tasks.
    std::vector<qint32> secondChanged;
    if (m_hasAlap) {
        seedForward();
        for (qint32 t : firstChanged) {
            markNode(entryNode(t));
            markNode(t);
        }
        for (qint32 t : lateChanged) {
            if (m_flags[size_t(t)] & Alap)
                markForwardDependents(t);
        }
        propagateForward(true, m_early.data(), secondChanged);
    }

    // 4. Refresh the results the changes reach: dates, then slack (which reads successors'
    //    dates), summaries after their children.
    ++m_stamp;
    m_touched.clear();
    auto touch = [&](qint32 t) {
        if (m_touchStamp[size_t(t)] != m_stamp) {
            m_touchStamp[size_t(t)] = m_stamp;
            m_touched.push_back(t);
        }
    };
    for (const std::vector<qint32> *list : {&m_changed, &firstChanged, &lateChanged, &secondChanged}) {
        for (qint32 t : *list) {
            for (qint32 v = t; v >= 0 && m_touchStamp[size_t(v)] != m_stamp; v = m_s.tasks[size_t(v)].parent)
                touch(v);
        }
    }
    const size_t dated = m_touched.size();
    for (size_t k = 0; k < dated; ++k) {
        const qint32 t = m_touched[k];
        for (qint32 e = m_inStart[size_t(t)], end = m_inStart[size_t(t) + 1]; e < end; ++e)
            touch(m_in[size_t(e)].task);
    }
    std::vector<qint32> summaries;
    for (size_t k = 0; k < m_touched.size(); ++k) {
        const qint32 t = m_touched[k];
        if (m_summaryOf[size_t(t)] >= 0)
            summaries.push_back(t);
        else if (k < dated)
            taskDates(t);
    }
    std::sort(summaries.begin(), summaries.end(),
              [&](qint32 a, qint32 b) { return m_position[size_t(a)] < m_position[size_t(b)]; });
    for (qint32 s : summaries)
        summaryDates(s);
    for (qint32 t : m_touched) {
        if (m_summaryOf[size_t(t)] < 0)
            taskSlack(t);
    }
    for (qint32 s : summaries)
        summarySlack(s);
    collectDiagnostics();
    m_changed.clear();
    return m_result;
}

} // namespace Keel
