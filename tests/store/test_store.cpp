#include <catch2/catch.hpp>

#include <store/migrations.h>
#include <store/store.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <random>

#include <sqlite3.h>

using namespace Keel;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Project makeProject(const QString &code, const QString &name)
{
    Project p;
    p.id = newId();
    p.code = code;
    p.name = name;
    p.start = toMinutes(QDate(2026, 3, 2), 8 * 60);
    return p;
}

Task makeTask(const Id &project, const QString &name, int order = 0)
{
    Task t;
    t.id = newId();
    t.projectId = project;
    t.name = name;
    t.order = order;
    t.duration = 480;
    return t;
}

/// Runs sql directly on a closed workspace file (to fabricate damaged or foreign files).
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("a new workspace has settings, a standard calendar and one logged change", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.keel"));
    QString error;
    auto store = Store::create(path, &error, QStringLiteral("Acme"));
    REQUIRE(store);
    CHECK(store->workspace().settings().name == QStringLiteral("Acme"));
    CHECK(store->workspace().table<Calendar>().size() == 1);
    CHECK(store->changeSetCount() == 1);
    CHECK(store->schemaVersion() == currentSchemaVersion());
    CHECK_FALSE(Store::create(path, &error));
    CHECK(error.contains(QStringLiteral("already exists")));
}

TEST_CASE("every model field has a database column of the same name", "[store][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.keel"));
    QString error;
    REQUIRE(Store::create(path, &error));
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    for (int t = 0; t < kEntityTypeCount; ++t) {
        const EntityMeta &meta = entityMeta(EntityType(t));
        QStringList columns;
        sqlite3_stmt *s = nullptr;
        const QByteArray sql = "PRAGMA table_info(" + meta.table + ")";
        REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) == SQLITE_OK);
        while (sqlite3_step(s) == SQLITE_ROW)
            columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)));
        sqlite3_finalize(s);
        QStringList fields;
        for (const FieldDef &f : meta.fields)
            fields << QString::fromLatin1(f.name);
        INFO(meta.table.constData());
        CHECK(columns == fields);
    }
    sqlite3_close(db);
}

