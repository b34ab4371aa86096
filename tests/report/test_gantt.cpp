// The Gantt renderer: time scale, chart data from a project, pagination, PDF and PNG output.

#include <catch2/catch.hpp>

#include <demo/demogenerator.h>
#include <report/ganttdata.h>
#include <report/ganttexport.h>
#include <report/ganttpainter.h>
#include <report/ganttprintlayout.h>
#include <store/store.h>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Keel;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

/// @p count rows of five working days each, every fifth a milestone, in chains of links.
GanttData syntheticChart(int count, const QString &namePrefix = QStringLiteral("Task"))
{
    GanttData data;
    data.title = QStringLiteral("P-1 — Synthetic");
    const Minutes start = toMinutes(QDate(2026, 3, 2), 8 * 60);
    for (int i = 0; i < count; ++i) {
        GanttRow row;
        row.id = QUuid::createUuid();
        row.name = QStringLiteral("%1 %2").arg(namePrefix).arg(i + 1);
        row.start = start + (i % 20) * kMinutesPerDay;
        row.finish = row.start + 4 * kMinutesPerDay + 9 * 60;
        row.kind = i % 5 == 4 ? GanttRow::Kind::Milestone : GanttRow::Kind::Task;
        if (row.kind == GanttRow::Kind::Milestone)
            row.start = row.finish;
        row.progress = i % 3 * 40;
        row.critical = i % 7 == 0;
        row.baselineStart = row.start - kMinutesPerDay;
        row.baselineFinish = row.finish - kMinutesPerDay;
        data.rows.push_back(row);
        if (i > 0)
            data.links.push_back({data.rows[size_t(i - 1)].id, row.id, DependencyType::FinishStart});
    }
    data.buildIndex();
    return data;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

int pdfPages(const QByteArray &pdf)
{
    return int(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

} // namespace

TEST_CASE("the time scale maps minutes to x and back", "[gantt][scale]")
{
    const Minutes origin = toMinutes(QDate(2026, 3, 1));
    const GanttScale day(GanttZoom::Day, origin, 30);
    CHECK(day.x(origin) == 0);
    CHECK(day.x(origin + kMinutesPerDay) == Approx(30));
    CHECK(day.x(origin + 12 * 60) == Approx(15));
    CHECK(day.timeAt(45) == origin + kMinutesPerDay + 12 * 60);
    CHECK(day.timeAt(day.x(origin + 1234567)) == origin + 1234567);

    CHECK(day.snapUnit() == kMinutesPerDay);
    CHECK(day.snapDelta(kMinutesPerDay * 2 + 300) == 2 * kMinutesPerDay);
    CHECK(day.snapDelta(-kMinutesPerDay - 800) == -2 * kMinutesPerDay);
    CHECK(GanttScale(GanttZoom::Hour, origin, 800).snapUnit() == 60);
    CHECK(GanttScale(GanttZoom::Quarter, origin, 1).snapUnit() == 7 * kMinutesPerDay);

    const Minutes wed = toMinutes(QDate(2026, 3, 4), 13 * 60); // a Wednesday
    CHECK(GanttScale::unitStart(GanttUnit::Hour, wed + 17) == wed);
    CHECK(GanttScale::unitStart(GanttUnit::Day, wed) == toMinutes(QDate(2026, 3, 4)));
    CHECK(GanttScale::unitStart(GanttUnit::Week, wed) == toMinutes(QDate(2026, 3, 2)));
    CHECK(GanttScale::unitStart(GanttUnit::Week, wed, Qt::Sunday) == toMinutes(QDate(2026, 3, 1)));
    CHECK(GanttScale::unitStart(GanttUnit::Month, wed) == toMinutes(QDate(2026, 3, 1)));
    CHECK(GanttScale::unitStart(GanttUnit::Quarter, toMinutes(QDate(2026, 8, 19))) == toMinutes(QDate(2026, 7, 1)));
    CHECK(GanttScale::nextUnit(GanttUnit::Month, toMinutes(QDate(2026, 1, 1))) == toMinutes(QDate(2026, 2, 1)));
    CHECK(GanttScale::unitStart(GanttUnit::Day, toMinutes(QDate(1969, 12, 31), 600)) == toMinutes(QDate(1969, 12, 31)));

    CHECK(GanttScale::zoomIn(GanttZoom::Hour) == GanttZoom::Hour);
    CHECK(GanttScale::zoomIn(GanttZoom::Week) == GanttZoom::Day);
    CHECK(GanttScale::zoomOut(GanttZoom::Month) == GanttZoom::Quarter);
    CHECK(GanttScale::zoomForPixelsPerDay(30, 20) == GanttZoom::Day);
    CHECK(GanttScale::zoomForPixelsPerDay(5, 20) == GanttZoom::Week);
    CHECK(GanttScale::zoomForPixelsPerDay(0.3, 20) == GanttZoom::Quarter);
}

TEST_CASE("the header has two tiers of localized ticks", "[gantt][scale]")
{
    const Minutes march = toMinutes(QDate(2026, 3, 1));
    const Minutes april = toMinutes(QDate(2026, 4, 1));
    const GanttScale day(GanttZoom::Day, march, 30);
    const auto minor = day.ticks(false, march, april, kEnglish);
    REQUIRE(minor.size() == 31);
    CHECK(minor.front().label == QStringLiteral("1"));
    CHECK(minor.back().label == QStringLiteral("31"));
    const auto major = day.ticks(true, march + 5, april - 5, kEnglish);
    REQUIRE(major.size() == 1);
    CHECK(major.front().start == march);
    CHECK(major.front().label.contains(QStringLiteral("March")));
    CHECK(major.front().label.contains(QStringLiteral("2026")));

    const GanttScale quarter(GanttZoom::Quarter, march, 1);
    const auto quarters = quarter.ticks(false, march, toMinutes(QDate(2027, 1, 1)), kEnglish);
    REQUIRE(quarters.size() == 4);
    CHECK(quarters.front().label == QStringLiteral("Q1"));
    CHECK(quarter.ticks(true, march, april, kEnglish).front().label == QStringLiteral("2026"));

    const GanttScale month(GanttZoom::Month, march, 3);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    CHECK(month.ticks(false, march, april, chinese).front().label == chinese.standaloneMonthName(3, QLocale::ShortFormat));
    CHECK(GanttScale::formatDate(kEnglish, QDate(2026, 3, 4)) == QStringLiteral("March 4, 2026"));
    CHECK_FALSE(GanttScale::formatDate(chinese, QDate(2026, 3, 4)).contains(QStringLiteral("星期")));
}

TEST_CASE("chart data comes from a project: WBS order, kinds, critical path, links, baseline", "[gantt][data]")
{
    auto store = Store::createInMemory();
    QString error;
    REQUIRE(generateDemo(*store, DemoOptions(), &error));
    const Workspace &ws = store->workspace();
    REQUIRE(ws.projects().size() > 0);
    bool sawBaseline = false, sawResources = false;
    int projectsWithCriticalTasks = 0;
    for (const Project &p : ws.projects()) {
        const GanttData data = GanttData::fromProject(ws, p.id);
        const QList<Id> ids = ws.projectTasks(p.id);
        REQUIRE(data.rows.size() == size_t(ids.size()));
        CHECK(data.title.contains(p.name));
        int critical = 0;
        for (size_t i = 0; i < data.rows.size(); ++i) {
            const GanttRow &row = data.rows[i];
            const Task &t = *ws.get<Task>(ids[qsizetype(i)]);
            CHECK(row.id == t.id);
            CHECK(row.start == t.start);
            CHECK(row.finish == t.finish);
            CHECK(row.level == (t.parentId.isNull() ? 0 : data.rows[size_t(data.rowOf(t.parentId))].level + 1));
            CHECK((row.kind == GanttRow::Kind::Summary) == ws.isSummary(t.id));
            critical += row.critical;
            sawBaseline |= row.baselineStart != kNoTime;
            sawResources |= !row.resources.isEmpty();
        }
        projectsWithCriticalTasks += critical > 0;
        for (const GanttLink &link : data.links) {
            CHECK(data.rowOf(link.from) >= 0);
            CHECK(data.rowOf(link.to) >= 0);
        }
    }
    CHECK(sawResources);
    CHECK(projectsWithCriticalTasks > 0);
    if (!sawBaseline)
        WARN("the demo workspace holds no baseline");
    CHECK(GanttData::fromProject(ws, QUuid::createUuid()).rows.empty());
}

TEST_CASE("pages: fit to N pages wide, poster, rows cut into bands", "[gantt][print]")
{
    const GanttData data = syntheticChart(100);
    GanttPrintOptions options;
    options.today = toMinutes(QDate(2026, 3, 10));

    const GanttPrintLayout one(data, options, kEnglish);
    CHECK(one.pagesAcross() == 1);
    CHECK(one.rowsPerPage() > 10);
    CHECK(one.pagesDown() == (100 + one.rowsPerPage() - 1) / one.rowsPerPage());
    CHECK(one.pageCount() == one.pagesAcross() * one.pagesDown());
    CHECK(one.from() <= data.earliest());
    CHECK(one.to() > data.latest());

    options.pagesWide = 3;
    const GanttPrintLayout three(data, options, kEnglish);
    CHECK(three.pagesAcross() == 3);
    CHECK(three.pageCount() == 3 * one.pagesDown());
    CHECK(three.scale().pixelsPerDay() == Approx(one.scale().pixelsPerDay() * 3));

    options.from = toMinutes(QDate(2026, 1, 1));
    options.to = toMinutes(QDate(2027, 1, 1));
    options.mode = GanttPrintOptions::Mode::Poster;
    options.posterZoom = GanttZoom::Day;
    const GanttPrintLayout poster(data, options, kEnglish);
    CHECK(poster.pagesAcross() > 5);
    CHECK(poster.scale().zoom() == GanttZoom::Day);
    options.pageLayout.setOrientation(QPageLayout::Portrait);
    const GanttPrintLayout portrait(data, options, kEnglish);
    CHECK(portrait.pagesAcross() > poster.pagesAcross());
    CHECK(portrait.rowsPerPage() > poster.rowsPerPage());

    options.singlePage = true;
    const GanttPrintLayout single(data, options, kEnglish);
    CHECK(single.pageCount() == 1);
    CHECK(single.rowsPerPage() == 100);
}

TEST_CASE("a poster repeats the task names on every page across", "[gantt][print]")
{
    const GanttData data = syntheticChart(60);
    GanttPrintOptions options;
    options.mode = GanttPrintOptions::Mode::Poster;
    options.posterZoom = GanttZoom::Day;
    options.from = toMinutes(QDate(2026, 2, 20));
    options.to = toMinutes(QDate(2026, 5, 1));
    const GanttPrintLayout layout(data, options, kEnglish);
    REQUIRE(layout.pagesAcross() >= 2);
    REQUIRE(layout.pagesDown() >= 2);
    const QImage first = layout.renderPage(0, 72);
    const QImage second = layout.renderPage(1, 72);
    const QImage nextBand = layout.renderPage(layout.pagesAcross(), 72);
    // The left strip holds the name column (and the project title, legend and footer).
    const QRect strip(0, 0, 110, first.height());
    CHECK(first.copy(strip) == second.copy(strip));
    CHECK(first.copy(strip) != nextBand.copy(strip));
    // ...and it holds text: dark pixels.
    int dark = 0;
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < 110; ++x)
            dark += qGray(first.pixel(x, y)) < 128;
    CHECK(dark > 100);
    // The time line differs from page to page.
    const QRect chart(200, 80, first.width() - 220, first.height() - 160);
    CHECK(first.copy(chart) != second.copy(chart));
}

TEST_CASE("PDF and PNG files are written", "[gantt][files]")
{
    QTemporaryDir dir;
    const GanttData data = syntheticChart(120, QStringLiteral("设计任务"));
    GanttPrintOptions options;
    options.pagesWide = 2;
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    QString error;
    REQUIRE(writeGanttPdf(data, options, pdf, &error, QLocale(QLocale::Chinese, QLocale::China)));
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.size() > 5000);
    CHECK(pdfPages(bytes) == GanttPrintLayout(data, options, QLocale(QLocale::Chinese, QLocale::China)).pageCount());
    CHECK(pdfPages(bytes) >= 4);

    const QString png = dir.filePath(QStringLiteral("chart.png"));
    REQUIRE(writeGanttPng(data, options, png, &error, kEnglish, 100));
    const QImage image(png);
    REQUIRE(!image.isNull());
    const QPageLayout page = options.pageLayout;
    CHECK(image.width() == int(std::ceil(page.fullRect(QPageLayout::Point).width() * 100 / 72)));
    CHECK(image.height() > 120 * 14 * 100 / 72); // every row on one image
    CHECK(image.height() < 200 * 14 * 100 / 72);

    const QString unwritable = dir.filePath(QStringLiteral("missing/dir/chart.pdf"));
    CHECK_FALSE(writeGanttPdf(data, options, unwritable, &error));
    CHECK(error.contains(QStringLiteral("chart.pdf")));
    CHECK_FALSE(QFile::exists(unwritable));
}

