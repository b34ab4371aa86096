// Benchmark of the CPM scheduler: a generated project of 100,000 tasks and 250,000 links (all four
// types, lags in every unit, constraints, deadlines, summaries, five calendars with exceptions),
// timed for a full schedule and for a reschedule after one duration change; then 1,000,000 tasks.
//
//     bench_schedule [--tasks N] [--runs R]
//
// Targets (RelWithDebInfo): full schedule of 100k tasks <= 30 ms, reschedule <= 5 ms,
// 1M tasks <= 500 ms in <= 1 GB resident.

#include "schedule/cpmscheduler.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <algorithm>
#include <ctime>
#include <chrono>
#include <memory>
#include <cstdio>
#include <random>
#include <vector>

using namespace Keel;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

/// CPU time of the process, every thread counted: what the scheduler costs on a machine shared
/// with others (the result loops of a large schedule run on more than one thread).
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Wall and CPU milliseconds of one call.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template<class F> Timing timed(F &&f)
{
    const double c0 = cpuMs();
    const auto t0 = Clock::now();
    f();
    return {msSince(t0), cpuMs() - c0};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

std::vector<WorkCalendar> makeCalendars(qint64 fromDay, qint64 toDay)
{
    std::vector<WorkCalendar> calendars;
    auto holiday = [](QDate from, QDate to = {}) {
        CalendarException e;
        e.fromDay = dayNumber(from);
        e.toDay = dayNumber(to.isValid() ? to : from);
        return e;
    };
    // 0: Standard with public holidays (recurring yearly) and a shutdown week.
    Calendar standard = Calendar::standard(QStringLiteral("Standard"));
    {
        CalendarException christmas = holiday(QDate(2024, 1, 1), QDate(2040, 12, 31));
        christmas.recurrence = Recurrence::YearlyByDate;
        christmas.month = 12;
        christmas.monthDay = 25;
        standard.exceptions.append(christmas);
        CalendarException newYear = christmas;
        newYear.month = 1;
        newYear.monthDay = 1;
        standard.exceptions.append(newYear);
        CalendarException thanksgiving = holiday(QDate(2024, 1, 1), QDate(2040, 12, 31));
        thanksgiving.recurrence = Recurrence::YearlyByWeekday;
        thanksgiving.month = 11;
        thanksgiving.weekday = 4;
        thanksgiving.weekOfMonth = 4;
        standard.exceptions.append(thanksgiving);
        standard.exceptions.append(holiday(QDate(2024, 8, 5), QDate(2024, 8, 16)));
    }
    // 1: derived from Standard, with Saturday mornings and monthly maintenance Fridays off.
    Calendar sixDays;
    sixDays.id = newId();
    sixDays.baseCalendarId = standard.id;
    for (auto &d : sixDays.week)
        d.inherited = true;
    sixDays.week[5].inherited = false;
    sixDays.week[5].intervals = {{8 * 60, 12 * 60}};
    {
        CalendarException maintenance = holiday(QDate(2024, 1, 1), QDate(2040, 12, 31));
        maintenance.recurrence = Recurrence::MonthlyByWeekday;
        maintenance.weekday = 5;
        maintenance.weekOfMonth = 5;
        sixDays.exceptions.append(maintenance);
    }
    // 2: 24 hours, with a weekly two-hour stop.
    Calendar continuous;
    continuous.id = newId();
    for (auto &d : continuous.week)
        d.intervals = {{0, 24 * 60}};
    {
        CalendarException stop = holiday(QDate(2024, 1, 7), QDate(2040, 12, 31));
        stop.recurrence = Recurrence::Weekly;
        stop.weekdayMask = 1 << 6;
        stop.intervals = {{2 * 60, 24 * 60}};
        continuous.exceptions.append(stop);
    }
    // 3: night shift across midnight.
    Calendar night;
    night.id = newId();
    for (int d = 0; d < 5; ++d)
        night.week[size_t(d)].intervals = {{0, 6 * 60}, {22 * 60, 24 * 60}};
    night.exceptions.append(holiday(QDate(2024, 12, 23), QDate(2025, 1, 3)));
    // 4: part-time, every second Monday off.
    Calendar partTime = Calendar::standard(QStringLiteral("Part time"));
    partTime.week[4].intervals = {};
    {
        CalendarException monday = holiday(QDate(2024, 1, 1), QDate(2040, 12, 31));
        monday.recurrence = Recurrence::Weekly;
        monday.period = 2;
        monday.weekdayMask = 1;
        partTime.exceptions.append(monday);
    }
    const WorkCalendar::CalendarLookup lookup = [&](const Id &id) -> const Calendar * {
        return id == standard.id ? &standard : nullptr;
    };
    for (const Calendar *c : {&standard, &sixDays, &continuous, &night, &partTime})
        calendars.push_back(WorkCalendar::compile(*c, lookup, fromDay, toDay));
    return calendars;
}

/// A portfolio: sub-projects of 1,000 tasks, each a WBS of summary blocks (some nested) and about
/// 20 phases; tasks mostly follow tasks of the previous phase, sometimes of their own; a few links
/// cross sub-projects. Links always run from an earlier task to a later one (the network is
/// acyclic) and constraint dates follow each sub-project's time line, as in a real plan.
ScheduleSnapshot makeProject(int tasks, unsigned seed, const std::vector<WorkCalendar> &calendars)
{
    std::mt19937 rng(seed);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    ScheduleSnapshot s;
    s.calendars = calendars;
    s.projectStart = toMinutes(QDate(2024, 1, 8), 8 * 60);
    s.tasks.reserve(size_t(tasks));
    std::vector<qint32> last(static_cast<size_t>(tasks)); // last descendant of each task
    const int projectSize = 1000;
    const int phaseSize = 50;
    std::vector<Minutes> projectStart(size_t(tasks / projectSize + 1));

    std::vector<qint32> open; // summaries whose block is still being filled, with their end
    std::vector<qint32> openEnd;
    for (qint32 i = 0; i < tasks; ++i) {
        const qint32 projectFirst = i / projectSize * projectSize;
        const qint32 projectLast = std::min(tasks - 1, projectFirst + projectSize - 1);
        while (!open.empty() && i > openEnd.back()) {
            open.pop_back();
            openEnd.pop_back();
        }
        SnapshotTask t;
        t.parent = open.empty() ? -1 : open.back();
        last[size_t(i)] = i;
        if (i == projectFirst || (uniform(0, 99) < 3 && open.size() < 3 && i + 5 < projectLast)) {
            const qint32 blockEnd = i == projectFirst ? projectLast : std::min(projectLast, i + uniform(5, 120));
            const qint32 limit = open.empty() ? blockEnd : std::min(blockEnd, openEnd.back());
            if (limit > i + 1) {
                open.push_back(i);
                openEnd.push_back(limit);
                last[size_t(i)] = limit;
                if (i == projectFirst) { // each sub-project starts some weeks after the previous
                    Minutes &start = projectStart[size_t(i / projectSize)];
                    start = s.projectStart + Minutes(uniform(0, 365)) * 1440;
                    t.constraint = ConstraintType::Snet;
                    t.constraintDate = start;
                }
                s.tasks.push_back(t);
                continue;
            }
        }
        const int r = uniform(0, 999);
        t.duration = r < 20 ? 0 : Minutes(uniform(1, 20)) * 120;
        t.milestone = t.duration == 0;
        t.calendar = uniform(0, 99) < 80 ? -1 : uniform(1, 4);
        if (uniform(0, 99) < 1) {
            t.elapsed = true;
            t.duration = Minutes(uniform(1, 5)) * 1440;
        }
        // Where this task falls on its sub-project's time line (about a year for 20 phases).
        const Minutes expected = projectStart[size_t(i / projectSize)]
                                 + Minutes((i - projectFirst) / phaseSize) * 18 * 1440;
        const Minutes date = expected + Minutes(uniform(-10, 30)) * 1440;
        const int c = uniform(0, 999);
        if (c < 10)
            t.constraint = ConstraintType::Snet, t.constraintDate = date;
        else if (c < 15)
            t.constraint = ConstraintType::Fnet, t.constraintDate = date + 17 * 60;
        else if (c < 18)
            t.constraint = ConstraintType::Snlt, t.constraintDate = date + 60 * 1440;
        else if (c < 21)
            t.constraint = ConstraintType::Fnlt, t.constraintDate = date + 60 * 1440 + 17 * 60;
        else if (c < 23)
            t.constraint = ConstraintType::Mso, t.constraintDate = date + 20 * 1440;
        else if (c < 24)
            t.constraint = ConstraintType::Mfo, t.constraintDate = date + 20 * 1440 + 17 * 60;
        else if (c < 34)
            t.constraint = ConstraintType::Alap;
        if (uniform(0, 99) < 1)
            t.deadline = date + 60 * 1440 + 17 * 60;
        s.tasks.push_back(t);
    }

    const qint64 links = qint64(tasks) * 5 / 2;
    s.links.reserve(size_t(links));
    while (qint64(s.links.size()) < links) {
        const qint32 b = uniform(1, tasks - 1);
        const qint32 projectFirst = b / projectSize * projectSize;
        const qint32 phaseFirst = std::max(projectFirst + 1, b / phaseSize * phaseSize);
        const int kind = uniform(0, 999);
        qint32 a;
        if (kind < 2 && projectFirst >= 5 * projectSize)
            a = uniform(1, 5 * projectSize - 1); // from the first (shared) sub-projects
        else if (kind < 800 && phaseFirst > projectFirst + 1)
            a = uniform(std::max(projectFirst + 1, phaseFirst - phaseSize), phaseFirst - 1); // previous phase
        else if (b - 1 >= std::max(phaseFirst, b - 10))
            a = uniform(std::max(phaseFirst, b - 10), b - 1); // same phase
        else
            continue;
        if (a >= b || last[size_t(a)] >= b)
            continue; // a summary cannot precede its own descendant
        SnapshotLink l;
        l.predecessor = a;
        l.successor = b;
        const int type = uniform(0, 99);
        l.type = type < 75 ? DependencyType::FinishStart
                 : type < 88 ? DependencyType::StartStart
                 : type < 98 ? DependencyType::FinishFinish
                             : DependencyType::StartFinish;
        const int lag = uniform(0, 99);
        if (lag < 15)
            l.lag = Minutes(uniform(-8, 16)) * 60;
        else if (lag < 20)
            l.lagUnit = LagUnit::Elapsed, l.lag = Minutes(uniform(1, 72)) * 60;
        else if (lag < 23)
            l.lagUnit = LagUnit::Percent, l.lag = uniform(-50, 100);
        s.links.push_back(l);
    }
    return s;
}

struct Figures
{
    Timing prepare, full, reschedule, rescheduleWorst, rescheduleCritical;
};

Timing medianOf(const std::vector<Timing> &v)
{
    std::vector<double> wall, cpu;
    for (const Timing &t : v) {
        wall.push_back(t.wall);
        cpu.push_back(t.cpu);
    }
    return {median(wall), median(cpu)};
}

Timing worstOf(const std::vector<Timing> &v)
{
    Timing worst;
    for (const Timing &t : v) {
        worst.wall = std::max(worst.wall, t.wall);
        worst.cpu = std::max(worst.cpu, t.cpu);
    }
    return worst;
}

Figures measure(int tasks, int runs, const std::vector<WorkCalendar> &calendars, bool incremental)
{
    Figures f;
    std::vector<Timing> prepare, full;
    for (int run = 0; run < runs; ++run) {
        ScheduleSnapshot s = makeProject(tasks, 42, calendars);
        std::unique_ptr<CpmScheduler> scheduler;
        prepare.push_back(timed([&] { scheduler = std::make_unique<CpmScheduler>(std::move(s)); }));
        full.push_back(timed([&] { scheduler->schedule(); }));
        const ScheduleResult &r = scheduler->result();
        if (run == 0) {
            int critical = 0, summaries = 0, warnings = 0, errors = 0;
            for (const TaskSchedule &t : r.tasks) {
                critical += t.critical ? 1 : 0;
                summaries += t.summary ? 1 : 0;
            }
            for (const ScheduleDiagnostic &d : r.diagnostics)
                (d.severity == ScheduleDiagnostic::Severity::Error ? errors : warnings) += 1;
            std::printf("  %d tasks (%d summaries), %zu links, %zu calendars: %s – %s, %d critical, "
                        "%d warnings, %d errors; passes on %d thread(s)\n",
                        tasks, summaries, scheduler->snapshot().links.size(), calendars.size(),
                        qPrintable(formatIso(r.projectStart)), qPrintable(formatIso(r.projectFinish)),
                        critical, warnings, errors, scheduler->passThreads());
        }
        if (incremental && run == runs - 1) {
            std::mt19937 rng(7);
            std::vector<Timing> times;
            for (int k = 0; k < 41; ++k) {
                qint32 task;
                do {
                    task = std::uniform_int_distribution<qint32>(0, tasks - 1)(rng);
                } while (scheduler->result().tasks[size_t(task)].summary);
                const Minutes d = scheduler->snapshot().tasks[size_t(task)].duration;
                scheduler->setDuration(task, k % 2 ? d + 480 : std::max<Minutes>(0, d - 240));
                times.push_back(timed([&] { scheduler->reschedule(); }));
            }
            f.reschedule = medianOf(times);
            f.rescheduleWorst = worstOf(times);
            // The task that finishes last, made longer: the project finish moves.
            std::vector<Timing> critical;
            for (int k = 0; k < 9; ++k) {
                qint32 task = -1;
                for (qint32 i = 0; i < tasks; ++i) {
                    const TaskSchedule &t = scheduler->result().tasks[size_t(i)];
                    if (!t.summary && t.finish == scheduler->result().projectFinish
                        && scheduler->snapshot().tasks[size_t(i)].constraint == ConstraintType::Asap) {
                        task = i;
                        break;
                    }
                }
                if (task < 0)
                    break;
                scheduler->setDuration(task, scheduler->snapshot().tasks[size_t(task)].duration + 480);
                critical.push_back(timed([&] { scheduler->reschedule(); }));
            }
            f.rescheduleCritical = medianOf(critical);
        }
    }
    f.prepare = medianOf(prepare);
    f.full = medianOf(full);
    return f;
}

void print(const char *what, Timing t, const char *target = "")
{
    std::printf("  %-58s %8.2f ms wall %8.2f ms CPU %s\n", what, t.wall, t.cpu, target);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int tasks = 100'000;
    int runs = 7;
    bool big = true;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--tasks"))
            tasks = args[i + 1].toInt(), big = false;
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }

    const qint64 fromDay = dayNumber(QDate(2023, 1, 1));
    const qint64 toDay = dayNumber(QDate(2034, 12, 31));
    auto t0 = Clock::now();
    const std::vector<WorkCalendar> calendars = makeCalendars(fromDay, toDay);
    std::printf("Compiled 5 calendars (2023-2034 exact) in %.2f ms\n", msSince(t0));

    std::printf("CPM, %d tasks, median of %d runs (CPU: all threads; wall is the target, the machine may be shared):\n",
                tasks, runs);
    const Figures f = measure(tasks, runs, calendars, true);
    print("prepare (checks, graph, topological order)", f.prepare);
    print("full schedule (passes, floats, critical path, diagnostics)", f.full, "[target <= 30 ms]");
    print("reschedule after one duration change, median of 41", f.reschedule, "[target <= 5 ms]");
    print("  worst of those 41", f.rescheduleWorst);
    print("reschedule, last task lengthened (project finish moves)", f.rescheduleCritical);

    if (big) {
        const int bigTasks = 1'000'000;
        std::printf("CPM, %d tasks, median of 3 runs:\n", bigTasks);
        const Figures g = measure(bigTasks, 3, calendars, false);
        print("prepare (checks, graph, topological order)", g.prepare);
        print("full schedule", g.full, "[target <= 500 ms]");
        print("prepare + full schedule", {g.prepare.wall + g.full.wall, g.prepare.cpu + g.full.cpu});
    }
    std::printf("Peak resident memory (VmHWM): %.1f MB   [target <= 1024 MB]\n", double(peakRssKb()) / 1024.0);
    return 0;
}
