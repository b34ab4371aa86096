#pragma once
// What report to build: its kind, the project (for project reports, optional for risks and
// profitability), the period (utilisation, profitability) and the as-of date.

#include <analytics/period.h>

#include <model/ids.h>

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace Keel {

enum class ReportKind { Status, Evm, Client, Risks, Portfolio, Utilization, Profitability };

/// "status", "evm", "client", "risks", "portfolio", "utilization", "profitability".
QString reportKindName(ReportKind kind);
std::optional<ReportKind> reportKindFromName(const QString &name);
QStringList reportKindNames();
/// Whether the kind is about one project and needs one.
bool reportNeedsProject(ReportKind kind);

struct ReportRequest
{
    ReportKind kind = ReportKind::Portfolio;
    Id projectId;               ///< required for status, evm and client; optional for risks, profitability, utilization
    Period period;              ///< utilisation, profitability; unbounded: the 12 months up to the as-of date
    Minutes asOf = kNoTime;     ///< status date; kNoTime: the project's (else the latest project status date, else today)
    QLocale locale;             ///< numbers in text and chart labels
    int iterations = 5000;      ///< Monte Carlo iterations of the status report
    quint64 seed = 20260105;
};

} // namespace Keel
