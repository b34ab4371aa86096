#include "lifecyclefixture.h"

#include <workflow/phasegate.h>
#include <workflow/signoff.h>

using namespace Keel;
using namespace KeelWorkflowTest;

namespace {

const GateItem *findItem(const GateCheck &gate, const char *key)
{
    for (const GateItem &i : gate.items) {
        if (i.key == QLatin1String(key))
            return &i;
    }
    return nullptr;
}

bool met(const Workspace &ws, const Id &project, const char *key)
{
    const GateCheck gate = PhaseGate::check(ws, project);
    const GateItem *i = findItem(gate, key);
    REQUIRE(i);
    return i->met;
}

/// Walks the fixture's project from initiation to the start of `target`.
void advanceTo(LifecycleFixture &f, Phase target);

Id addTask(LifecycleFixture &f, const QString &name, Minutes duration, int order)
{
    Task t;
    t.id = newId();
    t.projectId = f.projectId;
    t.name = name;
    t.duration = duration;
    t.order = order;
    ChangeSet cs(QStringLiteral("task"));
    cs.insert(t);
    f.apply(cs);
    return t.id;
}

void passInitiation(LifecycleFixture &f)
{
    f.update(EntityType::Project, f.projectId, "scope_statement", QStringLiteral("Take over the first-line service desk."));
    Requirement r;
    r.id = newId();
    r.projectId = f.projectId;
    r.code = QStringLiteral("R-001");
    r.title = QStringLiteral("Answer 90% of calls within 30 seconds");
    r.acceptance = AcceptanceState::Approved;
    ChangeSet cs(QStringLiteral("req"));
    cs.insert(r);
    f.apply(cs);
}

void passPlanning(LifecycleFixture &f)
{
    const Id task = addTask(f, QStringLiteral("Shadow the incumbent"), 5 * 480, 0);
    Assignment a;
    a.id = newId();
    a.taskId = task;
    a.resourceId = f.resourceId;
    a.work = 40 * 60;
    Baseline b;
    b.id = newId();
    b.projectId = f.projectId;
    b.name = QStringLiteral("Agreed plan");
    ChangeSet cs(QStringLiteral("plan"));
    cs.insert(a).insert(b);
    cs.update(EntityType::Project, f.projectId, "budget", qint64(5000000));
    f.apply(cs);
}

void passExecution(LifecycleFixture &f)
{
    const Id task = f.ws().projectTasks(f.projectId).constFirst();
    ChangeSet cs(QStringLiteral("progress"));
    cs.update(EntityType::Task, task, "percent_complete", 40);
    cs.update(EntityType::Project, f.projectId, "status_date", toMinutes(QDate(2025, 3, 10)));
    f.apply(cs);
}

void passMonitoring(LifecycleFixture &f)
{
    const Id task = f.ws().projectTasks(f.projectId).constFirst();
    ChangeSet cs(QStringLiteral("done"));
    cs.update(EntityType::Task, task, "percent_complete", 100);
    for (const Requirement &r : f.ws().table<Requirement>())
        cs.update(EntityType::Requirement, r.id, "acceptance", QStringLiteral("accepted"));
    f.apply(cs);
}

void passClosing(LifecycleFixture &f)
{
    ChangeSet cs(QStringLiteral("close-out"));
    SignOff::record(cs, f.ws(), f.projectId, QStringLiteral("Anna Berg, CIO"), QStringLiteral("Accepted."),
                    QDateTime(QDate(2025, 6, 2), QTime(10, 0)));
    LessonLearned l;
    l.id = newId();
    l.projectId = f.projectId;
    l.title = QStringLiteral("Start knowledge transfer earlier");
    cs.insert(l);
    f.apply(cs);
}

void advanceOnce(LifecycleFixture &f)
{
    const AdvanceResult result = PhaseGate::advance(f.ws(), f.projectId);
    INFO(result.error.toStdString());
    for (const GateItem &i : result.unmet)
        INFO(i.title.toStdString() + ": " + i.reason.toStdString());
    REQUIRE(result.ok());
    f.apply(result.changes);
}

void advanceTo(LifecycleFixture &f, Phase target)
{
    while (f.project().phase < target) {
        switch (f.project().phase) {
        case Phase::Initiation:
            passInitiation(f);
            break;
        case Phase::Planning:
            passPlanning(f);
            break;
        case Phase::Execution:
            passExecution(f);
            break;
        case Phase::Monitoring:
            passMonitoring(f);
            break;
        case Phase::Closing:
            passClosing(f);
            break;
        case Phase::Closed:
            break;
        }
        advanceOnce(f);
    }
}

} // namespace

