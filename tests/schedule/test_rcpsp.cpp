// Tests of the RCPSP optimiser behind resource leveling: the PSPLIB reader, the schedule
// generation schemes, the genetic algorithm and the leveling features (fixed jobs, delay-only,
// release dates, capacity profiles, generalised lags, cancellation). Every schedule is checked by
// the independent checker below, not by the code under test. Budgets are schedule counts, never time.

#include "schedule/psplibreader.h"
#include "schedule/rcpsppriority.h"
#include "schedule/rcpsprandom.h"
#include "schedule/rcpspsgs.h"
#include "schedule/rcpspsolver.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <atomic>

using namespace Keel;

namespace {

const QString kJ30 = QStringLiteral(KEEL_CORPUS_DIR "/psplib/j30/j3010_10.sm");

// A schedule checker written for the tests: links (as minimum start distances computed here from
// the link type), release dates, fixed starts and per-period capacity including profiles.
struct Link
{
    int from, to;
    RcpspProblem::LinkType type;
    int lag;
};

struct Model
{
    std::vector<int> duration;
    std::vector<int> capacity;
    std::vector<std::vector<int>> profile;
    std::vector<std::vector<int>> request; // [job][resource]
    std::vector<Link> links;
    std::vector<int> release;
    std::vector<int> fixed;

    int addJob(int d)
    {
        duration.push_back(d);
        request.emplace_back(capacity.size(), 0);
        release.push_back(0);
        fixed.push_back(-1);
        return int(duration.size()) - 1;
    }
    int addResource(int c)
    {
        capacity.push_back(c);
        profile.emplace_back();
        for (auto &row : request)
            row.push_back(0);
        return int(capacity.size()) - 1;
    }
    int capacityAt(int r, int t) const
    {
        return t < int(profile[size_t(r)].size()) ? profile[size_t(r)][size_t(t)] : capacity[size_t(r)];
    }
    RcpspProblem problem() const
    {
        RcpspProblem p;
        for (int d : duration)
            p.addJob(d);
        for (size_t r = 0; r < capacity.size(); ++r) {
            p.addResource(capacity[r]);
            if (!profile[r].empty())
                p.setCapacityProfile(int(r), profile[r]);
        }
        for (size_t j = 0; j < duration.size(); ++j) {
            for (size_t r = 0; r < capacity.size(); ++r) {
                if (request[j][r])
                    p.setRequest(int(j), int(r), request[j][r]);
            }
            if (release[j])
                p.setReleaseDate(int(j), release[j]);
            if (fixed[j] >= 0)
                p.setFixedStart(int(j), fixed[j]);
        }
        for (const Link &l : links)
            p.addLink(l.from, l.to, l.type, l.lag);
        QString error;
        REQUIRE(p.finalize(&error));
        return p;
    }
};

std::vector<std::string> problemsOf(const Model &m, const std::vector<int> &s)
{
    std::vector<std::string> out;
    const int n = int(m.duration.size());
    if (int(s.size()) != n)
        return {"wrong size"};
    for (const Link &l : m.links) {
        const int sf = s[size_t(l.from)], ff = sf + m.duration[size_t(l.from)];
        const int st = s[size_t(l.to)], ft = st + m.duration[size_t(l.to)];
        bool ok = true;
        switch (l.type) {
        case RcpspProblem::LinkType::FinishStart: ok = st >= ff + l.lag; break;
        case RcpspProblem::LinkType::StartStart: ok = st >= sf + l.lag; break;
        case RcpspProblem::LinkType::FinishFinish: ok = ft >= ff + l.lag; break;
        case RcpspProblem::LinkType::StartFinish: ok = ft >= sf + l.lag; break;
        }
        if (!ok)
            out.push_back("link " + std::to_string(l.from) + "->" + std::to_string(l.to));
    }
    int end = 0;
    for (int j = 0; j < n; ++j) {
        if (s[size_t(j)] < 0 || s[size_t(j)] < m.release[size_t(j)])
            out.push_back("early start of " + std::to_string(j));
        if (m.fixed[size_t(j)] >= 0 && s[size_t(j)] != m.fixed[size_t(j)])
            out.push_back("fixed job moved: " + std::to_string(j));
        end = std::max(end, s[size_t(j)] + m.duration[size_t(j)]);
    }
    for (size_t r = 0; r < m.capacity.size(); ++r) {
        for (int t = 0; t < end; ++t) {
            int used = 0;
            for (int j = 0; j < n; ++j) {
                if (s[size_t(j)] <= t && t < s[size_t(j)] + m.duration[size_t(j)])
                    used += m.request[size_t(j)][r];
            }
            if (used > m.capacityAt(int(r), t))
                out.push_back("resource " + std::to_string(r) + " at " + std::to_string(t));
        }
    }
    return out;
}

Model modelOf(const PsplibInstance &inst)
{
    Model m;
    for (int c : inst.capacities)
        m.addResource(c);
    for (int j = 0; j < inst.jobCount(); ++j) {
        m.addJob(inst.durations[size_t(j)]);
        for (int r = 0; r < inst.resourceCount(); ++r)
            m.request[size_t(j)][size_t(r)] = inst.request(j, r);
    }
    for (int j = 0; j < inst.jobCount(); ++j) {
        for (int s : inst.successors[size_t(j)])
            m.links.push_back({j, s, RcpspProblem::LinkType::FinishStart, 0});
    }
    return m;
}

PsplibInstance readJ30()
{
    QString error;
    const auto inst = PsplibReader::readFile(kJ30, &error);
    INFO(error.toStdString());
    REQUIRE(inst.has_value());
    return *inst;
}

RcpspOptions budget(std::int64_t schedules, std::uint64_t seed = 1)
{
    RcpspOptions o;
    o.timeLimit = 0;
    o.scheduleLimit = schedules;
    o.seed = seed;
    return o;
}

// A random-ish project with several resources, generated deterministically.
Model randomModel(int jobs, unsigned seed)
{
    Model m;
    m.addResource(6);
    m.addResource(4);
    m.addResource(9);
    unsigned x = seed;
    auto next = [&x](int bound) {
        x = x * 1103515245u + 12345u;
        return int((x >> 16) % unsigned(bound));
    };
    for (int j = 0; j < jobs; ++j) {
        m.addJob(1 + next(6));
        for (int r = 0; r < 3; ++r)
            m.request[size_t(j)][size_t(r)] = next(3) == 0 ? 0 : 1 + next(m.capacity[size_t(r)]);
    }
    for (int j = 1; j < jobs; ++j) {
        const int preds = next(3);
        for (int k = 0; k < preds; ++k)
            m.links.push_back({next(j), j, RcpspProblem::LinkType::FinishStart, 0});
    }
    return m;
}

} // namespace

