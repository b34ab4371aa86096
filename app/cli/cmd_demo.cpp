// keel-cli demo: creates a workspace filled with the demo company's clients, people and projects.

#include "command.h"

#include <demo/demogenerator.h>
#include <store/store.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

using namespace Keel;
using namespace Keel::Cli;

namespace {

const QString kName = QStringLiteral("demo");

void removeWorkspaceFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

int run(const QStringList &argv)
{
    const Args args(argv, {QStringLiteral("--scale"), QStringLiteral("--seed"), QStringLiteral("--name")},
                    {QStringLiteral("--quiet")});
    if (!args.ok())
        return usage(kName, args.error());
    if (args.positional().size() != 1)
        return usage(kName, args.positional().isEmpty() ? QStringLiteral("missing the workspace FILE to create")
                                                        : QStringLiteral("expected one FILE"));
    DemoOptions options;
    bool ok = true;
    if (args.has(QStringLiteral("--scale"))) {
        const QString text = args.value(QStringLiteral("--scale"));
        options.scale = text.toInt(&ok);
        if (!ok || options.scale < 1 || options.scale > 1000)
            return usage(kName, QStringLiteral("--scale needs a whole number from 1 to 1000, not '%1'").arg(text));
    }
    if (args.has(QStringLiteral("--seed"))) {
        const QString text = args.value(QStringLiteral("--seed"));
        options.seed = text.toULongLong(&ok);
        if (!ok)
            return usage(kName, QStringLiteral("--seed needs a non-negative whole number, not '%1'").arg(text));
    }
    options.workspaceName = args.value(QStringLiteral("--name"));
    const bool quiet = args.flag(QStringLiteral("--quiet"));

    const QString path = args.positional().first();
    if (QFileInfo::exists(path))
        return fail(kName, QStringLiteral("%1 already exists; choose a new file name").arg(path));
    QString error;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Store> store = Store::create(path, &error, options.workspaceName);
    if (!store)
        return fail(kName, error);

    // On a terminal one line counts up; into a file or pipe, a line every 10%.
    const bool terminal = isatty(fileno(stderr));
    const int step = terminal ? 1 : 10;
    int lastShown = -1;
    const bool showProgress = !quiet && options.scale >= 5;
    const auto progress = [&](qint64 done, qint64 total) {
        if (!showProgress)
            return;
        const int percent = int(100 * done / total);
        if (percent / step == lastShown / step && done != total)
            return;
        lastShown = percent;
        const QString line = QStringLiteral("keel-cli demo: %1% (%2 of %3 projects)")
                                 .arg(percent).arg(qMax<qint64>(done - 1, 0)).arg(total - 1);
        if (terminal)
            err(QStringLiteral("\r") + line + (done == total ? QStringLiteral("\n") : QString()));
        else
            err(line + QStringLiteral("\n"));
    };
    if (!generateDemo(*store, options, &error, progress)) {
        store.reset();
        removeWorkspaceFile(path);
        return fail(kName, error);
    }
    const Workspace &ws = store->workspace();
    qsizetype people = 0;
    for (const Resource &r : ws.resources())
        people += r.kind == ResourceKind::Person ? 1 : 0;
    const QString summary = QStringLiteral("Created %1: %2 projects, %3 tasks, %4 people, %5 clients, %6 time entries (%7 s)\n")
                                .arg(store->path())
                                .arg(ws.projects().size())
                                .arg(ws.tasks().size())
                                .arg(people)
                                .arg(ws.clients().size())
                                .arg(ws.table<TimeEntry>().size())
                                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    store.reset();
    if (!quiet)
        out(summary);
    return Ok;
}

const Registration reg{{
    kName,
    QStringLiteral("demo FILE [--scale N] [--seed S] [--name NAME] [--quiet]"),
    QStringLiteral("Creates a workspace filled with a demo service company's clients, people and projects."),
    QStringLiteral(
        "Creates FILE (which must not exist) with the demo workspace of a service company doing IT\n"
        "outsourcing, consulting and engineering design: 5 clients with contacts, 40 people with skills,\n"
        "rates and calendars (including mainland China holidays and make-up working days), and 15\n"
        "projects in every phase from initiation to closed, about 1,600 tasks with links, assignments,\n"
        "baselines, time entries, expenses, risks, client requests, documents, communications, ratings\n"
        "and lessons learned. Running work is reported as of Monday 5 January 2026.\n\n"
        "  --scale N    multiply clients, people, projects and tasks by N (1..1000; default 1);\n"
        "               62 gives 930 projects and about 100,000 tasks\n"
        "  --seed S     the random seed (default 20260105); the same seed gives the same content\n"
        "  --name NAME  the workspace's name (default: the demo company's name)\n"
        "  --quiet      print nothing but errors\n\n"
        "Progress is shown on stderr for scales of 5 and more. Exit status: 0 done, 1 failed\n"
        "(the partly written file is removed), 2 wrong usage."),
    run,
}};

} // namespace
