// keel [FILE] — the desktop program: opens (or creates) a workspace in the main window.

#include <ui/languagemanager.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Keel"));
    QCoreApplication::setApplicationName(QStringLiteral("Keel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEEL_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Keel"));
    QGuiApplication::setDesktopFileName(QStringLiteral("keel"));

    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/keel-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    Keel::LanguageManager languages;
    languages.install(languages.resolvedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Keel — plan, staff, track and report client projects."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QCoreApplication::translate("main", "file"),
        QCoreApplication::translate("main", "The workspace to open; it is created if it does not exist."),
        QCoreApplication::translate("main", "[file]"));
    parser.process(app);

    Keel::MainWindow window(&languages);
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openWorkspaceInteractive(files.first());
    return app.exec();
}
