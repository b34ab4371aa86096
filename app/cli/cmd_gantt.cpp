// keel-cli gantt: renders a project's Gantt chart to a PDF (printed pages) or a PNG (one image),
// with the same painter the desktop chart uses.

#include "command.h"

#include <report/ganttdata.h>
#include <report/ganttexport.h>
#include <store/store.h>

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Keel;
using namespace Keel::Cli;

namespace {

const QString kName = QStringLiteral("gantt");

QLocale chartLocale(const Workspace &ws)
{
    QLocale locale = ws.settings().language.isEmpty() ? QLocale::system() : QLocale(ws.settings().language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

std::optional<GanttZoom> zoomFromName(const QString &name)
{
    static const std::pair<const char16_t *, GanttZoom> zooms[] = {
        {u"hour", GanttZoom::Hour}, {u"day", GanttZoom::Day}, {u"week", GanttZoom::Week},
        {u"month", GanttZoom::Month}, {u"quarter", GanttZoom::Quarter}};
    for (const auto &[n, z] : zooms) {
        if (name == QStringView(n))
            return z;
    }
    return std::nullopt;
}

std::optional<QPageSize> paperFromName(const QString &name)
{
    static const std::pair<const char16_t *, QPageSize::PageSizeId> papers[] = {
        {u"a4", QPageSize::A4}, {u"a3", QPageSize::A3}, {u"a2", QPageSize::A2}, {u"a1", QPageSize::A1},
        {u"letter", QPageSize::Letter}, {u"legal", QPageSize::Legal}, {u"tabloid", QPageSize::Tabloid}};
    for (const auto &[n, id] : papers) {
        if (name.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return QPageSize(id);
    }
    return std::nullopt;
}

int run(const QStringList &argv)
{
    const Args args(argv,
                    {QStringLiteral("--project"), QStringLiteral("--out"), QStringLiteral("--from"), QStringLiteral("--to"),
                     QStringLiteral("--pages-wide"), QStringLiteral("--zoom"), QStringLiteral("--paper"),
                     QStringLiteral("--today"), QStringLiteral("--dpi"), QStringLiteral("--locale")},
                    {QStringLiteral("--poster"), QStringLiteral("--portrait"), QStringLiteral("--no-legend")});
    if (!args.ok())
        return usage(kName, args.error());
    if (args.positional().size() != 1)
        return usage(kName, QStringLiteral("expected one WORKSPACE"));
    if (!args.has(QStringLiteral("--project")))
        return usage(kName, QStringLiteral("--project P is required"));
    const QString outPath = args.value(QStringLiteral("--out"));
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (outPath.isEmpty() || (suffix != u"pdf" && suffix != u"png"))
        return usage(kName, QStringLiteral("--out FILE.pdf|FILE.png is required"));

    GanttPrintOptions options;
    Minutes from = kNoTime, to = kNoTime, today = kNoTime;
    if (!args.date(QStringLiteral("--from"), &from) || !args.date(QStringLiteral("--to"), &to) || !args.date(QStringLiteral("--today"), &today))
        return usage(kName, QStringLiteral("dates are YYYY-MM-DD (e.g. --from 2026-03-02)"));
    if (from != kNoTime && to != kNoTime && to < from)
        return usage(kName, QStringLiteral("--to is before --from"));
    options.from = from;
    options.to = to != kNoTime ? to + kMinutesPerDay : kNoTime; // --to is inclusive
    options.today = today != kNoTime ? today : toMinutes(QDateTime::currentDateTime());
    options.legend = !args.flag(QStringLiteral("--no-legend"));
    if (args.has(QStringLiteral("--pages-wide"))) {
        bool ok = false;
        options.pagesWide = args.value(QStringLiteral("--pages-wide")).toInt(&ok);
        if (!ok || options.pagesWide < 1 || options.pagesWide > 100)
            return usage(kName, QStringLiteral("--pages-wide must be 1..100"));
    }
    if (args.flag(QStringLiteral("--poster"))) {
        if (args.has(QStringLiteral("--pages-wide")))
            return usage(kName, QStringLiteral("--poster and --pages-wide exclude each other"));
        options.mode = GanttPrintOptions::Mode::Poster;
    }
    if (args.has(QStringLiteral("--zoom"))) {
        const std::optional<GanttZoom> zoom = zoomFromName(args.value(QStringLiteral("--zoom")));
        if (!zoom)
            return usage(kName, QStringLiteral("unknown zoom '%1' (expected hour|day|week|month|quarter)")
                                    .arg(args.value(QStringLiteral("--zoom"))));
        if (options.mode != GanttPrintOptions::Mode::Poster)
            return usage(kName, QStringLiteral("--zoom applies to --poster"));
        options.posterZoom = *zoom;
    }
    QPageSize paper(QPageSize::A4);
    if (args.has(QStringLiteral("--paper"))) {
        const std::optional<QPageSize> p = paperFromName(args.value(QStringLiteral("--paper")));
        if (!p)
            return usage(kName, QStringLiteral("unknown paper '%1' (expected a4|a3|a2|a1|letter|legal|tabloid)")
                                    .arg(args.value(QStringLiteral("--paper"))));
        paper = *p;
    }
    options.pageLayout = QPageLayout(paper, args.flag(QStringLiteral("--portrait")) ? QPageLayout::Portrait : QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Point);
    double dpi = 150;
    if (args.has(QStringLiteral("--dpi"))) {
        bool ok = false;
        dpi = args.value(QStringLiteral("--dpi")).toDouble(&ok);
        if (!ok || dpi < 36 || dpi > 600)
            return usage(kName, QStringLiteral("--dpi must be 36..600"));
        if (suffix != u"png")
            return usage(kName, QStringLiteral("--dpi applies to PNG output"));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(kName, QStringLiteral("charts need a GUI application object (fonts); this keel-cli was built without one"));

    auto store = openWorkspace(kName, args.positional().first());
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    const Project *project = ws.findProject(args.value(QStringLiteral("--project")));
    if (!project)
        return fail(kName, QStringLiteral("no project '%1' in %2 (a code, a name or an id; names must be unique)")
                               .arg(args.value(QStringLiteral("--project")), args.positional().first()));
    QLocale locale = chartLocale(ws);
    if (args.has(QStringLiteral("--locale"))) {
        locale = QLocale(args.value(QStringLiteral("--locale")));
        if (locale.language() == QLocale::C)
            return usage(kName, QStringLiteral("unknown locale '%1' (e.g. en_US, zh_CN)").arg(args.value(QStringLiteral("--locale"))));
    }
    QLocale::setDefault(locale);
    const GanttData data = GanttData::fromProject(ws, project->id);

    QString error;
    if (suffix == u"pdf") {
        if (!writeGanttPdf(data, options, outPath, &error, locale))
            return fail(kName, error);
        const GanttPrintLayout layout(data, options, locale);
        out(QStringLiteral("Gantt chart of %1 written to %2 (%3 tasks, %4 pages: %5 across, %6 down)\n")
                .arg(data.title, QDir::toNativeSeparators(outPath))
                .arg(data.rows.size())
                .arg(layout.pageCount())
                .arg(layout.pagesAcross())
                .arg(layout.pagesDown()));
    } else {
        if (!writeGanttPng(data, options, outPath, &error, locale, dpi))
            return fail(kName, error);
        out(QStringLiteral("Gantt chart of %1 written to %2 (%3 tasks)\n")
                .arg(data.title, QDir::toNativeSeparators(outPath))
                .arg(data.rows.size()));
    }
    return Ok;
}

const Registration reg{{
    kName,
    QStringLiteral("gantt WORKSPACE --project P --out FILE.pdf|FILE.png [--from DATE --to DATE] [--pages-wide N | --poster [--zoom Z]]"),
    QStringLiteral("Renders a project's Gantt chart to a PDF (printed pages) or a PNG image."),
    QStringLiteral(
        "Paints the project's Gantt chart (bars, summaries, milestones, progress, baseline, critical\n"
        "path, links, deadlines, non-working time, today line) as the desktop prints it. A PDF holds\n"
        "vector pages, each repeating the task names, with a header, a legend and \"Page x of y\";\n"
        "a PNG is one image of every row. Files are written atomically.\n\n"
        "  --project P        a project code, name or id\n"
        "  --out FILE         .pdf or .png\n"
        "  --from DATE        first day shown, YYYY-MM-DD (default: the project's start)\n"
        "  --to DATE          last day shown, inclusive (default: the project's finish)\n"
        "  --pages-wide N     fit the date range to N pages across (default 1)\n"
        "  --poster           print at a zoom's natural size across as many pages as needed\n"
        "  --zoom Z           with --poster: hour, day, week (default), month or quarter\n"
        "  --paper NAME       a4 (default), a3, a2, a1, letter, legal, tabloid\n"
        "  --portrait         portrait pages (default: landscape)\n"
        "  --no-legend        leave the legend out\n"
        "  --today DATE       where the today line is drawn (default: now)\n"
        "  --locale NAME      dates and month names in this locale, e.g. zh_CN (default: the\n"
        "                     workspace's language)\n"
        "  --dpi N            PNG resolution (default 150)\n\n"
        "Exit status: 0 written, 1 failed (workspace, project, writing), 2 usage error."),
    run,
}};

} // namespace
