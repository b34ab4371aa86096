// A whole project run through keel-cli from an empty workspace, as a user without the desktop
// would: people, a client, a project from a template, a baseline, progress, time, an expense,
// every gate, closing; then the earned-value report computed from that data.

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run keel(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(KEEL_CLI), args);
    REQUIRE(p.waitForFinished(300000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// Runs a command that must succeed; returns its output trimmed.
QString ok(const QStringList &args)
{
    const Run r = keel(args);
    INFO(args.join(u' ').toStdString());
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out.trimmed();
}

QJsonArray list(const QString &ws, const QString &kind, const QString &project = {})
{
    QStringList args{QStringLiteral("list"), ws, kind, QStringLiteral("--json")};
    if (!project.isEmpty())
        args << QStringLiteral("--project") << project;
    return QJsonDocument::fromJson(ok(args).toUtf8()).array();
}

qint64 changes(const QString &ws)
{
    return QJsonDocument::fromJson(ok({QStringLiteral("info"), ws, QStringLiteral("--json")}).toUtf8())
        .object()
        .value(QStringLiteral("changes"))
        .toInteger();
}

QString add(const QString &ws, const char *kind, const QString &json)
{
    return ok({QStringLiteral("add"), ws, QString::fromLatin1(kind), QStringLiteral("--json"), json});
}

} // namespace

TEST_CASE("A project from keel-cli new to closed, and its earned value", "[cli][edit]")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("work.keel"));
    ok({QStringLiteral("new"), ws});

    const QString calendar = add(ws, "calendar", QStringLiteral(R"({"name": "Office"})"));
    const QString analysis = add(ws, "skill", QStringLiteral(R"({"name": "Analysis"})"));
    const QString delivery = add(ws, "skill", QStringLiteral(R"({"name": "Delivery"})"));
    QStringList people;
    const char *names[] = {"Ann Lee", "Bo Chen", "Cy Park", "Di Wang", "Ed Kim"};
    for (int i = 0; i < 5; ++i) {
        const QString id = add(ws, "resource",
                               QStringLiteral(R"({"name": "%1", "email": "p%2@example.com", "currency": "EUR",
                                   "calendar_id": "%3",
                                   "rates": [{"from": null, "cost": %4, "bill": %5}]})")
                                   .arg(QString::fromLatin1(names[i])).arg(i).arg(calendar).arg(5000 + 500 * i).arg(11000 + 500 * i));
        add(ws, "resource_skill", QStringLiteral(R"({"resource_id": "%1", "skill_id": "%2", "level": %3})")
                                      .arg(id, i % 2 ? analysis : delivery).arg(1 + i % 5));
        people << id;
    }
    CHECK(list(ws, QStringLiteral("resource")).size() == 5);
    const QString client = add(ws, "client", QStringLiteral(R"({"name": "Northwind", "code": "NW"})"));
    add(ws, "contact", QStringLiteral(R"({"name": "Nia Ross", "email": "nia@northwind.example", "client_id": "%1"})").arg(client));

    const QString project = ok({QStringLiteral("project"), ws, QStringLiteral("--template"), QStringLiteral("consulting-engagement"),
                                QStringLiteral("--name"), QStringLiteral("Operating model review"), QStringLiteral("--code"),
                                QStringLiteral("OMR"), QStringLiteral("--client"), QStringLiteral("NW"), QStringLiteral("--start"),
                                QStringLiteral("2026-01-05")});
    ok({QStringLiteral("set"), ws, QStringLiteral("project"), QStringLiteral("OMR"), QStringLiteral("--json"),
        QStringLiteral(R"({"budget": {"minor": 12000000, "currency": "EUR"}, "calendar_id": "%1",
            "scope_statement": "Review the operating model of the service desk and recommend changes."})").arg(calendar)});

    // A bad value names the field, exits 1 and changes nothing.
    const qint64 before = changes(ws);
    Run bad = keel({QStringLiteral("set"), ws, QStringLiteral("project"), QStringLiteral("OMR"), QStringLiteral("--json"),
                    QStringLiteral(R"({"budget": "lots"})")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("budget")));
    bad = keel({QStringLiteral("add"), ws, QStringLiteral("task"), QStringLiteral("--json"), QStringLiteral(R"({"name": "x"})")});
    CHECK(bad.code == 1);
    CHECK(changes(ws) == before);

    // Requirements, reviewed.
    for (const char *title : {"Current process mapped", "Target model agreed"})
        add(ws, "requirement", QStringLiteral(R"({"project_id": "%1", "title": "%2", "acceptance": "approved"})")
                                   .arg(project, QString::fromLatin1(title)));
    CHECK(list(ws, QStringLiteral("requirement"), QStringLiteral("OMR"))[1].toObject().value(QStringLiteral("code")).toString() == u"R-002");
    ok({QStringLiteral("gate"), ws, QStringLiteral("--project"), QStringLiteral("OMR"), QStringLiteral("--advance")});

    // Our own tasks and links next to the template's, then everyone staffed.
    const QString workshop = add(ws, "task", QStringLiteral(R"({"project_id": "%1", "name": "Client workshop", "duration": 960})").arg(project));
    QJsonArray tasks = list(ws, QStringLiteral("task"), QStringLiteral("OMR"));
    const QString first = tasks.first().toObject().value(QStringLiteral("id")).toString();
    const qint64 changesBeforeLink = changes(ws);
    add(ws, "dependency", QStringLiteral(R"({"predecessor_id": "%1", "successor_id": "%2", "type": "fs"})").arg(first, workshop));
    CHECK(changes(ws) == changesBeforeLink + 1);
    QSet<QString> parents;
    for (const QJsonValue &t : std::as_const(tasks))
        parents.insert(t.toObject().value(QStringLiteral("parent_id")).toString());
    QStringList leaves;
    for (const QJsonValue &t : list(ws, QStringLiteral("task"), QStringLiteral("OMR"))) {
        const QJsonObject o = t.toObject();
        if (parents.contains(o.value(QStringLiteral("id")).toString()))
            continue;
        leaves << o.value(QStringLiteral("id")).toString();
        add(ws, "assignment", QStringLiteral(R"({"task_id": "%1", "resource_id": "%2", "units": 1.0, "work": %3})")
                                  .arg(leaves.last(), people[int(leaves.size() % 5)])
                                  .arg(o.value(QStringLiteral("duration")).toInteger()));
    }
    REQUIRE(leaves.size() > 5);

    // A duration typed in reschedules the plan in the same change.
    const auto startOf = [&](const QString &id) {
        for (const QJsonValue &t : list(ws, QStringLiteral("task"), QStringLiteral("OMR")))
            if (t.toObject().value(QStringLiteral("id")).toString() == id)
                return t.toObject().value(QStringLiteral("start")).toString();
        return QString();
    };
    const QString workshopBefore = startOf(workshop);
    const qint64 changesBeforeDuration = changes(ws);
    ok({QStringLiteral("set"), ws, QStringLiteral("task"), leaves[0], QStringLiteral("--json"), QStringLiteral(R"({"duration": 4800})")});
    CHECK(changes(ws) == changesBeforeDuration + 1);
    CHECK(startOf(workshop) > workshopBefore);

    ok({QStringLiteral("baseline"), ws, QStringLiteral("--project"), QStringLiteral("OMR")});
    CHECK(list(ws, QStringLiteral("baseline_task"), QStringLiteral("OMR")).size() == tasks.size());
    ok({QStringLiteral("gate"), ws, QStringLiteral("--project"), QStringLiteral("OMR"), QStringLiteral("--advance")});

    // Two weeks of progress and time, submitted and approved; an expense.
    ok({QStringLiteral("progress"), ws, leaves[0], QStringLiteral("--percent"), QStringLiteral("100")});
    ok({QStringLiteral("progress"), ws, leaves[1], QStringLiteral("--percent"), QStringLiteral("40")});
    for (const QString &day : {QStringLiteral("2026-01-05"), QStringLiteral("2026-01-06"), QStringLiteral("2026-01-07"),
                               QStringLiteral("2026-01-12"), QStringLiteral("2026-01-13")}) {
        ok({QStringLiteral("log-time"), ws, QStringLiteral("--person"), QStringLiteral("Bo Chen"), QStringLiteral("--task"),
            leaves[0], QStringLiteral("--date"), day, QStringLiteral("--hours"), QStringLiteral("7.5")});
    }
    Run tooMuch = keel({QStringLiteral("log-time"), ws, QStringLiteral("--person"), QStringLiteral("Bo Chen"), QStringLiteral("--task"),
                        leaves[0], QStringLiteral("--date"), QStringLiteral("2026-01-05"), QStringLiteral("--hours"), QStringLiteral("20")});
    CHECK(tooMuch.code == 1);
    for (const QString &week : {QStringLiteral("2026-01-05"), QStringLiteral("2026-01-12")}) {
        ok({QStringLiteral("timesheet"), ws, QStringLiteral("--person"), QStringLiteral("Bo Chen"), QStringLiteral("--week"), week,
            QStringLiteral("--submit")});
        ok({QStringLiteral("timesheet"), ws, QStringLiteral("--person"), QStringLiteral("Bo Chen"), QStringLiteral("--week"), week,
            QStringLiteral("--approve")});
    }
    for (const QJsonValue &e : list(ws, QStringLiteral("time_entry")))
        CHECK(e.toObject().value(QStringLiteral("approval")).toString() == u"approved");
    const QString entry = list(ws, QStringLiteral("time_entry")).first().toObject().value(QStringLiteral("id")).toString();
    CHECK(keel({QStringLiteral("set"), ws, QStringLiteral("time_entry"), entry, QStringLiteral("--json"), QStringLiteral(R"({"minutes": 60})")}).code == 1);
    add(ws, "expense", QStringLiteral(R"({"project_id": "%1", "date": "2026-01-08", "amount": {"minor": 45000, "currency": "EUR"},
                           "currency": "EUR", "category": "travel", "billable": true})").arg(project));
    ok({QStringLiteral("set"), ws, QStringLiteral("project"), QStringLiteral("OMR"), QStringLiteral("--json"),
        QStringLiteral(R"({"status_date": "2026-01-16"})")});

    // Earned value from that data.
    const QString csv = dir.filePath(QStringLiteral("evm.csv"));
    ok({QStringLiteral("report"), ws, QStringLiteral("--kind"), QStringLiteral("evm"), QStringLiteral("--project"),
        QStringLiteral("OMR"), QStringLiteral("--out"), csv, QStringLiteral("--table"), QStringLiteral("Indicators")});
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString indicators = QString::fromUtf8(file.readAll());
    INFO(indicators.toStdString());
    for (const char *index : {"SPI", "CPI"}) {
        const QRegularExpression row(QStringLiteral("^%1,[^,\\n]*,\"?(\\d+\\.\\d+)").arg(QString::fromLatin1(index)),
                                     QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = row.match(indicators);
        INFO(index);
        REQUIRE(m.hasMatch());
        const double value = m.captured(1).toDouble();
        CHECK(value > 0.05);
        CHECK(value < 20);
    }

    ok({QStringLiteral("gate"), ws, QStringLiteral("--project"), QStringLiteral("OMR"), QStringLiteral("--advance")});

    // Everything done, delivered, signed off, a lesson; closed.
    for (const QString &t : std::as_const(leaves))
        ok({QStringLiteral("progress"), ws, t, QStringLiteral("--percent"), QStringLiteral("100")});
    for (const QJsonValue &r : list(ws, QStringLiteral("requirement"), QStringLiteral("OMR")))
        ok({QStringLiteral("set"), ws, QStringLiteral("requirement"), r.toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("--json"), QStringLiteral(R"({"acceptance": "accepted"})")});
    ok({QStringLiteral("gate"), ws, QStringLiteral("--project"), QStringLiteral("OMR"), QStringLiteral("--advance")});
    Run refused = keel({QStringLiteral("gate"), ws, QStringLiteral("--project"), QStringLiteral("OMR"), QStringLiteral("--advance")});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("sign-off")));
    ok({QStringLiteral("signoff"), ws, QStringLiteral("--project"), QStringLiteral("OMR"), QStringLiteral("--by"),
        QStringLiteral("Nia Ross"), QStringLiteral("--statement"), QStringLiteral("The recommendations are accepted.")});
    add(ws, "lesson_learned", QStringLiteral(R"({"project_id": "%1", "title": "Book workshops early"})").arg(project));
    CHECK(ok({QStringLiteral("gate"), ws, QStringLiteral("--project"), QStringLiteral("OMR"), QStringLiteral("--advance")})
              .endsWith(QStringLiteral("closed")));
    CHECK(list(ws, QStringLiteral("project")).first().toObject().value(QStringLiteral("phase")).toString() == u"closed");
    // A closed project is read-only.
    CHECK(keel({QStringLiteral("set"), ws, QStringLiteral("task"), first, QStringLiteral("--json"), QStringLiteral(R"({"name": "x"})")}).code == 1);
}