TEST_CASE("apply, undo and redo of inserts, updates and deletes persist and log", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.keel"));
    QString error;
    auto store = Store::create(path, &error);
    REQUIRE(store);
    const Workspace &ws = store->workspace();

    const Project p = makeProject(QStringLiteral("P-1"), QStringLiteral("Website"));
    const Task a = makeTask(p.id, QStringLiteral("Design"), 0);
    const Task b = makeTask(p.id, QStringLiteral("Build"), 1);
    Dependency d;
    d.id = newId();
    d.predecessorId = a.id;
    d.successorId = b.id;
    d.lag = 120;

    QSignalSpy inserted(&ws, &Workspace::entitiesInserted);
    QSignalSpy changed(&ws, &Workspace::entitiesChanged);
    auto insert = store->apply(ChangeSet(QStringLiteral("Add plan")).insert(p).insert(a).insert(b).insert(d), &error);
    REQUIRE(insert);
    CHECK(ws.tasks().size() == 2);
    CHECK(inserted.count() == 3); // project, tasks (one batch), dependency

    SECTION("update fills the old value, and its inverse undoes it")
    {
        auto upd = store->apply(ChangeSet(QStringLiteral("Rename")).update(EntityType::Task, a.id, "name",
                                                                           QStringLiteral("Design UI")),
                                &error);
        REQUIRE(upd);
        CHECK(upd->changes().first().oldValue.toString() == QStringLiteral("Design"));
        CHECK(ws.get<Task>(a.id)->name == QStringLiteral("Design UI"));
        CHECK(changed.count() == 1);
        REQUIRE(store->apply(upd->inverse(), &error));
        CHECK(ws.get<Task>(a.id)->name == QStringLiteral("Design"));
        REQUIRE(store->apply(upd->inverse().inverse(), &error));
        CHECK(ws.get<Task>(a.id)->name == QStringLiteral("Design UI"));
    }
    SECTION("delete keeps the record for undo")
    {
        auto del = store->apply(ChangeSet(QStringLiteral("Remove link")).remove(EntityType::Dependency, d.id), &error);
        REQUIRE(del);
        CHECK(ws.dependencies().size() == 0);
        REQUIRE(store->apply(del->inverse(), &error));
        REQUIRE(ws.get<Dependency>(d.id));
        CHECK(ws.get<Dependency>(d.id)->lag == 120);
    }
    SECTION("undo of the whole insert removes everything it added")
    {
        REQUIRE(store->apply(insert->inverse(), &error));
        CHECK(ws.tasks().size() == 0);
        CHECK(ws.projects().size() == 0);
        REQUIRE(store->apply(insert->inverse().inverse(), &error));
        CHECK(ws.tasks().size() == 2);
    }
    SECTION("the change log records actor, entity, field, old and new values")
    {
        store->setActor(QStringLiteral("alice"));
        REQUIRE(store->apply(ChangeSet(QStringLiteral("Progress")).update(EntityType::Task, b.id, "percent_complete", 40), &error));
        const QList<LogEntry> log = store->log(1);
        REQUIRE(log.size() == 1);
        CHECK(log[0].actor == QStringLiteral("alice"));
        CHECK(log[0].description == QStringLiteral("Progress"));
        CHECK(log[0].replica == store->replicaId());
        REQUIRE(log[0].items.size() == 1);
        CHECK(log[0].items[0].entity == QStringLiteral("task"));
        CHECK(log[0].items[0].field == QStringLiteral("percent_complete"));
        CHECK(log[0].items[0].oldValue == QStringLiteral("0"));
        CHECK(log[0].items[0].newValue == QStringLiteral("40"));
        const QList<LogEntry> two = store->log(2);
        CHECK(two[0].hlc > two[1].hlc);
    }

    // Whatever the section did is on disk exactly as in memory.
    const qsizetype tasks = ws.tasks().size();
    const qsizetype deps = ws.dependencies().size();
    const QString name = ws.get<Task>(a.id) ? ws.get<Task>(a.id)->name : QString();
    const qint64 sets = store->changeSetCount();
    store.reset();
    auto reopened = Store::open(path, &error);
    REQUIRE(reopened);
    CHECK(reopened->workspace().tasks().size() == tasks);
    CHECK(reopened->workspace().dependencies().size() == deps);
    if (!name.isEmpty())
        CHECK(reopened->workspace().get<Task>(a.id)->name == name);
    CHECK(reopened->changeSetCount() == sets);
}

