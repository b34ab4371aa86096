#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <store/store.h>
#include <ui/enumtext.h>
#include <ui/portfoliofiltermodel.h>
#include <ui/portfoliomodel.h>
#include <ui/workspacedocument.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

int rowOfCode(const QAbstractItemModel &model, const QString &code)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, PortfolioModel::CodeColumn).data().toString() == code)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("PortfolioModel lists every project with its client, phase, health, dates and budget",
          "[portfolio]")
{
    auto doc = sampleDocument();
    PortfolioModel model(doc.get());
    const Workspace &ws = doc->workspace();
    REQUIRE(model.rowCount() == int(ws.projects().size()));
    REQUIRE(model.columnCount() == PortfolioModel::ColumnCount);

    const int row = rowOfCode(model, QStringLiteral("CRB-021"));
    REQUIRE(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    CHECK(cell(PortfolioModel::NameColumn).toString() == QStringLiteral("Branch network refresh"));
    CHECK(cell(PortfolioModel::ClientColumn).toString() == QStringLiteral("Crescent Bank"));
    CHECK(cell(PortfolioModel::PhaseColumn).toString() == EnumText::phase(Phase::Execution));
    CHECK(cell(PortfolioModel::HealthColumn).toString() == EnumText::health(Health::Amber));
    CHECK(cell(PortfolioModel::HealthColumn, Qt::DecorationRole).canConvert<QIcon>());
    CHECK(cell(PortfolioModel::PhaseColumn, PortfolioModel::PhaseRole).toInt() == int(Phase::Execution));
    CHECK(cell(PortfolioModel::HealthColumn, PortfolioModel::HealthRole).toInt() == int(Health::Amber));
    CHECK(cell(PortfolioModel::BudgetColumn).toString().startsWith(QStringLiteral("GBP")));
    CHECK(cell(PortfolioModel::BudgetColumn, PortfolioModel::SortRole).toLongLong() == 93000000);
    CHECK(cell(PortfolioModel::StartColumn, PortfolioModel::SortRole).toLongLong() ==
          toMinutes(QDate(2024, 2, 5), 8 * 60));
    CHECK_FALSE(cell(PortfolioModel::StartColumn).toString().isEmpty());
    CHECK(cell(0, PortfolioModel::IdRole).value<Id>() == projectId(*doc, QStringLiteral("CRB-021")));

    // A project without a client or a finish shows empty cells, not garbage.
    const int internal = rowOfCode(model, QStringLiteral("BSL-005"));
    CHECK(model.index(internal, PortfolioModel::FinishColumn).data().toString().isEmpty());
    const int noClient = rowOfCode(model, QStringLiteral("INT-001"));
    CHECK(model.index(noClient, PortfolioModel::ClientColumn).data().toString().isEmpty());

    CHECK(model.headerData(PortfolioModel::BudgetColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Budget"));
    CHECK(model.flags(model.index(row, PortfolioModel::NameColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(row, PortfolioModel::BudgetColumn)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("PortfolioModel and its filter pass QAbstractItemModelTester while ChangeSets insert, change and "
          "remove projects",
          "[portfolio][modeltest]")
{
    auto doc = sampleDocument();
    PortfolioModel model(doc.get());
    PortfolioFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(PortfolioModel::BudgetColumn, Qt::DescendingOrder);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Store &store = doc->store();

    const Id a = newId(), b = newId(), c = newId();
    ChangeSet inserts =
        insertProject(a, QStringLiteral("NEW-1"), QStringLiteral("Alpha"), Phase::Planning, 100);
    inserts.append(
        insertProject(b, QStringLiteral("NEW-2"), QStringLiteral("Beta"), Phase::Execution, 5000000000));
    inserts.append(insertProject(c, QStringLiteral("NEW-3"), QStringLiteral("Gamma"), Phase::Closed, 50));
    REQUIRE(store.apply(inserts));
    REQUIRE(model.rowCount() == 15);
    CHECK(filter.index(0, PortfolioModel::CodeColumn).data().toString() == QStringLiteral("NEW-2"));

    filter.setSearchText(QStringLiteral("new"));
    CHECK(filter.rowCount() == 3);
    filter.setPhaseFilter(Phase::Closed);
    CHECK(filter.rowCount() == 1);

    ChangeSet change(QStringLiteral("change"));
    change.update(EntityType::Project, c, "phase", QStringLiteral("planning"));
    change.update(EntityType::Project, a, "budget", qint64(9000000000));
    REQUIRE(store.apply(change));
    CHECK(filter.rowCount() == 0);
    filter.setPhaseFilter(std::nullopt);
    CHECK(filter.index(0, PortfolioModel::CodeColumn).data().toString() == QStringLiteral("NEW-1"));

    ChangeSet removal(QStringLiteral("remove"));
    removal.remove(EntityType::Project, a).remove(EntityType::Project, c);
    REQUIRE(store.apply(removal));
    CHECK(model.rowCount() == 13);
    CHECK(filter.rowCount() == 1);

    // Removing every project, scattered over the rows, then adding them back.
    ChangeSet all(QStringLiteral("remove all"));
    for (const Project &p : doc->workspace().projects())
        all.remove(EntityType::Project, p.id);
    const auto applied = store.apply(all);
    REQUIRE(applied);
    CHECK(model.rowCount() == 0);
    REQUIRE(store.apply(applied->inverse()));
    CHECK(model.rowCount() == 13);
}

TEST_CASE("PortfolioModel follows the workspace: rows inserted, changed and removed", "[portfolio]")
{
    auto doc = sampleDocument();
    PortfolioModel model(doc.get());
    Store &store = doc->store();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const Id id = newId();
    REQUIRE(store.apply(insertProject(id, QStringLiteral("LIVE-1"), QStringLiteral("Live project"))));
    REQUIRE(inserted.count() == 1);
    const int row = model.rowOf(id);
    CHECK(row == model.rowCount() - 1);
    CHECK(model.index(row, PortfolioModel::NameColumn).data().toString() == QStringLiteral("Live project"));

    ChangeSet rename(QStringLiteral("rename"));
    rename.update(EntityType::Project, id, "name", QStringLiteral("Renamed"));
    REQUIRE(store.apply(rename));
    REQUIRE(changed.count() == 1);
    const QModelIndex topLeft = changed.first().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.first().at(1).value<QModelIndex>();
    CHECK(topLeft.row() == row);
    CHECK(bottomRight.row() == row);
    CHECK(topLeft.column() <= PortfolioModel::NameColumn);
    CHECK(bottomRight.column() >= PortfolioModel::NameColumn);
    CHECK(model.index(row, PortfolioModel::NameColumn).data().toString() == QStringLiteral("Renamed"));

    // A client's new name reaches the Client column of its projects.
    changed.clear();
    const Project *mer = doc->workspace().get<Project>(projectId(*doc, QStringLiteral("MER-014")));
    ChangeSet client(QStringLiteral("rename client"));
    client.update(EntityType::Client, mer->clientId, "name", QStringLiteral("Meridian Health"));
    REQUIRE(store.apply(client));
    REQUIRE(changed.count() == 1);
    CHECK(model.index(model.rowOf(mer->id), PortfolioModel::ClientColumn).data().toString() ==
          QStringLiteral("Meridian Health"));

    ChangeSet removal(QStringLiteral("remove"));
    removal.remove(EntityType::Project, id);
    REQUIRE(store.apply(removal));
    REQUIRE(removed.count() == 1);
    CHECK(removed.first().at(1).toInt() == row);
    CHECK(model.rowOf(id) == -1);
    CHECK(model.rowCount() == int(doc->workspace().projects().size()));
}

TEST_CASE("Editing a portfolio cell is one undoable ChangeSet", "[portfolio][undo]")
{
    auto doc = sampleDocument();
    PortfolioModel model(doc.get());
    QUndoStack *stack = doc->undoStack();
    const Id id = projectId(*doc, QStringLiteral("BSL-003"));
    const int row = model.rowOf(id);
    auto project = [&] { return doc->workspace().get<Project>(id); };

    REQUIRE(model.setData(model.index(row, PortfolioModel::NameColumn), QStringLiteral("IoT pilot, wave 2")));
    CHECK(project()->name == QStringLiteral("IoT pilot, wave 2"));
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText().contains(QStringLiteral("Warehouse IoT pilot")));

    // The phase moves only through the phase gates (Lifecycle tab), never by editing the table.
    CHECK_FALSE(model.flags(model.index(row, PortfolioModel::PhaseColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(row, PortfolioModel::PhaseColumn), int(Phase::Closing)));
    CHECK(project()->phase == Phase::Monitoring);
    REQUIRE(model.setData(model.index(row, PortfolioModel::HealthColumn), QStringLiteral("green")));
    CHECK(project()->health == Health::Green);
    CHECK(stack->count() == 2);

    // Setting the same value again records nothing.
    REQUIRE(model.setData(model.index(row, PortfolioModel::HealthColumn), int(Health::Green)));
    CHECK(stack->count() == 2);

    stack->undo();
    CHECK(project()->health == Health::Red);
    stack->undo();
    CHECK(project()->name == QStringLiteral("Warehouse IoT pilot"));
    CHECK(model.index(row, PortfolioModel::NameColumn).data().toString() ==
          QStringLiteral("Warehouse IoT pilot"));
    stack->redo();
    CHECK(project()->name == QStringLiteral("IoT pilot, wave 2"));

    // The store refuses an empty name and a duplicate code: nothing changes, nothing is recorded,
    // and the document says why.
    QSignalSpy refused(doc.get(), &WorkspaceDocument::changeRefused);
    const int before = stack->count();
    CHECK_FALSE(model.setData(model.index(row, PortfolioModel::NameColumn), QString()));
    CHECK_FALSE(model.setData(model.index(row, PortfolioModel::CodeColumn), QStringLiteral("mer-014")));
    CHECK(refused.count() == 2);
    CHECK(refused.at(1).at(0).toString().contains(QStringLiteral("mer-014")));
    CHECK(stack->count() == before);
    CHECK(project()->code == QStringLiteral("BSL-003"));
    CHECK_FALSE(model.setData(model.index(row, PortfolioModel::PhaseColumn), 42));
    CHECK_FALSE(model.setData(model.index(row, PortfolioModel::BudgetColumn), 1));
}

TEST_CASE("PortfolioFilterModel matches every word against code, name and client", "[portfolio][filter]")
{
    auto doc = sampleDocument();
    PortfolioModel model(doc.get());
    PortfolioFilterModel filter;
    filter.setSourceModel(&model);

    filter.setSearchText(QStringLiteral("crescent"));
    CHECK(filter.rowCount() == 3);
    filter.setSearchText(QStringLiteral("  crescent   SECURITY "));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, PortfolioModel::CodeColumn).data().toString() == QStringLiteral("CRB-022"));
    filter.setSearchText(QStringLiteral("ngu-00"));
    CHECK(filter.rowCount() == 3);
    filter.setPhaseFilter(Phase::Closed);
    CHECK(filter.rowCount() == 1);
    filter.setSearchText({});
    filter.setPhaseFilter(Phase::Execution);
    CHECK(filter.rowCount() == 5);
    filter.setPhaseFilter(std::nullopt);
    CHECK(filter.rowCount() == model.rowCount());

    // Sorting by start date sorts by time, not by the displayed text.
    filter.sort(PortfolioModel::StartColumn, Qt::AscendingOrder);
    Minutes previous = std::numeric_limits<Minutes>::min();
    for (int r = 0; r < filter.rowCount(); ++r) {
        const Minutes start =
            filter.index(r, PortfolioModel::StartColumn).data(PortfolioModel::SortRole).toLongLong();
        CHECK(start >= previous);
        previous = start;
    }
    CHECK(filter.index(0, PortfolioModel::CodeColumn).data().toString() == QStringLiteral("NGU-004"));
}
