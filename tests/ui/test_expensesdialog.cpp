// Expenses of a project: added with a receipt, refused when the amount is not one, edited,
// deleted — each one undo step through the edit service.

#include "fixtures.h"
#include "planfixture.h"

#include <catch2/catch.hpp>

#include <edit/editservice.h>
#include <model/documentimport.h>
#include <model/workspace.h>
#include <ui/expensesdialog.h>
#include <ui/languagemanager.h>
#include <ui/workspacedocument.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

int expensesOf(const Workspace &ws, const Id &project)
{
    int n = 0;
    for (const Expense &x : ws.table<Expense>())
        n += x.projectId == project ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("Expenses: add with a receipt, bad amount refused, edit, delete, undo", "[expenses]")
{
    PlanFixture f = planFixture();
    const Workspace &ws = f.document->workspace();
    ExpensesDialog d(f.document.get(), f.project);
    CHECK(d.projectId() == f.project);
    CHECK(d.table()->rowCount() == 0);
    const int steps = f.document->undoStack()->count();
    const qsizetype documents = ws.table<Document>().size();

    QTemporaryDir dir;
    const QString receipt = dir.filePath(QStringLiteral("taxi.pdf"));
    {
        QFile file(receipt);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 taxi receipt");
    }
    MessageCatcher messages;
    whenModal([&](QWidget *w) {
        auto *e = qobject_cast<ExpenseDialog *>(w);
        REQUIRE(e);
        e->dateEdit()->setDate(QDate(2025, 3, 5));
        e->categoryBox()->setCurrentText(QStringLiteral("Travel"));
        e->descriptionEdit()->setText(QStringLiteral("Taxi to the workshop"));
        e->amountEdit()->setText(QStringLiteral("lots"));
        messages.arm();
        e->save();   // refused: the dialog stays open
        REQUIRE(messages.texts.size() == 1);
        CHECK(messages.texts[0].contains(u"lots"));
        e->amountEdit()->setText(QStringLiteral("42.50"));
        e->taskBox()->setCurrentIndex(e->taskBox()->findData(QVariant::fromValue(f.task(QStringLiteral("Interviews")))));
        e->setReceiptFile(receipt);
        e->save();
    });
    d.addExpense();
    REQUIRE(d.table()->rowCount() == 1);
    CHECK(f.document->undoStack()->count() == steps + 1);
    CHECK(ws.table<Document>().size() == documents + 1);
    const Expense *x = ws.get<Expense>(d.currentExpense());
    REQUIRE(x);
    CHECK(x->amount == 4250);
    CHECK(x->category == QStringLiteral("Travel"));
    CHECK(x->taskId == f.task(QStringLiteral("Interviews")));
    CHECK(ws.get<Document>(x->receiptDocumentId)->name == QStringLiteral("taxi.pdf"));
    CHECK(d.table()->item(0, 6)->text() == QStringLiteral("taxi.pdf"));
    CHECK_FALSE(d.totalLabel()->text().isEmpty());

    whenModal([](QWidget *w) {
        auto *e = qobject_cast<ExpenseDialog *>(w);
        REQUIRE(e);
        e->amountEdit()->setText(QStringLiteral("45"));
        e->save();
    });
    d.editExpense();
    CHECK(ws.get<Expense>(d.currentExpense())->amount == 4500);

    d.deleteExpense();
    CHECK(expensesOf(ws, f.project) == 0);
    CHECK(d.table()->rowCount() == 0);
    f.document->undoStack()->undo();
    CHECK(expensesOf(ws, f.project) == 1);
    CHECK(d.table()->rowCount() == 1);
    f.document->undoStack()->undo();
    f.document->undoStack()->undo();
    CHECK(expensesOf(ws, f.project) == 0);
    CHECK(ws.table<Document>().size() == documents);
}

TEST_CASE("Expenses screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        const QString suffix = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        PlanFixture f = planFixture();
        const struct { int day; const char *category; const char *categoryZh; const char *en; const char *zh; qint64 amount; bool billable; } rows[] = {
            {4, "Travel", "差旅", "Train to the client's head office", "前往客户总部的火车票", 12850, true},
            {5, "Accommodation", "住宿", "Hotel, two nights", "酒店住宿两晚", 31000, true},
            {6, "Meals", "餐饮", "Workshop lunch", "研讨会午餐", 8640, false},
            {10, "Software", "软件", "Test device licence", "测试设备许可证", 19900, true}};
        for (const auto &r : rows) {
            Expense x;
            x.projectId = f.project;
            x.date = toMinutes(QDate(2025, 3, r.day));
            x.category = QString::fromUtf8(chinese ? r.categoryZh : r.category);
            x.description = QString::fromUtf8(chinese ? r.zh : r.en);
            x.amount = r.amount;
            x.currency = f.document->workspace().get<Project>(f.project)->currency;
            x.billable = r.billable;
            const DocumentFile receipt{QStringLiteral("receipt-%1.pdf").arg(r.day), QStringLiteral("application/pdf"), "%PDF"};
            REQUIRE(f.document->apply(EditService(f.document->workspace()).saveExpense(x, r.day != 6 ? &receipt : nullptr).changes));
        }
        ExpensesDialog d(f.document.get(), f.project);
        d.show();
        d.table()->setCurrentCell(0, 0);
        QCoreApplication::processEvents();
        CHECK(d.grab().save(QDir(dir).filePath(QStringLiteral("expenses-%1.png").arg(suffix))));
        ExpenseDialog e(f.document->workspace(), *f.document->workspace().get<Expense>(d.currentExpense()));
        e.show();
        QCoreApplication::processEvents();
        CHECK(e.grab().save(QDir(dir).filePath(QStringLiteral("expense-%1.png").arg(suffix))));
        languages.install(QStringLiteral("en"));
    }
}