TEST_CASE("invalid changes are refused with a clear message and change nothing", "[store][validation]")
{
    auto store = Store::createInMemory();
    const Workspace &ws = store->workspace();
    QString error;
    const Project p = makeProject(QStringLiteral("P-1"), QStringLiteral("Website"));
    const Task a = makeTask(p.id, QStringLiteral("Design"));
    REQUIRE(store->apply(ChangeSet().insert(p).insert(a), &error));
    qint64 sets = store->changeSetCount();

    SECTION("a value out of range")
    {
        CHECK_FALSE(store->apply(ChangeSet().update(EntityType::Task, a.id, "percent_complete", 140), &error));
        CHECK(error.contains(QStringLiteral("Design")));
        CHECK(error.contains(QStringLiteral("140")));
        CHECK(ws.get<Task>(a.id)->percentComplete == 0);
    }
    SECTION("a value of the wrong type")
    {
        CHECK_FALSE(store->apply(ChangeSet().update(EntityType::Task, a.id, "duration", QStringLiteral("five")), &error));
        CHECK(error.contains(QStringLiteral("duration")));
    }
    SECTION("an unknown field")
    {
        CHECK_FALSE(store->apply(ChangeSet().update(EntityType::Task, a.id, "colour", 1), &error));
        CHECK(error.contains(QStringLiteral("colour")));
    }
    SECTION("a reference to nothing")
    {
        Task orphan = makeTask(newId(), QStringLiteral("Orphan"));
        CHECK_FALSE(store->apply(ChangeSet().insert(orphan), &error));
        CHECK(error.contains(QStringLiteral("Orphan")));
        CHECK(ws.tasks().size() == 1);
    }
    SECTION("deleting what others refer to")
    {
        CHECK_FALSE(store->apply(ChangeSet().remove(EntityType::Project, p.id), &error));
        CHECK(error.contains(QStringLiteral("Design")));
        CHECK(ws.projects().size() == 1);
    }
    SECTION("a task under its own subtask")
    {
        const Task child = [&] { Task t = makeTask(p.id, QStringLiteral("Child")); t.parentId = a.id; return t; }();
        REQUIRE(store->apply(ChangeSet().insert(child), &error));
        sets = store->changeSetCount();
        CHECK_FALSE(store->apply(ChangeSet().update(EntityType::Task, a.id, "parent_id", QVariant::fromValue(child.id)), &error));
        CHECK(ws.get<Task>(a.id)->parentId.isNull());
    }
    SECTION("a failing change in the middle rolls back the earlier ones")
    {
        ChangeSet cs;
        cs.update(EntityType::Task, a.id, "name", QStringLiteral("Renamed"));
        cs.insert(makeTask(p.id, QStringLiteral("Extra")));
        cs.update(EntityType::Task, a.id, "priority", 5000);
        CHECK_FALSE(store->apply(cs, &error));
        CHECK(ws.get<Task>(a.id)->name == QStringLiteral("Design"));
        CHECK(ws.tasks().size() == 1);
    }
    SECTION("duplicate project codes")
    {
        CHECK_FALSE(store->apply(ChangeSet().insert(makeProject(QStringLiteral("p-1"), QStringLiteral("Other"))), &error));
        CHECK(error.contains(QStringLiteral("p-1")));
    }
    CHECK(store->changeSetCount() == sets);
}

