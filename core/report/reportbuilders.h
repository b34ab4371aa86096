#pragma once
// The builder of each report kind (see reportbuilder.h) and the charts they share. Internal to
// core/report.

#include "reportcontext.h"

#include <analytics/earnedvalue.h>
#include <analytics/montecarlo.h>

namespace Keel {

ReportDocument buildStatusReport(ReportContext &ctx);
ReportDocument buildEvmReport(ReportContext &ctx);
ReportDocument buildClientReport(ReportContext &ctx);
ReportDocument buildRisksReport(ReportContext &ctx);
ReportDocument buildPortfolioReport(ReportContext &ctx);
ReportDocument buildUtilizationReport(ReportContext &ctx);
ReportDocument buildProfitabilityReport(ReportContext &ctx);

/// Milestones with their due and forecast dates, slip and state; @p clientOnly keeps the
/// client-visible ones (status and client reports).
ReportTable milestoneTable(ReportContext &ctx, const Project &project, bool clientOnly);

/// A project's requests, oldest first.
QList<const Request *> requestsByDate(const ReportContext &ctx, const Id &projectId);

namespace ReportCharts {

/// PV, EV and AC over time, the EAC projection, status date and finishes marked.
ReportChart sCurve(const ReportContext &ctx, const EarnedValue &model, const ProjectEvm &evm);
/// Histogram of the simulated finishes with the cumulative probability, P50/P80/P95 marked.
ReportChart finishHistogram(const ReportContext &ctx, const ScheduleNetwork &net, const MonteCarloResult &mc,
                            Minutes target);
/// The 5 × 5 probability × impact matrix of @p risks (open ones counted).
ReportChart riskMatrix(const QList<const Risk *> &risks);

} // namespace ReportCharts

/// x value of a date on a chart: days since 1970-01-01.
double chartDay(Minutes t);

} // namespace Keel
