#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(KEEL_CLI), args);
    REQUIRE(p.waitForFinished(300000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("keel-cli new, info, projects and log", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.keel"));
    Result r = cli({QStringLiteral("new"), file});
    REQUIRE(r.code == 0);

    r = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char *key : {"schema_version", "clients", "projects", "resources", "tasks", "dependencies",
                            "assignments", "time_entries", "changes"}) {
        INFO(key);
        CHECK(info.value(QString::fromLatin1(key)).isDouble());
    }
    CHECK(info.value(QStringLiteral("changes")).toInt() == 1);

    r = cli({QStringLiteral("projects"), file, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());

    r = cli({QStringLiteral("log"), file, QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5")});
    REQUIRE(r.code == 0);
    const QJsonArray log = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(log.size() == 1);
    CHECK(log[0].toObject().value(QStringLiteral("description")).toString() == QStringLiteral("Create workspace"));
}

TEST_CASE("keel-cli errors: stderr, non-zero exit, usage errors exit 2", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.keel"));
    REQUIRE(cli({QStringLiteral("new"), file}).code == 0);

    Result r = cli({QStringLiteral("new"), file});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already exists")));

    r = cli({QStringLiteral("info"), dir.filePath(QStringLiteral("missing.keel"))});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("missing.keel")));
    CHECK(r.out.isEmpty());

    CHECK(cli({QStringLiteral("info")}).code == 2);
    CHECK(cli({QStringLiteral("log"), file, QStringLiteral("--limit"), QStringLiteral("x")}).code == 2);
    CHECK(cli({QStringLiteral("info"), file, QStringLiteral("--bogus")}).code == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli({}).code == 2);
}

TEST_CASE("every keel-cli command has --help", "[cli]")
{
    const Result overview = cli({QStringLiteral("--help")});
    REQUIRE(overview.code == 0);
    for (const char *cmd : {"new", "info", "projects", "log"}) {
        INFO(cmd);
        const Result r = cli({QString::fromLatin1(cmd), QStringLiteral("--help")});
        CHECK(r.code == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: keel-cli ") + QString::fromLatin1(cmd)));
        CHECK(overview.out.contains(QString::fromLatin1(cmd)));
    }
}

TEST_CASE("keel-cli level previews, applies and reports errors", "[cli][level]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.keel"));
    REQUIRE(cli({QStringLiteral("demo"), file, QStringLiteral("--quiet")}).code == 0);

    Result r = cli({QStringLiteral("level"), file, QStringLiteral("--all"), QStringLiteral("--dry-run"),
                    QStringLiteral("--time-limit"), QStringLiteral("0.5"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject preview = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK_FALSE(preview.value(QStringLiteral("applied")).toBool());
    CHECK_FALSE(preview.value(QStringLiteral("moved")).toArray().isEmpty());
    CHECK_FALSE(preview.value(QStringLiteral("resources")).toArray().isEmpty());
    const QJsonObject first = preview.value(QStringLiteral("moved")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("new_start")).toString() > first.value(QStringLiteral("old_start")).toString());

    r = cli({QStringLiteral("level"), file, QStringLiteral("--all"), QStringLiteral("--time-limit"), QStringLiteral("0.5")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("(applied)")));
    r = cli({QStringLiteral("log"), file, QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject().value(QStringLiteral("description")).toString()
          == QStringLiteral("Level resources"));

    r = cli({QStringLiteral("level"), file, QStringLiteral("--project"), QStringLiteral("NOPE")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("NOPE")));
    CHECK(cli({QStringLiteral("level"), file}).code == 2);
    CHECK(cli({QStringLiteral("level"), file, QStringLiteral("--all"), QStringLiteral("--project"), QStringLiteral("X")}).code == 2);
    CHECK(cli({QStringLiteral("level"), file, QStringLiteral("--all"), QStringLiteral("--time-limit"), QStringLiteral("x")}).code == 2);
}

TEST_CASE("keel-cli new --holidays makes a built-in calendar the workspace's default", "[cli][calendars]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cn.keel"));
    Result r = cli({QStringLiteral("new"), file, QStringLiteral("--holidays"), QStringLiteral("cn"), QStringLiteral("--zh")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("中国大陆")));
    r = cli({QStringLiteral("list"), file, QStringLiteral("calendar"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray calendars = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(calendars.size() == 2);
    bool found = false;
    for (const QJsonValue &c : calendars) {
        if (c.toObject().value(QStringLiteral("name")).toString() == u"中国大陆") {
            found = true;
            CHECK(c.toObject().value(QStringLiteral("exceptions")).toArray().size() > 80);
        }
    }
    CHECK(found);

    r = cli({QStringLiteral("new"), dir.filePath(QStringLiteral("x.keel")), QStringLiteral("--holidays"), QStringLiteral("atlantis")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("atlantis")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.keel"))));
}
