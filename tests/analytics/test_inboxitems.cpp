#include "fixture.h"

#include <analytics/inboxitems.h>


using namespace Keel;
using namespace Keel::Test;

namespace {

qint64 utcMs(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

QStringList titles(const std::vector<InboxItem> &items)
{
    QStringList list;
    for (const InboxItem &i : items)
        list << i.title;
    return list;
}

const InboxItem *find(const std::vector<InboxItem> &items, const QString &title)
{
    for (const InboxItem &i : items) {
        if (i.title == title)
            return &i;
    }
    return nullptr;
}

} // namespace

TEST_CASE("inbox: overdue tasks, milestones due soon, over-allocations, late risks, new requests",
          "[analytics][inbox]")
{
    Fixture fx;
    const Id ann = fx.resource(QStringLiteral("Ann"), 5000, 12000, QStringLiteral("Build"));
    const Id client = fx.client(QStringLiteral("Acme"));
    Contact zoe;
    zoe.id = newId();
    zoe.clientId = client;
    zoe.name = QStringLiteral("Zoe");
    fx.add(zoe);

    Project p = fx.project(QStringLiteral("P"));
    p.clientId = client;
    p.statusDate = at(2026, 3, 20);
    fx.add(p);
    Task design = fx.task(p.id, QStringLiteral("Overdue design"), at(2026, 3, 2, 8), at(2026, 3, 10, 17), 7 * 480, 0);
    design.percentComplete = 50;
    fx.add(design);
    fx.add(fx.task(p.id, QStringLiteral("Slightly late"), at(2026, 3, 16, 8), at(2026, 3, 18, 17), 3 * 480, 1));
    Task done = fx.task(p.id, QStringLiteral("Done"), at(2026, 3, 2, 8), at(2026, 3, 5, 17), 4 * 480, 2);
    done.percentComplete = 100;
    fx.add(done);
    Task goLive = fx.task(p.id, QStringLiteral("Go-live"), at(2026, 3, 24, 17), at(2026, 3, 24, 17), 0, 3);
    goLive.milestone = true;
    fx.add(goLive);
    Task later = fx.task(p.id, QStringLiteral("Later milestone"), at(2026, 4, 30, 17), at(2026, 4, 30, 17), 0, 4);
    later.milestone = true;
    fx.add(later);
    // Ann works two full-time weeks in parallel in the week of 23 March: 80 h against 40 h.
    const Task buildA = fx.add(fx.task(p.id, QStringLiteral("Build A"), at(2026, 3, 23, 8), at(2026, 3, 27, 17), 5 * 480, 5));
    const Task buildB = fx.add(fx.task(p.id, QStringLiteral("Build B"), at(2026, 3, 23, 8), at(2026, 3, 27, 17), 5 * 480, 6));
    fx.assign(buildA.id, ann, 40 * 60);
    fx.assign(buildB.id, ann, 40 * 60);

    const auto risk = [&](const QString &title, Minutes due, RiskStatus status) {
        Risk r;
        r.id = newId();
        r.projectId = p.id;
        r.title = title;
        r.probability = 5;
        r.impact = 3;
        r.status = status;
        r.dueDate = due;
        fx.add(r);
    };
    risk(QStringLiteral("Supplier late"), at(2026, 3, 15), RiskStatus::Open);
    risk(QStringLiteral("Closed risk"), at(2026, 3, 1), RiskStatus::Closed);
    risk(QStringLiteral("Future risk"), at(2026, 4, 15), RiskStatus::Open);

    const auto request = [&](const QString &title, RequestStatus status, RequestPriority priority) {
        Request r;
        r.id = newId();
        r.projectId = p.id;
        r.contactId = zoe.id;
        r.kind = RequestKind::Change;
        r.title = title;
        r.status = status;
        r.priority = priority;
        r.createdUtcMs = utcMs(2026, 3, 19, 9);
        fx.add(r);
    };
    request(QStringLiteral("Add a report"), RequestStatus::New, RequestPriority::Urgent);
    request(QStringLiteral("Being handled"), RequestStatus::InProgress, RequestPriority::Urgent);

    // A closed project's leftovers never show.
    Project closed = fx.project(QStringLiteral("C"));
    closed.phase = Phase::Closed;
    fx.add(closed);
    fx.add(fx.task(closed.id, QStringLiteral("Forgotten"), at(2026, 2, 2, 8), at(2026, 2, 6, 17), 5 * 480));

    const Workspace &ws = fx.commit();
    InboxSettings settings;
    settings.earlyWarnings = false;
    const Minutes now = at(2026, 3, 20, 12);
    const std::vector<InboxItem> items = inboxItems(ws, now, settings);

    // Critical first, then warnings, then information; by date within a severity.
    CHECK(titles(items) == QStringList{QStringLiteral("Overdue design"), QStringLiteral("Supplier late"),
                                       QStringLiteral("Add a report"), QStringLiteral("Ann"),
                                       QStringLiteral("Slightly late"), QStringLiteral("Go-live")});

    const InboxItem *overdue = find(items, QStringLiteral("Overdue design"));
    REQUIRE(overdue);
    CHECK(overdue->kind == InboxKind::OverdueTask);
    CHECK(overdue->severity == InboxSeverity::Critical);
    CHECK(overdue->entityType == EntityType::Task);
    CHECK(overdue->entityId == design.id);
    CHECK(overdue->projectId == p.id);
    CHECK(overdue->date == at(2026, 3, 10, 17));
    CHECK(overdue->reason == QStringLiteral("due 2026-03-10, 9 day(s) overdue, 50\u00a0% complete"));
    CHECK(find(items, QStringLiteral("Slightly late"))->severity == InboxSeverity::Warning);

    const InboxItem *milestone = find(items, QStringLiteral("Go-live"));
    CHECK(milestone->kind == InboxKind::MilestoneDue);
    CHECK(milestone->reason == QStringLiteral("milestone due 2026-03-24, in 4 day(s)"));

    const InboxItem *load = find(items, QStringLiteral("Ann"));
    CHECK(load->kind == InboxKind::OverAllocation);
    CHECK(load->severity == InboxSeverity::Critical); // twice the time available
    CHECK(load->entityType == EntityType::Resource);
    CHECK(load->entityId == ann);
    CHECK(load->projectId == p.id);
    CHECK(load->date == at(2026, 3, 23));
    CHECK(load->reason.startsWith(QStringLiteral("80 h assigned against 40 h available in the week of 2026-03-23")));
    CHECK(load->reason.contains(QStringLiteral("Build A")));

    const InboxItem *late = find(items, QStringLiteral("Supplier late"));
    CHECK(late->kind == InboxKind::RiskOverdue);
    CHECK(late->reason.contains(QStringLiteral("score 15")));

    const InboxItem *req = find(items, QStringLiteral("Add a report"));
    CHECK(req->kind == InboxKind::NewRequest);
    CHECK(req->severity == InboxSeverity::Critical);
    CHECK(req->reason == QStringLiteral("Change request from Zoe"));

    // Deterministic: the same items, keys and order again; keys are unique.
    const std::vector<InboxItem> again = inboxItems(ws, now, settings);
    REQUIRE(again.size() == items.size());
    QSet<QString> keys;
    for (size_t i = 0; i < items.size(); ++i) {
        CHECK(again[i].key == items[i].key);
        keys.insert(items[i].key);
    }
    CHECK(keys.size() == int(items.size()));

    // Tasks are judged at the project's status date: a week later nothing more is overdue until
    // the status date moves on; then the milestone is, and the over-allocation is this week's.
    const std::vector<InboxItem> sameStatus = inboxItems(ws, at(2026, 3, 27, 18), settings);
    REQUIRE(find(sameStatus, QStringLiteral("Go-live")));
    CHECK(find(sameStatus, QStringLiteral("Go-live"))->kind == InboxKind::MilestoneDue);
    fx.update(EntityType::Project, p.id, "status_date", QVariant::fromValue(at(2026, 3, 27, 18)));
    fx.commit();
    settings.overdueTasksListed = 10; // four overdue now: each listed, not grouped
    const std::vector<InboxItem> nextWeek = inboxItems(ws, at(2026, 3, 27, 18), settings);
    REQUIRE(find(nextWeek, QStringLiteral("Go-live")));
    CHECK(find(nextWeek, QStringLiteral("Go-live"))->kind == InboxKind::OverdueTask);
    CHECK(find(nextWeek, QStringLiteral("Ann")));
    fx.update(EntityType::Project, p.id, "status_date", QVariant::fromValue(at(2026, 3, 20)));
    fx.commit();

    // The horizon is a setting.
    settings.milestoneDays = 2;
    CHECK_FALSE(find(inboxItems(ws, now, settings), QStringLiteral("Go-live")));
}

TEST_CASE("inbox: a project's many overdue tasks are one item, judged at its status date", "[analytics][inbox]")
{
    // An old plan that ended in 2015 without being updated, and a current one with a status date.
    Fixture fx;
    Project old = fx.project(QStringLiteral("Old"));
    fx.add(old);
    for (int i = 0; i < 12; ++i)
        fx.add(fx.task(old.id, QStringLiteral("Old %1").arg(i), at(2015, 3, 2, 8), at(2015, 3, 10 + i, 17), 480, i));
    Project now = fx.project(QStringLiteral("Now"));
    now.statusDate = at(2026, 3, 20);
    fx.add(now);
    fx.add(fx.task(now.id, QStringLiteral("Late one"), at(2026, 3, 2, 8), at(2026, 3, 18, 17), 480, 0));
    fx.add(fx.task(now.id, QStringLiteral("Not yet"), at(2026, 3, 2, 8), at(2026, 3, 25, 17), 480, 1));
    const Workspace &ws = fx.commit();
    InboxSettings settings;
    settings.earlyWarnings = false;
    settings.overAllocationWeeks = 0;
    const std::vector<InboxItem> items = inboxItems(ws, at(2026, 12, 7, 9), settings);
    REQUIRE(items.size() == 2);
    const InboxItem *grouped = find(items, QStringLiteral("Project Old"));
    REQUIRE(grouped);
    CHECK(grouped->entityType == EntityType::Project);
    CHECK(grouped->entityId == old.id);
    CHECK(grouped->severity == InboxSeverity::Critical);
    CHECK(grouped->reason.startsWith(QStringLiteral("12 task(s) overdue")));
    CHECK(grouped->reason.contains(QStringLiteral("Old 0")));
    CHECK(find(items, QStringLiteral("Late one")));
    CHECK_FALSE(find(items, QStringLiteral("Not yet")));
    settings.overdueTasksListed = 20;
    CHECK(inboxItems(ws, at(2026, 12, 7, 9), settings).size() == 13);
}

TEST_CASE("inbox: early warnings with their reason, above the configured threshold", "[analytics][inbox]")
{
    // A three-week job that had to be done by 13 March, a fifth done on that day, on a tiny budget.
    Fixture fx;
    const Id sam = fx.resource(QStringLiteral("Sam"), 10000, 15000);
    Project p = fx.project(QStringLiteral("SLIP"));
    p.statusDate = at(2026, 3, 13);
    p.budget = 100000;
    fx.add(p);
    Task build = fx.task(p.id, QStringLiteral("Build"), at(2026, 3, 2, 8), at(2026, 3, 20, 17), 15 * 480);
    build.deadline = at(2026, 3, 13, 17);
    build.actualStart = build.start;
    build.percentComplete = 20;
    fx.add(build);
    fx.assign(build.id, sam, 120 * 60);
    const Workspace &ws = fx.commit();

    InboxSettings settings;
    settings.warnings.iterations = 300;
    settings.overAllocationWeeks = 0;
    const std::vector<InboxItem> items = inboxItems(ws, at(2026, 3, 13, 18), settings);
    std::vector<InboxItem> warnings;
    for (const InboxItem &i : items) {
        if (i.kind == InboxKind::DeadlineWarning || i.kind == InboxKind::BudgetWarning)
            warnings.push_back(i);
    }
    REQUIRE(warnings.size() == 2);
    for (const InboxItem &w : warnings) {
        CHECK(w.severity == InboxSeverity::Critical);
        CHECK(w.entityType == EntityType::Project);
        CHECK(w.entityId == p.id);
    }
    const InboxItem *deadline = find(warnings, QStringLiteral("Deadline at risk"));
    REQUIRE(deadline);
    CHECK(deadline->reason.contains(QStringLiteral("deadline 2026-03-13")));
    CHECK(deadline->date == at(2026, 3, 13, 17));
    const InboxItem *budget = find(warnings, QStringLiteral("Budget at risk"));
    REQUIRE(budget);
    CHECK(budget->reason.contains(QStringLiteral("exceeds the budget")));

    // A looser threshold keeps the budget quiet; the deadline still warns.
    settings.warnings.overrun = 10.0;
    int budgetWarnings = 0;
    for (const InboxItem &i : inboxItems(ws, at(2026, 3, 13, 18), settings))
        budgetWarnings += i.kind == InboxKind::BudgetWarning ? 1 : 0;
    CHECK(budgetWarnings == 0);

    CHECK(inboxKindName(InboxKind::DeadlineWarning) == QStringLiteral("Deadline warnings"));
    CHECK(inboxSeverityName(InboxSeverity::Critical) == QStringLiteral("Critical"));
}
