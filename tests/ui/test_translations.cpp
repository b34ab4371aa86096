#include <catch2/catch.hpp>

#include <ui/enumtext.h>
#include <ui/languagemanager.h>

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Keel;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString translationType;  ///< "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or one per numerus form
    qint64 line = 0;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = TsMessage();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
                current.line = xml.lineNumber();
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                current.translationType = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
        }
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?[1-9][0-9]?)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(m.captured());
    return found;
}

QString describe(const QString &path, const TsMessage &m)
{
    return QStringLiteral("%1:%2 [%3] %4").arg(path).arg(m.line).arg(m.context, m.source);
}

} // namespace

TEST_CASE("keel_zh_CN.ts is complete: every message translated, nothing unfinished or stale",
          "[translations]")
{
    const QString path = QStringLiteral(KEEL_TRANSLATIONS_DIR "/keel_zh_CN.ts");
    const QList<TsMessage> messages = readTs(path);
    REQUIRE(messages.size() > 100);
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (!m.translationType.isEmpty())
            problems << describe(path, m) + QStringLiteral(" — ") + m.translationType;
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << describe(path, m) + QStringLiteral(" — empty");
        else if (m.numerus && m.translations.size() != 1) // Chinese has one plural form
            problems << describe(path, m) + QStringLiteral(" — expected one numerus form");
        else if (placeholders(m.translations.first()) != placeholders(m.source))
            problems << describe(path, m) + QStringLiteral(" — placeholders differ: ") +
                            m.translations.first();
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("keel_en.ts gives the English plural forms", "[translations]")
{
    const QString path = QStringLiteral(KEEL_TRANSLATIONS_DIR "/keel_en.ts");
    const QList<TsMessage> messages = readTs(path);
    QStringList problems;
    int numerus = 0;
    for (const TsMessage &m : messages) {
        if (!m.numerus)
            continue;
        ++numerus;
        if (!m.translationType.isEmpty() || m.translations.size() != 2 || m.translations.contains(QString()))
            problems << describe(path, m);
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(numerus >= 3);
}

TEST_CASE("LanguageManager matches language codes to the catalogues Keel has", "[translations]")
{
    CHECK(LanguageManager::match(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(LanguageManager::match(QStringLiteral("zh-Hans-CN")) == QStringLiteral("zh_CN"));
    CHECK(LanguageManager::match(QStringLiteral("zh_CN.UTF-8")) == QStringLiteral("zh_CN"));
    CHECK(LanguageManager::match(QStringLiteral("ZH")) == QStringLiteral("zh_CN"));
    CHECK(LanguageManager::match(QStringLiteral("en_GB")) == QStringLiteral("en"));
    CHECK(LanguageManager::match(QStringLiteral("en-US")) == QStringLiteral("en"));
    CHECK(LanguageManager::match(QStringLiteral("fr_FR")).isEmpty());
    CHECK(LanguageManager::match(QString()).isEmpty());
}

TEST_CASE("LanguageManager follows KEEL_LANG, then the setting", "[translations]")
{
    LanguageManager languages;
    languages.setPreferredLanguage(QStringLiteral("zh_CN"));
    CHECK(languages.preferredLanguage() == QStringLiteral("zh_CN"));
    qputenv("KEEL_LANG", "en");
    CHECK(languages.resolvedLanguage() == QStringLiteral("en"));
    qunsetenv("KEEL_LANG");
    CHECK(languages.resolvedLanguage() == QStringLiteral("zh_CN"));
    languages.setPreferredLanguage(QString());
    CHECK(languages.preferredLanguage().isEmpty());
}

TEST_CASE("The embedded Chinese catalogue translates Keel's and core's strings", "[translations]")
{
    const QLocale before;
    {
        LanguageManager languages;
        REQUIRE(languages.install(QStringLiteral("zh_CN")));
        CHECK(languages.installedLanguage() == QStringLiteral("zh_CN"));
        CHECK(EnumText::phase(Phase::Planning) != QStringLiteral("Planning"));
        CHECK(QCoreApplication::translate("Keel::EntityType", "project") != QStringLiteral("project"));
        CHECK(QCoreApplication::translate("Keel::Validation", "%1: %2 must not be empty.") !=
              QStringLiteral("%1: %2 must not be empty."));
        CHECK(QCoreApplication::translate("Keel::Store", "does not exist") !=
              QStringLiteral("does not exist"));
        CHECK(QLocale().language() == QLocale::Chinese);

        REQUIRE(languages.install(QStringLiteral("en")));
        CHECK(EnumText::phase(Phase::Planning) == QStringLiteral("Planning"));
        CHECK(QCoreApplication::translate("Keel::PortfolioView", "%n project(s)", nullptr, 1) ==
              QStringLiteral("1 project"));
        CHECK(QCoreApplication::translate("Keel::PortfolioView", "%n project(s)", nullptr, 3) ==
              QStringLiteral("3 projects"));
    }
    QLocale::setDefault(before);
}
