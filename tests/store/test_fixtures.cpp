#include <catch2/catch.hpp>

#include <store/migrations.h>
#include <store/store.h>

#include <QFile>
#include <QTemporaryDir>

using namespace Keel;

TEST_CASE("a schema 1 workspace opens with everything in it", "[store][fixture]")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("schema-v1.keel"));
    REQUIRE(QFile::copy(QStringLiteral(KEEL_TEST_DATA_DIR "/schema-v1.keel"), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString error;
    auto store = Store::open(copy, &error);
    INFO(error.toStdString());
    REQUIRE(store);
    CHECK(store->schemaVersion() == currentSchemaVersion());
    const Workspace &ws = store->workspace();
    CHECK(ws.settings().name == QStringLiteral("Schema 1 fixture"));
    for (int t = 0; t < kEntityTypeCount; ++t) {
        if (EntityType(t) == EntityType::ExchangeRate || EntityType(t) == EntityType::ProcessTemplate)
            continue; // schemas 3 and 6 added these tables; a schema 1 file has none
        INFO(entityMeta(EntityType(t)).name.constData());
        CHECK(ws.table(EntityType(t)).size() >= 1);
    }
    CHECK(ws.tasks().size() == 3);
    const Project *p = ws.findProject(QStringLiteral("ACME-1"));
    REQUIRE(p);
    CHECK(p->contractValue == 120000000);
    CHECK(p->billingModel == BillingModel::FixedFee);
    const QList<Id> tasks = ws.projectTasks(p->id);
    REQUIRE(tasks.size() == 3);
    const Task *design = ws.get<Task>(tasks[1]);
    CHECK(design->name == QStringLiteral("Design"));
    CHECK(design->notes == QStringLiteral("Signed off"));
    CHECK(ws.wbsCode(design->id) == QStringLiteral("1.1"));
    bool makeupDay = false;
    for (const Calendar &c : ws.table<Calendar>()) {
        for (const CalendarException &e : c.exceptions)
            makeupDay = makeupDay || (e.name == QStringLiteral("调休") && e.intervals.size() == 2);
    }
    CHECK(makeupDay);
    const Resource &r = *ws.resources().begin();
    CHECK(r.rateAt(toMinutes(QDate(2026, 8, 1))).billPerHour == 85000);
    CHECK(store->changeSetCount() == 3);
    CHECK(store->log(1).first().items.first().newValue == QStringLiteral("Signed off"));
}
