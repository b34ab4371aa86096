#include <catch2/catch.hpp>

#include <demo/demogenerator.h>
#include <model/workspace.h>
#include <store/store.h>
#include <ui/inboxmodel.h>
#include <ui/inboxview.h>
#include <ui/placeholdertreeview.h>
#include <ui/traynotifier.h>
#include <ui/workspacedocument.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QIcon>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>

using namespace Keel;

namespace {

Minutes at(int month, int day, int hour = 0)
{
    return toMinutes(QDate(2026, month, day), hour * 60);
}

struct InboxFixture
{
    std::unique_ptr<WorkspaceDocument> doc =
        std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Inbox test")));
    Id projectId = newId();
    Id overdueId = newId();
    Id milestoneId = newId();
    Id riskId = newId();
    Id requestId = newId();

    InboxFixture()
    {
        QSettings().remove(InboxModel::settingsKey(doc->filePath()));
        ChangeSet cs;
        Project p;
        p.id = projectId;
        p.code = QStringLiteral("INB");
        p.name = QStringLiteral("Inbox project");
        p.phase = Phase::Execution;
        p.start = at(3, 2, 8);
        cs.insert(p);
        Task overdue;
        overdue.id = overdueId;
        overdue.projectId = projectId;
        overdue.name = QStringLiteral("Write the design");
        overdue.start = at(3, 2, 8);
        overdue.finish = at(3, 10, 17);
        overdue.duration = 7 * 480;
        cs.insert(overdue);
        Task milestone;
        milestone.id = milestoneId;
        milestone.projectId = projectId;
        milestone.name = QStringLiteral("Design approved");
        milestone.order = 1;
        milestone.milestone = true;
        milestone.start = milestone.finish = at(3, 24, 17);
        cs.insert(milestone);
        Risk r;
        r.id = riskId;
        r.projectId = projectId;
        r.title = QStringLiteral("Supplier late");
        r.dueDate = at(3, 15);
        cs.insert(r);
        Request q;
        q.id = requestId;
        q.projectId = projectId;
        q.title = QStringLiteral("Add an export");
        q.createdUtcMs = QDateTime(QDate(2026, 3, 19), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        cs.insert(q);
        QString error;
        REQUIRE(doc->store().apply(cs, &error));
    }

    static InboxSettings quick()
    {
        InboxSettings s;
        s.earlyWarnings = false;
        return s;
    }

    /// Without forecasts, at noon on Friday 20 March 2026.
    static void prepare(InboxModel &model)
    {
        model.setSettings(quick());
        model.setNow(at(3, 20, 12));
    }
};

QModelIndex groupOf(const QAbstractItemModel &model, InboxKind kind)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex g = model.index(r, 0);
        if (g.data(InboxModel::KindRole).toInt() == int(kind))
            return g;
    }
    return {};
}

} // namespace

