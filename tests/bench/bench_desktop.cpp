// Benchmark of the desktop program at scale, in process and offscreen (QT_QPA_PLATFORM=offscreen).
//
// 1. Window up on the demo workspace: the workspace `keel-cli demo FILE` makes (generateDemo), then
//    what app/desktop/main.cpp does at start-up — the MainWindow, show(), openWorkspace() — and the
//    event loop until the window's first paint has happened. Every run is a fresh MainWindow, file
//    open included. The breakdown times the store open on its own and each page's constructor.
// 2. A 100,000-task project in the Projects page: one project with a WBS of phases, deliverables
//    and work packages over leaf tasks, about 250,000 links of all kinds but start-to-finish,
//    200 people assigned to the leaves and a baseline, made through ChangeSets (Store::apply),
//    scheduled (TaskEdits::reschedule) and saved. Then, in a MainWindow sized so that the Gantt
//    chart's viewport is 1600×1000: the window up on that workspace, opening the project in the
//    Projects page, scrolling the tree and chart by pages, zooming from hours to quarters and back,
//    collapsing and expanding, each timed up to the end of the repaint it causes; and the chart's
//    viewport alone rendered into a pixmap (the ≤ 8 ms target) and the tree's. Scrolling and the
//    tree are timed again with the Predecessors column hidden, to tell that column's cost apart.
//
//     bench_desktop [--tasks N] [--runs R] [--dir DIR] [--skip-demo] [--skip-big] [--check]
//
// DIR keeps the generated workspaces (demo.keel, big-N.keel) and reuses them when they exist;
// without it they are made in a temporary folder. Settings go to a temporary folder too.
// Targets (RelWithDebInfo): window up on the demo workspace (median) <= 1000 ms; one 1600×1000
// chart viewport painted (median) <= 8 ms; the project opened in the Projects page <= 500 ms;
// a scroll or zoom step with its repaint within a 60 Hz frame (16 ms); collapse all, one phase
// collapsed or expanded <= 100 ms, expand all <= 500 ms.
// Prints a table with PASS/FAIL; exits 0 (with --check, 1 when a target is missed).

#include <demo/demogenerator.h>
#include <model/workspace.h>
#include <schedule/taskedits.h>
#include <store/store.h>
#include <ui/clientsview.h>
#include <ui/ganttview.h>
#include <ui/inboxview.h>
#include <ui/languagemanager.h>
#include <ui/lifecycleview.h>
#include <ui/mainwindow.h>
#include <ui/portfolioview.h>
#include <ui/projectplanview.h>
#include <ui/projectsummary.h>
#include <ui/projectsview.h>
#include <ui/projecttimelineview.h>
#include <ui/reportsview.h>
#include <ui/resourcesview.h>
#include <ui/riskregisterview.h>
#include <ui/tasktreemodel.h>
#include <ui/workspacedocument.h>

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>
#include <vector>

using namespace Keel;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

template<class F> double timed(F &&f)
{
    const auto t0 = Clock::now();
    f();
    return msSince(t0);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double maximum(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

/// The result table: one line per measurement, printed as it is measured and again at the end.
class ResultTable
{
public:
    void section(const QString &title)
    {
        m_lines.append(QString());
        m_lines.append(title);
        print(QStringLiteral("\n%1\n").arg(title));
    }
    /// A timed row; @p target <= 0 means no target (the row is a breakdown).
    void row(const QString &name, const std::vector<double> &times, double target = 0)
    {
        const double med = median(times);
        QString verdict = QStringLiteral("-");
        if (target > 0) {
            const bool ok = med <= target;
            verdict = ok ? QStringLiteral("PASS") : QStringLiteral("FAIL");
            m_failed = m_failed || !ok;
        }
        const QString line = QStringLiteral("  %1 %2 %3 %4 %5 %6")
                                 .arg(name, -52)
                                 .arg(times.size(), 5)
                                 .arg(med, 11, 'f', 2)
                                 .arg(maximum(times), 10, 'f', 2)
                                 .arg(target > 0 ? QStringLiteral("<= %1").arg(target) : QString(), 9)
                                 .arg(verdict, 6);
        m_lines.append(line);
        print(line + u'\n');
    }
    void text(const QString &line)
    {
        m_lines.append(QStringLiteral("  ") + line);
        print(QStringLiteral("  %1\n").arg(line));
    }
    static QString header()
    {
        return QStringLiteral("  %1 %2 %3 %4 %5 %6")
            .arg(QStringLiteral("measurement"), -52)
            .arg(QStringLiteral("runs"), 5)
            .arg(QStringLiteral("median ms"), 11)
            .arg(QStringLiteral("max ms"), 10)
            .arg(QStringLiteral("target ms"), 9)
            .arg(QStringLiteral("result"), 6);
    }
    void printAll() const
    {
        print(QStringLiteral("\n==== summary ====\n%1\n").arg(header()));
        for (const QString &l : m_lines)
            print(l + u'\n');
    }
    bool failed() const { return m_failed; }

private:
    QStringList m_lines;
    bool m_failed = false;
};

/// Waits, running the event loop, until a widget (the target or one inside it) has been painted.
/// Widgets paint in one pass per frame, so when processEvents() returns after a paint, the frame
/// is complete.
class PaintWatch : public QObject
{
public:
    PaintWatch() { qApp->installEventFilter(this); }
    ~PaintWatch() override { qApp->removeEventFilter(this); }

    bool wait(QWidget *target, int timeoutMs = 60000)
    {
        m_target = target;
        m_painted = false;
        QElapsedTimer timer;
        timer.start();
        while (!m_painted) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (timer.elapsed() > timeoutMs) {
                note(QStringLiteral("bench_desktop: no paint of %1 within %2 ms\n")
                         .arg(QLatin1String(target->metaObject()->className()))
                         .arg(timeoutMs));
                return false;
            }
        }
        m_target = nullptr;
        return true;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_target && watched->isWidgetType()) {
            auto *w = static_cast<QWidget *>(watched);
            if (w == m_target || m_target->isAncestorOf(w))
                m_painted = true;
        }
        return false;
    }

private:
    QWidget *m_target = nullptr;
    bool m_painted = false;
};

