// The audit trail without any UI: the change log filtered by record, kind, project, author, time
// and text; its rows formatted for people (names, dates, money, enumerations, deleted records
// still named); the CSV export; the history of a project's gates with a manager's override; and
// the search over every project's lessons learned.

#include "analytics/lessonsearch.h"
#include "audit/auditexport.h"
#include "audit/auditformatter.h"
#include "audit/auditquery.h"
#include "audit/gatehistory.h"
#include "edit/editservice.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Keel;

namespace {

struct AuditFixture
{
    std::unique_ptr<Store> store = Store::createInMemory(QStringLiteral("Audit"));
    Id client, otherClient, project, other, ann, design, build;

    AuditFixture()
    {
        store->setActor(QStringLiteral("alice"));
        client = add(EntityType::Client, R"({"name": "Northwind", "code": "NW"})");
        otherClient = add(EntityType::Client, R"({"name": "Contoso", "code": "CO"})");
        ann = add(EntityType::Resource, R"({"name": "Ann Lee"})");
        project = newProject(QStringLiteral("Portal"), QStringLiteral("P1"), client);
        other = newProject(QStringLiteral("Warehouse"), QStringLiteral("W1"), otherClient);
        design = task(project, "Design", 2 * 480);
        build = task(project, "Build", 3 * 480);
        task(other, "Survey", 480);
    }
    const Workspace &ws() const { return store->workspace(); }
    void apply(const Edit &e)
    {
        INFO(e.error.toStdString());
        REQUIRE(e.ok());
        QString error;
        INFO(error.toStdString());
        REQUIRE(store->apply(e.changes, &error));
    }
    Id add(EntityType type, const char *fields)
    {
        const Edit e = EditService(ws()).add(type, QJsonDocument::fromJson(QByteArray(fields)).object());
        apply(e);
        return e.id;
    }
    Id newProject(const QString &name, const QString &code, const Id &owner)
    {
        const Edit e = EditService(ws()).createProject({}, name, code, owner, QDate(2024, 1, 8));
        apply(e);
        return e.id;
    }
    Id task(const Id &in, const char *name, qint64 duration)
    {
        QJsonObject o;
        o.insert(QStringLiteral("project_id"), in.toString(QUuid::WithoutBraces));
        o.insert(QStringLiteral("name"), QString::fromUtf8(name));
        o.insert(QStringLiteral("duration"), duration);
        const Edit e = EditService(ws()).add(EntityType::Task, o);
        apply(e);
        return e.id;
    }
    void set(EntityType type, const Id &id, const char *fields)
    {
        apply(EditService(ws()).set(type, id, QJsonDocument::fromJson(QByteArray(fields)).object()));
    }
    QList<AuditRow> rows(const AuditFilter &filter)
    {
        AuditQuery query(*store);
        query.setFilter(filter);
        AuditFormatter formatter(*store, QLocale(QLocale::English));
        return formatter.format(query.fetchAll());
    }
};

const AuditRow *findRow(const QList<AuditRow> &rows, const QString &field)
{
    for (const AuditRow &r : rows) {
        if (r.field == field)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A record's history names the fields and formats the values", "[audit]")
{
    AuditFixture f;
    f.set(EntityType::Task, f.design, R"({"name": "Design review", "duration": 2400})");
    f.set(EntityType::Project, f.project, R"({"budget": 1234550, "currency": "EUR"})");
    f.set(EntityType::Project, f.project, QStringLiteral(R"({"manager_id": "%1"})")
                                              .arg(f.ann.toString(QUuid::WithoutBraces)).toUtf8().constData());

    AuditFilter byTask;
    byTask.recordId = f.design;
    const QList<AuditRow> history = f.rows(byTask);
    REQUIRE(history.size() >= 3);
    for (const AuditRow &r : history) {
        CHECK(r.recordId == f.design);
        CHECK(r.record == QStringLiteral("Design review"));
        CHECK(r.recordType == QStringLiteral("Task"));
        CHECK(r.who == QStringLiteral("alice"));
        CHECK_FALSE(r.when.isEmpty());
    }
    CHECK(history.last().op == Change::Op::Insert);
    CHECK(history.last().field == QStringLiteral("Created"));
    const AuditRow *name = findRow(history, QStringLiteral("Name"));
    REQUIRE(name);
    CHECK(name->oldValue == QStringLiteral("Design"));
    CHECK(name->newValue == QStringLiteral("Design review"));
    const AuditRow *duration = findRow(history, QStringLiteral("Duration"));
    REQUIRE(duration);
    CHECK(duration->oldValue == QStringLiteral("2d"));
    CHECK(duration->newValue == QStringLiteral("5d"));
    // Newest first.
    for (qsizetype i = 1; i < history.size(); ++i)
        CHECK(history[i - 1].seq > history[i].seq);

    AuditFilter byProject;
    byProject.recordId = f.project;
    byProject.types = {EntityType::Project};
    const QList<AuditRow> projectRows = f.rows(byProject);
    const AuditRow *budget = findRow(projectRows, QStringLiteral("Budget"));
    REQUIRE(budget);
    CHECK(budget->newValue == QStringLiteral("12,345.50 EUR"));
    const AuditRow *manager = findRow(projectRows, QStringLiteral("Manager"));
    REQUIRE(manager);
    CHECK(manager->oldValue.isEmpty());
    CHECK(manager->newValue == QStringLiteral("Ann Lee"));
}

TEST_CASE("A deleted record is still named from the change log", "[audit]")
{
    AuditFixture f;
    f.set(EntityType::Task, f.build, R"({"percent_complete": 40})");
    f.apply(EditService(f.ws()).remove(EntityType::Task, f.build));
    REQUIRE_FALSE(f.ws().get<Task>(f.build));

    AuditFilter byTask;
    byTask.recordId = f.build;
    const QList<AuditRow> history = f.rows(byTask);
    REQUIRE(history.size() >= 3);
    CHECK(history.first().op == Change::Op::Delete);
    CHECK(history.first().field == QStringLiteral("Deleted"));
    CHECK(history.first().oldValue == QStringLiteral("Build"));
    for (const AuditRow &r : history)
        CHECK(r.record == QStringLiteral("Build"));
    const AuditRow *percent = findRow(history, QStringLiteral("% complete"));
    REQUIRE(percent);
    CHECK(percent->newValue == QStringLiteral("40 %"));

    // The project's trail holds the deleted task, and nothing of the other project.
    AuditFilter byProject;
    byProject.projectId = f.project;
    const QList<AuditRow> projectRows = f.rows(byProject);
    CHECK(std::any_of(projectRows.cbegin(), projectRows.cend(),
                      [&](const AuditRow &r) { return r.recordId == f.build && r.op == Change::Op::Delete; }));
    CHECK(std::any_of(projectRows.cbegin(), projectRows.cend(), [&](const AuditRow &r) { return r.recordId == f.design; }));
    CHECK(std::none_of(projectRows.cbegin(), projectRows.cend(),
                       [&](const AuditRow &r) { return r.recordId == f.other || r.record == QStringLiteral("Survey"); }));
}

TEST_CASE("The change log is filtered by kind, author, time and text, a page at a time", "[audit]")
{
    AuditFixture f;
    f.store->setActor(QStringLiteral("bob"));
    f.set(EntityType::Task, f.design, R"({"notes": "Wireframes agreed"})");
    f.set(EntityType::Client, f.client, R"({"industry": "Retail"})");

    AuditFilter byAuthor;
    byAuthor.author = QStringLiteral("bob");
    const QList<AuditRow> bobs = f.rows(byAuthor);
    REQUIRE(bobs.size() == 2);
    CHECK(f.store->logActors().contains(QStringLiteral("alice")));
    CHECK(f.store->logActors().contains(QStringLiteral("bob")));

    AuditFilter byType;
    byType.types = {EntityType::Client};
    for (const AuditRow &r : f.rows(byType))
        CHECK(r.type == EntityType::Client);
    CHECK(f.rows(byType).size() >= 3);

    AuditFilter byText;
    byText.text = QStringLiteral("wireframes");
    REQUIRE(f.rows(byText).size() == 1);
    CHECK(f.rows(byText).first().field == QStringLiteral("Notes"));
    // A record's name finds its changes too, even when the change itself does not hold it.
    byText.text = QStringLiteral("DESIGN");
    const QList<AuditRow> named = f.rows(byText);
    CHECK(std::any_of(named.cbegin(), named.cend(), [](const AuditRow &r) { return r.field == QStringLiteral("Notes"); }));
    byText.text = QStringLiteral("100%_");
    CHECK(f.rows(byText).isEmpty());

    AuditFilter future;
    future.from = QDateTime::currentDateTimeUtc().addDays(1);
    CHECK(f.rows(future).isEmpty());
    AuditFilter past;
    past.to = QDateTime::currentDateTimeUtc().addDays(-1);
    CHECK(f.rows(past).isEmpty());
    AuditFilter now;
    now.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    now.to = QDateTime::currentDateTimeUtc().addSecs(3600);
    CHECK(f.rows(now).size() == int(f.store->changeRowCount()));

    AuditQuery query(*f.store);
    query.setFilter({});
    QList<ChangeLogRow> paged;
    while (query.hasMore())
        paged.append(query.fetch(7));
    CHECK(paged.size() == int(f.store->changeRowCount()));
    for (qsizetype i = 1; i < paged.size(); ++i)
        CHECK(paged[i - 1].seq > paged[i].seq);
}

TEST_CASE("The audit trail exports to CSV without a half-written file", "[audit]")
{
    AuditFixture f;
    f.set(EntityType::Task, f.design, R"({"notes": "Scope, \"phase 1\""})");
    AuditFilter byTask;
    byTask.recordId = f.design;
    const QList<AuditRow> rows = f.rows(byTask);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QString error;
    REQUIRE(AuditExport::writeCsv(path, rows, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.startsWith("\xEF\xBB\xBFWhen,Who,Record type,Record,Field,Old value,New value,Action\r\n"));
    CHECK(text.contains("\"Scope, \"\"phase 1\"\"\""));
    CHECK(text.count("\r\n") == rows.size() + 1);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("audit.csv")});

    const QString bad = dir.filePath(QStringLiteral("missing/audit.csv"));
    CHECK_FALSE(AuditExport::writeCsv(bad, rows, &error));
    CHECK(error.contains(QStringLiteral("audit.csv")));
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("A gate passed by a manager's override shows in the gate history and the trail", "[audit]")
{
    AuditFixture f;
    EditService edit(f.ws());
    const Edit refused = edit.advanceGate(f.project, QStringLiteral("   "));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error.contains(QStringLiteral("written reason")));
    const qint64 before = f.store->changeSetCount();
    f.apply(edit.advanceGate(f.project, QStringLiteral("Client asked to start now")));
    CHECK(f.store->changeSetCount() == before + 1);
    CHECK(f.ws().get<Project>(f.project)->phase == Phase::Planning);

    const QList<GatePassage> history = GateHistory::of(*f.store, f.project);
    REQUIRE(history.size() == 1);
    CHECK(history[0].from == Phase::Initiation);
    CHECK(history[0].to == Phase::Planning);
    CHECK(history[0].overridden);
    CHECK(history[0].actor == QStringLiteral("alice"));
    CHECK(history[0].reason.contains(QStringLiteral("Client asked to start now")));
    CHECK_FALSE(history[0].withdrawn);

    AuditFilter byProject;
    byProject.projectId = f.project;
    byProject.text = QStringLiteral("override");
    const QList<AuditRow> rows = f.rows(byProject);
    const AuditRow *phase = findRow(rows, QStringLiteral("Phase"));
    REQUIRE(phase);
    CHECK(phase->oldValue == QStringLiteral("Initiation"));
    CHECK(phase->newValue == QStringLiteral("Planning"));
    CHECK(phase->description.contains(QStringLiteral("override")));
    CHECK(std::any_of(rows.cbegin(), rows.cend(), [](const AuditRow &r) {
        return r.type == EntityType::CommunicationEntry && r.op == Change::Op::Insert;
    }));

    // Undone, the override stays in the history, withdrawn, after the move back.
    const ChangeSet applied = [&] {
        const Edit again = EditService(f.ws()).advanceGate(f.project, QStringLiteral("Second thoughts"));
        REQUIRE(again.ok());
        auto done = f.store->apply(again.changes);
        REQUIRE(done);
        return *done;
    }();
    REQUIRE(f.store->apply(applied.inverse()));
    const QList<GatePassage> after = GateHistory::of(*f.store, f.project);
    REQUIRE(after.size() == 3);
    CHECK(after[0].back);
    CHECK(after[1].overridden);
    CHECK(after[1].withdrawn);
    CHECK(after[1].reason.contains(QStringLiteral("Second thoughts")));
    CHECK_FALSE(after[2].withdrawn);
}

TEST_CASE("Lessons learned are searched across projects by text, category and client", "[audit]")
{
    AuditFixture f;
    auto lesson = [&](const Id &project, const char *title, const char *category, const char *recommendation) {
        QJsonObject o;
        o.insert(QStringLiteral("project_id"), project.toString(QUuid::WithoutBraces));
        o.insert(QStringLiteral("title"), QString::fromUtf8(title));
        o.insert(QStringLiteral("category"), QString::fromUtf8(category));
        o.insert(QStringLiteral("recommendation"), QString::fromUtf8(recommendation));
        const Edit e = EditService(f.ws()).add(EntityType::LessonLearned, o);
        f.apply(e);
        return e.id;
    };
    const Id late = lesson(f.project, "Test data arrived late", "Testing", "Ask for anonymised data at kick-off");
    const Id scope = lesson(f.project, "Scope crept in sprint 3", "Scope", "Freeze the backlog two weeks out");
    const Id vendor = lesson(f.other, "Vendor delivered early", "testing", "Book the vendor's test slot");

    LessonFilter all;
    CHECK(LessonSearch::search(f.ws(), all).size() == 3);

    LessonFilter text;
    text.text = QStringLiteral("KICK-OFF data");
    auto hits = LessonSearch::search(f.ws(), text);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].lessonId == late);
    CHECK(hits[0].project == QStringLiteral("P1 · Portal"));
    CHECK(hits[0].client == QStringLiteral("Northwind"));

    text.text = QStringLiteral("warehouse");
    hits = LessonSearch::search(f.ws(), text);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].lessonId == vendor);

    LessonFilter category;
    category.category = QStringLiteral("Testing");
    CHECK(LessonSearch::search(f.ws(), category).size() == 2);
    category.clientId = f.client;
    hits = LessonSearch::search(f.ws(), category);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].lessonId == late);

    LessonFilter byClient;
    byClient.clientId = f.client;
    hits = LessonSearch::search(f.ws(), byClient);
    CHECK(hits.size() == 2);
    CHECK(std::any_of(hits.cbegin(), hits.cend(), [&](const LessonHit &h) { return h.lessonId == scope; }));

    CHECK(LessonSearch::categories(f.ws()) == QStringList{QStringLiteral("Scope"), QStringLiteral("Testing")});
    CHECK(LessonSearch::clients(f.ws()).size() == 2);
}