TEST_CASE("InboxModel groups the items by kind, with severity, project and reason", "[inbox]")
{
    InboxFixture fx;
    InboxModel model(fx.doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    InboxFixture::prepare(model);

    REQUIRE(model.rowCount() == 4);
    CHECK(model.columnCount() == InboxModel::ColumnCount);
    const QModelIndex overdue = groupOf(model, InboxKind::OverdueTask);
    REQUIRE(overdue.isValid());
    CHECK(overdue.data(InboxModel::GroupRole).toBool());
    CHECK(overdue.data().toString() == QStringLiteral("Overdue tasks (1, 1 unread)"));
    CHECK(overdue.data(Qt::FontRole).value<QFont>().bold());
    REQUIRE(model.rowCount(overdue) == 1);
    const QModelIndex task = model.index(0, InboxModel::TitleColumn, overdue);
    CHECK(task.data().toString() == QStringLiteral("Write the design"));
    CHECK(task.data(InboxModel::EntityIdRole).value<Id>() == fx.overdueId);
    CHECK(task.data(InboxModel::ProjectIdRole).value<Id>() == fx.projectId);
    CHECK(task.data(InboxModel::EntityTypeRole).toInt() == int(EntityType::Task));
    CHECK(task.data(InboxModel::SeverityRole).toInt() == int(InboxSeverity::Critical));
    CHECK(task.data(InboxModel::UnreadRole).toBool());
    CHECK(task.data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(task.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(task.siblingAtColumn(InboxModel::ProjectColumn).data().toString() == QStringLiteral("Inbox project"));
    CHECK(task.siblingAtColumn(InboxModel::ReasonColumn).data().toString().contains(QStringLiteral("overdue")));
    CHECK(task.siblingAtColumn(InboxModel::DateColumn).data(InboxModel::SortRole).toLongLong() == at(3, 10, 17));
    CHECK(model.parent(task) == overdue);
    CHECK(model.item(overdue) == nullptr);
    REQUIRE(model.item(task));
    CHECK(model.item(task)->kind == InboxKind::OverdueTask);

    CHECK(groupOf(model, InboxKind::MilestoneDue).isValid());
    CHECK(groupOf(model, InboxKind::RiskOverdue).isValid());
    CHECK(groupOf(model, InboxKind::NewRequest).isValid());
    CHECK(model.unreadCount() == 4);

    model.setKindFilter(InboxKind::RiskOverdue);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(InboxModel::KindRole).toInt() == int(InboxKind::RiskOverdue));
    CHECK(model.unreadCount() == 4); // the filter hides, it does not read
    model.setKindFilter(std::nullopt);
    CHECK(model.rowCount() == 4);
}

TEST_CASE("InboxModel keeps read marks per workspace in the settings and counts unread items", "[inbox]")
{
    InboxFixture fx;
    InboxModel model(fx.doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    InboxFixture::prepare(model);
    QSignalSpy unread(&model, &InboxModel::unreadCountChanged);

    const QModelIndex group = groupOf(model, InboxKind::OverdueTask);
    model.setRead({model.index(0, 0, group)}, true);
    REQUIRE(unread.count() == 1);
    CHECK(unread.last().at(0).toInt() == 3);
    CHECK_FALSE(model.index(0, 0, group).data(InboxModel::UnreadRole).toBool());
    CHECK_FALSE(model.index(0, 0, group).data(Qt::FontRole).value<QFont>().bold());
    CHECK(QSettings().value(InboxModel::settingsKey(fx.doc->filePath())).toStringList().size() == 1);

    // Another model of the same workspace (the next session) sees the same marks.
    InboxModel again(fx.doc.get());
    InboxFixture::prepare(again);
    CHECK(again.unreadCount() == 3);
    CHECK(InboxModel::settingsKey(QStringLiteral("/a.keel")) != InboxModel::settingsKey(QStringLiteral("/b.keel")));

    // A group row marks its items; unread brings one back.
    model.setRead({groupOf(model, InboxKind::RiskOverdue)}, true);
    CHECK(model.unreadCount() == 2);
    model.setRead({model.index(0, 0, group)}, false);
    CHECK(model.unreadCount() == 3);
    model.markAllRead();
    CHECK(model.unreadCount() == 0);
    CHECK(unread.last().at(0).toInt() == 0);
    CHECK(model.firstUnreadTitle().isEmpty());
}

TEST_CASE("InboxModel refreshes once after a burst of changes and announces new items", "[inbox]")
{
    InboxFixture fx;
    InboxModel model(fx.doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    InboxFixture::prepare(model);
    InboxSettings listed = model.settings();
    listed.overdueTasksListed = 10; // every overdue task its own item here
    model.setSettings(listed);
    QSignalSpy refreshed(&model, &InboxModel::refreshed);
    QSignalSpy arrived(&model, &InboxModel::newItemsArrived);

    for (int i = 0; i < 3; ++i) {
        Task t;
        t.id = newId();
        t.projectId = fx.projectId;
        t.name = QStringLiteral("Late %1").arg(i);
        t.order = 10 + i;
        t.start = at(3, 2, 8);
        t.finish = at(3, 4 + i, 17);
        t.duration = 480;
        REQUIRE(fx.doc->apply(ChangeSet().insert(t)));
    }
    CHECK(refreshed.isEmpty()); // debounced: nothing yet
    REQUIRE(refreshed.wait(3000));
    CHECK(refreshed.count() == 1);
    CHECK(model.rowCount(groupOf(model, InboxKind::OverdueTask)) == 4);
    REQUIRE(arrived.count() == 1);
    CHECK(arrived.first().at(0).toInt() == 3);
    CHECK(arrived.first().at(1).toString() == QStringLiteral("Late 0"));

    TrayNotifier tray;
    CHECK_FALSE(tray.isActive()); // offscreen: no system tray, and no harm done
    tray.setUnreadCount(7);
    tray.announce(3, QStringLiteral("Late 0"));
    CHECK(tray.lastMessage() == QStringLiteral("Late 0 and 2 more"));
}

TEST_CASE("InboxView filters by kind, opens items and marks them read", "[inbox]")
{
    InboxFixture fx;
    InboxView view(fx.doc.get());
    view.resize(1000, 600);
    view.show();
    QAbstractItemModelTester tester(view.sortModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    InboxFixture::prepare(*view.model());
    CHECK(view.view()->model()->rowCount() == 4);
    CHECK(view.view()->isExpanded(view.view()->model()->index(0, 0)));

    view.kindFilter()->setCurrentIndex(view.kindFilter()->findData(int(InboxKind::MilestoneDue)));
    REQUIRE(view.view()->model()->rowCount() == 1);
    const QModelIndex group = view.view()->model()->index(0, 0);
    const QModelIndex milestone = view.view()->model()->index(0, 0, group);
    CHECK(milestone.data().toString() == QStringLiteral("Design approved"));

    QSignalSpy open(&view, &InboxView::openRequested);
    view.open(milestone);
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(0).value<Id>() == fx.projectId);
    CHECK(open.first().at(1).value<EntityType>() == EntityType::Task);
    CHECK(open.first().at(2).value<Id>() == fx.milestoneId);
    CHECK(view.model()->unreadCount() == 3);

    // Sorting by date keeps groups together.
    view.kindFilter()->setCurrentIndex(0);
    view.view()->sortByColumn(InboxModel::DateColumn, Qt::DescendingOrder);
    CHECK(view.view()->model()->rowCount() == 4);
    view.view()->selectionModel()->select(view.view()->model()->index(0, 0, view.view()->model()->index(0, 0)),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view.markReadAction()->trigger();
    CHECK(view.model()->unreadCount() == 2);
    view.markUnreadAction()->trigger();
    CHECK(view.model()->unreadCount() == 3);
}

TEST_CASE("InboxModel computes the early warnings on a worker thread, as inboxItems does in one go",
          "[inbox][warnings]")
{
    auto doc = std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Demo")));
    QString error;
    REQUIRE(generateDemo(doc->store(), DemoOptions(), &error));
    QSettings().remove(InboxModel::settingsKey(doc->filePath()));
    const auto settle = [](InboxModel &model) {
        for (int i = 0; i < 1200 && model.warningsPending(); ++i)
            QTest::qWait(50);
        REQUIRE_FALSE(model.warningsPending());
    };

    InboxModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Minutes now = toMinutes(demoToday(), 12 * 60);
    model.setNow(now);
    CHECK(model.warningsPending()); // the forecasts run in the background
    settle(model);

    auto keys = [](const std::vector<InboxItem> &items) {
        QStringList list;
        for (const InboxItem &i : items)
            list << i.key;
        return list;
    };
    const std::vector<InboxItem> expected = inboxItems(doc->workspace(), now, model.settings());
    CHECK(keys(model.items()) == keys(expected));
    const auto warnings = std::count_if(expected.begin(), expected.end(), [](const InboxItem &i) {
        return i.kind == InboxKind::DeadlineWarning || i.kind == InboxKind::BudgetWarning;
    });
    CHECK(warnings > 0);

    // A change while the forecasts run: the model ends with the items of the changed workspace.
    model.refresh();
    REQUIRE(model.warningsPending());
    const Project *late = nullptr;
    for (const Project &p : doc->workspace().projects()) {
        if (p.phase == Phase::Execution) {
            late = &p;
            break;
        }
    }
    REQUIRE(late);
    REQUIRE(doc->apply(ChangeSet().update(EntityType::Project, late->id, "budget", qint64(1))));
    model.refresh();
    settle(model);
    CHECK(keys(model.items()) == keys(inboxItems(doc->workspace(), now, model.settings())));
}
