// Benchmark of the edit service: one duration typed into a 100,000-task project, as the desktop,
// keel-cli and later the server make it — EditService builds the one ChangeSet with the
// rescheduled dates, then Store::apply validates, persists and logs it. Median of 41 edits, with
// the PlanCache the desktop keeps (the first edit, which schedules the project, reported apart).
//
//   bench_edit [--tasks N] [--runs N]

#include <edit/editservice.h>
#include <edit/plancache.h>
#include <store/store.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Keel;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/// Summaries of 99 leaves each; the leaves of a summary run in nine chained lanes.
std::vector<Id> build(Store &store, const Id &project, int taskCount)
{
    std::vector<Id> leaves;
    ChangeSet c(QStringLiteral("Plan"));
    const int groups = std::max(1, taskCount / 100);
    for (int g = 0; g < groups; ++g) {
        Task summary;
        summary.id = newId();
        summary.projectId = project;
        summary.order = g;
        summary.name = QStringLiteral("Work package %1").arg(g + 1);
        c.insert(summary);
        Id previous[9];
        for (int i = 0; i < 99; ++i) {
            Task t;
            t.id = newId();
            t.projectId = project;
            t.parentId = summary.id;
            t.order = i;
            t.name = QStringLiteral("Task %1.%2").arg(g + 1).arg(i + 1);
            t.duration = 480 * (1 + (i * 7 + g) % 5);
            c.insert(t);
            leaves.push_back(t.id);
            const int lane = i % 9;
            if (!previous[lane].isNull()) {
                Dependency d;
                d.id = newId();
                d.predecessorId = previous[lane];
                d.successorId = t.id;
                c.insert(d);
            }
            previous[lane] = t.id;
        }
    }
    QString error;
    const Edit scheduled = EditService(store.workspace()).complete(c);
    if (!scheduled.ok() || !store.apply(scheduled.changes, &error))
        std::fprintf(stderr, "bench_edit: %s\n", qPrintable(scheduled.ok() ? error : scheduled.error));
    return leaves;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int tasks = 100000;
    int runs = 41;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--tasks")
            tasks = args[i + 1].toInt();
        else if (args[i] == u"--runs")
            runs = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Store> store = Store::create(dir.filePath(QStringLiteral("edit.keel")), &error);
    if (!store) {
        std::fprintf(stderr, "bench_edit: %s\n", qPrintable(error));
        return 1;
    }
    const Edit p = EditService(store->workspace()).createProject({}, QStringLiteral("Atlas"), QStringLiteral("ATLAS"), {},
                                                                 QDate(2026, 1, 5));
    store->apply(p.changes);
    const std::vector<Id> leaves = build(*store, p.id, tasks);
    // The desktop keeps one PlanCache per open workspace: the first edit schedules the project in
    // full (and is reported on its own), the following ones reschedule incrementally.
    PlanCache cache(store->workspace());
    {
        QJsonObject fields;
        fields.insert(QStringLiteral("duration"), 960);
        const auto t0 = Clock::now();
        const Edit first = EditService(store->workspace(), &cache).set(EntityType::Task, leaves.front(), fields);
        if (!first.ok() || !store->apply(first.changes, &error)) {
            std::fprintf(stderr, "bench_edit: %s\n", qPrintable(first.ok() ? error : first.error));
            return 1;
        }
        std::printf("first edit (schedules the project, fills the cache): %.1f ms\n", msSince(t0));
    }
    std::printf("project: %lld tasks, %lld links\n", qint64(store->workspace().tasks().size()),
                qint64(store->workspace().dependencies().size()));
    std::vector<double> buildMs, applyMs, totalMs;
    for (int r = 0; r < runs; ++r) {
        const Id task = leaves[size_t(r * 7919) % leaves.size()];
        QJsonObject fields;
        fields.insert(QStringLiteral("duration"), 480 * (1 + r % 4));
        const auto t0 = Clock::now();
        const Edit e = EditService(store->workspace(), &cache).set(EntityType::Task, task, fields);
        const double b = msSince(t0);
        const auto t1 = Clock::now();
        if (!e.ok() || !store->apply(e.changes, &error)) {
            std::fprintf(stderr, "bench_edit: %s\n", qPrintable(e.ok() ? error : e.error));
            return 1;
        }
        applyMs.push_back(msSince(t1));
        buildMs.push_back(b);
        totalMs.push_back(msSince(t0));
    }
    const double total = median(totalMs);
    std::printf("one duration edit, median of %d:\n", runs);
    std::printf("  edit service (validate, reschedule, one ChangeSet): %.1f ms\n", median(buildMs));
    std::printf("  Store::apply (mutate, persist, log, notify):        %.1f ms\n", median(applyMs));
    std::printf("  total: %.1f ms (target <= 10 ms) %s\n", total, total <= 10 ? "PASS" : "FAIL");
    std::printf("  schedules built: %d (1 expected: every later edit was incremental)\n", cache.builds());
    return 0;
}