TEST_CASE("PSPLIB reader reads a real j30 instance", "[rcpsp][psplib]")
{
    const PsplibInstance inst = readJ30();
    CHECK(inst.jobCount() == 32);
    CHECK(inst.resourceCount() == 4);
    CHECK(inst.capacities == std::vector<int>{33, 23, 24, 27});
    CHECK(inst.horizon == 157);
    CHECK(inst.durations[0] == 0);
    CHECK(inst.durations[1] == 7);
    CHECK(inst.durations[31] == 0);
    CHECK(inst.successors[0] == std::vector<int>{1, 2, 3});
    CHECK(inst.successors[4] == std::vector<int>{9, 17, 30});
    CHECK(inst.successors[31].empty());
    CHECK(inst.request(1, 0) == 6);
    CHECK(inst.request(1, 3) == 0);
    CHECK(inst.request(16, 3) == 10);

    const auto problem = inst.toProblem();
    REQUIRE(problem.has_value());
    CHECK(problem->criticalPathBound() == 37);
    CHECK(problem->lowerBound() >= 37);
}

TEST_CASE("PSPLIB reader names file and line on malformed input", "[rcpsp][psplib]")
{
    QFile file(kJ30);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    QString error;

    SECTION("a word where a number belongs")
    {
        QByteArray bad = good;
        bad.replace("  7      1     8       7    0    7    0", "  7      1     x       7    0    7    0");
        CHECK_FALSE(PsplibReader::parse(bad, QStringLiteral("bad.sm"), &error).has_value());
        CHECK(error.startsWith(QStringLiteral("bad.sm:")));
        CHECK(error.contains(QStringLiteral(":61:")));
        CHECK(error.contains(QStringLiteral("'x'")));
    }
    SECTION("successor count disagrees with the list")
    {
        QByteArray bad = good;
        bad.replace("   1        1          3           2   3   4", "   1        1          4           2   3   4");
        CHECK_FALSE(PsplibReader::parse(bad, QStringLiteral("bad.sm"), &error).has_value());
        CHECK(error.startsWith(QStringLiteral("bad.sm:19:")));
    }
    SECTION("successor outside the project")
    {
        QByteArray bad = good;
        bad.replace("   1        1          3           2   3   4", "   1        1          3           2   3  99");
        CHECK_FALSE(PsplibReader::parse(bad, QStringLiteral("bad.sm"), &error).has_value());
        CHECK(error.startsWith(QStringLiteral("bad.sm:19:")));
    }
    SECTION("multi-mode job")
    {
        QByteArray bad = good;
        bad.replace("   2        1          3           8  10  13", "   2        3          3           8  10  13");
        CHECK_FALSE(PsplibReader::parse(bad, QStringLiteral("bad.sm"), &error).has_value());
        CHECK(error.contains(QStringLiteral("single-mode")));
    }
    SECTION("truncated file")
    {
        CHECK_FALSE(PsplibReader::parse(good.left(good.indexOf("REQUESTS/DURATIONS")), QStringLiteral("cut.sm"), &error).has_value());
        CHECK(error.startsWith(QStringLiteral("cut.sm")));
        CHECK(error.contains(QStringLiteral("REQUESTS/DURATIONS")));
    }
    SECTION("not a PSPLIB file")
    {
        CHECK_FALSE(PsplibReader::parse("hello\nworld\n", QStringLiteral("x.txt"), &error).has_value());
        CHECK(error.startsWith(QStringLiteral("x.txt:")));
    }
    SECTION("missing file")
    {
        CHECK_FALSE(PsplibReader::readFile(QStringLiteral("/nonexistent/j.sm"), &error).has_value());
        CHECK(error.contains(QStringLiteral("/nonexistent/j.sm")));
    }
}

