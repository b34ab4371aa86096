// Project properties from the Portfolio: money, billing, dates and people of a project saved as
// one undo step through the edit service; what cannot be read is named and nothing is applied.

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <store/store.h>
#include <ui/placeholdertreeview.h>
#include <ui/portfoliofiltermodel.h>
#include <ui/portfoliomodel.h>
#include <ui/portfolioview.h>
#include <ui/projectpropertiesdialog.h>
#include <ui/workspacedocument.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

TEST_CASE("Portfolio: a project's properties are edited, refused when unreadable, and undone", "[portfolio][properties]")
{
    auto doc = sampleDocument();
    const Id id = projectId(*doc, QStringLiteral("BSL-005"));
    REQUIRE(!id.isNull());
    const Project before = *doc->workspace().get<Project>(id);
    PortfolioView view(doc.get());
    QModelIndex row;
    for (int r = 0; r < view.filterModel()->rowCount(); ++r) {
        const QModelIndex i = view.filterModel()->index(r, 0);
        if (i.data(PortfolioModel::IdRole).value<Id>() == id)
            row = i;
    }
    REQUIRE(row.isValid());
    view.view()->setCurrentIndex(row);
    const int steps = doc->undoStack()->count();

    MessageCatcher messages;
    whenModal([&](QWidget *w) {
        auto *d = qobject_cast<ProjectPropertiesDialog *>(w);
        REQUIRE(d);
        d->budgetEdit()->setText(QStringLiteral("lots"));
        messages.arm();
        d->accept(); // refused: the dialog stays open
        CHECK(d->isVisible());
        d->currencyBox()->setCurrentText(QStringLiteral("CNY"));
        d->billingBox()->setCurrentIndex(d->billingBox()->findData(int(BillingModel::Retainer)));
        d->budgetEdit()->setText(QStringLiteral("150000.00"));
        d->contractEdit()->setText(QStringLiteral("240000"));
        d->retainerEdit()->setText(QStringLiteral("20000.00"));
        d->statusDateBox()->setChecked(true);
        d->statusDateEdit()->setDate(QDate(2026, 3, 16));
        d->accept();
    });
    view.editProperties();
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts[0].contains(QStringLiteral("lots")));
    const Project *p = doc->workspace().get<Project>(id);
    CHECK(p->currency == u"CNY");
    CHECK(p->billingModel == BillingModel::Retainer);
    CHECK(p->budget == 15000000);
    CHECK(p->contractValue == 24000000);
    CHECK(p->retainerPerMonth == 2000000);
    CHECK(p->statusDate == toMinutes(QDate(2026, 3, 16)));
    CHECK(doc->undoStack()->count() == steps + 1);

    doc->undoStack()->undo();
    p = doc->workspace().get<Project>(id);
    CHECK(p->currency == before.currency);
    CHECK(p->budget == before.budget);
    CHECK(p->statusDate == before.statusDate);
}

TEST_CASE("Project properties: a code another project has is refused by the edit service", "[properties]")
{
    auto doc = sampleDocument();
    const Id a = projectId(*doc, QStringLiteral("BSL-005"));
    const Project *other = nullptr;
    for (const Project &p : doc->workspace().projects())
        if (p.id != a)
            other = &p;
    REQUIRE(other);
    ProjectPropertiesDialog d(doc->workspace(), *doc->workspace().get<Project>(a));
    d.show();
    d.codeEdit()->setText(other->code);
    MessageCatcher messages;
    messages.arm();
    d.accept();
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts[0].contains(other->code));
    CHECK(d.result() != QDialog::Accepted);
    CHECK(doc->workspace().get<Project>(a)->code == u"BSL-005");
}

TEST_CASE("Portfolio: a project is deleted with its plan after asking, and undo brings it back", "[portfolio]")
{
    auto doc = sampleDocument();
    const Id id = projectId(*doc, QStringLiteral("BSL-005"));
    Task t;
    t.id = newId();
    t.projectId = id;
    t.name = QStringLiteral("Kick-off");
    t.duration = 480;
    REQUIRE(doc->apply(ChangeSet().insert(t)));
    PortfolioView view(doc.get());
    for (int r = 0; r < view.filterModel()->rowCount(); ++r) {
        const QModelIndex i = view.filterModel()->index(r, 0);
        if (i.data(PortfolioModel::IdRole).value<Id>() == id)
            view.view()->setCurrentIndex(i);
    }
    const qsizetype projects = doc->workspace().projects().size();
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    view.deleteProject();
    CHECK(doc->workspace().projects().size() == projects - 1);
    CHECK_FALSE(doc->workspace().get<Task>(t.id));
    doc->undoStack()->undo();
    CHECK(doc->workspace().projects().size() == projects);
    CHECK(doc->workspace().get<Task>(t.id));
}
