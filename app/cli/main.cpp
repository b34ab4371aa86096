#include "command.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace Keel::Cli;

namespace {

void printOverview()
{
    QString text = QStringLiteral("Usage: keel-cli COMMAND [ARGS...]\n\nCommands:\n");
    for (const auto &[name, info] : registry())
        text += QStringLiteral("  %1\n      %2\n").arg(info.synopsis, info.summary);
    text += QStringLiteral("\nRun `keel-cli COMMAND --help` for a command's options.\n");
    out(text);
}

} // namespace

int main(int argc, char **argv)
{
    // Reports and Gantt charts paint text, and Qt's fonts need a QGuiApplication: `report` and
    // `gantt` get one, headless on the offscreen platform unless QT_QPA_PLATFORM says otherwise;
    // every other command stays a plain QCoreApplication.
    const bool paints = argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "gantt") == 0);
    if (paints && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = paints ? std::make_unique<QGuiApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keel-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Keel"));
    QStringList args = app->arguments().mid(1);
    if (args.isEmpty()) {
        printOverview();
        return Usage;
    }
    const QString name = args.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printOverview();
        return Ok;
    }
    if (name == u"--version") {
        out(QStringLiteral("keel-cli %1\n").arg(QStringLiteral(KEEL_VERSION)));
        return Ok;
    }
    const auto it = registry().find(name);
    if (it == registry().end()) {
        err(QStringLiteral("keel-cli: unknown command '%1'\n").arg(name));
        printOverview();
        return Usage;
    }
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out(QStringLiteral("Usage: keel-cli %1\n\n%2\n").arg(it->second.synopsis, it->second.help));
        return Ok;
    }
    return it->second.run(args);
}
