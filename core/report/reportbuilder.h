#pragma once
// Builds report documents from a workspace: one function per kind behind buildReport(). The
// builders only read the workspace, through the analytics (earned value, forecasts, utilisation,
// profitability…); every text is translated in the context "Keel::Report".
//
//   status        one project: health and its reasons, milestones, work in progress, the Monte
//                 Carlo forecast (finish and cost P50/P80/P95, histogram, critical tasks), risks,
//                 client requests, early warnings
//   evm           one project: every earned value and earned schedule figure, the S-curve, EAC
//                 variants, earned value by task and by month
//   client        one project, only what its client may see: progress, client-visible milestones
//                 and tasks, client-visible requests, satisfaction — no costs, risks or names
//   risks         one project or the portfolio: the risk matrix and the register by score
//   portfolio     every open project: health, indices, forecasts, early warnings, satisfaction
//   utilization   people over a period: available, worked, billable hours, rates; by person,
//                 team and month
//   profitability projects over a period: revenue by billing model, cost, margin; by project,
//                 client and month

#include "reportdocument.h"
#include "reportrequest.h"

#include <optional>

namespace Keel {

class Workspace;

/// The report, or nullopt with *error set (unknown project, a project report without one, …).
std::optional<ReportDocument> buildReport(const Workspace &ws, const ReportRequest &request, QString *error);

} // namespace Keel
