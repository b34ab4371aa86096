// Currencies and exchange rates: the reporting currency changed and refused, a rate added, a
// second rate of the pair on the same day refused with the reason, edited, deleted — one undo
// step each — and the banner of currencies without a rate, which its button clears.

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <edit/editservice.h>
#include <model/workspace.h>
#include <ui/exchangeratesdialog.h>
#include <ui/languagemanager.h>
#include <ui/mainwindow.h>
#include <ui/projectpropertiesdialog.h>
#include <ui/workspacedocument.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QAction>
#include <QDir>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

TEST_CASE("Exchange rates: reporting currency, add, duplicate refused, edit, delete, undo, banner", "[exchangerates]")
{
    std::unique_ptr<WorkspaceDocument> document = sampleDocument();
    const Workspace &ws = document->workspace();
    QUndoStack *undo = document->undoStack();
    ExchangeRatesDialog d(document.get());
    d.show();
    CHECK(d.reportingBox()->currentText() == u"EUR");
    CHECK(d.table()->rowCount() == 0);
    // The sample's projects are in EUR and GBP: GBP has no rate to EUR.
    CHECK(d.banner()->isVisibleTo(&d));
    CHECK(d.bannerLabel()->text().contains(u"GBP"));
    REQUIRE(d.addMissingButtons().size() == 1);

    // The reporting currency: a bad code is refused with the field named, a good one is one step.
    const int steps = undo->count();
    MessageCatcher messages;
    messages.arm();
    d.reportingBox()->setCurrentText(QStringLiteral("EURO"));
    CHECK_FALSE(d.applyReportingCurrency());
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts[0].contains(u"Reporting currency"));
    CHECK(messages.texts[0].contains(u"EURO"));
    CHECK(ws.settings().currency == u"EUR");
    CHECK(undo->count() == steps);
    d.reportingBox()->setCurrentText(QStringLiteral("gbp"));
    CHECK(d.applyReportingCurrency());
    CHECK(ws.settings().currency == u"GBP");
    CHECK(undo->count() == steps + 1);
    CHECK(d.bannerLabel()->text().contains(u"EUR has no exchange rate to GBP"));
    undo->undo();
    CHECK(ws.settings().currency == u"EUR");
    CHECK(d.reportingBox()->currentText() == u"EUR");

    // The banner's button adds the missing pair's rate; a bad rate is refused at the field.
    whenModal([&](QWidget *w) {
        auto *e = qobject_cast<ExchangeRateDialog *>(w);
        REQUIRE(e);
        CHECK(e->fromBox()->currentText() == u"GBP");
        CHECK(e->toBox()->currentText() == u"EUR");
        e->dateEdit()->setDate(QDate(2024, 1, 1));
        e->rateEdit()->setText(QStringLiteral("lots"));
        messages.arm();
        e->save();
        REQUIRE(messages.texts.size() == 2);
        CHECK(messages.texts[1].contains(u"lots"));
        CHECK(messages.texts[1].contains(u"Rate"));
        e->rateEdit()->setText(QStringLiteral("1.17"));
        e->save();
    });
    d.addMissingButtons().first()->click();
    QCoreApplication::processEvents();
    REQUIRE(d.table()->rowCount() == 1);
    CHECK(undo->count() == steps + 1);
    CHECK_FALSE(d.banner()->isVisibleTo(&d));
    CHECK(d.addMissingButtons().isEmpty());
    const Id first = d.currentRate();
    REQUIRE(ws.get<ExchangeRate>(first));
    CHECK(ws.get<ExchangeRate>(first)->rate == Catch::Detail::Approx(1.17));
    CHECK(d.table()->item(0, 1)->text() == u"GBP");

    // A second GBP → EUR rate on 1 January 2024 is refused, naming the pair and the day.
    whenModal([&](QWidget *w) {
        auto *e = qobject_cast<ExchangeRateDialog *>(w);
        REQUIRE(e);
        e->fromBox()->setCurrentText(QStringLiteral("GBP"));
        e->dateEdit()->setDate(QDate(2024, 1, 1));
        e->rateEdit()->setText(QStringLiteral("1.2"));
        messages.arm();
        e->save();
        REQUIRE(messages.texts.size() == 3);
        CHECK(messages.texts[2].contains(u"GBP → EUR"));
        CHECK(messages.texts[2].contains(u"2024-01-01"));
        CHECK(e->isVisible());
        e->dateEdit()->setDate(QDate(2025, 1, 1));
        e->save();
    });
    d.addRate();
    CHECK(d.table()->rowCount() == 2);
    CHECK(undo->count() == steps + 2);
    const Id second = d.currentRate();
    CHECK(second != first);

    // Edit, then delete, each one step; undo brings them back.
    whenModal([](QWidget *w) {
        auto *e = qobject_cast<ExchangeRateDialog *>(w);
        REQUIRE(e);
        e->rateEdit()->setText(QStringLiteral("1.19"));
        e->save();
    });
    d.editRate();
    CHECK(ws.get<ExchangeRate>(second)->rate == Catch::Detail::Approx(1.19));
    CHECK(undo->count() == steps + 3);

    // The filter by currency.
    CHECK(d.filterBox()->findData(QStringLiteral("USD")) == -1);
    d.filterBox()->setCurrentIndex(d.filterBox()->findData(QStringLiteral("GBP")));
    CHECK(d.table()->rowCount() == 2);
    d.filterBox()->setCurrentIndex(0);

    d.selectRate(first);
    d.deleteRate();
    CHECK_FALSE(ws.get<ExchangeRate>(first));
    CHECK(d.table()->rowCount() == 1);
    CHECK_FALSE(d.banner()->isVisibleTo(&d)); // the 2025 rate still joins GBP to EUR
    d.selectRate(second);
    d.deleteRate();
    CHECK(d.table()->rowCount() == 0);
    CHECK(d.banner()->isVisibleTo(&d));
    undo->undo();
    undo->undo();
    CHECK(d.table()->rowCount() == 2);
    undo->undo();
    CHECK(ws.get<ExchangeRate>(second)->rate == Catch::Detail::Approx(1.2));
    undo->undo();
    undo->undo();
    CHECK(ws.table<ExchangeRate>().size() == 0);
    CHECK(d.banner()->isVisibleTo(&d));
}

