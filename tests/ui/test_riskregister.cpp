#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <ui/placeholdertreeview.h>
#include <ui/riskmatrix.h>
#include <ui/riskmodel.h>
#include <ui/riskregisterview.h>
#include <ui/workspacedocument.h>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

TEST_CASE("RiskRegisterView adds, edits and deletes risks through undoable ChangeSets", "[risks]")
{
    auto doc = sampleDocument();
    const Id project = projectId(*doc, QStringLiteral("CRB-021"));
    const Id other = projectId(*doc, QStringLiteral("MER-014"));
    RiskRegisterView view(doc.get());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setProjectId(project);
    const int existing = view.proxy()->rowCount();

    const Id risk = view.addRisk(QStringLiteral("Switch delivery slips"), 4, 5);
    REQUIRE_FALSE(risk.isNull());
    CHECK(view.proxy()->rowCount() == existing + 1);
    CHECK(view.matrix()->count(4, 5) >= 1);

    // Risks of other projects are not shown.
    view.setProjectId(other);
    const int otherRows = view.proxy()->rowCount();
    for (int r = 0; r < otherRows; ++r)
        CHECK(view.proxy()->index(r, 0).data(RiskModel::IdRole).value<QUuid>() != risk);
    view.setProjectId(project);

    const QModelIndex source = view.model()->indexOf(risk);
    REQUIRE(source.isValid());
    auto cell = [&](int column, int role = Qt::DisplayRole) { return view.model()->index(source.row(), column).data(role); };
    CHECK(cell(RiskModel::ScoreColumn).toInt() == 20);
    CHECK(cell(RiskModel::StatusColumn).toString() == RiskModel::statusName(RiskStatus::Open));

    REQUIRE(view.model()->setData(view.model()->index(source.row(), RiskModel::ProbabilityColumn), 2));
    CHECK(cell(RiskModel::ScoreColumn).toInt() == 10);
    CHECK(view.matrix()->count(2, 5) >= 1);
    CHECK_FALSE(view.model()->setData(view.model()->index(source.row(), RiskModel::ImpactColumn), 9));
    CHECK(cell(RiskModel::ImpactColumn).toInt() == 5);

    // A due date in the past makes an open risk past due, shown in red; closing it clears that.
    view.model()->setToday(QDate(2025, 1, 15));
    REQUIRE(view.model()->setData(view.model()->index(source.row(), RiskModel::DueColumn), QDate(2025, 1, 10)));
    CHECK(cell(RiskModel::DueColumn, RiskModel::PastDueRole).toBool());
    CHECK(cell(RiskModel::DueColumn, Qt::ForegroundRole).value<QBrush>().color() == QColor(0xc6, 0x28, 0x28));
    REQUIRE(view.model()->setData(view.model()->index(source.row(), RiskModel::StatusColumn), int(RiskStatus::Closed)));
    CHECK_FALSE(cell(RiskModel::DueColumn, RiskModel::PastDueRole).toBool());
    CHECK(view.matrix()->count(2, 5) == 0);

    doc->undoStack()->undo();
    CHECK(cell(RiskModel::StatusColumn).toString() == RiskModel::statusName(RiskStatus::Open));
    CHECK(cell(RiskModel::DueColumn, RiskModel::PastDueRole).toBool());

    const QModelIndex shown = view.proxy()->mapFromSource(source);
    view.table()->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view.deleteSelected();
    CHECK(view.proxy()->rowCount() == existing);
    CHECK_FALSE(doc->workspace().get<Risk>(risk));
    doc->undoStack()->undo();
    CHECK(doc->workspace().get<Risk>(risk));
    CHECK(view.proxy()->rowCount() == existing + 1);
}

TEST_CASE("RiskModel scores and bands", "[risks]")
{
    Risk r;
    r.probability = 2;
    r.impact = 2;
    CHECK(RiskModel::score(r) == 4);
    CHECK(RiskModel::band(4) == 0);
    CHECK(RiskModel::band(12) == 1);
    CHECK(RiskModel::band(15) == 2);
    CHECK(RiskModel::statusNames().size() == 4);
}
