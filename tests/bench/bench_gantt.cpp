// Benchmark of the Gantt renderer: a 100,000-task project (summaries every tenth row, a link into
// every task and a long link every hundredth, baselines, progress, milestones, resource names),
// one 1600×1000 viewport painted into an image as the desktop view paints it (grid and shading,
// visible rows and their links, today line, two-tier header), at five zoom levels and several
// scroll positions.
//
//     bench_gantt [--tasks N] [--runs R]
//
// Target (RelWithDebInfo): median <= 8 ms per viewport.

#include "report/ganttdata.h"
#include "report/ganttpainter.h"

#include <QDate>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Keel;

namespace {

using Clock = std::chrono::steady_clock;

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

GanttData generate(int count)
{
    GanttData data;
    data.title = QStringLiteral("BENCH — 100k tasks");
    const Minutes base = toMinutes(QDate(2026, 1, 5), 8 * 60);
    data.rows.reserve(size_t(count));
    const QString people[] = {QStringLiteral("Ana Souza"), QStringLiteral("李娜"), QStringLiteral("Jonas Berg"),
                              QStringLiteral("Priya Nair")};
    for (int i = 0; i < count; ++i) {
        GanttRow row;
        row.id = QUuid::createUuid();
        const bool summary = i % 10 == 0;
        row.kind = summary ? GanttRow::Kind::Summary : i % 10 == 9 ? GanttRow::Kind::Milestone : GanttRow::Kind::Task;
        row.level = summary ? 0 : 1;
        row.name = summary ? QStringLiteral("Work package %1").arg(i / 10 + 1) : QStringLiteral("Task %1").arg(i + 1);
        const Minutes start = base + Minutes(i / 10) * 2 * kMinutesPerDay + (i % 10) * kMinutesPerDay;
        row.start = start;
        row.finish = summary ? start + 12 * kMinutesPerDay : row.kind == GanttRow::Kind::Milestone ? start : start + 2 * kMinutesPerDay + 9 * 60;
        row.baselineStart = row.start - kMinutesPerDay;
        row.baselineFinish = row.finish - kMinutesPerDay;
        row.progress = (i * 37) % 101;
        row.critical = i % 3 == 0;
        if (!summary)
            row.resources = people[i % 4];
        if (i % 50 == 7)
            row.deadline = row.finish + kMinutesPerDay;
        data.rows.push_back(row);
        if (i > 0 && !summary)
            data.links.push_back({data.rows[size_t(i - 1)].id, row.id, DependencyType(i % 4)});
        if (i >= 100 && i % 100 == 0)
            data.links.push_back({data.rows[size_t(i - 100)].id, row.id, DependencyType::FinishStart});
    }
    data.buildIndex();
    return data;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int tasks = 100000;
    int runs = 15;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--tasks")
            tasks = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
    }

    const auto t0 = Clock::now();
    const GanttData data = generate(tasks);
    std::printf("generated %d tasks, %zu links in %.0f ms\n", tasks, data.links.size(),
                std::chrono::duration<double, std::milli>(Clock::now() - t0).count());

    const QSize viewport(1600, 1000);
    const int rowHeight = 24;
    const int header = 44;
    const int visibleRows = (viewport.height() - header) / rowHeight + 1;
    QImage image(viewport, QImage::Format_ARGB32_Premultiplied);
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(12);
    GanttPainter::Metrics metrics;
    metrics.font = font;
    metrics.headerFont = font;
    metrics.rowHeight = rowHeight;
    const Minutes origin = GanttScale::unitStart(GanttUnit::Month, data.earliest()) - 31 * kMinutesPerDay;
    const QLocale locale(QLocale::English, QLocale::UnitedStates);

    std::vector<double> allWall;
    std::vector<double> allCpu;
    std::printf("%-8s %10s %12s %12s %8s\n", "zoom", "first row", "median ms", "median cpu", "max ms");
    for (const GanttZoom zoom : {GanttZoom::Hour, GanttZoom::Day, GanttZoom::Week, GanttZoom::Month, GanttZoom::Quarter}) {
        const GanttScale scale(zoom, origin, GanttScale::defaultPixelsPerDay(zoom));
        GanttPainter chart(scale, locale, metrics);
        chart.setCalendar(&data.calendar);
        for (const double position : {0.0, 0.25, 0.5, 0.999}) {
            const int first = std::min(int(position * tasks), std::max(0, tasks - visibleRows));
            const double scroll = scale.x(data.rows[size_t(first)].start) - 200;
            std::vector<double> wall, cpu;
            double worst = 0;
            for (int r = 0; r < runs; ++r) {
                const auto w0 = Clock::now();
                const double c0 = cpuMs();
                QPainter painter(&image);
                painter.translate(-scroll, 0);
                const QRectF body(scroll, header, viewport.width(), viewport.height() - header);
                painter.setClipRect(body);
                chart.paintGrid(painter, body);
                chart.paintRows(painter, body, data, first, first + visibleRows, header);
                chart.setToday(data.rows[size_t(first)].start + 3 * kMinutesPerDay);
                chart.paintToday(painter, body);
                painter.setClipping(false);
                chart.paintHeader(painter, QRectF(scroll, 0, viewport.width(), header));
                painter.end();
                const double ms = std::chrono::duration<double, std::milli>(Clock::now() - w0).count();
                wall.push_back(ms);
                cpu.push_back(cpuMs() - c0);
                worst = std::max(worst, ms);
            }
            allWall.push_back(median(wall));
            allCpu.push_back(median(cpu));
            static const char *names[] = {"hour", "day", "week", "month", "quarter"};
            std::printf("%-8s %10d %12.2f %12.2f %8.2f\n", names[int(zoom)], first, median(wall), median(cpu), worst);
        }
    }
    const double overall = median(allWall);
    const double overallCpu = median(allCpu);
    const double slowest = *std::max_element(allWall.begin(), allWall.end());
    std::printf("viewport 1600x1000, %d tasks: median %.2f ms (cpu %.2f ms), slowest case %.2f ms; target <= 8 ms: %s\n",
                tasks, overall, overallCpu, slowest, overallCpu <= 8.0 && overall <= 8.0 ? "met" : "NOT met");
    return 0;
}