TEST_CASE("Project properties link to the exchange rates", "[exchangerates]")
{
    std::unique_ptr<WorkspaceDocument> document = sampleDocument();
    const Project &p = *document->workspace().projects().begin();
    ProjectPropertiesDialog d(document->workspace(), p);
    CHECK_FALSE(d.exchangeRatesLink()->isVisibleTo(&d));
    d.setDocument(document.get());
    CHECK(d.exchangeRatesLink()->isVisibleTo(&d));
    bool opened = false;
    whenModal([&](QWidget *w) {
        opened = qobject_cast<ExchangeRatesDialog *>(w);
        static_cast<QDialog *>(w)->reject();
    });
    Q_EMIT d.exchangeRatesLink()->linkActivated(QStringLiteral("rates"));
    CHECK(opened);
}

TEST_CASE("Edit menu opens the currencies and exchange rates", "[exchangerates]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("exchangeRatesAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
    QString error;
    REQUIRE(window.openWorkspace(dir.filePath(QStringLiteral("rates.keel")), &error));
    CHECK(action->isEnabled());
    bool opened = false;
    whenModal([&](QWidget *w) {
        opened = qobject_cast<ExchangeRatesDialog *>(w);
        static_cast<QDialog *>(w)->reject();
    });
    action->trigger();
    CHECK(opened);
    window.closeWorkspace();
    CHECK_FALSE(action->isEnabled());
    QCoreApplication::processEvents();
}

TEST_CASE("Exchange rates screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        const QString suffix = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        std::unique_ptr<WorkspaceDocument> document = sampleDocument();
        const struct { const char *from; const char *to; int year; int month; double rate; } rows[] = {
            {"USD", "EUR", 2024, 1, 0.92}, {"USD", "EUR", 2024, 7, 0.93}, {"USD", "EUR", 2025, 1, 0.96},
            {"EUR", "CHF", 2024, 1, 0.94}, {"EUR", "CNY", 2025, 1, 7.58}};
        for (const auto &r : rows) {
            ExchangeRate x;
            x.fromCurrency = QString::fromLatin1(r.from);
            x.toCurrency = QString::fromLatin1(r.to);
            x.effectiveFrom = toMinutes(QDate(r.year, r.month, 1));
            x.rate = r.rate;
            REQUIRE(document->apply(EditService(document->workspace()).saveExchangeRate(x).changes));
        }
        ExchangeRatesDialog d(document.get());
        d.show();
        d.table()->setCurrentCell(0, 0);
        QCoreApplication::processEvents();
        CHECK(d.grab().save(QDir(dir).filePath(QStringLiteral("exchange-rates-%1.png").arg(suffix))));
        ExchangeRateDialog e(document->workspace(), *document->workspace().get<ExchangeRate>(d.currentRate()));
        e.show();
        QCoreApplication::processEvents();
        CHECK(e.grab().save(QDir(dir).filePath(QStringLiteral("exchange-rate-%1.png").arg(suffix))));
        languages.install(QStringLiteral("en"));
    }
}