TEST_CASE("the painter paints bars where the scale puts them", "[gantt][painter]")
{
    GanttData data = syntheticChart(3);
    const Minutes origin = toMinutes(QDate(2026, 3, 1));
    GanttPainter::Metrics metrics;
    metrics.rowHeight = 24;
    const GanttScale scale(GanttZoom::Day, origin, 30);
    GanttPainter chart(scale, kEnglish, metrics);
    const GanttRow &row = data.rows[0];
    const QRectF bar = chart.barRect(row, 100);
    CHECK(bar.left() == Approx(scale.x(row.start)));
    CHECK(bar.right() == Approx(scale.x(row.finish)));
    CHECK(bar.top() > 100);
    CHECK(bar.bottom() < 124);
    GanttRow milestone = row;
    milestone.kind = GanttRow::Kind::Milestone;
    CHECK(chart.barRect(milestone, 0).center().x() == Approx(scale.x(row.finish)));
    GanttRow undated;
    CHECK(chart.barRect(undated, 0).isEmpty());

    QImage image(800, 200, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter p(&image);
    const QRectF area(0, 30, 800, 170);
    chart.paintGrid(p, area);
    chart.paintRows(p, area, data, 0, 3, 30);
    chart.paintHeader(p, QRectF(0, 0, 800, 30));
    p.end();
    const QPointF inside = chart.barRect(row, 30).center() + QPointF(20, 0);
    CHECK(QColor(image.pixel(inside.toPoint())) != QColor(Qt::white));
    CHECK(QColor(image.pixel(5, 150)) != QColor(Qt::black));
}

TEST_CASE("links passing over a band of rows are found", "[gantt][data]")
{
    GanttData data = syntheticChart(100);
    data.links.push_back({data.rows[2].id, data.rows[90].id, DependencyType::FinishStart});
    data.links.push_back({data.rows[95].id, data.rows[5].id, DependencyType::StartStart});
    data.buildIndex();
    const std::vector<int> across = data.linksAcross(40, 80);
    REQUIRE(across.size() == 2);
    CHECK(data.links[size_t(across[0])].to == data.rows[90].id);
    CHECK(data.linksAcross(0, 40).empty());
    CHECK(data.linksAcross(91, 99).empty());
    CHECK(data.linksOfRow(90).size() == 3); // the chain in and out, and the long link
}