TEST_CASE("files that cannot be opened give a clear error and stay byte-identical", "[store][open]")
{
    QTemporaryDir dir;
    QString error;

    SECTION("missing")
    {
        CHECK_FALSE(Store::open(dir.filePath(QStringLiteral("none.keel")), &error));
        CHECK(error.contains(QStringLiteral("none.keel")));
        CHECK(error.contains(QStringLiteral("does not exist")));
    }
    SECTION("not a database")
    {
        const QString path = dir.filePath(QStringLiteral("text.keel"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = fileHash(path);
        CHECK_FALSE(Store::open(path, &error));
        CHECK(error.contains(QStringLiteral("not a Keel workspace")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        rawExec(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        const QByteArray before = fileHash(path);
        CHECK_FALSE(Store::open(path, &error));
        CHECK(error.contains(QStringLiteral("not a Keel workspace")));
        CHECK(fileHash(path) == before);
    }
    SECTION("from a newer version")
    {
        const QString path = dir.filePath(QStringLiteral("new.keel"));
        REQUIRE(Store::create(path, &error));
        rawExec(path, "PRAGMA user_version=99;");
        const QByteArray before = fileHash(path);
        CHECK_FALSE(Store::open(path, &error));
        CHECK(error.contains(QStringLiteral("newer version")));
        CHECK(fileHash(path) == before);
    }
    SECTION("truncated")
    {
        const QString path = dir.filePath(QStringLiteral("cut.keel"));
        {
            auto s = Store::create(path, &error);
            REQUIRE(s);
            ChangeSet cs;
            const Project p = makeProject(QStringLiteral("P"), QStringLiteral("Big"));
            cs.insert(p);
            for (int i = 0; i < 2000; ++i)
                cs.insert(makeTask(p.id, QStringLiteral("Task %1 with a longish name").arg(i), i));
            REQUIRE(s->apply(cs, &error));
        }
        QFile f(path);
        REQUIRE(f.size() > 8192);
        REQUIRE(f.resize(f.size() / 2 + 100));
        const QByteArray before = fileHash(path);
        CHECK_FALSE(Store::open(path, &error));
        CHECK(error.contains(QStringLiteral("cut.keel")));
        CHECK((error.contains(QStringLiteral("truncated")) || error.contains(QStringLiteral("damaged"))));
        CHECK(fileHash(path) == before);
    }
    SECTION("corrupt pages")
    {
        const QString path = dir.filePath(QStringLiteral("bad.keel"));
        {
            auto s = Store::create(path, &error);
            REQUIRE(s);
            ChangeSet cs;
            const Project p = makeProject(QStringLiteral("P"), QStringLiteral("Big"));
            cs.insert(p);
            for (int i = 0; i < 2000; ++i)
                cs.insert(makeTask(p.id, QStringLiteral("Task %1").arg(i), i));
            REQUIRE(s->apply(cs, &error));
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        // Scribble over everything after the first page: the schema and the data are gone.
        f.seek(4096);
        f.write(QByteArray(int(f.size() - 4096), '\xA5'));
        f.close();
        const QByteArray before = fileHash(path);
        CHECK_FALSE(Store::open(path, &error));
        CHECK(error.contains(QStringLiteral("bad.keel")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a lock file left empty by a killed process is stale")
    {
        const QString path = dir.filePath(QStringLiteral("stale.keel"));
        REQUIRE(Store::create(path, &error));
        QFile lock(path + QStringLiteral(".lock"));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.close();
        CHECK(Store::open(path, &error));
    }
    SECTION("locked by another Keel")
    {
        const QString path = dir.filePath(QStringLiteral("busy.keel"));
        auto first = Store::create(path, &error);
        REQUIRE(first);
        const QByteArray before = fileHash(path);
        CHECK_FALSE(Store::open(path, &error));
        CHECK(error.contains(QStringLiteral("locked")));
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("a workspace killed while writing holds exactly a prefix of whole ChangeSets", "[store][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.keel"));
    QString error;
    {
        auto s = Store::create(path, &error);
        REQUIRE(s);
        REQUIRE(s->apply(ChangeSet().insert(makeProject(QStringLiteral("C"), QStringLiteral("p0"))), &error));
    }
    std::mt19937 random(20261125);
    qsizetype lastCount = 0;
    int kills = 0;
    for (int round = 0; round < 200; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(KEEL_CRASHWRITER), {path});
        REQUIRE(writer.waitForStarted());
        QThread::msleep(std::uniform_int_distribution<int>(5, 120)(random));
        writer.kill(); // SIGKILL on Unix
        writer.waitForFinished();
        if (writer.exitStatus() == QProcess::CrashExit)
            ++kills;
        auto s = Store::open(path, &error);
        INFO("round " << round << ": " << error.toStdString());
        REQUIRE(s);
        const Workspace &ws = s->workspace();
        const qsizetype n = ws.tasks().size();
        CHECK(n >= lastCount); // nothing committed is lost
        lastCount = n;
        QSet<QString> names;
        for (const Task &t : ws.tasks())
            names.insert(t.name);
        for (qsizetype k = 1; k <= n; ++k)
            REQUIRE(names.contains(QStringLiteral("t%1").arg(k)));
        REQUIRE(ws.dependencies().size() == std::max<qsizetype>(0, n - 1));
        REQUIRE(ws.projects().begin()->name == QStringLiteral("p%1").arg(n));
        REQUIRE(s->changeSetCount() == 2 + n);
    }
    CHECK(kills >= 150);
    CHECK(lastCount > 0);
}

TEST_CASE("the WBS indexes follow inserts, moves, deletes, undo and reload", "[store][wbs]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wbs.keel"));
    QString error;
    auto store = Store::create(path, &error);
    REQUIRE(store);
    const Workspace &ws = store->workspace();
    const Project p = makeProject(QStringLiteral("W"), QStringLiteral("WBS"));
    const Task phase = makeTask(p.id, QStringLiteral("Phase"), 0);
    Task a = makeTask(p.id, QStringLiteral("A"), 1);
    a.parentId = phase.id;
    Task b = makeTask(p.id, QStringLiteral("B"), 0);
    b.parentId = phase.id;
    const Task c = makeTask(p.id, QStringLiteral("C"), 1);
    Dependency d;
    d.id = newId();
    d.predecessorId = b.id;
    d.successorId = a.id;
    REQUIRE(store->apply(ChangeSet().insert(p).insert(phase).insert(a).insert(b).insert(c).insert(d), &error));

    CHECK(ws.projectTasks(p.id) == QList<Id>{phase.id, b.id, a.id, c.id});
    CHECK(ws.isSummary(phase.id));
    CHECK_FALSE(ws.isSummary(a.id));
    CHECK(ws.wbsCode(a.id) == QStringLiteral("1.2"));
    CHECK(ws.wbsCode(c.id) == QStringLiteral("2"));
    CHECK(ws.taskDependencies(a.id) == QList<Id>{d.id});

    // Outdent A: it becomes a top-level task after C.
    auto move = store->apply(ChangeSet()
                                 .update(EntityType::Task, a.id, "parent_id", QVariant::fromValue(Id()))
                                 .update(EntityType::Task, a.id, "sort_order", 2),
                             &error);
    REQUIRE(move);
    CHECK(ws.projectTasks(p.id) == QList<Id>{phase.id, b.id, c.id, a.id});
    CHECK(ws.wbsCode(a.id) == QStringLiteral("3"));
    REQUIRE(store->apply(move->inverse(), &error));
    CHECK(ws.projectTasks(p.id) == QList<Id>{phase.id, b.id, a.id, c.id});

    auto del = store->apply(ChangeSet().remove(EntityType::Dependency, d.id).remove(EntityType::Task, b.id), &error);
    REQUIRE(del);
    CHECK(ws.childTasks(phase.id) == QList<Id>{a.id});
    CHECK(ws.taskDependencies(a.id).isEmpty());
    REQUIRE(store->apply(del->inverse(), &error));
    CHECK(ws.taskDependencies(a.id) == QList<Id>{d.id});

    store.reset();
    auto reopened = Store::open(path, &error);
    REQUIRE(reopened);
    CHECK(reopened->workspace().projectTasks(p.id) == QList<Id>{phase.id, b.id, a.id, c.id});
    CHECK(reopened->workspace().taskDependencies(b.id) == QList<Id>{d.id});
}

TEST_CASE("A workspace clone keeps the state it was taken in while the workspace goes on changing",
          "[store][clone]")
{
    auto store = Store::createInMemory(QStringLiteral("Clone"));
    Project p;
    p.id = newId();
    p.code = QStringLiteral("CL-1");
    p.name = QStringLiteral("Clone");
    Task summary;
    summary.id = newId();
    summary.projectId = p.id;
    summary.name = QStringLiteral("Phase");
    Task leaf;
    leaf.id = newId();
    leaf.projectId = p.id;
    leaf.parentId = summary.id;
    leaf.name = QStringLiteral("Work");
    REQUIRE(store->apply(ChangeSet().insert(p).insert(summary).insert(leaf)));

    const std::unique_ptr<Workspace> copy = store->workspace().clone();
    REQUIRE(copy);
    CHECK(copy->projects().size() == 1);
    CHECK(copy->childTasks(summary.id) == QList<Id>{leaf.id});
    CHECK(copy->rootTasks(p.id) == QList<Id>{summary.id});

    // Changing the workspace on another thread's watch: the copy does not move.
    QString seen;
    QThread *reader = QThread::create([&copy, &seen, id = leaf.id] { seen = copy->get<Task>(id)->name; });
    REQUIRE(store->apply(ChangeSet().update(EntityType::Task, leaf.id, "name", QStringLiteral("Renamed"))));
    REQUIRE(store->apply(ChangeSet().remove(EntityType::Task, leaf.id)));
    reader->start();
    reader->wait();
    delete reader;
    CHECK(seen == QStringLiteral("Work"));
    CHECK(store->workspace().get<Task>(leaf.id) == nullptr);
    CHECK(copy->get<Task>(leaf.id)->name == QStringLiteral("Work"));
    CHECK(copy->childTasks(summary.id) == QList<Id>{leaf.id});
    CHECK(store->workspace().childTasks(summary.id).isEmpty());
}
