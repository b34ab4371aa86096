// The demo workspace: what it holds, that it is consistent, deterministic, and survives a reopen.

#include <catch2/catch.hpp>

#include <analytics/calendarcache.h>
#include <analytics/earnedvalue.h>
#include <analytics/inboxitems.h>
#include <analytics/projecthealth.h>
#include <analytics/utilisation.h>
#include <analytics/workspaceindex.h>
#include <demo/demogenerator.h>
#include <demo/demoworktime.h>
#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>
#include <store/store.h>

#include <QCryptographicHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using namespace Keel;

namespace {

std::unique_ptr<Store> makeDemo(quint64 seed = 20260105, int scale = 1)
{
    auto store = Store::createInMemory();
    DemoOptions options;
    options.seed = seed;
    options.scale = scale;
    QString error;
    const bool ok = generateDemo(*store, options, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return store;
}

/// One demo for the read-only checks.
const Workspace &demo()
{
    static const std::unique_ptr<Store> store = makeDemo();
    return store->workspace();
}

template<class T> qsizetype count(const Workspace &ws)
{
    return ws.table<T>().size();
}

bool hasHan(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

const Calendar *calendarNamed(const Workspace &ws, const QString &part)
{
    for (const Calendar &c : ws.table<Calendar>()) {
        if (c.name.contains(part))
            return &c;
    }
    return nullptr;
}

/// The exception of `calendar` covering `date`, if any (the demo writes one-off exceptions only).
const CalendarException *exceptionOn(const Calendar &calendar, QDate date)
{
    const qint64 day = dayNumber(date);
    for (const CalendarException &x : calendar.exceptions) {
        if (x.recurrence == Recurrence::None && x.fromDay <= day && day <= x.toDay)
            return &x;
    }
    return nullptr;
}

bool isHoliday(const Calendar &calendar, QDate date)
{
    const CalendarException *x = exceptionOn(calendar, date);
    return x && x->intervals.isEmpty();
}

bool isMakeUpDay(const Calendar &calendar, QDate date)
{
    const CalendarException *x = exceptionOn(calendar, date);
    return x && !x->intervals.isEmpty() && date.dayOfWeek() >= 6;
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

TEST_CASE("the demo has clients with contacts, in English and Chinese")
{
    const Workspace &ws = demo();
    REQUIRE(ws.clients().size() >= 3);
    bool chinese = false, english = false;
    for (const Client &c : ws.clients()) {
        chinese = chinese || hasHan(c.name);
        english = english || !hasHan(c.name);
        qsizetype contacts = 0;
        for (const Contact &k : ws.table<Contact>())
            contacts += k.clientId == c.id ? 1 : 0;
        INFO(c.name.toStdString());
        CHECK(contacts >= 2);
    }
    CHECK(chinese);
    CHECK(english);
}

TEST_CASE("the demo has fifteen projects covering every phase, billing model and currency")
{
    const Workspace &ws = demo();
    REQUIRE(ws.projects().size() == 15);
    QSet<int> phases, billing;
    QSet<QString> currencies, codes;
    for (const Project &p : ws.projects()) {
        phases.insert(int(p.phase));
        billing.insert(int(p.billingModel));
        currencies.insert(p.currency);
        codes.insert(p.code);
        INFO(p.code.toStdString());
        CHECK(ws.get<Client>(p.clientId));
        CHECK(ws.get<Resource>(p.managerId));
        CHECK(ws.get<Calendar>(p.calendarId));
        CHECK(!p.scopeStatement.isEmpty());
        CHECK(p.statusDate != kNoTime);
        CHECK(p.start != kNoTime);
        CHECK(p.finish > p.start);
        CHECK(p.contractValue > 0);
        CHECK(p.budget > 0);
        CHECK(p.budget < p.contractValue);
        if (p.billingModel == BillingModel::Retainer)
            CHECK(p.retainerPerMonth > 0);
        qsizetype requirements = 0;
        for (const Requirement &r : ws.table<Requirement>())
            requirements += r.projectId == p.id ? 1 : 0;
        CHECK(requirements >= 4);
    }
    CHECK(phases.size() == 6);
    CHECK(billing.size() == 3);
    CHECK(currencies.contains(QStringLiteral("EUR")));
    CHECK(currencies.contains(QStringLiteral("CNY")));
    CHECK(currencies.contains(QStringLiteral("USD")));
    CHECK(codes.size() == 15);
}

TEST_CASE("the demo has 40 people with roles, skills, rates and calendars")
{
    const Workspace &ws = demo();
    QList<const Resource *> people;
    qsizetype things = 0;
    for (const Resource &r : ws.resources()) {
        if (r.kind == ResourceKind::Person)
            people.append(&r);
        else
            ++things;
    }
    REQUIRE(people.size() == 40);
    CHECK(things >= 2);
    CHECK(count<Skill>(ws) >= 12);
    QSet<QString> roles, teams;
    bool chineseName = false, partTime = false;
    for (const Resource *r : people) {
        INFO(r->name.toStdString());
        roles.insert(r->role);
        teams.insert(r->team);
        chineseName = chineseName || hasHan(r->name);
        partTime = partTime || r->maxUnits < 1.0;
        CHECK(r->email.contains(u'@'));
        CHECK(!r->role.isEmpty());
        CHECK(r->currency.size() == 3);
        REQUIRE(r->rates.size() >= 2);
        CHECK(r->rates[1].effectiveFrom != kNoTime);
        CHECK(r->rates[1].costPerHour > r->rates[0].costPerHour);
        CHECK(r->rates[0].billPerHour > r->rates[0].costPerHour);
        CHECK(ws.get<Calendar>(r->calendarId));
        int skills = 0;
        for (const ResourceSkill &s : ws.table<ResourceSkill>()) {
            if (s.resourceId == r->id) {
                ++skills;
                CHECK(s.level >= 1);
                CHECK(s.level <= 5);
            }
        }
        CHECK(skills >= 1);
    }
    CHECK(roles.size() >= 10);
    CHECK(teams.size() >= 4);
    CHECK(chineseName);
    CHECK(partTime);
    const Calendar *part = calendarNamed(ws, QStringLiteral("Part-time"));
    REQUIRE(part);
    // Everyone has a calendar of their own with their leave, on their team's or the part-time one.
    CHECK(std::any_of(people.cbegin(), people.cend(), [&](const Resource *r) {
        const Calendar *own = ws.get<Calendar>(r->calendarId);
        return own && own->baseCalendarId == part->id;
    }));
    for (const Resource *r : people) {
        const Calendar *own = ws.get<Calendar>(r->calendarId);
        REQUIRE(own);
        CHECK(own->resourceId == r->id);
        CHECK_FALSE(own->exceptions.isEmpty());
    }
}

TEST_CASE("the mainland China calendar has the 2025 and 2026 holidays and make-up working days")
{
    const Workspace &ws = demo();
    const Calendar *cn = calendarNamed(ws, QStringLiteral("中国大陆"));
    REQUIRE(cn);
    // Holidays (国务院办公厅通知).
    for (QDate day : {d(2025, 1, 1), d(2025, 1, 28), d(2025, 2, 4), d(2025, 4, 4), d(2025, 5, 1), d(2025, 5, 5),
                      d(2025, 6, 2), d(2025, 10, 1), d(2025, 10, 8), d(2026, 1, 1), d(2026, 1, 2), d(2026, 1, 3),
                      d(2026, 2, 15), d(2026, 2, 23), d(2026, 4, 6), d(2026, 5, 5), d(2026, 6, 19),
                      d(2026, 9, 25), d(2026, 10, 1), d(2026, 10, 7)}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(isHoliday(*cn, day));
    }
    // Make-up working days are weekend days with working hours.
    for (QDate day : {d(2025, 1, 26), d(2025, 2, 8), d(2025, 4, 27), d(2025, 9, 28), d(2025, 10, 11),
                      d(2026, 1, 4), d(2026, 2, 14), d(2026, 2, 28), d(2026, 5, 9), d(2026, 9, 20), d(2026, 10, 10)}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(isMakeUpDay(*cn, day));
    }
    // Every working exception of the calendar is on a weekend; nothing else is an exception.
    int makeUp = 0;
    for (const CalendarException &x : cn->exceptions) {
        if (x.intervals.isEmpty())
            continue;
        ++makeUp;
        CHECK(x.fromDay == x.toDay);
        CHECK(weekdayOfDay(x.fromDay) >= 6);
    }
    CHECK(makeUp == 11);
    CHECK_FALSE(exceptionOn(*cn, d(2026, 1, 5)));
    CHECK_FALSE(exceptionOn(*cn, d(2026, 2, 24)));

    const Calendar *uk = calendarNamed(ws, QStringLiteral("United Kingdom"));
    REQUIRE(uk);
    CHECK(isHoliday(*uk, d(2026, 4, 3)));
    CHECK(isHoliday(*uk, d(2026, 12, 28)));
    const Calendar *us = calendarNamed(ws, QStringLiteral("United States"));
    REQUIRE(us);
    CHECK(isHoliday(*us, d(2026, 7, 3)));
    CHECK(isHoliday(*us, d(2025, 11, 27)));
}

TEST_CASE("the demo has about 1,600 tasks with links, staffing, baselines and history")
{
    const Workspace &ws = demo();
    const qsizetype tasks = ws.tasks().size();
    CHECK(tasks >= 1400);
    CHECK(tasks <= 1800);
    CHECK(ws.dependencies().size() >= tasks * 8 / 10);
    std::map<DependencyType, int> types;
    bool lag = false;
    for (const Dependency &dep : ws.dependencies()) {
        ++types[dep.type];
        lag = lag || dep.lag > 0;
        const Task *a = ws.get<Task>(dep.predecessorId);
        const Task *b = ws.get<Task>(dep.successorId);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(a->projectId == b->projectId);
        if (dep.type == DependencyType::FinishStart && dep.lag == 0) {
            INFO(a->name.toStdString() << " -> " << b->name.toStdString());
            CHECK(b->start >= a->finish);
        }
    }
    CHECK(types[DependencyType::FinishStart] > types[DependencyType::StartStart]);
    CHECK(types[DependencyType::StartStart] > 0);
    CHECK(types[DependencyType::FinishFinish] > 0);
    CHECK(lag);

    QSet<QString> categories;
    int milestones = 0, estimated = 0;
    for (const Task &t : ws.tasks()) {
        CHECK(t.start != kNoTime);
        CHECK(t.finish >= t.start);
        milestones += t.milestone ? 1 : 0;
        estimated += t.pessimistic > t.optimistic ? 1 : 0;
        if (!t.category.isEmpty())
            categories.insert(t.category);
    }
    CHECK(milestones >= 40);
    CHECK(estimated >= 500);
    for (const char *c : {"Analysis", "Design", "Build", "Test", "Deploy", "PM"})
        CHECK(categories.contains(QString::fromLatin1(c)));

    CHECK(count<Assignment>(ws) >= 600);
    CHECK(count<SkillRequirement>(ws) > 0);
    CHECK(count<Baseline>(ws) >= 6);
    CHECK(count<BaselineTask>(ws) >= 600);
    CHECK(count<TimeEntry>(ws) >= 1000);
    CHECK(count<Expense>(ws) >= 20);
    CHECK(count<Risk>(ws) >= 40);
    CHECK(count<Request>(ws) >= 40);
    CHECK(count<Document>(ws) >= 25);
    CHECK(count<CommunicationEntry>(ws) >= 50);
    CHECK(count<SatisfactionRating>(ws) >= 10);
    CHECK(count<LessonLearned>(ws) >= 8);

    for (const TimeEntry &e : ws.table<TimeEntry>()) {
        REQUIRE(e.minutes > 0);
        REQUIRE(e.minutes <= 24 * 60);
        REQUIRE(e.date % kMinutesPerDay == 0);
        REQUIRE(e.date < toMinutes(demoToday()));
    }
    std::map<RequestKind, int> kinds;
    for (const Request &r : ws.table<Request>()) {
        ++kinds[r.kind];
        CHECK(r.createdUtcMs > 0);
        if (r.resolvedUtcMs)
            CHECK(r.resolvedUtcMs > r.respondedUtcMs);
    }
    CHECK(kinds.size() == 3);
}

TEST_CASE("every project past planning has a baseline of all its tasks; earlier ones have none")
{
    const Workspace &ws = demo();
    for (const Project &p : ws.projects()) {
        INFO(p.code.toStdString());
        const QList<Id> tasks = ws.projectTasks(p.id);
        QList<const Baseline *> baselines;
        for (const Baseline &b : ws.table<Baseline>()) {
            if (b.projectId == p.id)
                baselines.append(&b);
        }
        const bool past = p.phase != Phase::Initiation && p.phase != Phase::Planning;
        CHECK(baselines.isEmpty() != past);
        for (const Baseline *b : baselines) {
            qsizetype rows = 0;
            for (const BaselineTask &bt : ws.table<BaselineTask>())
                rows += bt.baselineId == b->id ? 1 : 0;
            CHECK(rows == tasks.size());
        }
    }
}

TEST_CASE("closed projects have full actuals, matched by time entries, and learnable bias")
{
    const Workspace &ws = demo();
    QHash<Id, const Task *> closedTasks;
    int closed = 0;
    for (const Project &p : ws.projects()) {
        if (p.phase != Phase::Closed)
            continue;
        ++closed;
        CHECK(p.finish < toMinutes(demoToday()));
        for (const Id &id : ws.projectTasks(p.id)) {
            const Task *t = ws.get<Task>(id);
            INFO(t->name.toStdString());
            CHECK(t->percentComplete == 100);
            CHECK(t->actualStart != kNoTime);
            CHECK(t->actualFinish != kNoTime);
            closedTasks.insert(id, t);
        }
    }
    REQUIRE(closed >= 2);

    // Time entries add up to each assignment's actual work.
    QHash<QPair<Id, Id>, Minutes> logged;
    for (const TimeEntry &e : ws.table<TimeEntry>())
        logged[{e.taskId, e.resourceId}] += e.minutes;
    QHash<Id, Minutes> baselineWork;
    for (const BaselineTask &bt : ws.table<BaselineTask>())
        baselineWork[bt.taskId] = bt.work;
    // Each person's planned share of a task's baseline work is in proportion to their units.
    QHash<Id, double> unitsOf;
    for (const Assignment &a : ws.table<Assignment>())
        unitsOf[a.taskId] += a.units;
    auto plannedShare = [&](const Assignment &a) {
        const double units = unitsOf.value(a.taskId);
        return units > 0 ? double(baselineWork.value(a.taskId)) * a.units / units : 0.0;
    };
    std::map<QString, std::pair<double, double>> byCategory;  // planned, actual
    for (const Assignment &a : ws.table<Assignment>()) {
        const Task *t = closedTasks.value(a.taskId);
        if (!t)
            continue;
        CHECK(a.actualWork > 0);
        CHECK(a.actualWork == a.work);
        CHECK(logged.value({a.taskId, a.resourceId}) == a.actualWork);
        if (!t->category.isEmpty() && t->category != u"PM") {
            byCategory[t->category].first += plannedShare(a);
            byCategory[t->category].second += double(a.actualWork);
        }
    }
    auto ratio = [](const std::pair<double, double> &p) { return p.first > 0 ? p.second / p.first : 0.0; };
    // A person's overrun beyond what the task's category overran.
    std::map<QString, std::pair<double, double>> byPerson;
    for (const Assignment &a : ws.table<Assignment>()) {
        const Task *t = closedTasks.value(a.taskId);
        if (!t || t->category.isEmpty() || t->category == u"PM")
            continue;
        const QString who = ws.get<Resource>(a.resourceId)->name;
        byPerson[who].first += plannedShare(a) * ratio(byCategory[t->category]);
        byPerson[who].second += double(a.actualWork);
    }
    // Testing overruns the most; design and build overrun less.
    CHECK(ratio(byCategory[QStringLiteral("Test")]) > 1.12);
    CHECK(ratio(byCategory[QStringLiteral("Test")]) > ratio(byCategory[QStringLiteral("Build")]));
    CHECK(ratio(byCategory[QStringLiteral("Build")]) > 1.03);
    // One developer is consistently slower than the others.
    REQUIRE(byPerson.count(QStringLiteral("Lukas Becker")));
    REQUIRE(byPerson.count(QStringLiteral("Anna Kowalska")));
    CHECK(ratio(byPerson[QStringLiteral("Lukas Becker")]) > 1.08 * ratio(byPerson[QStringLiteral("Anna Kowalska")]));
}

TEST_CASE("China projects follow the China calendar: no work on holidays, work on make-up days")
{
    const Workspace &ws = demo();
    const Calendar *cn = calendarNamed(ws, QStringLiteral("中国大陆"));
    REQUIRE(cn);
    QSet<Id> chinaPeople;
    for (const Resource &r : ws.resources()) {
        const Calendar *own = ws.get<Calendar>(r.calendarId);
        if (r.calendarId == cn->id || (own && own->baseCalendarId == cn->id))
            chinaPeople.insert(r.id);
    }
    QHash<Id, QList<Id>> people;  // task → its people
    for (const Assignment &a : ws.table<Assignment>())
        people[a.taskId].append(a.resourceId);
    QSet<Id> chinaTasks;
    int checked = 0;
    for (const Project &p : ws.projects()) {
        if (p.calendarId != cn->id)
            continue;
        for (const Id &id : ws.projectTasks(p.id)) {
            chinaTasks.insert(id);
            const Task *t = ws.get<Task>(id);
            // A task runs on its people's calendar when they share one (Microsoft Project's rule).
            const QList<Id> &who = people[id];
            const bool onChinaCalendar = std::all_of(who.cbegin(), who.cend(), [&](const Id &r) { return chinaPeople.contains(r); });
            if (t->milestone || ws.isSummary(id) || !onChinaCalendar)
                continue;
            ++checked;
            const QDate day = toDate(t->start);
            INFO(t->name.toStdString() << " " << formatIso(t->start).toStdString());
            CHECK_FALSE(isHoliday(*cn, day));
            CHECK((day.dayOfWeek() <= 5 || isMakeUpDay(*cn, day)));
        }
    }
    CHECK(checked > 100);
    int onMakeUpDays = 0;
    for (const TimeEntry &e : ws.table<TimeEntry>()) {
        if (!chinaTasks.contains(e.taskId) || !chinaPeople.contains(e.resourceId))
            continue;
        const QDate day = toDate(e.date);
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK_FALSE(isHoliday(*cn, day));
        if (isMakeUpDay(*cn, day))
            ++onMakeUpDays;
        else
            CHECK(day.dayOfWeek() <= 5);
    }
    CHECK(onMakeUpDays > 0);
}

TEST_CASE("people log time only on their working days, and only on their tasks")
{
    const Workspace &ws = demo();
    const auto lookup = [&ws](const Id &id) { return ws.get<Calendar>(id); };
    QHash<Id, int> assignees;
    QSet<QPair<Id, Id>> assigned;
    for (const Assignment &a : ws.table<Assignment>()) {
        assignees[a.taskId] += 1;
        assigned.insert({a.taskId, a.resourceId});
    }
    int checked = 0;
    for (const TimeEntry &e : ws.table<TimeEntry>()) {
        REQUIRE(assigned.contains({e.taskId, e.resourceId}));
        if (assignees.value(e.taskId) != 1)
            continue;  // a task whose people work different calendars runs on the project's
        const Resource *r = ws.get<Resource>(e.resourceId);
        const Calendar *c = ws.get<Calendar>(r->calendarId);
        REQUIRE(c);
        INFO(r->name.toStdString() << " " << formatIso(e.date).toStdString());
        CHECK_FALSE(DemoWorkTime::intervalsOn(*c, lookup, e.date / kMinutesPerDay).isEmpty());
        ++checked;
    }
    CHECK(checked > 1000);
}

TEST_CASE("the demo's dates are those the CPM scheduler computes")
{
    // The generator's own forward pass follows the scheduler's rules (resource calendars, lags on
    // the successor's calendar, actuals, remaining work resumed at the status date), so opening
    // the demo and rescheduling it changes nothing.
    const Workspace &ws = demo();
    for (const Project &p : ws.projects()) {
        INFO(p.code.toStdString());
        const ProjectSnapshot snapshot = ProjectSnapshot::build(ws, p.id);
        const ScheduleResult result = CpmScheduler::run(snapshot.snapshot());
        CHECK_FALSE(result.hasErrors());
        const ChangeSet changes = snapshot.changes(ws, result);
        for (const Change &c : changes.changes()) {
            INFO(ws.describe(c.type, c.id).toStdString() << " " << c.field.toStdString() << " → "
                 << formatIso(c.newValue.toLongLong()).toStdString());
            CHECK(false);
        }
    }
}

TEST_CASE("documents carry the SHA-256 of their content")
{
    const Workspace &ws = demo();
    QHash<Id, int> versions;
    for (const DocumentVersion &v : ws.table<DocumentVersion>()) {
        CHECK(!v.content.isEmpty());
        CHECK(v.sha256 == QString::fromLatin1(QCryptographicHash::hash(v.content, QCryptographicHash::Sha256).toHex()));
        versions[v.documentId] = std::max(versions.value(v.documentId), v.version);
    }
    for (const Document &doc : ws.table<Document>())
        CHECK(versions.value(doc.id) == doc.currentVersion);
}

TEST_CASE("lessons learned belong to finished projects")
{
    const Workspace &ws = demo();
    for (const LessonLearned &l : ws.table<LessonLearned>()) {
        const Project *p = ws.get<Project>(l.projectId);
        REQUIRE(p);
        CHECK((p->phase == Phase::Closed || p->phase == Phase::Closing));
    }
}

TEST_CASE("the same seed gives the same demo; another seed a different one")
{
    auto fingerprint = [](const Workspace &ws) {
        QStringList lines;
        for (const Project &p : ws.projects()) {
            lines.append(QStringLiteral("P %1 %2 %3 %4 %5 %6").arg(p.code, p.name, formatIso(p.start), formatIso(p.finish))
                             .arg(p.contractValue).arg(p.budget));
            for (const Id &id : ws.projectTasks(p.id)) {
                const Task *t = ws.get<Task>(id);
                lines.append(QStringLiteral("T %1 %2 %3 %4 %5 %6").arg(p.code, t->name).arg(t->duration).arg(t->work)
                                 .arg(formatIso(t->start), formatIso(t->finish)));
            }
        }
        for (const Resource &r : ws.resources())
            lines.append(QStringLiteral("R %1 %2 %3").arg(r.name, r.email).arg(r.rates.value(0).billPerHour));
        lines.sort();
        lines.append(QStringLiteral("%1 %2 %3").arg(ws.table<TimeEntry>().size()).arg(ws.dependencies().size())
                         .arg(ws.table<Request>().size()));
        return lines;
    };
    const auto again = makeDemo();
    CHECK(fingerprint(again->workspace()) == fingerprint(demo()));
    const auto other = makeDemo(7);
    CHECK(fingerprint(other->workspace()) != fingerprint(demo()));
}

TEST_CASE("the demo reopens from disk with the same content")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.keel"));
    std::array<qsizetype, kEntityTypeCount> before{};
    {
        QString error;
        auto store = Store::create(path, &error);
        REQUIRE(store);
        REQUIRE(generateDemo(*store, DemoOptions(), &error));
        for (int t = 0; t < kEntityTypeCount; ++t)
            before[size_t(t)] = store->workspace().table(EntityType(t)).size();
    }
    QString error;
    auto reopened = Store::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(reopened);
    for (int t = 0; t < kEntityTypeCount; ++t) {
        INFO(entityMeta(EntityType(t)).name.toStdString());
        CHECK(reopened->workspace().table(EntityType(t)).size() == before[size_t(t)]);
    }
    CHECK(reopened->workspace().settings().name.contains(QStringLiteral("demo")));
}

TEST_CASE("the demo refuses a workspace that already has projects, and a bad scale")
{
    auto store = makeDemo();
    QString error;
    CHECK_FALSE(generateDemo(*store, DemoOptions(), &error));
    CHECK(!error.isEmpty());
    auto empty = Store::createInMemory();
    DemoOptions bad;
    bad.scale = 0;
    CHECK_FALSE(generateDemo(*empty, bad, &error));
    CHECK(empty->workspace().projects().size() == 0);
}

TEST_CASE("a larger scale multiplies projects, people and tasks with unique codes")
{
    const auto store = makeDemo(20260105, 3);
    const Workspace &ws = store->workspace();
    CHECK(ws.projects().size() == 45);
    QSet<QString> codes;
    for (const Project &p : ws.projects())
        codes.insert(p.code.toLower());
    CHECK(codes.size() == 45);
    qsizetype people = 0;
    for (const Resource &r : ws.resources())
        people += r.kind == ResourceKind::Person ? 1 : 0;
    CHECK(people == 120);
    CHECK(ws.clients().size() == 15);
    CHECK(ws.tasks().size() >= 4400);
    CHECK(ws.tasks().size() <= 5600);
}

TEST_CASE("the demo tells the story of a well-run firm: its utilisation, health and inbox")
{
    const Workspace &ws = demo();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);
    // The year up to the demo's today, as the utilisation report shows it by default.
    const Utilisation u = computeUtilisation(index, calendars, Period::days(demoToday().addYears(-1).addDays(1), demoToday()));
    INFO("worked " << u.total.workedHours << " of " << u.total.availableHours << " h");
    CHECK(u.total.utilisation() >= 0.65);
    CHECK(u.total.utilisation() <= 0.85);
    // A few people over- and under-booked, most of them in between.
    int over = 0, under = 0, between = 0;
    for (const UtilisationRow &p : u.people) {
        const double x = p.utilisation();
        (x > 1.05 ? over : x < 0.40 ? under : between) += 1;
    }
    CHECK(over >= 1);
    CHECK(under >= 1);
    CHECK(between >= 28);
    // Average rates over everyone, in the workspace's currency at the exchange rates.
    CHECK(u.total.currency == ws.settings().currency);
    CHECK(u.total.averageBillRate() > u.total.averageCostRate());

    // Most open projects on track, one or two at risk, one off track.
    int counts[3] = {0, 0, 0};
    for (const Project &p : ws.projects()) {
        if (p.phase == Phase::Closed)
            continue;
        const ProjectEvm evm = EarnedValue(index, calendars, p).measure();
        const Health health = assessHealth(index, p, evm).health;
        ++counts[int(health)];
        INFO(p.code.toStdString());
        CHECK(p.health == health); // the health its manager reports is what the figures say
    }
    INFO("green " << counts[int(Health::Green)] << ", amber " << counts[int(Health::Amber)] << ", red "
                  << counts[int(Health::Red)]);
    CHECK(counts[int(Health::Green)] >= 4);
    CHECK(counts[int(Health::Amber)] >= 1);
    CHECK(counts[int(Health::Amber)] <= 2);
    CHECK(counts[int(Health::Red)] == 1);

    // An inbox worth reading at the demo's today.
    const std::vector<InboxItem> items = inboxItems(ws, toMinutes(demoToday(), 9 * 60));
    CHECK(items.size() >= 8);
    CHECK(items.size() <= 20);
}
