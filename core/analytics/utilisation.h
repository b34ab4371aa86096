#pragma once
// Utilisation of people over a period: the hours they were available (their working calendar ×
// max units), the hours they logged and how many of those were billable, and the rates realised
// (cost and billing value per hour), per person, per team, per month and per person and month.
//
// A project or client scope counts only the time logged on its projects (the people shown are
// those who logged time there); a team scope, its members' time on every project. Material and
// cost resources are not people and are left out. Money is in minor units: a person's rows in the
// person's currency; the rows over several people (teams, months, the total) in the workspace's
// reporting currency, each entry at the exchange rate of its day. Where no rate reaches a
// person's currency those rows have no average rates.

#include "calendarcache.h"
#include "evmformulas.h"
#include "period.h"
#include "scope.h"
#include "workspaceindex.h"

#include <vector>

namespace Keel {

struct UtilisationRow
{
    QString label;          ///< person, team or month ("2026-01")
    Id resourceId;          ///< person rows
    QString team;
    QDate month;            ///< monthly rows: the first day of the month
    QString currency;       ///< of the rates; "*" when the row sums people paid in several currencies
    double availableHours = 0;
    double workedHours = 0;
    double billableHours = 0;
    double cost = 0;        ///< minor units: worked time × cost rate
    double billed = 0;      ///< minor units: billable time × bill rate

    double utilisation() const { return ratio(workedHours, availableHours); }
    double billableUtilisation() const { return ratio(billableHours, availableHours); }
    double billableShare() const { return ratio(billableHours, workedHours); }
    /// Whether the row sums money of several currencies (its rates are then undefined).
    bool mixedCurrencies() const { return currency == QLatin1StringView("*"); }
    /// Average bill rate realised on billable hours, minor units per hour; NaN when mixed.
    double averageBillRate() const { return mixedCurrencies() ? kUndefined : ratio(billed, billableHours); }
    double averageCostRate() const { return mixedCurrencies() ? kUndefined : ratio(cost, workedHours); }
    void add(const UtilisationRow &other);
};

struct Utilisation
{
    Period period;
    std::vector<UtilisationRow> people;        ///< by team, then name
    std::vector<UtilisationRow> teams;         ///< by team name
    std::vector<UtilisationRow> months;        ///< every month of the period
    std::vector<UtilisationRow> personMonths;  ///< by person, then month
    UtilisationRow total;
};

/// An unbounded period is bounded by the time entries in scope.
Utilisation computeUtilisation(const WorkspaceIndex &index, CalendarCache &calendars, Period period,
                               const Scope &scope = {});

} // namespace Keel