TEST_CASE("keel-cli record commands refuse unknown kinds, records and fields", "[cli][edit]")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.keel"));
    ok({QStringLiteral("new"), ws});
    CHECK(keel({QStringLiteral("list"), ws, QStringLiteral("widget")}).code == 2);
    Run r = keel({QStringLiteral("add"), ws, QStringLiteral("client"), QStringLiteral("--json"), QStringLiteral("{not json")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("--json")));
    r = keel({QStringLiteral("add"), ws, QStringLiteral("client"), QStringLiteral("--json"), QStringLiteral(R"({"name": "A", "colour": 1})")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("colour")));
    r = keel({QStringLiteral("delete"), ws, QStringLiteral("client"), QStringLiteral("Nobody")});
    CHECK(r.code == 1);
    const QString id = add(ws, "client", QStringLiteral(R"({"name": "Acme"})"));
    CHECK(list(ws, QStringLiteral("client")).first().toObject().value(QStringLiteral("id")).toString() == id);
    ok({QStringLiteral("delete"), ws, QStringLiteral("client"), QStringLiteral("Acme")});
    CHECK(list(ws, QStringLiteral("client")).isEmpty());
}

TEST_CASE("keel-cli checks the structure of rates, work weeks and exceptions key by key", "[cli][edit]")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.keel"));
    ok({QStringLiteral("new"), ws});
    auto refused = [&](const char *kind, const char *json, const char *words) {
        const qint64 before = changes(ws);
        const Run r = keel({QStringLiteral("add"), ws, QString::fromLatin1(kind), QStringLiteral("--json"), QString::fromUtf8(json)});
        INFO(r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(QString::fromUtf8(words)));
        CHECK(changes(ws) == before); // nothing applied
    };
    refused("resource", R"({"name": "A", "rates": [{"form": "2026-01-01", "cost": 1, "bill": 2}]})", "“form” is not a key");
    refused("resource", R"({"name": "A", "rates": [{"from": "2026-01-01", "cost": "abc", "bill": 2}]})", "“cost”");
    refused("resource", R"({"name": "A", "rates": [{"from": "soon", "cost": 1, "bill": 2}]})", "“from”");
    refused("calendar", R"({"name": "C", "week": [null, null]})", "7 days");
    refused("calendar", R"({"name": "C", "week": [null, [[600, 480]], null, null, null, null, null]})", "day 2");
    refused("calendar", R"({"name": "C", "exceptions": [{"name": "X", "from": "2026-12-24"}]})", "“to”");

    // What is accepted comes back the same, dates as ISO 8601.
    const QString r = add(ws, "resource", QStringLiteral(R"({"name": "Ann", "rates": [{"from": null, "cost": 5000, "bill": 9000}, {"from": "2026-07-01", "cost": 6000, "bill": 12000}]})"));
    QJsonArray rates;
    for (const QJsonValue &v : list(ws, QStringLiteral("resource")))
        if (v.toObject().value(QStringLiteral("id")).toString() == r)
            rates = v.toObject().value(QStringLiteral("rates")).toArray();
    REQUIRE(rates.size() == 2);
    CHECK(rates[0].toObject().value(QStringLiteral("from")).isNull());
    CHECK(rates[1].toObject().value(QStringLiteral("from")).toString() == QStringLiteral("2026-07-01T00:00:00"));
    CHECK(rates[1].toObject().value(QStringLiteral("cost")).toInt() == 6000);
    const QString c = add(ws, "calendar", QStringLiteral(R"({"name": "Office", "exceptions": [{"name": "Xmas", "from": "2026-12-24", "to": "2026-12-26"}]})"));
    for (const QJsonValue &v : list(ws, QStringLiteral("calendar"))) {
        if (v.toObject().value(QStringLiteral("id")).toString() != c)
            continue;
        const QJsonObject e = v.toObject().value(QStringLiteral("exceptions")).toArray().first().toObject();
        CHECK(e.value(QStringLiteral("from")).toString() == QStringLiteral("2026-12-24"));
        CHECK(e.value(QStringLiteral("to")).toString() == QStringLiteral("2026-12-26"));
    }
}
