#pragma once
// Profitability over a period: revenue recognised, cost and margin per project, per client, per
// month and in total: one row per currency, and the total in the workspace's reporting currency,
// each month converted at the rate in force on its first day (currencyconverter.h).
//
// Revenue follows the project's billing model:
//   time and materials — billable time × the bill rate on its date, plus billable expenses
//                        re-invoiced at cost;
//   fixed fee          — the contract value × the share of the budget earned in the period
//                        (percent-of-completion by earned value, see EarnedValue);
//   retainer           — the monthly retainer for each month the project runs, pro rata by days
//                        for a month the period or the project covers only in part.
// Cost is time logged × the cost rate on its date, plus every expense. A team scope counts its
// members' labour cost and the revenue in proportion to their share of the hours logged on each
// project in each month. All amounts are minor units.

#include "calendarcache.h"
#include "evmformulas.h"
#include "period.h"
#include "scope.h"
#include "workspaceindex.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace Keel {

struct ProfitRow
{
    QString label;
    Id projectId;          ///< project rows
    Id clientId;           ///< project and client rows
    QDate month;           ///< month rows: first day of the month
    QString currency;
    BillingModel billingModel = BillingModel::TimeAndMaterials; ///< project rows
    double revenue = 0;
    double labourCost = 0;
    double expenseCost = 0;

    double cost() const { return labourCost + expenseCost; }
    double margin() const { return revenue - cost(); }
    /// Margin over revenue; NaN without revenue.
    double marginPercent() const { return ratio(margin(), revenue); }
    void add(const ProfitRow &other);
};

struct Profitability
{
    Period period;
    std::vector<ProfitRow> projects;  ///< by project code
    std::vector<ProfitRow> clients;   ///< by client name, then currency
    std::vector<ProfitRow> months;    ///< by month, then currency
    std::vector<ProfitRow> totals;    ///< one per currency
    /// Every currency's total in the reporting currency; unset when a project's currency has no
    /// exchange rate to it (those currencies are in `unconverted`).
    std::optional<ProfitRow> reportingTotal;
    QStringList unconverted;
};

/// An unbounded period is bounded by the projects' dates in scope.
Profitability computeProfitability(const WorkspaceIndex &index, CalendarCache &calendars, Period period,
                                   const Scope &scope = {});

} // namespace Keel
