#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <store/store.h>
#include <ui/clientmodel.h>
#include <ui/formatting.h>
#include <ui/resourcemodel.h>
#include <ui/workspacedocument.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Keel;
using namespace KeelTest;

namespace {

int rowOfName(const QAbstractItemModel &model, int column, const QString &name)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, column).data().toString() == name)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("ResourceModel shows the pool and follows it", "[resources][modeltest]")
{
    auto doc = sampleDocument();
    ResourceModel model(doc->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 10);

    const int row = rowOfName(model, ResourceModel::NameColumn, QStringLiteral("Hannah Becker"));
    REQUIRE(row >= 0);
    CHECK(model.index(row, ResourceModel::RoleColumn).data().toString() == QStringLiteral("Test lead"));
    CHECK(model.index(row, ResourceModel::TeamColumn).data().toString() == QStringLiteral("Quality"));
    CHECK(model.index(row, ResourceModel::MaxUnitsColumn).data().toString() == Format::units(0.5));
    CHECK(model.index(row, ResourceModel::MaxUnitsColumn).data(ResourceModel::SortRole).toDouble() == 0.5);
    const int inactive = rowOfName(model, ResourceModel::NameColumn, QStringLiteral("Kenji Sato"));
    CHECK(model.index(inactive, ResourceModel::NameColumn).data(Qt::ForegroundRole).isValid());

    Resource r;
    r.id = newId();
    r.name = QStringLiteral("New hire");
    ChangeSet insert(QStringLiteral("hire"));
    insert.insert(r);
    REQUIRE(doc->store().apply(insert));
    CHECK(model.rowCount() == 11);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ChangeSet team(QStringLiteral("team"));
    team.update(EntityType::Resource, r.id, "team", QStringLiteral("Engineering"));
    REQUIRE(doc->store().apply(team));
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).value<QModelIndex>().column() == ResourceModel::TeamColumn);
    CHECK(model.index(model.rowOf(r.id), ResourceModel::TeamColumn).data().toString() ==
          QStringLiteral("Engineering"));

    ChangeSet removal(QStringLiteral("leave"));
    removal.remove(EntityType::Resource, r.id);
    REQUIRE(doc->store().apply(removal));
    CHECK(model.rowCount() == 10);
}

TEST_CASE("ClientModel counts contacts and projects live", "[clients][modeltest]")
{
    auto doc = sampleDocument();
    ClientModel model(doc->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 5);

    const int bank = rowOfName(model, ClientModel::NameColumn, QStringLiteral("Crescent Bank"));
    const int architects =
        rowOfName(model, ClientModel::NameColumn, QStringLiteral("Alder & Finch Architects"));
    REQUIRE(bank >= 0);
    REQUIRE(architects >= 0);
    CHECK(model.index(bank, ClientModel::ContactsColumn).data().toInt() == 4);
    CHECK(model.index(bank, ClientModel::ProjectsColumn).data().toInt() == 3);
    CHECK(model.index(architects, ClientModel::ContactsColumn).data().toInt() == 1);

    // A contact moves from the bank to the architects.
    const Id bankId = model.idAt(bank);
    const Id architectsId = model.idAt(architects);
    Id contactId;
    for (const Contact &c : doc->workspace().table<Contact>()) {
        if (c.clientId == bankId)
            contactId = c.id;
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ChangeSet move(QStringLiteral("move"));
    move.update(EntityType::Contact, contactId, "client_id", QVariant::fromValue(architectsId));
    REQUIRE(doc->store().apply(move));
    CHECK(changed.count() >= 1);
    CHECK(model.index(bank, ClientModel::ContactsColumn).data().toInt() == 3);
    CHECK(model.index(architects, ClientModel::ContactsColumn).data().toInt() == 2);

    // A new project for the architects.
    ChangeSet project = insertProject(newId(), QStringLiteral("AFA-003"), QStringLiteral("Studio fit-out"));
    REQUIRE(doc->store().apply(project));
    ChangeSet assign(QStringLiteral("assign"));
    assign.update(EntityType::Project, project.changes().first().id, "client_id",
                  QVariant::fromValue(architectsId));
    REQUIRE(doc->store().apply(assign));
    CHECK(model.index(architects, ClientModel::ProjectsColumn).data().toInt() == 2);

    // Renaming a client changes its row.
    ChangeSet rename(QStringLiteral("rename"));
    rename.update(EntityType::Client, bankId, "name", QStringLiteral("Crescent Bank plc"));
    REQUIRE(doc->store().apply(rename));
    CHECK(model.index(bank, ClientModel::NameColumn).data().toString() ==
          QStringLiteral("Crescent Bank plc"));
}

TEST_CASE("Money, dates and units are formatted through QLocale", "[format]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(Format::money(123456789, QStringLiteral("EUR"), en) == QStringLiteral("EUR\u00a01,234,567.89"));
    CHECK(Format::money(1500, QStringLiteral("JPY"), en) == QStringLiteral("JPY\u00a01,500"));
    CHECK(Format::money(1500, QStringLiteral("KWD"), en) == QStringLiteral("KWD\u00a01.500"));
    CHECK(Format::moneyWhole(123456789, QStringLiteral("EUR"), en) == QStringLiteral("EUR\u00a01,234,568"));
    CHECK(Format::money(-250, QString(), en) == QStringLiteral("-2.50"));
    CHECK(Format::units(1.0, en) == QStringLiteral("100%"));
    CHECK(Format::units(0.25, en) == QStringLiteral("25%"));
    CHECK(Format::date(kNoTime, en).isEmpty());
    CHECK(Format::date(toMinutes(QDate(2024, 6, 3)), en) == QStringLiteral("6/3/2024"));
    CHECK(Format::date(toMinutes(QDate(2024, 6, 3)), QLocale(QLocale::Chinese, QLocale::China)) ==
          QStringLiteral("2024/6/3"));
}