TEST_CASE("Priority rules and both schemes give feasible schedules", "[rcpsp][sgs]")
{
    const PsplibInstance inst = readJ30();
    const Model model = modelOf(inst);
    const RcpspProblem problem = model.problem();
    const RcpspSolver solver(problem);
    for (const auto rule : RcpspPriority::all()) {
        for (const bool parallel : {false, true}) {
            const RcpspResult plain = solver.heuristic(rule, parallel, false);
            const RcpspResult justified = solver.heuristic(rule, parallel, true);
            INFO(RcpspPriority::name(rule).toStdString() << (parallel ? " parallel" : " serial"));
            CHECK(problemsOf(model, plain.starts).empty());
            CHECK(problemsOf(model, justified.starts).empty());
            CHECK(plain.makespan == problem.makespan(plain.starts));
            CHECK(justified.makespan <= plain.makespan);
            CHECK(plain.makespan >= 41); // the proven optimum
        }
    }
}

TEST_CASE("Serial SGS decodes any precedence-feasible list to a feasible schedule", "[rcpsp][sgs]")
{
    for (unsigned seed = 1; seed <= 5; ++seed) {
        const Model model = randomModel(40, seed);
        const RcpspProblem problem = model.problem();
        RcpspSgs sgs(problem);
        RcpspRandom random(seed);
        const auto lft = RcpspPriority::values(problem, RcpspPriority::Rule::LatestFinish);
        std::vector<int> list(size_t(problem.jobCount())), starts(size_t(problem.jobCount()));
        for (int k = 0; k < 20; ++k) {
            sgs.sampleList(lft.data(), random, 0.0, list.data());
            const int makespan = sgs.serial(list.data(), starts.data());
            CHECK(problemsOf(model, starts).empty());
            CHECK(problem.violations(starts).isEmpty());
            const int justified = sgs.justify(starts.data(), list.data(), 3);
            CHECK(justified <= makespan);
            CHECK(problemsOf(model, starts).empty());
        }
    }
}

TEST_CASE("The genetic algorithm finds the optimum of a j30 instance", "[rcpsp][solver]")
{
    const PsplibInstance inst = readJ30();
    const Model model = modelOf(inst);
    const RcpspProblem problem = model.problem();
    const RcpspResult result = RcpspSolver(problem).solve(budget(20000));
    CHECK(problemsOf(model, result.starts).empty());
    CHECK(result.makespan == 41); // j30opt.sm: parameter 10, instance 10
    CHECK(result.starts.back() == 41);
    CHECK(result.schedules <= 20000 + 10);
}

