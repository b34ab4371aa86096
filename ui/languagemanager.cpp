#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Keel {

namespace {
const QString kSettingKey = QStringLiteral("language");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::availableLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文 (简体)")},
    };
}

QString LanguageManager::match(const QString &code)
{
    QString wanted = code.trimmed();
    wanted.replace(u'-', u'_');
    if (const qsizetype dot = wanted.indexOf(u'.'); dot >= 0)
        wanted.truncate(dot); // "zh_CN.UTF-8"
    if (wanted.isEmpty())
        return {};
    const QList<Language> languages = availableLanguages();
    for (const Language &l : languages) {
        if (wanted.compare(l.code, Qt::CaseInsensitive) == 0)
            return l.code;
    }
    // Any Chinese reads the simplified catalogue better than English; other languages by their
    // language part ("en_GB" → "en").
    const QString language = wanted.section(u'_', 0, 0).toLower();
    if (language == u"zh")
        return QStringLiteral("zh_CN");
    for (const Language &l : languages) {
        if (l.code.section(u'_', 0, 0) == language)
            return l.code;
    }
    return {};
}

QString LanguageManager::preferredLanguage() const
{
    return match(QSettings().value(kSettingKey).toString());
}

void LanguageManager::setPreferredLanguage(const QString &code)
{
    const QString language = match(code);
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kSettingKey);
    else
        settings.setValue(kSettingKey, language);
}

QString LanguageManager::resolvedLanguage() const
{
    if (const QString fromEnvironment = match(qEnvironmentVariable("KEEL_LANG")); !fromEnvironment.isEmpty())
        return fromEnvironment;
    if (const QString chosen = preferredLanguage(); !chosen.isEmpty())
        return chosen;
    const QStringList system = QLocale::system().uiLanguages();
    for (const QString &code : system) {
        if (const QString language = match(code); !language.isEmpty())
            return language;
    }
    return QStringLiteral("en");
}

bool LanguageManager::install(const QString &code)
{
    const QString language = match(code).isEmpty() ? QStringLiteral("en") : match(code);
    removeTranslators();

    const QLocale locale(language);
    if (QLocale::system().language() != locale.language())
        QLocale::setDefault(locale);
    else
        QLocale::setDefault(QLocale::system());

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    auto keel = std::make_unique<QTranslator>();
    const bool found = keel->load(QStringLiteral(":/i18n/keel_%1.qm").arg(language));
    if (found) {
        QCoreApplication::installTranslator(keel.get());
        m_keel = std::move(keel);
    }
    m_installed = language;
    return found || language == u"en";
}

void LanguageManager::removeTranslators()
{
    if (m_keel)
        QCoreApplication::removeTranslator(m_keel.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_keel.reset();
    m_qt.reset();
}

} // namespace Keel
