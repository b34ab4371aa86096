// Benchmark of the desktop Gantt view: a flat model of 100,000 tasks in a QTreeView with the
// GanttView beside it (1600×1000 chart viewport), as the project page shows them. Measures the
// first paint after setTreeView (which reads every row once for the time line's extent and
// indexes the links' ends) and then repaints of the chart viewport at several scroll positions
// and zoom levels, rendered offscreen into a pixmap.
//
//     bench_ganttview [--tasks N] [--runs R] [--save LAST.png]
//
// Target (RelWithDebInfo): median repaint <= 8 ms.

#include "ui/ganttroles.h"
#include "ui/ganttview.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QDate>
#include <QPixmap>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Keel;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/// A flat list of tasks serving the Gantt roles.
class TaskList : public QAbstractListModel
{
public:
    explicit TaskList(int count)
    {
        const Minutes base = toMinutes(QDate(2026, 1, 5), 8 * 60);
        m_rows.reserve(size_t(count));
        for (int i = 0; i < count; ++i) {
            GanttRow r;
            r.id = QUuid::createUuid();
            r.name = QStringLiteral("Task %1").arg(i + 1);
            r.kind = i % 10 == 9 ? GanttRow::Kind::Milestone : GanttRow::Kind::Task;
            r.start = base + Minutes(i / 10) * 2 * kMinutesPerDay + (i % 10) * kMinutesPerDay;
            r.finish = r.kind == GanttRow::Kind::Milestone ? r.start : r.start + 2 * kMinutesPerDay + 9 * 60;
            r.baselineStart = r.start - kMinutesPerDay;
            r.baselineFinish = r.finish - kMinutesPerDay;
            r.progress = (i * 37) % 101;
            r.critical = i % 3 == 0;
            r.resources = QStringLiteral("Ana Souza");
            m_rows.push_back(r);
        }
    }
    const std::vector<GanttRow> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const GanttRow &r = m_rows[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole: return r.name;
        case TaskIdRole: return QVariant::fromValue(r.id);
        case StartRole: return qint64(r.start);
        case FinishRole: return qint64(r.finish);
        case BaselineStartRole: return qint64(r.baselineStart);
        case BaselineFinishRole: return qint64(r.baselineFinish);
        case ProgressRole: return r.progress;
        case BarKindRole: return int(r.kind == GanttRow::Kind::Milestone ? GanttBarKind::Milestone : GanttBarKind::Task);
        case CriticalRole: return r.critical;
        case ManualRole: return false;
        case DeadlineRole: return qint64(kNoTime);
        case ResourceNamesRole: return r.resources;
        default: return {};
        }
    }

private:
    std::vector<GanttRow> m_rows;
};

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int tasks = 100000;
    int runs = 15;
    QString save;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--tasks")
            tasks = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--save")
            save = args[i + 1];
    }
    TaskList model(tasks);
    std::vector<GanttLink> links;
    for (int i = 1; i < tasks; ++i) {
        if (i % 10 != 0)
            links.push_back({model.rows()[size_t(i - 1)].id, model.rows()[size_t(i)].id, DependencyType::FinishStart});
        if (i >= 500 && i % 500 == 0)
            links.push_back({model.rows()[size_t(i - 500)].id, model.rows()[size_t(i)].id, DependencyType::FinishStart});
    }

    QTreeView tree;
    tree.setUniformRowHeights(true);
    tree.setModel(&model);
    tree.resize(300, 1000);
    GanttView gantt;
    gantt.resize(1600, 1000);
    tree.show();
    gantt.show();
    QPixmap target(gantt.viewport()->size());

    const auto t0 = Clock::now();
    gantt.setTreeView(&tree);
    gantt.setLinks(links);
    gantt.setToday(model.rows().front().start + 5 * kMinutesPerDay);
    gantt.viewport()->render(&target);
    std::printf("%d tasks, %zu links: setTreeView + first paint %.1f ms\n", tasks, links.size(), msSince(t0));

    std::vector<double> all;
    std::printf("%-8s %10s %12s %8s\n", "zoom", "first row", "median ms", "max ms");
    static const char *names[] = {"hour", "day", "week", "month", "quarter"};
    for (const GanttZoom zoom : {GanttZoom::Hour, GanttZoom::Day, GanttZoom::Week, GanttZoom::Month, GanttZoom::Quarter}) {
        gantt.setZoom(zoom);
        for (const double position : {0.0, 0.25, 0.5, 0.999}) {
            const int row = std::min(int(position * tasks), tasks - 1);
            tree.verticalScrollBar()->setValue(int(position * tree.verticalScrollBar()->maximum()));
            gantt.scrollToTime(model.rows()[size_t(row)].start);
            QCoreApplication::processEvents();
            std::vector<double> times;
            for (int r = 0; r < runs; ++r) {
                const auto p0 = Clock::now();
                gantt.viewport()->render(&target);
                times.push_back(msSince(p0));
            }
            all.push_back(median(times));
            std::printf("%-8s %10d %12.2f %8.2f\n", names[int(zoom)], row, median(times),
                        *std::max_element(times.begin(), times.end()));
        }
    }
    if (!save.isEmpty())
        target.save(save);
    const double overall = median(all);
    std::printf("GanttView 1600x1000, %d tasks: median repaint %.2f ms, slowest case %.2f ms; target <= 8 ms: %s\n", tasks,
                overall, *std::max_element(all.begin(), all.end()), overall <= 8.0 ? "met" : "NOT met");
    return 0;
}
