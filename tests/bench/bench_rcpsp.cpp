// Benchmarks Keel's RCPSP optimiser (the engine of resource leveling) on PSPLIB.
//
//   bench_rcpsp [SET_FOLDER...] [--time-limit S] [--schedules N] [--limit N] [--every K]
//               [--seed N] [--method ga|sampling] [--json-dir DIR] [--wall] [--verbose]
//
// The time limit is CPU time of the solving thread (so that a shared machine gives every instance
// the same computing time); --wall measures wall-clock time instead.
//
// SET_FOLDER defaults to the corpus's j30, j60 and j120. For each set it prints the instances, the
// average deviation of the makespan from the reference (the optimum for j30, the critical-path lower
// bound for j60 and j120, as the literature reports them), from the best known makespan, the largest
// deviation, how many reached the best known value, how many schedules were feasible, and the
// throughput in schedules per second. Every schedule is checked here, independently of the solver,
// for precedence and capacity; --json-dir writes each as {"makespan", "starts"} for psplib.py.

#include "schedule/psplibreader.h"
#include "schedule/rcpspsolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Keel;

namespace {

struct Table
{
    std::map<std::pair<int, int>, int> makespan;
};

// Reads a PSPLIB solution table (j30opt.sm, j60hrs.sm, j120hrs.sm): "param instance makespan …".
Table readTable(const QString &path)
{
    Table table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return table;
    while (!file.atEnd()) {
        const QList<QByteArray> words = file.readLine().simplified().split(' ');
        if (words.size() < 3)
            continue;
        bool ok1 = false, ok2 = false, ok3 = false;
        const int param = words[0].toInt(&ok1);
        const int inst = words[1].toInt(&ok2);
        const int value = words[2].toInt(&ok3);
        if (ok1 && ok2 && ok3)
            table.makespan[{param, inst}] = value;
    }
    return table;
}

// Independent feasibility check on the instance as read from the file (not on RcpspProblem).
QString check(const PsplibInstance &inst, const std::vector<int> &starts, int makespan)
{
    const int n = inst.jobCount();
    if (int(starts.size()) != n)
        return QStringLiteral("wrong number of starts");
    int finish = 0;
    for (int j = 0; j < n; ++j) {
        if (starts[size_t(j)] < 0)
            return QStringLiteral("job %1 starts before 0").arg(j + 1);
        finish = std::max(finish, starts[size_t(j)] + inst.durations[size_t(j)]);
        for (int s : inst.successors[size_t(j)]) {
            if (starts[size_t(s)] < starts[size_t(j)] + inst.durations[size_t(j)])
                return QStringLiteral("precedence %1->%2").arg(j + 1).arg(s + 1);
        }
    }
    if (finish != makespan || starts[size_t(n - 1)] != makespan)
        return QStringLiteral("makespan %1 reported, sink at %2, last finish %3").arg(makespan).arg(starts[size_t(n - 1)]).arg(finish);
    for (int r = 0; r < inst.resourceCount(); ++r) {
        std::vector<int> use(size_t(finish) + 1, 0);
        for (int j = 0; j < n; ++j) {
            for (int t = starts[size_t(j)]; t < starts[size_t(j)] + inst.durations[size_t(j)]; ++t)
                use[size_t(t)] += inst.request(j, r);
        }
        for (int t = 0; t <= finish; ++t) {
            if (use[size_t(t)] > inst.capacities[size_t(r)])
                return QStringLiteral("resource %1 over capacity at %2").arg(r + 1).arg(t);
        }
    }
    return {};
}

int criticalPath(const PsplibInstance &inst)
{
    // PSPLIB numbers jobs topologically.
    std::vector<int> es(size_t(inst.jobCount()), 0);
    int best = 0;
    for (int j = 0; j < inst.jobCount(); ++j) {
        best = std::max(best, es[size_t(j)] + inst.durations[size_t(j)]);
        for (int s : inst.successors[size_t(j)])
            es[size_t(s)] = std::max(es[size_t(s)], es[size_t(j)] + inst.durations[size_t(j)]);
    }
    return best;
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

struct Totals
{
    int instances = 0;
    int feasible = 0;
    int best = 0;
    double devRef = 0, devBest = 0, maxDevRef = 0, maxDevBest = 0;
    long long schedules = 0;
    double seconds = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString corpus = QStringLiteral(KEEL_CORPUS_DIR "/psplib");
    QStringList folders;
    RcpspOptions options;
    options.timeLimit = 1.0;
    options.cpuTime = true;
    int limit = 0;
    int every = 1;
    bool sampling = false;
    bool verbose = false;
    bool timeGiven = false;
    QString jsonDir;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto next = [&]() { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == u"--time-limit") {
            options.timeLimit = next().toDouble();
            timeGiven = true;
        } else if (a == u"--schedules") {
            options.scheduleLimit = next().toLongLong();
        } else if (a == u"--limit") {
            limit = next().toInt();
        } else if (a == u"--every") {
            every = std::max(1, next().toInt());
        } else if (a == u"--seed") {
            options.seed = next().toULongLong();
        } else if (a == u"--population") {
            options.populationSize = next().toInt();
        } else if (a == u"--method") {
            sampling = next() == u"sampling";
        } else if (a == u"--json-dir") {
            jsonDir = next();
        } else if (a == u"--wall") {
            options.cpuTime = false;
        } else if (a == u"--verbose") {
            verbose = true;
        } else if (a == u"--help" || a == u"-h") {
            print(QStringLiteral("bench_rcpsp [SET_FOLDER...] [--time-limit S] [--schedules N] [--limit N] [--every K]\n"
                                 "            [--seed N] [--population N] [--method ga|sampling] [--json-dir DIR] [--wall] [--verbose]\n"));
            return 0;
        } else {
            folders << a;
        }
    }
    if (options.scheduleLimit > 0 && !timeGiven)
        options.timeLimit = 0;
    if (folders.isEmpty())
        folders << corpus + QStringLiteral("/j30") << corpus + QStringLiteral("/j60") << corpus + QStringLiteral("/j120");
    if (!jsonDir.isEmpty())
        QDir().mkpath(jsonDir);

    print(QStringLiteral("method %1, %2, seed %3\n")
              .arg(sampling ? QStringLiteral("sampling+FBI") : QStringLiteral("genetic"),
                   options.scheduleLimit > 0 ? QStringLiteral("%1 schedules").arg(options.scheduleLimit)
                                             : QStringLiteral("%1 s %2").arg(options.timeLimit).arg(options.cpuTime ? QStringLiteral("CPU") : QStringLiteral("wall-clock")))
              .arg(options.seed));
    QStringList rows;
    rows << QStringLiteral("set   instances  avg dev ref  (ref)     avg dev best  max dev ref  =best  feasible  schedules/s");
    const QRegularExpression namePattern(QStringLiteral("^(j\\d+?)(\\d+)_(\\d+)\\.sm$"));
    int failures = 0;
    for (const QString &folder : folders) {
        const QString set = QFileInfo(folder).fileName();
        const bool optimumTable = set == u"j30";
        const QString tableName = optimumTable ? QStringLiteral("j30opt.sm") : set + QStringLiteral("hrs.sm");
        const Table table = readTable(corpus + QStringLiteral("/solutions/") + tableName);
        QStringList files = QDir(folder).entryList({QStringLiteral("*.sm")}, QDir::Files);
        // Natural order: parameter group, then instance.
        auto keyOf = [&](const QString &name) {
            const auto m = QRegularExpression(QStringLiteral("(\\d+)_(\\d+)\\.sm$")).match(name);
            return std::make_pair(m.captured(1).toInt(), m.captured(2).toInt());
        };
        std::sort(files.begin(), files.end(), [&](const QString &a, const QString &b) { return keyOf(a) < keyOf(b); });
        QStringList picked;
        for (int i = 0; i < files.size(); i += every)
            picked << files[i];
        if (limit > 0 && picked.size() > limit)
            picked = picked.mid(0, limit);

        Totals total;
        for (const QString &name : picked) {
            QString error;
            const auto instance = PsplibReader::readFile(folder + u'/' + name, &error);
            if (!instance) {
                print(error + u'\n');
                ++failures;
                continue;
            }
            const auto problem = instance->toProblem(&error);
            if (!problem) {
                print(error + u'\n');
                ++failures;
                continue;
            }
            const RcpspResult result = sampling ? RcpspSolver(*problem).sample(options) : RcpspSolver(*problem).solve(options);
            const QString problemText = check(*instance, result.starts, result.makespan);
            ++total.instances;
            if (problemText.isEmpty())
                ++total.feasible;
            else
                print(QStringLiteral("%1: INFEASIBLE: %2\n").arg(name, problemText));
            // Set prefix: the table key is (parameter, instance) after the set name.
            const QString stem = name.mid(set.size());
            const auto m = QRegularExpression(QStringLiteral("^(\\d+)_(\\d+)\\.sm$")).match(stem);
            const std::pair<int, int> key{m.captured(1).toInt(), m.captured(2).toInt()};
            const int bestKnown = table.makespan.count(key) ? table.makespan.at(key) : 0;
            const int cp = criticalPath(*instance);
            const int reference = optimumTable ? bestKnown : cp;
            const double devRef = reference > 0 ? 100.0 * (result.makespan - reference) / reference : 0.0;
            const double devBest = bestKnown > 0 ? 100.0 * (result.makespan - bestKnown) / bestKnown : 0.0;
            total.devRef += devRef;
            total.devBest += devBest;
            total.maxDevRef = std::max(total.maxDevRef, devRef);
            total.maxDevBest = std::max(total.maxDevBest, devBest);
            total.best += result.makespan <= bestKnown ? 1 : 0;
            total.schedules += result.schedules;
            total.seconds += result.seconds;
            if (verbose)
                print(QStringLiteral("%1 makespan %2 best %3 cp %4 schedules %5 %6 s\n")
                          .arg(name)
                          .arg(result.makespan)
                          .arg(bestKnown)
                          .arg(cp)
                          .arg(result.schedules)
                          .arg(result.seconds, 0, 'f', 3));
            if (!jsonDir.isEmpty()) {
                QFile out(jsonDir + u'/' + QFileInfo(name).completeBaseName() + QStringLiteral(".json"));
                if (out.open(QIODevice::WriteOnly)) {
                    QStringList starts;
                    for (int s : result.starts)
                        starts << QString::number(s);
                    out.write(QStringLiteral("{\"makespan\": %1, \"starts\": [%2]}\n").arg(result.makespan).arg(starts.join(QStringLiteral(", "))).toUtf8());
                }
            }
        }
        if (total.instances == 0)
            continue;
        const QString row = QStringLiteral("%1 %2  %3 %  %4 %5 %  %6 %  %7  %8  %9")
                                .arg(set, -5)
                                .arg(total.instances, 9)
                                .arg(total.devRef / total.instances, 10, 'f', 3)
                                .arg(optimumTable ? QStringLiteral("(opt) ") : QStringLiteral("(CP LB)"))
                                .arg(total.devBest / total.instances, 10, 'f', 3)
                                .arg(total.maxDevRef, 10, 'f', 2)
                                .arg(total.best, 5)
                                .arg(QStringLiteral("%1/%2").arg(total.feasible).arg(total.instances), 8)
                                .arg(total.seconds > 0 ? total.schedules / total.seconds : 0.0, 11, 'f', 0);
        rows << row;
        print(row + u'\n');
        if (total.feasible != total.instances)
            ++failures;
    }
    print(u'\n' + rows.join(u'\n') + u'\n');
    return failures == 0 ? 0 : 1;
}
