// keel-cli report: builds a report of a workspace and writes it as PDF, XLSX or CSV.

#include "command.h"

#include <report/reportbuilder.h>
#include <report/reportexport.h>
#include <report/reportlayout.h>
#include <store/store.h>

#include <QDir>
#include <QGuiApplication>

using namespace Keel;
using namespace Keel::Cli;

namespace {

const QString kName = QStringLiteral("report");

/// The locale of numbers in reports: the workspace's language, else the system's; the bare "C"
/// locale (no digit grouping) becomes English.
QLocale reportLocale(const Workspace &ws)
{
    QLocale locale = ws.settings().language.isEmpty() ? QLocale::system() : QLocale(ws.settings().language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

int run(const QStringList &argv)
{
    const Args args(argv,
                    {QStringLiteral("--kind"), QStringLiteral("--project"), QStringLiteral("--from"),
                     QStringLiteral("--to"), QStringLiteral("--as-of"), QStringLiteral("--out"),
                     QStringLiteral("--table"), QStringLiteral("--iterations"), QStringLiteral("--seed")},
                    {});
    if (!args.ok())
        return usage(kName, args.error());
    if (args.positional().size() != 1)
        return usage(kName, QStringLiteral("expected one WORKSPACE"));
    if (!args.has(QStringLiteral("--kind")))
        return usage(kName, QStringLiteral("--kind is required (%1)").arg(reportKindNames().join(u'|')));
    const auto kind = reportKindFromName(args.value(QStringLiteral("--kind")));
    if (!kind)
        return usage(kName, QStringLiteral("unknown kind '%1' (expected %2)")
                                .arg(args.value(QStringLiteral("--kind")), reportKindNames().join(u'|')));
    const QString outPath = args.value(QStringLiteral("--out"));
    if (outPath.isEmpty())
        return usage(kName, QStringLiteral("--out FILE.pdf|FILE.xlsx|FILE.csv is required"));
    ReportFormat format;
    if (!reportFormatOfPath(outPath, &format))
        return usage(kName, QStringLiteral("--out must end in .pdf, .xlsx or .csv"));
    if (format != ReportFormat::Csv && args.has(QStringLiteral("--table")))
        return usage(kName, QStringLiteral("--table only applies to CSV output"));

    ReportRequest request;
    request.kind = *kind;
    Minutes from = kNoTime, to = kNoTime, asOf = kNoTime;
    if (!args.date(QStringLiteral("--from"), &from) || !args.date(QStringLiteral("--to"), &to) || !args.date(QStringLiteral("--as-of"), &asOf))
        return usage(kName, QStringLiteral("dates are YYYY-MM-DD"));
    if (from != kNoTime && to != kNoTime && to < from)
        return usage(kName, QStringLiteral("--to is before --from"));
    request.period.from = from;
    request.period.to = to != kNoTime ? to + kMinutesPerDay : kNoTime; // --to is inclusive
    // A project report speaks as of its status date; --as-of (or --to) moves it.
    request.asOf = asOf != kNoTime ? asOf : to;
    if (args.has(QStringLiteral("--iterations"))) {
        bool ok = false;
        request.iterations = args.value(QStringLiteral("--iterations")).toInt(&ok);
        if (!ok || request.iterations < 1 || request.iterations > 1000000)
            return usage(kName, QStringLiteral("--iterations must be 1..1000000"));
    }
    if (args.has(QStringLiteral("--seed"))) {
        bool ok = false;
        request.seed = args.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return usage(kName, QStringLiteral("--seed must be a non-negative integer"));
    }
    if (reportNeedsProject(*kind) && !args.has(QStringLiteral("--project")))
        return usage(kName, QStringLiteral("a %1 report needs --project P").arg(reportKindName(*kind)));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(kName, QStringLiteral("reports need a GUI application object (fonts); this keel-cli was built without one"));

    auto store = openWorkspace(kName, args.positional().first());
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    if (args.has(QStringLiteral("--project"))) {
        const Project *p = ws.findProject(args.value(QStringLiteral("--project")));
        if (!p)
            return fail(kName, QStringLiteral("no project '%1' (a code, a name or an id; names must be unique)")
                                   .arg(args.value(QStringLiteral("--project"))));
        request.projectId = p->id;
    }
    const QLocale locale = reportLocale(ws);
    QLocale::setDefault(locale);
    request.locale = locale;

    QString error;
    const std::optional<ReportDocument> doc = buildReport(ws, request, &error);
    if (!doc)
        return fail(kName, error);
    if (!writeReport(*doc, outPath, &error, args.value(QStringLiteral("--table")), locale))
        return fail(kName, error);
    QString detail;
    if (format == ReportFormat::Pdf)
        detail = QStringLiteral("%1 pages").arg(ReportLayout(*doc, locale).pageCount());
    else if (format == ReportFormat::Xlsx)
        detail = QStringLiteral("%1 sheets").arg(doc->tables().size() + 1);
    else
        detail = QStringLiteral("table %1").arg(args.has(QStringLiteral("--table")) ? args.value(QStringLiteral("--table"))
                                                                                     : doc->primaryTable()->name);
    out(QStringLiteral("%1 report written to %2 (%3)\n").arg(reportKindName(*kind), QDir::toNativeSeparators(outPath), detail));
    return Ok;
}

const Registration reg{{
    kName,
    QStringLiteral("report WORKSPACE --kind KIND [--project P] [--from DATE --to DATE] --out FILE.pdf|FILE.xlsx|FILE.csv"),
    QStringLiteral("Writes a status, EVM, client, risk, portfolio, utilization or profitability report."),
    QStringLiteral(
        "Builds a report from the workspace and writes it by the extension of --out: a PDF of the\n"
        "painted pages, an XLSX workbook (a summary sheet and one sheet per table) or one table as\n"
        "CSV (RFC 4180). Files are written atomically.\n\n"
        "  --kind KIND        status, evm, client (one project each); risks, portfolio,\n"
        "                     utilization, profitability (the portfolio, or --project)\n"
        "  --project P        a project code, name or id\n"
        "  --from DATE        start of the period (utilization, profitability), YYYY-MM-DD\n"
        "  --to DATE          end of the period, inclusive; also the as-of date of project reports\n"
        "  --as-of DATE       the status date to report at (default: the project's status date)\n"
        "  --out FILE         .pdf, .xlsx or .csv\n"
        "  --table NAME       CSV only: the table to write (default: the report's main table)\n"
        "  --iterations N     Monte Carlo iterations of the status report (default 5000)\n"
        "  --seed N           Monte Carlo seed (default 20260105)\n\n"
        "Exit status: 0 written, 1 failed (workspace, project, writing), 2 usage error."),
    run,
}};

} // namespace
