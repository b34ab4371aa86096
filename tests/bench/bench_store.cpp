// Benchmark of the store on a large workspace: the demo at --scale 62 (930 projects, about
// 100,000 tasks) is opened into memory, edited one field at a time, and its memory measured.
//
//     bench_store [FILE] [--scale N] [--opens N] [--applies N] [--check]
//
// FILE is reused when it exists (it is copied, never changed) and generated there when it does
// not; without FILE a workspace is generated in a temporary folder. Measurements run in a fresh
// process, so the memory figure is that of an open workspace, not of the generator.
// Targets: open (median of 5) <= 1.0 s; one-field ChangeSet applied, persisted and logged
// (median of 1,000) <= 2 ms; resident memory after open <= 300 MB. --check exits 1 when one is missed.

#include <demo/demogenerator.h>
#include <store/store.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace Keel;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// CPU time of the whole process, all threads (std::clock on POSIX).
double processCpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

/// Resident memory of this process in MB (Linux), or -1.
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// Seconds this thread has waited for a CPU while runnable (Linux schedstat), or -1: how much of
/// a wall-clock figure a loaded machine added.
double runQueueWaitSeconds()
{
    QFile stat(QStringLiteral("/proc/thread-self/schedstat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().trimmed().split(' ');
    return fields.size() >= 2 ? fields[1].toDouble() / 1e9 : -1;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

QString verdict(bool ok)
{
    return ok ? QStringLiteral("ok") : QStringLiteral("MISSED");
}

bool generate(const QString &path, int scale)
{
    QString error;
    auto store = Store::create(path, &error);
    if (!store) {
        print(QStringLiteral("bench_store: %1\n").arg(error));
        return false;
    }
    DemoOptions options;
    options.scale = scale;
    const auto t0 = Clock::now();
    int shown = -1;
    const bool ok = generateDemo(*store, options, &error, [&](qint64 done, qint64 total) {
        const int percent = int(100 * done / total);
        if (percent / 10 != shown / 10) {
            shown = percent;
            std::fprintf(stderr, "generating scale %d: %d%%\n", scale, percent);
        }
    });
    if (!ok) {
        print(QStringLiteral("bench_store: %1\n").arg(error));
        return false;
    }
    print(QStringLiteral("generated %1 (scale %2) in %3 s\n").arg(path).arg(scale).arg(secondsSince(t0), 0, 'f', 1));
    return true;
}

/// The measurements, on a copy of `source`.
int measure(const QString &source, int opens, int applies, bool check)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.keel"));
    if (!QFile::copy(source, path)) {
        print(QStringLiteral("bench_store: cannot copy %1\n").arg(source));
        return 1;
    }
    const double baseline = residentMb();

    // The first open, in a fresh process, gives the memory figure and serves the edits; then the
    // workspace is closed and opened again for the timing (the lock allows one open at a time).
    std::vector<double> wall, cpu, waited;
    auto timedOpen = [&](QString *error) {
        const double c0 = processCpuSeconds();
        const double w0 = runQueueWaitSeconds();
        const auto t0 = Clock::now();
        auto s = Store::open(path, error);
        wall.push_back(secondsSince(t0));
        cpu.push_back(processCpuSeconds() - c0);
        waited.push_back(runQueueWaitSeconds() - w0);
        return s;
    };
    QString error;
    auto store = timedOpen(&error);
    if (!store) {
        print(QStringLiteral("bench_store: %1\n").arg(error));
        return 1;
    }
    const double afterOpen = residentMb();
    const Workspace &ws = store->workspace();
    print(QStringLiteral("workspace: %1 MB on disk; %2 projects, %3 tasks, %4 dependencies, %5 assignments, "
                         "%6 time entries, %7 baseline tasks, %8 resources\n")
              .arg(double(QFileInfo(source).size()) / 1048576.0, 0, 'f', 0)
              .arg(ws.projects().size()).arg(ws.tasks().size()).arg(ws.dependencies().size())
              .arg(ws.table<Assignment>().size()).arg(ws.table<TimeEntry>().size())
              .arg(ws.table<BaselineTask>().size()).arg(ws.resources().size()));
    print(QStringLiteral("memory: VmRSS %1 MB after open (%2 MB before)   target <= 300 MB  %3\n")
              .arg(afterOpen, 0, 'f', 0).arg(baseline, 0, 'f', 0).arg(verdict(afterOpen >= 0 && afterOpen <= 300)));

    // One-field edits through the one change path: validate, mutate, persist, log.
    std::vector<Id> tasks;
    for (const Task &t : ws.tasks())
        tasks.push_back(t.id);
    std::mt19937_64 rng(42);
    std::vector<double> times;
    times.reserve(size_t(applies));
    for (int i = 0; i < applies; ++i) {
        const Id id = tasks[size_t(rng() % tasks.size())];
        ChangeSet cs(QStringLiteral("bench"));
        if (i % 2)
            cs.update(EntityType::Task, id, "name", QStringLiteral("Bench edit %1").arg(i));
        else
            cs.update(EntityType::Task, id, "percent_complete", qint64(i % 101));
        const auto t0 = Clock::now();
        const bool ok = store->apply(cs, &error).has_value();
        times.push_back(secondsSince(t0) * 1000.0);
        if (!ok) {
            print(QStringLiteral("bench_store: apply failed: %1\n").arg(error));
            return 1;
        }
    }
    const double applyMedian = median(times);
    print(QStringLiteral("apply:  median %1 ms (p95 %2 ms, max %3 ms) over %4 one-field ChangeSets   target <= 2 ms  %5\n")
              .arg(applyMedian, 0, 'f', 3).arg(percentile(times, 0.95), 0, 'f', 3)
              .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 3).arg(applies)
              .arg(verdict(applyMedian <= 2.0)));
    store.reset();

    for (int i = 1; i < opens; ++i) {
        if (!timedOpen(&error)) {
            print(QStringLiteral("bench_store: %1\n").arg(error));
            return 1;
        }
    }
    const double openMedian = median(wall);
    print(QStringLiteral("open:   median %1 s (min %2, max %3) over %4 opens   target <= 1.0 s  %5\n"
                         "        CPU (all threads) median %6 s; the main thread waited %7 s for a CPU; load average %8\n")
              .arg(openMedian, 0, 'f', 3).arg(*std::min_element(wall.begin(), wall.end()), 0, 'f', 3)
              .arg(*std::max_element(wall.begin(), wall.end()), 0, 'f', 3).arg(opens)
              .arg(verdict(openMedian <= 1.0)).arg(median(cpu), 0, 'f', 3).arg(median(waited), 0, 'f', 3)
              .arg(loadAverage(), 0, 'f', 1));
    const bool allOk = openMedian <= 1.0 && applyMedian <= 2.0 && afterOpen >= 0 && afterOpen <= 300;
    return check && !allOk ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path;
    int scale = 62, opens = 5, applies = 1000;
    bool check = false, measureOnly = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto number = [&](int *out) {
            bool ok = false;
            *out = i + 1 < args.size() ? args[++i].toInt(&ok) : 0;
            return ok && *out > 0;
        };
        if (a == u"--scale" || a == u"--opens" || a == u"--applies") {
            if (!number(a == u"--scale" ? &scale : a == u"--opens" ? &opens : &applies)) {
                std::fprintf(stderr, "bench_store: %s needs a positive number\n", qPrintable(a));
                return 2;
            }
        } else if (a == u"--check") {
            check = true;
        } else if (a == u"--measure-only") {
            measureOnly = true;
        } else if (a == u"--help" || a == u"-h") {
            print(QStringLiteral("Usage: bench_store [FILE] [--scale N] [--opens N] [--applies N] [--check]\n"));
            return 0;
        } else if (!a.startsWith(u'-') && path.isEmpty()) {
            path = a;
        } else {
            std::fprintf(stderr, "bench_store: unknown argument %s\n", qPrintable(a));
            return 2;
        }
    }
    if (measureOnly)
        return measure(path, opens, applies, check);

    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("demo-scale%1.keel").arg(scale));
    if (!QFileInfo::exists(path) && !generate(path, scale))
        return 1;
    // Measure in a fresh process: the generator's memory must not count.
    QStringList childArgs{path, QStringLiteral("--measure-only"), QStringLiteral("--opens"), QString::number(opens),
                          QStringLiteral("--applies"), QString::number(applies)};
    if (check)
        childArgs << QStringLiteral("--check");
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), childArgs);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "bench_store: the measuring process failed\n");
        return 1;
    }
    return child.exitCode();
}
