#pragma once
// LanguageManager chooses the interface language and installs the translators for it: Qt's own
// (qtbase_*.qm from QLibraryInfo::TranslationsPath, for dialogs and standard buttons) and Keel's
// (embedded under :/i18n). The language is, in order: the KEEL_LANG environment variable, the
// language chosen in View → Language (QSettings), the system's interface languages, English.

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace Keel {

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code;       ///< "en", "zh_CN"
        QString nativeName; ///< "English", "中文 (简体)"
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The languages Keel is translated into, English first.
    static QList<Language> availableLanguages();
    /// The available language that best matches a code such as "zh-Hans-CN", "zh_CN", "en_GB";
    /// empty when none does.
    static QString match(const QString &code);

    /// The language chosen in the settings; empty: follow the system.
    QString preferredLanguage() const;
    void setPreferredLanguage(const QString &code);

    /// The language to use now: KEEL_LANG, then the setting, then the system, then English.
    QString resolvedLanguage() const;

    /// Installs Qt's and Keel's translations for `code` into the application, replacing any
    /// installed before, and makes it the default locale when it differs from the system's
    /// language. Returns false if Keel has no catalogue for it (English needs none).
    bool install(const QString &code);
    QString installedLanguage() const { return m_installed; }

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_keel;
    QString m_installed;
};

} // namespace Keel
