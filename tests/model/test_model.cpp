#include <catch2/catch.hpp>

#include <model/workspace.h>

using namespace Keel;

TEST_CASE("wall-clock minutes round-trip through dates and ISO text", "[model][time]")
{
    const Minutes m = toMinutes(QDate(2026, 2, 17), 13 * 60 + 30);
    CHECK(formatIso(m) == QStringLiteral("2026-02-17T13:30:00"));
    CHECK(parseIso(QStringLiteral("2026-02-17T13:30:00")) == m);
    CHECK(parseIso(QStringLiteral("2026-02-17T13:30")) == m);
    CHECK(parseIso(QStringLiteral("2026-02-17")) == toMinutes(QDate(2026, 2, 17)));
    CHECK(parseIso(QStringLiteral("yesterday")) == kNoTime);
    CHECK(formatIso(kNoTime).isEmpty());
    CHECK(weekdayOfDay(dayNumber(QDate(2026, 11, 25))) == 3); // a Wednesday
    CHECK(toDate(toMinutes(QDate(1969, 12, 31), 60)) == QDate(1969, 12, 31));
}

TEST_CASE("enum names are stable and parse back", "[model][enum]")
{
    CHECK(enumName(Phase::Monitoring) == QStringLiteral("monitoring"));
    CHECK(enumFromName<ConstraintType>(u"mfo") == ConstraintType::Mfo);
    CHECK_FALSE(enumFromName<DependencyType>(u"xx").has_value());
    CHECK(enumNames<BillingModel>().size() == 3);
}

TEST_CASE("every entity type has an id field first and a table", "[model][schema]")
{
    for (int t = 0; t < kEntityTypeCount; ++t) {
        const EntityMeta &meta = entityMeta(EntityType(t));
        INFO(meta.name.constData());
        REQUIRE(meta.type == EntityType(t));
        REQUIRE_FALSE(meta.fields.isEmpty());
        CHECK(meta.fields.first().name == "id");
        CHECK(entityTypeFromName(meta.name) == EntityType(t));
        CHECK(meta.makeTable());
        for (const FieldDef &f : meta.fields) {
            if (f.ref != EntityType::None)
                CHECK(f.type == FieldType::Id);
        }
    }
}

TEST_CASE("structured fields survive their JSON form", "[model][codec]")
{
    Calendar c = Calendar::standard(QStringLiteral("China"));
    CalendarException holiday;
    holiday.name = QStringLiteral("春节");
    holiday.fromDay = dayNumber(QDate(2026, 2, 15));
    holiday.toDay = dayNumber(QDate(2026, 2, 23));
    CalendarException makeup;
    makeup.name = QStringLiteral("调休");
    makeup.fromDay = makeup.toDay = dayNumber(QDate(2026, 2, 14));
    makeup.intervals = {{9 * 60, 12 * 60}, {13 * 60, 18 * 60}};
    CalendarException yearly;
    yearly.name = QStringLiteral("New Year");
    yearly.recurrence = Recurrence::YearlyByDate;
    yearly.month = 1;
    yearly.monthDay = 1;
    yearly.fromDay = dayNumber(QDate(2020, 1, 1));
    yearly.toDay = dayNumber(QDate(2030, 12, 31));
    c.exceptions = {holiday, makeup, yearly};
    c.week[6].inherited = true;

    const EntityMeta &meta = entityMeta(EntityType::Calendar);
    Calendar back;
    for (const FieldDef &f : meta.fields)
        REQUIRE(f.set(&back, f.get(&c)));
    CHECK(back.name == c.name);
    CHECK(back.week == c.week);
    CHECK(back.exceptions == c.exceptions);

    Resource r;
    r.rates = {{kNoTime, 5000, 12000}, {toMinutes(QDate(2026, 7, 1)), 5500, 13000}};
    Resource r2;
    const FieldDef &rates = entityMeta(EntityType::Resource).fields[entityMeta(EntityType::Resource).indexOf("rates")];
    REQUIRE(rates.set(&r2, rates.get(&r)));
    CHECK(r2.rates == r.rates);
    CHECK(r2.rateAt(toMinutes(QDate(2026, 3, 1))).billPerHour == 12000);
    CHECK(r2.rateAt(toMinutes(QDate(2026, 8, 1))).billPerHour == 13000);
}

TEST_CASE("values of the wrong kind do not convert", "[model][codec]")
{
    const EntityMeta &meta = entityMeta(EntityType::Task);
    Task t;
    const FieldDef &duration = meta.fields[meta.indexOf("duration")];
    CHECK_FALSE(duration.set(&t, QStringLiteral("5d")));
    CHECK_FALSE(duration.set(&t, 2.5));
    CHECK(duration.set(&t, 960));
    CHECK(t.duration == 960);
    const FieldDef &constraint = meta.fields[meta.indexOf("constraint_type")];
    CHECK_FALSE(constraint.set(&t, QStringLiteral("sometime")));
    CHECK(constraint.set(&t, QStringLiteral("snet")));
    CHECK(t.constraint == ConstraintType::Snet);
    const FieldDef &cal = entityMeta(EntityType::Calendar).fields[entityMeta(EntityType::Calendar).indexOf("week")];
    Calendar c;
    CHECK_FALSE(cal.set(&c, QStringLiteral("[[[600,60]]]")));
    CHECK_FALSE(cal.set(&c, QStringLiteral("{not json")));
}

TEST_CASE("a ChangeSet's inverse reverses order and swaps values", "[model][changeset]")
{
    Task t;
    t.id = newId();
    ChangeSet cs(QStringLiteral("edit"));
    cs.insert(t);
    Change upd;
    upd.op = Change::Op::Update;
    upd.type = EntityType::Task;
    upd.id = t.id;
    upd.field = "name";
    upd.oldValue = QStringLiteral("a");
    upd.newValue = QStringLiteral("b");
    cs.append(upd);
    const ChangeSet inv = cs.inverse();
    REQUIRE(inv.size() == 2);
    CHECK(inv.changes()[0].op == Change::Op::Update);
    CHECK(inv.changes()[0].newValue.toString() == QStringLiteral("a"));
    CHECK(inv.changes()[1].op == Change::Op::Delete);
    CHECK(inv.description() == QStringLiteral("edit"));
}