TEST_CASE("Initiation gate: scope statement, requirements, all reviewed", "[workflow][gate]")
{
    LifecycleFixture f;
    GateCheck gate = PhaseGate::check(f.ws(), f.projectId);
    CHECK(gate.from == Phase::Initiation);
    REQUIRE(gate.to == Phase::Planning);
    REQUIRE(gate.items.size() == 3);
    CHECK_FALSE(gate.allMet());
    CHECK(gate.unmet().size() == 3);

    AdvanceResult refused = PhaseGate::advance(f.ws(), f.projectId);
    CHECK_FALSE(refused.ok());
    CHECK(refused.changes.isEmpty());
    CHECK(refused.unmet.size() == 3);

    f.update(EntityType::Project, f.projectId, "scope_statement", QStringLiteral("Migrate the service desk."));
    CHECK(met(f.ws(), f.projectId, "scope_statement"));
    Requirement r;
    r.id = newId();
    r.projectId = f.projectId;
    r.code = QStringLiteral("R-007");
    r.title = QStringLiteral("Ticket history is migrated");
    ChangeSet cs(QStringLiteral("req"));
    cs.insert(r);
    f.apply(cs);
    CHECK(met(f.ws(), f.projectId, "requirements"));
    CHECK_FALSE(met(f.ws(), f.projectId, "requirements_reviewed"));
    const GateItem *reviewed = findItem(PhaseGate::check(f.ws(), f.projectId), "requirements_reviewed");
    CHECK(reviewed->reason.contains(QStringLiteral("R-007")));

    f.update(EntityType::Requirement, r.id, "acceptance", QStringLiteral("approved"));
    gate = PhaseGate::check(f.ws(), f.projectId);
    CHECK(gate.allMet());
    advanceOnce(f);
    CHECK(f.project().phase == Phase::Planning);
}

TEST_CASE("Planning gate: durations, baseline, staffing, budget", "[workflow][gate]")
{
    LifecycleFixture f;
    advanceTo(f, Phase::Planning);
    GateCheck gate = PhaseGate::check(f.ws(), f.projectId);
    REQUIRE(gate.to == Phase::Execution);
    CHECK(gate.unmet().size() == 4);

    const Id task = addTask(f, QStringLiteral("Design"), 0, 0);
    const GateItem *durations = findItem(PhaseGate::check(f.ws(), f.projectId), "task_durations");
    CHECK_FALSE(durations->met);
    CHECK(durations->reason.contains(QStringLiteral("Design")));
    f.update(EntityType::Task, task, "duration", 480);
    CHECK(met(f.ws(), f.projectId, "task_durations"));
    CHECK_FALSE(met(f.ws(), f.projectId, "resources_assigned"));

    ChangeSet cs(QStringLiteral("staff"));
    Assignment a;
    a.id = newId();
    a.taskId = task;
    a.resourceId = f.resourceId;
    cs.insert(a);
    f.apply(cs);
    CHECK(met(f.ws(), f.projectId, "resources_assigned"));
    CHECK_FALSE(met(f.ws(), f.projectId, "baseline"));
    CHECK_FALSE(met(f.ws(), f.projectId, "budget"));
    passPlanning(f);
    CHECK(PhaseGate::check(f.ws(), f.projectId).allMet());
}