TEST_CASE("A small project reaches its known optimum and stops at the lower bound", "[rcpsp][solver]")
{
    // Four jobs of 2 units each on a resource of 3: two can run together, so 2 × 3 periods.
    Model m;
    m.addResource(3);
    for (int j = 0; j < 4; ++j) {
        m.addJob(3);
        m.request[size_t(j)][0] = 2 - j % 2; // 2, 1, 2, 1
    }
    m.links.push_back({0, 2, RcpspProblem::LinkType::FinishStart, 0});
    const RcpspProblem problem = m.problem();
    const RcpspResult result = RcpspSolver(problem).solve(budget(100000));
    CHECK(problemsOf(m, result.starts).empty());
    CHECK(result.makespan == 6);
    CHECK(result.provenOptimal);
    CHECK(result.schedules < 1000);
}

TEST_CASE("Same seed and schedule budget give the same schedule", "[rcpsp][solver]")
{
    const PsplibInstance inst = readJ30();
    const RcpspProblem problem = *inst.toProblem();
    const RcpspResult a = RcpspSolver(problem).solve(budget(3000, 42));
    const RcpspResult b = RcpspSolver(problem).solve(budget(3000, 42));
    CHECK(a.starts == b.starts);
    CHECK(a.makespan == b.makespan);
    CHECK(a.schedules == b.schedules);
    const Model model = randomModel(60, 7);
    const RcpspProblem other = model.problem();
    const RcpspResult c = RcpspSolver(other).solve(budget(5000, 9));
    const RcpspResult d = RcpspSolver(other).solve(budget(5000, 9));
    CHECK(c.starts == d.starts);
    CHECK(problemsOf(model, c.starts).empty());
}

TEST_CASE("Fixed jobs stay where they are and others work around them", "[rcpsp][leveling]")
{
    Model m = randomModel(30, 3);
    // Job 10 is fixed early and job 20 late; both use resource 0 heavily.
    m.fixed[10] = 4;
    m.request[10][0] = 6;
    m.fixed[20] = 30;
    // Drop links into fixed jobs so the fixed dates respect them (what leveling keeps).
    m.links.erase(std::remove_if(m.links.begin(), m.links.end(), [](const Link &l) { return l.to == 10 || l.to == 20; }),
                  m.links.end());
    const RcpspProblem problem = m.problem();
    CHECK(problem.hasFixedJobs());
    const RcpspResult result = RcpspSolver(problem).solve(budget(4000));
    CHECK(result.starts[10] == 4);
    CHECK(result.starts[20] == 30);
    CHECK(problemsOf(m, result.starts).empty());
    for (const auto rule : RcpspPriority::all()) {
        for (const bool parallel : {false, true}) {
            const RcpspResult h = RcpspSolver(problem).heuristic(rule, parallel, true);
            CHECK(h.starts[10] == 4);
            CHECK(h.starts[20] == 30);
            CHECK(problemsOf(m, h.starts).empty());
        }
    }
}

TEST_CASE("Delay-only leveling never starts a job before its early start", "[rcpsp][leveling]")
{
    Model m = randomModel(40, 11);
    RcpspProblem unlevelled = m.problem();
    // The planned (resource-unaware) early starts, then pushed a bit to make them interesting.
    std::vector<int> early = unlevelled.earliestStarts();
    for (size_t j = 0; j < early.size(); j += 3)
        early[j] += 2;
    for (size_t j = 0; j < early.size(); ++j)
        m.release[j] = early[j];
    RcpspProblem problem = m.problem();
    problem.setDelayOnly(early);
    REQUIRE(problem.finalize());
    CHECK(problem.isDelayOnly());
    const RcpspResult result = RcpspSolver(problem).solve(budget(4000));
    CHECK(problemsOf(m, result.starts).empty());
    for (size_t j = 0; j < early.size(); ++j)
        CHECK(result.starts[j] >= early[j]);
}