/// Lets queued work (deferred deletes, posted events) finish between measurements.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

QString counts(const Workspace &ws)
{
    return QStringLiteral("%1 projects, %2 tasks, %3 links, %4 assignments, %5 resources")
        .arg(ws.projects().size())
        .arg(ws.tasks().size())
        .arg(ws.dependencies().size())
        .arg(ws.table<Assignment>().size())
        .arg(ws.resources().size());
}

bool apply(Store &store, const ChangeSet &changes, QString *error)
{
    return changes.isEmpty() || store.apply(changes, error).has_value();
}

// ---- the workspaces ----------------------------------------------------------------------------

/// The demo workspace, as `keel-cli demo FILE` makes it.
bool makeDemo(const QString &path, QString *error)
{
    std::unique_ptr<Store> store = Store::create(path, error);
    return store && generateDemo(*store, DemoOptions(), error);
}

/// One project of @p taskCount tasks: phases → deliverables → work packages (10 each) → leaves.
/// Leaves run in nine lanes of chained tasks per work package, work packages start 0.6 working
/// days apart; every link goes from a task planned to finish before its successor starts, so the
/// plan is free of cycles and its length stays that of the nominal plan (about 2.5 years).
/// A second, small project lets the page switch projects.
bool makeBig(const QString &path, int taskCount, QString *error)
{
    std::unique_ptr<Store> store = Store::create(path, error, QStringLiteral("Scale test"));
    if (!store)
        return false;
    std::mt19937 rng(20260105);
    const auto pick = [&rng](int n) { return int(rng() % unsigned(n)); };
    const Minutes day = 480;
    const Minutes projectStart = toMinutes(QDate(2026, 1, 5), 8 * 60);

    ChangeSet pool(QStringLiteral("Pool"));
    std::vector<Id> people;
    for (int i = 0; i < 200; ++i) {
        Resource r;
        r.id = newId();
        r.name = QStringLiteral("Person %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        r.role = i % 4 == 0 ? QStringLiteral("Engineer") : QStringLiteral("Consultant");
        r.currency = QStringLiteral("EUR");
        r.rates = {RateEntry{kNoTime, qint64(5000 + 100 * (i % 60)), qint64(9000 + 150 * (i % 60))}};
        people.push_back(r.id);
        pool.insert(r);
    }
    Project big;
    big.id = newId();
    big.code = QStringLiteral("ATLAS");
    big.name = QStringLiteral("Atlas programme");
    big.phase = Phase::Execution;
    big.start = projectStart;
    pool.insert(big);
    Project small;
    small.id = newId();
    small.code = QStringLiteral("ZEP");
    small.name = QStringLiteral("Zephyr support");
    small.phase = Phase::Execution;
    small.start = projectStart;
    pool.insert(small);
    if (!apply(*store, pool, error))
        return false;

    // The WBS.
    const int packages = std::max(1, taskCount / 100);
    const int deliverables = (packages + 9) / 10;
    const int phases = (deliverables + 9) / 10;
    const int leaves = std::max(packages, taskCount - packages - deliverables - phases);
    ChangeSet tasks(QStringLiteral("Tasks"));
    struct Leaf
    {
        Id id;
        Minutes start = 0;   ///< nominal, working minutes from the project start
        Minutes finish = 0;
        Minutes duration = 0;
    };
    std::vector<Leaf> nodes;
    nodes.reserve(size_t(leaves));
    std::vector<Id> phaseIds, deliverableIds;
    const auto summary = [&](const Id &parent, int order, const QString &name) {
        Task t;
        t.id = newId();
        t.projectId = big.id;
        t.parentId = parent;
        t.order = order;
        t.name = name;
        tasks.insert(t);
        return t.id;
    };
    for (int p = 0; p < phases; ++p)
        phaseIds.push_back(summary(Id(), p, QStringLiteral("Phase %1").arg(p + 1)));
    for (int d = 0; d < deliverables; ++d)
        deliverableIds.push_back(summary(phaseIds[size_t(d / 10)], d % 10, QStringLiteral("Deliverable %1").arg(d + 1)));
    ChangeSet staffing(QStringLiteral("Assignments"));
    const QStringList categories = {QStringLiteral("Analysis"), QStringLiteral("Design"), QStringLiteral("Build"),
                                    QStringLiteral("Test"), QStringLiteral("Deploy")};
    for (int w = 0; w < packages; ++w) {
        const Id package = summary(deliverableIds[size_t(w / 10)], w % 10, QStringLiteral("Work package %1").arg(w + 1));
        const int n = leaves / packages + (w < leaves % packages ? 1 : 0);
        const Minutes packageStart = Minutes(w) * day * 6 / 10;
        for (int j = 0; j < n; ++j) {
            Task t;
            t.id = newId();
            t.projectId = big.id;
            t.parentId = package;
            t.order = j;
            t.milestone = j == n - 1;
            t.name = t.milestone ? QStringLiteral("WP %1 accepted").arg(w + 1)
                                 : QStringLiteral("Task %1.%2").arg(w + 1).arg(j + 1);
            t.duration = t.milestone ? 0 : day * (1 + pick(3));
            t.category = categories[j % categories.size()];
            Leaf leaf;
            leaf.id = t.id;
            leaf.start = packageStart + Minutes(j / 9) * 3 * day;
            leaf.duration = t.duration;
            leaf.finish = leaf.start + t.duration;
            if (!t.milestone) {
                const int person = (w * 7 + j % 9) % int(people.size());
                Assignment a;
                a.id = newId();
                a.taskId = t.id;
                a.resourceId = people[size_t(person)];
                a.work = t.duration;
                staffing.insert(a);
                t.work = a.work;
                if (pick(10) == 0) {
                    Assignment b;
                    b.id = newId();
                    b.taskId = t.id;
                    b.resourceId = people[size_t((person + 101) % int(people.size()))];
                    b.units = 0.5;
                    b.work = t.duration / 2;
                    staffing.insert(b);
                    t.work += b.work;
                }
            }
            tasks.insert(t);
            nodes.push_back(leaf);
        }
    }
    if (!apply(*store, tasks, error) || !apply(*store, staffing, error))
        return false;

    // Links: the lanes' chains, then one or two links per leaf from an earlier leaf that is planned
    // to finish before it starts (finish-to-start mostly; start-to-start and finish-to-finish too).
    ChangeSet links(QStringLiteral("Links"));
    QSet<quint64> linked;
    const auto link = [&](size_t from, size_t to, DependencyType type, Minutes lag) {
        if (!linked.contains(quint64(from) << 32 | quint64(to))) {
            linked.insert(quint64(from) << 32 | quint64(to));
            Dependency d;
            d.id = newId();
            d.predecessorId = nodes[from].id;
            d.successorId = nodes[to].id;
            d.type = type;
            d.lag = lag;
            links.insert(d);
        }
    };
    size_t first = 0;
    for (int w = 0; w < packages; ++w) {
        const size_t n = size_t(leaves / packages + (w < leaves % packages ? 1 : 0));
        for (size_t j = 9; j < n; ++j)
            link(first + j - 9, first + j, DependencyType::FinishStart, 0);
        first += n;
    }
    for (size_t i = 1; i < nodes.size(); ++i) {
        const int extra = pick(4) == 0 ? 1 : 2;
        for (int k = 0, tries = 0; k < extra && tries < 8; ++tries) {
            const size_t back = size_t(1 + pick(3000));
            if (back > i)
                continue;
            const size_t from = i - back;
            if (nodes[from].finish > nodes[i].start)
                continue;
            const int kind = pick(20);
            const Minutes slack = nodes[i].start - nodes[from].finish;
            if (kind < 2)
                link(from, i, DependencyType::StartStart, std::min<Minutes>(nodes[from].duration, nodes[i].start - nodes[from].start));
            else if (kind < 4)
                link(from, i, DependencyType::FinishFinish, 0);
            else
                link(from, i, DependencyType::FinishStart, kind == 4 ? std::min<Minutes>(slack, day) : 0);
            ++k;
        }
    }
    if (!apply(*store, links, error))
        return false;

    // The small project.
    ChangeSet few(QStringLiteral("Small project"));
    Id previous;
    for (int i = 0; i < 20; ++i) {
        Task t;
        t.id = newId();
        t.projectId = small.id;
        t.order = i;
        t.name = QStringLiteral("Support task %1").arg(i + 1);
        t.duration = day * (1 + i % 3);
        few.insert(t);
        if (!previous.isNull()) {
            Dependency d;
            d.id = newId();
            d.predecessorId = previous;
            d.successorId = t.id;
            few.insert(d);
        }
        previous = t.id;
    }
    if (!apply(*store, few, error))
        return false;

    const Workspace &ws = store->workspace();
    if (!apply(*store, TaskEdits::reschedule(ws, big.id), error) || !apply(*store, TaskEdits::reschedule(ws, small.id), error))
        return false;

    // A baseline of the scheduled plan.
    Baseline b;
    b.id = newId();
    b.projectId = big.id;
    b.number = 0;
    b.name = QStringLiteral("Approved plan");
    b.savedUtcMs = QDateTime(QDate(2026, 1, 2), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    ChangeSet baseline(QStringLiteral("Baseline"));
    baseline.insert(b);
    for (const Task &t : ws.tasks()) {
        if (t.projectId != big.id)
            continue;
        BaselineTask bt;
        bt.id = newId();
        bt.baselineId = b.id;
        bt.taskId = t.id;
        bt.start = t.start;
        bt.finish = t.finish;
        bt.duration = t.duration;
        bt.work = t.work;
        baseline.insert(bt);
    }
    if (!apply(*store, baseline, error))
        return false;
    note(QStringLiteral("generated %1: %2\n").arg(path, counts(ws)));
    return true;
}

/// Makes @p path with @p make unless it exists; returns false (and says why) on failure.
bool ensure(const QString &path, const std::function<bool(const QString &, QString *)> &make)
{
    if (QFileInfo::exists(path))
        return true;
    note(QStringLiteral("generating %1 …\n").arg(path));
    QString error;
    const auto t0 = Clock::now();
    if (!make(path, &error)) {
        note(QStringLiteral("bench_desktop: cannot make %1: %2\n").arg(path, error));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return false;
    }
    note(QStringLiteral("  in %1 s\n").arg(msSince(t0) / 1000.0, 0, 'f', 1));
    return true;
}

// ---- 1. window up ------------------------------------------------------------------------------

struct WindowRun
{
    double store = 0;    ///< WorkspaceDocument::openOrCreate alone (then closed)
    double shell = 0;    ///< MainWindow constructor, no workspace
    double show = 0;
    double open = 0;     ///< MainWindow::openWorkspace: store open + pages
    double paint = 0;    ///< event loop until the first paint has happened
    double total = 0;    ///< shell + show + open + paint
};

/// One start-up as app/desktop/main.cpp does it. @p size: the window's size (as a restored geometry
/// gives it); @p afterOpen runs, untimed, once the window is up.
WindowRun windowUp(const QString &path, LanguageManager *languages, PaintWatch &watch, QSize size,
                   const std::function<void(MainWindow &)> &afterOpen = {})
{
    WindowRun r;
    {
        QString error;
        std::unique_ptr<WorkspaceDocument> doc;
        r.store = timed([&] { doc = WorkspaceDocument::openOrCreate(path, &error); });
        if (!doc)
            qFatal("bench_desktop: %s", qPrintable(error));
    }
    std::unique_ptr<MainWindow> window;
    const auto t0 = Clock::now();
    r.shell = timed([&] {
        window = std::make_unique<MainWindow>(languages);
        window->resize(size);
    });
    r.show = timed([&] { window->show(); });
    r.open = timed([&] {
        QString error;
        if (!window->openWorkspace(path, &error))
            qFatal("bench_desktop: %s", qPrintable(error));
    });
    r.paint = timed([&] { watch.wait(window.get()); });
    r.total = msSince(t0);
    if (afterOpen)
        afterOpen(*window);
    window.reset();
    settle();
    return r;
}

void reportWindow(ResultTable &table, const std::vector<WindowRun> &runs, double target)
{
    const auto column = [&](double WindowRun::*field) {
        std::vector<double> v;
        for (const WindowRun &r : runs)
            v.push_back(r.*field);
        return v;
    };
    table.row(QStringLiteral("window up: shell + show + open + first paint"), column(&WindowRun::total), target);
    table.row(QStringLiteral("  MainWindow constructor (no workspace)"), column(&WindowRun::shell));
    table.row(QStringLiteral("  show()"), column(&WindowRun::show));
    table.row(QStringLiteral("  openWorkspace(): store open + build pages"), column(&WindowRun::open));
    table.row(QStringLiteral("  event loop to the first paint"), column(&WindowRun::paint));
    table.row(QStringLiteral("  (store open alone: WorkspaceDocument)"), column(&WindowRun::store));
}

/// Each page's constructor on an open document.
void reportPages(ResultTable &table, const QString &path, int runs)
{
    QString error;
    std::unique_ptr<WorkspaceDocument> doc = WorkspaceDocument::openOrCreate(path, &error);
    if (!doc)
        qFatal("bench_desktop: %s", qPrintable(error));
    const std::vector<std::pair<QString, std::function<QWidget *()>>> pages = {
        {QStringLiteral("Portfolio"), [&] { return new PortfolioView(doc.get()); }},
        {QStringLiteral("Projects"), [&] { return new ProjectsView(doc.get()); }},
        {QStringLiteral("Resources"), [&] { return new ResourcesView(doc.get()); }},
        {QStringLiteral("Clients"), [&] { return new ClientsView(doc.get()); }},
        {QStringLiteral("Reports"), [&] { return new ReportsView(doc.get()); }},
        {QStringLiteral("Inbox"), [&] { return new InboxView(doc.get()); }},
    };
    for (const auto &[name, make] : pages) {
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            QWidget *page = nullptr;
            times.push_back(timed([&] { page = make(); }));
            delete page;
            settle();
        }
        table.row(QStringLiteral("  page constructor: %1").arg(name), times);
    }
}

// ---- 2. the big project --------------------------------------------------------------------------

/// Resizes @p window so that the chart's viewport is @p target.
void fitChart(MainWindow &window, GanttView *chart, QSize target)
{
    for (int i = 0; i < 4 && chart->viewport()->size() != target; ++i) {
        const QSize diff = target - chart->viewport()->size();
        window.resize(window.size() + diff);
        settle();
    }
}

void measureBig(ResultTable &table, const QString &path, int runs, LanguageManager *languages, PaintWatch &watch)
{
    const QSize chartSize(1600, 1000);
    QSettings().setValue(QStringLiteral("mainWindow/page"), int(Page::Projects));
    QSettings().setValue(QStringLiteral("mainWindow/sideBarVisible"), true);

    std::vector<WindowRun> ups;
    QSize windowSize(2600, 1200);
    for (int i = 0; i < std::max(3, runs / 2); ++i) {
        ups.push_back(windowUp(path, languages, watch, windowSize, [&](MainWindow &w) {
            auto *projects = static_cast<ProjectsView *>(w.pageWidget(Page::Projects));
            fitChart(w, projects->plan()->chart(), chartSize);
            windowSize = w.size();
        }));
    }
    table.text(QStringLiteral("window %1×%2 (chart viewport 1600×1000), start page Projects")
                   .arg(windowSize.width()).arg(windowSize.height()));
    reportWindow(table, ups, 0);

    // One window for the rest.
    MainWindow window(languages);
    window.resize(windowSize);
    window.show();
    QString error;
    if (!window.openWorkspace(path, &error))
        qFatal("bench_desktop: %s", qPrintable(error));
    watch.wait(&window);
    auto *projects = static_cast<ProjectsView *>(window.pageWidget(Page::Projects));
    ProjectPlanView *plan = projects->plan();
    QTreeView *tree = plan->tree();
    GanttView *chart = plan->chart();
    fitChart(window, chart, chartSize);
    window.update();
    watch.wait(&window);
    const Workspace &ws = window.document()->workspace();
    table.text(QStringLiteral("workspace: %1; VmRSS %2 MB with the window up")
                   .arg(counts(ws))
                   .arg(residentMb(), 0, 'f', 0));
    Id bigId, smallId;
    for (const Project &p : ws.projects())
        (p.code == u"ATLAS" ? bigId : smallId) = p.id;
    const int rows = int(ws.projectTasks(bigId).size());

    // Opening the project in the page: from the small project, as a click in the list does.
    std::vector<double> open, openPaint, planOnly, planPaint;
    for (int i = 0; i < runs; ++i) {
        projects->showProject(smallId);
        watch.wait(chart->viewport());
        open.push_back(timed([&] { projects->showProject(bigId); }));
        openPaint.push_back(open.back() + timed([&] { watch.wait(chart->viewport()); }));
    }
    table.row(QStringLiteral("open the project in the Projects page + first paint"), openPaint, 500);
    table.row(QStringLiteral("  ProjectsView::showProject (every tab follows)"), open);
    // The tabs one by one.
    auto *lifecycle = projects->findChild<LifecycleView *>();
    auto *risks = projects->findChild<RiskRegisterView *>();
    auto *timeline = projects->findChild<ProjectTimelineView *>();
    ProjectSummary *summary = projects->summary();
    std::vector<double> tLifecycle, tRisks, tTimeline, tSummary;
    for (int i = 0; i < runs; ++i) {
        plan->setProjectId(smallId);
        watch.wait(chart->viewport());
        planOnly.push_back(timed([&] { plan->setProjectId(bigId); }));
        planPaint.push_back(timed([&] { watch.wait(chart->viewport()); }));
        const std::vector<std::pair<std::vector<double> *, std::function<void(const Id &)>>> tabs = {
            {&tLifecycle, [&](const Id &id) { lifecycle->setProjectId(id); }},
            {&tRisks, [&](const Id &id) { risks->setProjectId(id); }},
            {&tTimeline, [&](const Id &id) { timeline->setProjectId(id); }},
            {&tSummary, [&](const Id &id) { summary->setProjectId(id); }}};
        for (const auto &[times, set] : tabs) {
            set(smallId);
            times->push_back(timed([&] { set(bigId); }));
        }
    }
    table.row(QStringLiteral("  Plan tab: ProjectPlanView::setProjectId"), planOnly);
    table.row(QStringLiteral("  Plan tab: first paint after it (tree + chart)"), planPaint);
    table.row(QStringLiteral("  Lifecycle tab: setProjectId"), tLifecycle);
    table.row(QStringLiteral("  Risks tab: setProjectId"), tRisks);
    table.row(QStringLiteral("  Client tab: setProjectId"), tTimeline);
    table.row(QStringLiteral("  Summary tab: setProjectId"), tSummary);
    projects->showProject(smallId);
    projects->showProject(bigId);
    watch.wait(chart->viewport());
    table.text(QStringLiteral("%1 rows in the tree, expanded; zoom %2").arg(rows).arg(int(chart->zoom())));

    // Scrolling the tree and chart by pages: the scroll bar moved as Page Down does, up to the end
    // of the repaint of both viewports.
    QScrollBar *vertical = tree->verticalScrollBar();
    const auto scrollTo = [&](int value) { // untimed
        vertical->setValue(value);
        chart->viewport()->update();
        watch.wait(chart->viewport());
    };
    const auto pagesDown = [&](int count) {
        std::vector<double> times;
        scrollTo(0);
        for (int i = 0; i < count; ++i)
            times.push_back(timed([&] {
                vertical->setValue(vertical->value() + vertical->pageStep());
                watch.wait(chart->viewport());
            }));
        return times;
    };
    const std::vector<double> pageDown = pagesDown(4 * runs);
    std::vector<double> jump;
    for (const double f : {0.25, 0.5, 0.75, 1.0, 0.1, 0.6, 0.9, 0.0}) {
        jump.push_back(timed([&] {
            vertical->setValue(int(f * vertical->maximum()));
            watch.wait(chart->viewport());
        }));
    }
    table.row(QStringLiteral("scroll one page (tree + chart repaint)"), pageDown, 16);
    table.row(QStringLiteral("scroll to 10%…100% (tree + chart repaint)"), jump, 16);
    // The same with the Predecessors column hidden (as its context menu allows): what the rest of
    // the tree and the chart cost.
    tree->setColumnHidden(TaskTreeModel::PredecessorsColumn, true);
    table.row(QStringLiteral("  the same, Predecessors column hidden"), pagesDown(4 * runs));
    tree->setColumnHidden(TaskTreeModel::PredecessorsColumn, false);

    // Zoom from hours to quarters and back, in the middle of the plan.
    scrollTo(vertical->maximum() / 2);
    while (chart->zoom() != GanttZoom::Hour) {
        plan->action(ProjectPlanView::Action::ZoomIn)->trigger();
        watch.wait(chart->viewport());
    }
    std::vector<double> zoomOut, zoomIn;
    for (int r = 0; r < std::max(2, runs / 2); ++r) {
        while (chart->zoom() != GanttZoom::Quarter)
            zoomOut.push_back(timed([&] {
                plan->action(ProjectPlanView::Action::ZoomOut)->trigger();
                watch.wait(chart->viewport());
            }));
        while (chart->zoom() != GanttZoom::Hour)
            zoomIn.push_back(timed([&] {
                plan->action(ProjectPlanView::Action::ZoomIn)->trigger();
                watch.wait(chart->viewport());
            }));
    }
    table.row(QStringLiteral("zoom out one step, hours → quarters (+ repaint)"), zoomOut, 16);
    table.row(QStringLiteral("zoom in one step, quarters → hours (+ repaint)"), zoomIn, 16);

    // Collapse and expand: all, and one phase (a tenth of the plan) by its own arrow.
    std::vector<double> collapseAll, expandAll, collapseOne, expandOne;
    scrollTo(0);
    const QModelIndex phase = plan->model()->index(0, 0);
    for (int r = 0; r < std::max(3, runs / 2); ++r) {
        collapseAll.push_back(timed([&] {
            tree->collapseAll();
            watch.wait(chart->viewport());
        }));
        expandAll.push_back(timed([&] {
            tree->expandAll();
            watch.wait(chart->viewport());
        }));
        collapseOne.push_back(timed([&] {
            tree->collapse(phase);
            watch.wait(chart->viewport());
        }));
        expandOne.push_back(timed([&] {
            tree->expand(phase);
            watch.wait(chart->viewport());
        }));
    }
    table.row(QStringLiteral("collapse all (+ repaint)"), collapseAll, 100);
    table.row(QStringLiteral("expand all (+ repaint)"), expandAll, 500);
    table.row(QStringLiteral("collapse one phase (+ repaint)"), collapseOne, 100);
    table.row(QStringLiteral("expand one phase (+ repaint)"), expandOne, 100);

    // Editing: a leaf's duration typed into the tree, as the delegate commits it (the edit, the
    // project rescheduled, the model and chart refreshed, up to the end of the repaint), then
    // Ctrl+Z. The task is in the first work package on screen.
    scrollTo(0);
    QModelIndex leaf = plan->model()->index(0, 0);
    while (plan->model()->rowCount(leaf) > 0)
        leaf = plan->model()->index(0, 0, leaf);
    const QModelIndex durationCell = leaf.siblingAtColumn(TaskTreeModel::DurationColumn);
    const QString original = durationCell.data(Qt::EditRole).toString();
    std::vector<double> edit, undo;
    for (int r = 0; r < std::max(3, runs / 2); ++r) {
        edit.push_back(timed([&] {
            plan->model()->setData(durationCell, QStringLiteral("%1h").arg(9 + r), Qt::EditRole);
            watch.wait(chart->viewport());
        }));
        undo.push_back(timed([&] {
            window.document()->undoStack()->undo();
            watch.wait(chart->viewport());
        }));
    }
    if (durationCell.data(Qt::EditRole).toString() != original)
        qFatal("bench_desktop: undo did not restore the duration %s", qPrintable(original));
    table.row(QStringLiteral("edit a duration in the tree (reschedule + repaint)"), edit);
    table.row(QStringLiteral("  undo it (+ repaint)"), undo);

    // The viewports alone, rendered into pixmaps, at each zoom and four scroll positions.
    QPixmap chartPixmap(chart->viewport()->size());
    QPixmap treePixmap(tree->viewport()->size());
    std::vector<double> chartMedians, treeMedians, treeMediansHidden;
    static const char *names[] = {"hours", "days", "weeks", "months", "quarters"};
    for (const GanttZoom zoom : {GanttZoom::Hour, GanttZoom::Day, GanttZoom::Week, GanttZoom::Month, GanttZoom::Quarter}) {
        chart->setZoom(zoom);
        std::vector<double> all;
        for (const double f : {0.0, 0.25, 0.5, 0.999}) {
            vertical->setValue(int(f * vertical->maximum()));
            const QModelIndex top = tree->indexAt(QPoint(0, 0));
            chart->scrollToTask(plan->model()->taskId(top));
            scrollTo(int(f * vertical->maximum()));
            std::vector<double> times;
            for (int r = 0; r < runs; ++r)
                times.push_back(timed([&] { chart->viewport()->render(&chartPixmap); }));
            chartMedians.push_back(median(times));
            all.insert(all.end(), times.begin(), times.end());
        }
        table.row(QStringLiteral("  chart viewport render, %1 (4 positions)").arg(QLatin1String(names[int(zoom)])), all);
    }
    for (const bool withPredecessors : {true, false}) {
        tree->setColumnHidden(TaskTreeModel::PredecessorsColumn, !withPredecessors);
        std::vector<double> &medians = withPredecessors ? treeMedians : treeMediansHidden;
        for (const double f : {0.0, 0.25, 0.5, 0.999}) {
            scrollTo(int(f * vertical->maximum()));
            std::vector<double> times;
            for (int r = 0; r < runs; ++r)
                times.push_back(timed([&] { tree->viewport()->render(&treePixmap); }));
            medians.push_back(median(times));
        }
    }
    tree->setColumnHidden(TaskTreeModel::PredecessorsColumn, false);
    table.row(QStringLiteral("paint one 1600×1000 chart viewport (20 cases)"), chartMedians, 8);
    table.row(QStringLiteral("  tree viewport render (4 positions)"), treeMedians);
    table.row(QStringLiteral("  tree viewport render, Predecessors hidden"), treeMediansHidden);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform says so at every window resize; nothing the benchmark needs to know.
    static const QtMessageHandler defaultHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.contains(u"does not support propagateSizeHints"))
            defaultHandler(type, context, message);
    });
    const auto processStart = Clock::now();
    QApplication app(argc, argv);
    // As app/desktop/main.cpp, but with settings in a temporary folder: a first start, and the
    // user's own settings are neither read nor changed.
    QCoreApplication::setOrganizationName(QStringLiteral("KeelBench"));
    QCoreApplication::setApplicationName(QStringLiteral("KeelBenchDesktop"));
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    int tasks = 100000;
    int runs = 7;
    QString dir;
    bool skipDemo = false, skipBig = false, check = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString next = args.value(i + 1);
        if (args[i] == u"--tasks" && !next.isEmpty())
            tasks = std::max(2000, args[++i].toInt());
        else if (args[i] == u"--runs" && !next.isEmpty())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == u"--dir" && !next.isEmpty())
            dir = args[++i];
        else if (args[i] == u"--skip-demo")
            skipDemo = true;
        else if (args[i] == u"--skip-big")
            skipBig = true;
        else if (args[i] == u"--check")
            check = true;
        else {
            note(QStringLiteral("usage: bench_desktop [--tasks N] [--runs R] [--dir DIR] [--skip-demo] [--skip-big] [--check]\n"));
            return 2;
        }
    }
    QTemporaryDir scratch;
    if (dir.isEmpty())
        dir = scratch.path();
    QDir().mkpath(dir);

    LanguageManager languages;
    double appSetup = timed([&] { languages.install(languages.resolvedLanguage()); });
    appSetup += std::chrono::duration<double, std::milli>(Clock::now() - processStart).count() - appSetup;

    ResultTable table;
    print(QStringLiteral("bench_desktop: Qt %1, platform %2, %3 threads, load average %4 at start\n")
              .arg(QString::fromLatin1(qVersion()), QGuiApplication::platformName())
              .arg(QThread::idealThreadCount())
              .arg(loadAverage(), 0, 'f', 2));
    print(ResultTable::header() + u'\n');
    PaintWatch watch;

    if (!skipDemo) {
        const QString demo = QDir(dir).filePath(QStringLiteral("demo.keel"));
        if (!ensure(demo, makeDemo))
            return 1;
        table.section(QStringLiteral("1. window up on the demo workspace (keel-cli demo, scale 1)"));
        table.text(QStringLiteral("before the window: QApplication + language %1 ms (once per process)").arg(appSetup, 0, 'f', 1));
        {
            QString error;
            auto doc = WorkspaceDocument::openOrCreate(demo, &error);
            if (!doc)
                qFatal("bench_desktop: %s", qPrintable(error));
            table.text(QStringLiteral("workspace: %1").arg(counts(doc->workspace())));
        }
        windowUp(demo, &languages, watch, QSize(1360, 860)); // a warm-up: fonts, styles, icons
        for (const Page start : {Page::Portfolio, Page::Projects}) {
            QSettings().setValue(QStringLiteral("mainWindow/page"), int(start));
            std::vector<WindowRun> ups;
            for (int i = 0; i < runs; ++i)
                ups.push_back(windowUp(demo, &languages, watch, QSize(1360, 860)));
            table.text(QStringLiteral("window 1360×860, start page %1:").arg(start == Page::Portfolio ? QStringLiteral("Portfolio")
                                                                                                      : QStringLiteral("Projects")));
            reportWindow(table, ups, 1000);
        }
        reportPages(table, demo, runs);
        QSettings().remove(QStringLiteral("mainWindow/page"));
    }

    if (!skipBig) {
        const QString big = QDir(dir).filePath(QStringLiteral("big-%1.keel").arg(tasks));
        if (!ensure(big, [tasks](const QString &path, QString *error) { return makeBig(path, tasks, error); }))
            return 1;
        table.section(QStringLiteral("2. a %1-task project in the Projects page").arg(tasks));
        measureBig(table, big, runs, &languages, watch);
    }

    table.printAll();
    print(QStringLiteral("load average %1 at the end\n").arg(loadAverage(), 0, 'f', 2));
    return check && table.failed() ? 1 : 0;
}
