// Benchmark of the Monte Carlo schedule risk analysis (core/analytics/montecarlo.h): 10,000
// iterations over a 1,000-task network on one core, for both distributions, and over the
// projects of the demo workspace. Prints figures; asserts nothing.
//
//   bench_montecarlo [ITERATIONS]

#include <analytics/calendarcache.h>
#include <analytics/montecarlo.h>
#include <analytics/randomstream.h>
#include <analytics/schedulenetwork.h>
#include <analytics/workspaceindex.h>
#include <demo/demogenerator.h>
#include <store/store.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Keel;

namespace {

/// A project-like network: 1,000 tasks in 20 work streams of 50, each task after one to three
/// recent tasks (mostly finish-to-start, some start-to-start and finish-to-finish with lags),
/// estimates of 1 to 15 days with skewed three-point spreads.
ScheduleNetwork syntheticNetwork(int tasks, quint64 seed)
{
    RandomStream random(seed);
    NetworkBuilder b;
    QList<Id> ids;
    for (int i = 0; i < tasks; ++i) {
        NetworkNode n;
        const double mode = (1 + std::floor(random.uniform() * 15)) * 480;
        n.low = mode * (0.6 + 0.3 * random.uniform());
        n.mode = mode;
        n.high = mode * (1.1 + 1.2 * random.uniform());
        n.costPerMinute = 1 + random.uniform() * 2;
        n.task = i;
        b.addNode(n);
        ids.append(Id::createUuid());
    }
    for (int i = 1; i < tasks; ++i) {
        const int links = 1 + int(random.uniform() * 3);
        for (int k = 0; k < links; ++k) {
            const int back = 1 + int(random.uniform() * std::min(i, 40));
            const double r = random.uniform();
            const DependencyType type = r < 0.8 ? DependencyType::FinishStart
                                                : (r < 0.9 ? DependencyType::StartStart : DependencyType::FinishFinish);
            b.addLink(i - back, i, type, type == DependencyType::FinishStart ? 0 : 480);
        }
    }
    return b.build(ids);
}

void runOne(const char *label, const ScheduleNetwork &net, int iterations, Distribution distribution)
{
    MonteCarloOptions o;
    o.iterations = iterations;
    o.distribution = distribution;
    const MonteCarlo mc(net);
    mc.run(MonteCarloOptions{200, 1, distribution, 30, {}}); // warm the caches
    QElapsedTimer timer;
    timer.start();
    const MonteCarloResult r = mc.run(o);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%-34s %5d nodes %6zu links %7d it  %8.1f ms  %6.2f us/it  P50 %7.1f d  P95 %7.1f d\n", label,
                net.size(), net.links.size(), r.iterations, ms, ms * 1000.0 / r.iterations, r.p50 / 480.0,
                r.p95 / 480.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;

    QElapsedTimer build;
    build.start();
    const ScheduleNetwork net = syntheticNetwork(1000, 42);
    std::printf("synthetic 1,000-task network built in %.1f ms\n", double(build.nsecsElapsed()) / 1e6);
    runOne("synthetic, PERT", net, iterations, Distribution::Pert);
    runOne("synthetic, triangular", net, iterations, Distribution::Triangular);

    auto store = Store::createInMemory();
    QString error;
    if (!generateDemo(*store, DemoOptions(), &error)) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(error));
        return 1;
    }
    const Workspace &ws = store->workspace();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);
    for (const Project &p : ws.projects()) {
        if (p.phase == Phase::Closed)
            continue;
        build.restart();
        const ScheduleNetwork pn = buildProjectNetwork(index, calendars, p);
        const double buildMs = double(build.nsecsElapsed()) / 1e6;
        const QByteArray label = QStringLiteral("demo %1 (built %2 ms)").arg(p.code).arg(buildMs, 0, 'f', 1).toUtf8();
        runOne(label.constData(), pn, iterations, Distribution::Pert);
    }
    return 0;
}