TEST_CASE("Release dates, capacity profiles and generalised lags are honoured", "[rcpsp][leveling]")
{
    Model m = randomModel(35, 5);
    m.release[7] = 12;
    m.release[15] = 3;
    // Resource 1 is unavailable in periods 5..9 and halved in 10..14 (a holiday, part-time).
    m.profile[1] = {4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2};
    m.links.push_back({2, 9, RcpspProblem::LinkType::StartStart, 3});
    m.links.push_back({4, 12, RcpspProblem::LinkType::FinishFinish, 2});
    m.links.push_back({5, 14, RcpspProblem::LinkType::StartFinish, 8});
    m.links.push_back({6, 18, RcpspProblem::LinkType::StartStart, -2});
    m.links.push_back({8, 30, RcpspProblem::LinkType::FinishStart, 4});
    const RcpspProblem problem = m.problem();
    const RcpspResult result = RcpspSolver(problem).solve(budget(6000));
    CHECK(problemsOf(m, result.starts).empty());
    CHECK(problem.violations(result.starts).isEmpty());
    for (const auto rule : RcpspPriority::all()) {
        const RcpspResult p = RcpspSolver(problem).heuristic(rule, true, true);
        CHECK(problemsOf(m, p.starts).empty());
        const RcpspResult s = RcpspSolver(problem).heuristic(rule, false, true);
        CHECK(problemsOf(m, s.starts).empty());
    }
}

TEST_CASE("An infeasible-start plan is a valid seed and the result improves on it", "[rcpsp][solver]")
{
    const Model model = randomModel(30, 21);
    const RcpspProblem problem = model.problem();
    RcpspOptions options = budget(2000);
    options.initialStarts = problem.earliestStarts(); // ignores resources: usually overloaded
    const RcpspResult result = RcpspSolver(problem).solve(options);
    CHECK(problemsOf(model, result.starts).empty());
}

TEST_CASE("Cancellation stops the search with a feasible schedule", "[rcpsp][solver]")
{
    const PsplibInstance inst = readJ30();
    const Model model = modelOf(inst);
    const RcpspProblem problem = model.problem();
    std::atomic<bool> cancel{false};
    RcpspOptions options = budget(std::int64_t(1) << 50);
    options.cancel = &cancel;
    int reports = 0;
    options.progress = [&](const RcpspProgress &progress) {
        ++reports;
        CHECK(progress.bestMakespan >= progress.lowerBound);
        if (progress.schedules >= 500)
            cancel = true;
    };
    options.progressInterval = 0;
    const RcpspResult result = RcpspSolver(problem).solve(options);
    CHECK(result.cancelled);
    CHECK(reports > 0);
    CHECK(result.schedules < 100000);
    CHECK(problemsOf(model, result.starts).empty());

    std::atomic<bool> already{true};
    RcpspOptions early = budget(std::int64_t(1) << 50);
    early.cancel = &already;
    const RcpspResult none = RcpspSolver(problem).solve(early);
    CHECK(none.cancelled);
    CHECK(problemsOf(model, none.starts).empty());
}

TEST_CASE("Problem validation explains what is wrong", "[rcpsp][problem]")
{
    QString error;
    SECTION("cycle")
    {
        RcpspProblem p;
        for (int j = 0; j < 4; ++j)
            p.addJob(1);
        p.addLink(0, 1);
        p.addLink(1, 2);
        p.addLink(2, 3);
        p.addLink(3, 1);
        CHECK_FALSE(p.finalize(&error));
        CHECK(error.contains(QStringLiteral("cycle")));
        CHECK(error.contains(QStringLiteral("job 2")));
        CHECK(error.contains(QStringLiteral("job 3")));
        CHECK(error.contains(QStringLiteral("job 4")));
        CHECK_FALSE(error.contains(QStringLiteral("job 1 ")));
    }
    SECTION("request above capacity")
    {
        RcpspProblem p;
        p.addJob(2);
        p.addResource(3);
        p.setRequest(0, 0, 4);
        CHECK_FALSE(p.finalize(&error));
        CHECK(error.contains(QStringLiteral("job 1")));
        CHECK(error.contains(QStringLiteral("resource 1")));
    }
    SECTION("an empty problem is valid and solves to nothing")
    {
        RcpspProblem p;
        CHECK(p.finalize(&error));
        CHECK(RcpspSolver(p).solve(budget(10)).starts.empty());
    }
}
