#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <ui/dashboardview.h>
#include <ui/reportpreview.h>
#include <ui/reportsview.h>
#include <ui/workspacedocument.h>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Keel;
using namespace KeelTest;

namespace {

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

} // namespace

TEST_CASE("ReportsView shows a dashboard of five charts over the portfolio", "[reports]")
{
    auto doc = sampleDocument();
    ReportsView view(doc.get());
    view.resize(1300, 900);
    view.show();
    view.refreshDashboard();
    const DashboardData &data = view.dashboard()->data();
    int open = 0;
    for (const Project &p : doc->workspace().projects())
        open += p.phase == Phase::Closed ? 0 : 1;
    CHECK(data.health[0] + data.health[1] + data.health[2] == open);
    CHECK(data.weeks.size() == 12);
    const QList<QChartView *> charts = view.dashboard()->chartViews();
    REQUIRE(charts.size() == 5);
    for (QChartView *c : charts)
        CHECK(c->chart());
    CHECK_FALSE(charts[0]->chart()->series().isEmpty()); // health always has open projects here
}

TEST_CASE("ReportsView previews, and exports PDF, XLSX and CSV through the same documents", "[reports]")
{
    auto doc = sampleDocument();
    ReportsView view(doc.get());
    view.resize(1300, 900);
    view.show();
    view.tabs()->setCurrentIndex(1);

    view.selectReport(ReportKind::Portfolio);
    CHECK_FALSE(view.projectBox()->isEnabled());
    QSignalSpy rendered(view.preview(), &ReportPreview::rendered);
    REQUIRE(view.buildPreview());
    REQUIRE(view.currentDocument().has_value());
    CHECK(view.currentDocument()->kind == QStringLiteral("portfolio"));
    REQUIRE(rendered.wait(20000));
    CHECK(rendered.first().at(0).toInt() > 0);
    CHECK(view.preview()->pageCount() > 0);

    QTemporaryDir dir;
    QString error;
    const QString pdf = dir.filePath(QStringLiteral("portfolio.pdf"));
    REQUIRE(view.exportTo(pdf, &error));
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(head(pdf, 5) == QByteArray("%PDF-"));
    const QString xlsx = dir.filePath(QStringLiteral("portfolio.xlsx"));
    REQUIRE(view.exportTo(xlsx, &error));
    CHECK(QFileInfo(xlsx).size() > 1000);
    CHECK(head(xlsx, 2) == QByteArray("PK"));
    const QString csv = dir.filePath(QStringLiteral("portfolio.csv"));
    REQUIRE(view.exportTo(csv, &error));
    CHECK(QFileInfo(csv).size() > 0);

    // A bad name and an unwritable place are refused with a message; nothing is left behind.
    CHECK_FALSE(view.exportTo(dir.filePath(QStringLiteral("portfolio.txt")), &error));
    CHECK(error.contains(QStringLiteral(".pdf")));
    error.clear();
    CHECK_FALSE(view.exportTo(dir.filePath(QStringLiteral("missing/folder/p.pdf")), &error));
    CHECK_FALSE(error.isEmpty());

    // A project report needs a project: the catalogue picks one rather than the portfolio.
    view.selectReport(ReportKind::Status);
    CHECK(view.projectBox()->isEnabled());
    CHECK_FALSE(view.request().projectId.isNull());
    view.selectReport(ReportKind::Status, projectId(*doc, QStringLiteral("CRB-021")));
    CHECK(view.request().projectId == projectId(*doc, QStringLiteral("CRB-021")));
    REQUIRE(view.buildPreview(&error));
    CHECK(view.currentDocument()->kind == QStringLiteral("status"));
    const QString status = dir.filePath(QStringLiteral("status.pdf"));
    REQUIRE(view.exportTo(status, &error));
    CHECK(head(status, 5) == QByteArray("%PDF-"));

    // Period reports take the period from the controls.
    view.selectReport(ReportKind::Utilization);
    CHECK(view.request().period.isBounded());
}

TEST_CASE("Reports catalogue screenshot of a workspace file", "[.reports-screenshot]")
{
    // KEEL_SCREENSHOT_WORKSPACE=FILE KEEL_SCREENSHOT_OUT=PNG test_ui "[.reports-screenshot]"
    const QString file = qEnvironmentVariable("KEEL_SCREENSHOT_WORKSPACE");
    const QString out = qEnvironmentVariable("KEEL_SCREENSHOT_OUT");
    if (file.isEmpty() || out.isEmpty())
        return;
    QString error;
    auto doc = WorkspaceDocument::openOrCreate(file, &error);
    REQUIRE(doc);
    ReportsView view(doc.get());
    view.resize(1240, 820);
    view.show();
    view.tabs()->setCurrentIndex(1);
    view.selectReport(ReportKind::Status, doc->workspace().findProject(QStringLiteral("CTH-DATA"))->id);
    QSignalSpy rendered(view.preview(), &ReportPreview::rendered);
    REQUIRE(view.buildPreview());
    REQUIRE(rendered.wait(30000));
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    CHECK(view.grab().save(out));
}
