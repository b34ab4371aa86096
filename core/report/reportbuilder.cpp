#include "reportbuilder.h"

#include "reportbuilders.h"

namespace Keel {

std::optional<ReportDocument> buildReport(const Workspace &ws, const ReportRequest &request, QString *error)
{
    if (!request.projectId.isNull() && !ws.get<Project>(request.projectId)) {
        if (error)
            *error = reportTr("The project does not exist.");
        return std::nullopt;
    }
    if (reportNeedsProject(request.kind) && request.projectId.isNull()) {
        if (error)
            *error = reportTr("A %1 report is about one project: name the project.").arg(reportKindName(request.kind));
        return std::nullopt;
    }
    if (request.period.isEmpty()) {
        if (error)
            *error = reportTr("The period is empty: its end is before its start.");
        return std::nullopt;
    }
    ReportContext ctx(ws, request);
    switch (request.kind) {
    case ReportKind::Status:
        return buildStatusReport(ctx);
    case ReportKind::Evm:
        return buildEvmReport(ctx);
    case ReportKind::Client:
        return buildClientReport(ctx);
    case ReportKind::Risks:
        return buildRisksReport(ctx);
    case ReportKind::Portfolio:
        return buildPortfolioReport(ctx);
    case ReportKind::Utilization:
        return buildUtilizationReport(ctx);
    case ReportKind::Profitability:
        return buildProfitabilityReport(ctx);
    }
    if (error)
        *error = reportTr("Unknown report kind.");
    return std::nullopt;
}

} // namespace Keel
