// The ui tests need a QApplication (widgets, palettes, fonts). They run offscreen and keep their
// settings in a temporary folder, so they neither need a display nor touch the user's settings.
// The interface is English whatever the system's language.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <ui/languagemanager.h>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KeelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("KeelUiTest"));
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // English, as the program installs it: plural forms come from keel_en.qm.
    Keel::LanguageManager languages;
    languages.install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
