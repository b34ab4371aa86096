#pragma once
// ReportContext: what every report builder shares — the workspace with its index and compiled
// calendars, the request, the locale, the as-of date — and the helpers that turn analytics numbers
// into report cells and key figures the same way in every report. Internal to core/report.

#include "reportdocument.h"
#include "reportrequest.h"

#include <analytics/calendarcache.h>
#include <analytics/workspaceindex.h>

#include <model/workspace.h>

namespace Keel {

/// Translates a report text (context "Keel::Report").
QString reportTr(const char *text, const char *disambiguation = nullptr, int n = -1);

/// Display names of the domain's enumerations in reports, translated.
QString phaseName(Phase phase);
QString billingModelName(BillingModel model);
QString riskStatusName(RiskStatus status);
QString requestKindName(RequestKind kind);
QString requestStatusName(RequestStatus status);
QString priorityName(RequestPriority priority);

class ReportContext
{
public:
    ReportContext(const Workspace &ws, const ReportRequest &request);

    const Workspace &ws;
    WorkspaceIndex index;
    CalendarCache calendars;
    ReportRequest request;
    QLocale locale;
    const Project *project = nullptr;
    Minutes asOf = kNoTime;       ///< status date (a day at 00:00 = that whole day)
    int minutesPerDay = 480;

    /// A document with the common header filled in.
    ReportDocument document(const QString &title, const QString &subtitle) const;
    /// The period of a period report: the request's, else the 12 months up to the as-of date.
    Period period() const;
    QString periodText(const Period &period) const;

    QString projectLabel(const Project &p) const;
    QString clientName(const Id &clientId) const;
    QString resourceName(const Id &resourceId) const;
    QString money(double minor, const QString &currency) const;

    ReportCell text(const QString &t, Tone tone = Tone::Neutral) const;
    ReportCell moneyCell(double minor, const QString &currency, Tone tone = Tone::Neutral) const;
    ReportCell ratioCell(double value, Tone tone = Tone::Neutral) const;
    ReportCell indexCell(double value) const;           ///< SPI/CPI, toned by thresholds
    ReportCell percentCell(double ratio, int decimals = 1, Tone tone = Tone::Neutral) const;
    ReportCell dateCell(Minutes t, Tone tone = Tone::Neutral) const;
    ReportCell daysCell(double workingMinutes, Tone tone = Tone::Neutral) const;
    ReportCell hoursCell(double hours) const;
    ReportCell numberCell(double value, int decimals = 0) const;
    ReportCell healthCell(Health h) const;

    static Tone indexTone(double value);
    static Tone healthTone(Health h);
};

} // namespace Keel