TEST_CASE("Monitoring gate names open tasks and open risks", "[workflow][gate]")
{
    LifecycleFixture f;
    advanceTo(f, Phase::Monitoring);
    Risk risk;
    risk.id = newId();
    risk.projectId = f.projectId;
    risk.title = QStringLiteral("Key engineer leaves");
    ChangeSet cs(QStringLiteral("risk"));
    cs.insert(risk);
    f.apply(cs);

    GateCheck gate = PhaseGate::check(f.ws(), f.projectId);
    const GateItem *tasks = findItem(gate, "tasks_complete");
    const GateItem *risks = findItem(gate, "risks_closed");
    REQUIRE(tasks);
    REQUIRE(risks);
    CHECK_FALSE(tasks->met);
    CHECK(tasks->reason.contains(QStringLiteral("Shadow the incumbent")));
    CHECK_FALSE(risks->met);
    CHECK(risks->reason.contains(QStringLiteral("Key engineer leaves")));

    passMonitoring(f);
    f.update(EntityType::Risk, risk.id, "status", QStringLiteral("closed"));
    CHECK(PhaseGate::check(f.ws(), f.projectId).allMet());
}

TEST_CASE("The whole lifecycle to closed, with sign-off and lessons learned", "[workflow][gate]")
{
    LifecycleFixture f;
    advanceTo(f, Phase::Closing);
    GateCheck gate = PhaseGate::check(f.ws(), f.projectId);
    REQUIRE(gate.to == Phase::Closed);
    CHECK_FALSE(met(f.ws(), f.projectId, "client_sign_off"));
    CHECK_FALSE(met(f.ws(), f.projectId, "lessons_learned"));
    passClosing(f);

    const std::optional<SignOffRecord> signOff = SignOff::find(f.ws(), f.projectId);
    REQUIRE(signOff);
    CHECK(signOff->signedBy == QStringLiteral("Anna Berg, CIO"));
    CHECK(signOff->statement == QStringLiteral("Accepted."));
    CHECK(findItem(PhaseGate::check(f.ws(), f.projectId), "client_sign_off")->reason.contains(QStringLiteral("Anna Berg")));

    advanceOnce(f);
    CHECK(f.project().phase == Phase::Closed);
    const GateCheck closed = PhaseGate::check(f.ws(), f.projectId);
    CHECK_FALSE(closed.to.has_value());
    CHECK_FALSE(closed.allMet());
    const AdvanceResult beyond = PhaseGate::advance(f.ws(), f.projectId);
    CHECK_FALSE(beyond.ok());
    CHECK(beyond.error.contains(QStringLiteral("LC-001")));
}

TEST_CASE("Going back one phase needs a reason and records it", "[workflow][gate]")
{
    LifecycleFixture f;
    QString error;
    CHECK_FALSE(PhaseGate::goBack(f.ws(), f.projectId, QStringLiteral("why"), &error));
    CHECK(error.contains(QStringLiteral("first phase")));

    advanceTo(f, Phase::Execution);
    CHECK_FALSE(PhaseGate::goBack(f.ws(), f.projectId, QStringLiteral("  "), &error));
    CHECK(error.contains(QStringLiteral("Planning")));

    const std::optional<ChangeSet> back = PhaseGate::goBack(f.ws(), f.projectId, QStringLiteral("Client changed the scope"), &error);
    REQUIRE(back);
    f.apply(*back);
    CHECK(f.project().phase == Phase::Planning);
    bool noted = false;
    for (const CommunicationEntry &c : f.ws().table<CommunicationEntry>())
        noted |= c.projectId == f.projectId && c.summary == QStringLiteral("Client changed the scope");
    CHECK(noted);
}

TEST_CASE("A closed project is read-only", "[workflow][archive]")
{
    LifecycleFixture f;
    advanceTo(f, Phase::Closed);
    const Id task = f.ws().projectTasks(f.projectId).constFirst();

    ChangeSet rename(QStringLiteral("rename"));
    rename.update(EntityType::Task, task, "name", QStringLiteral("Renamed"));
    QString why = f.refusal(rename);
    CHECK(why.contains(QStringLiteral("LC-001")));
    CHECK(why.contains(QStringLiteral("read-only")));
    CHECK(f.ws().get<Task>(task)->name == QStringLiteral("Shadow the incumbent"));

    ChangeSet budget(QStringLiteral("budget"));
    budget.update(EntityType::Project, f.projectId, "budget", qint64(1));
    CHECK_FALSE(f.refusal(budget).isEmpty());

    Risk risk;
    risk.id = newId();
    risk.projectId = f.projectId;
    risk.title = QStringLiteral("Late");
    ChangeSet addRisk(QStringLiteral("risk"));
    addRisk.insert(risk);
    CHECK_FALSE(f.refusal(addRisk).isEmpty());

    // Links and assignments belong to the project through their tasks.
    ChangeSet unassign(QStringLiteral("unassign"));
    unassign.remove(EntityType::Assignment, f.ws().table<Assignment>().begin()->id);
    CHECK_FALSE(f.refusal(unassign).isEmpty());

    ChangeSet forget(QStringLiteral("forget"));
    forget.remove(EntityType::LessonLearned, f.ws().table<LessonLearned>().begin()->id);
    CHECK_FALSE(f.refusal(forget).isEmpty());

    // Moving another project's risk into the closed project is refused too.
    Project other;
    other.id = newId();
    other.code = QStringLiteral("LC-002");
    other.name = QStringLiteral("Open project");
    Risk elsewhere;
    elsewhere.id = newId();
    elsewhere.projectId = other.id;
    elsewhere.title = QStringLiteral("Vendor delay");
    ChangeSet setup(QStringLiteral("other"));
    setup.insert(other).insert(elsewhere);
    f.apply(setup);
    ChangeSet move(QStringLiteral("move"));
    move.update(EntityType::Risk, elsewhere.id, "project_id", QVariant::fromValue(f.projectId));
    CHECK_FALSE(f.refusal(move).isEmpty());
    f.update(EntityType::Risk, elsewhere.id, "impact", 5);

    // Reopening is the one change allowed, and the project is editable again afterwards.
    const std::optional<ChangeSet> reopen = PhaseGate::goBack(f.ws(), f.projectId, QStringLiteral("Warranty fix"));
    REQUIRE(reopen);
    f.apply(*reopen);
    CHECK(f.project().phase == Phase::Closing);
    f.apply(rename);
}

TEST_CASE("Undoing the close of a project goes through the archive rule", "[workflow][archive]")
{
    LifecycleFixture f;
    advanceTo(f, Phase::Closing);
    // Sign-off, lessons and the phase change in one ChangeSet, as the closing dialog may do.
    ChangeSet close(QStringLiteral("close"));
    SignOff::record(close, f.ws(), f.projectId, QStringLiteral("A. Client"), QStringLiteral("OK"),
                    QDateTime(QDate(2025, 6, 2), QTime(9, 0)));
    LessonLearned l;
    l.id = newId();
    l.projectId = f.projectId;
    l.title = QStringLiteral("Lesson");
    close.insert(l);
    close.update(EntityType::Project, f.projectId, "phase", QStringLiteral("closed"));
    QString error;
    const std::optional<ChangeSet> applied = f.store->apply(close, &error);
    REQUIRE(applied);
    CHECK(f.project().phase == Phase::Closed);

    f.apply(applied->inverse());
    CHECK(f.project().phase == Phase::Closing);
    CHECK_FALSE(SignOff::find(f.ws(), f.projectId));
    CHECK(f.ws().table<LessonLearned>().size() == 0);
}

TEST_CASE("A closed project can be deleted as a whole, and the deletion undone", "[workflow][archive]")
{
    LifecycleFixture f;
    advanceTo(f, Phase::Closed);
    ChangeSet purge(QStringLiteral("delete project"));
    for (const Assignment &a : f.ws().table<Assignment>())
        purge.remove(EntityType::Assignment, a.id);
    for (const Id &task : f.ws().projectTasks(f.projectId))
        purge.remove(EntityType::Task, task);
    for (const EntityType type : {EntityType::Requirement, EntityType::Baseline, EntityType::LessonLearned})
        for (const QList<Id> ids = f.ws().table(type).ids(); const Id &id : ids)
            purge.remove(type, id);
    for (const DocumentVersion &v : f.ws().table<DocumentVersion>())
        purge.remove(EntityType::DocumentVersion, v.id);
    for (const Document &d : f.ws().table<Document>())
        purge.remove(EntityType::Document, d.id);
    purge.remove(EntityType::Project, f.projectId);
    QString error;
    const std::optional<ChangeSet> applied = f.store->apply(purge, &error);
    INFO(error.toStdString());
    REQUIRE(applied);
    CHECK_FALSE(f.ws().get<Project>(f.projectId));
    f.apply(applied->inverse());
    CHECK(f.project().phase == Phase::Closed);
}
