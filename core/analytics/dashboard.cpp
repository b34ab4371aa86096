#include "dashboard.h"

#include "calendarcache.h"
#include "currencyconverter.h"
#include "earnedvalue.h"
#include "formatting.h"
#include "profitability.h"
#include "projecthealth.h"
#include "satisfaction.h"
#include "utilisation.h"
#include "workspaceindex.h"

#include <model/workspace.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace Keel {

namespace {
constexpr int kWeeks = 12;
constexpr int kMaxClients = 10;
} // namespace

QDate DashboardData::defaultAsOf(const Workspace &ws)
{
    Minutes latest = kNoTime;
    for (const Project &p : ws.projects()) {
        if (p.phase != Phase::Closed && p.statusDate != kNoTime)
            latest = std::max(latest, p.statusDate);
    }
    return latest != kNoTime ? toDate(latest) : QDate::currentDate();
}

DashboardData DashboardData::compute(const Workspace &ws, QDate asOf)
{
    DashboardData d;
    d.asOf = asOf.isValid() ? asOf : defaultAsOf(ws);
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);

    QList<const Project *> projects = Scope::portfolio().projects(ws);
    for (const Project *p : projects) {
        if (p->phase == Phase::Closed)
            continue;
        const ProjectEvm evm = EarnedValue(index, calendars, *p).measure();
        const ProjectHealth h = assessHealth(index, *p, evm);
        ++d.health[size_t(h.health)];
        if (!std::isnan(evm.figures.spi) || !std::isnan(evm.figures.cpi))
            d.indices.push_back({p->code.isEmpty() ? p->name : p->code, p->name, evm.figures.spi, evm.figures.cpi, h.health});
    }

    // Utilisation by team, week by week.
    QDate lastMonday = d.asOf.addDays(1 - d.asOf.dayOfWeek());
    if (d.asOf.dayOfWeek() < 5)
        lastMonday = lastMonday.addDays(-7);
    std::map<QString, QList<double>> teams;
    for (int w = 0; w < kWeeks; ++w) {
        const QDate monday = lastMonday.addDays(7 * (w - kWeeks + 1));
        d.weeks.append(monday);
        const Utilisation u = computeUtilisation(index, calendars, Period::days(monday, monday.addDays(6)));
        for (const UtilisationRow &row : u.teams) {
            QList<double> &series = teams[row.label];
            while (series.size() < w)
                series.append(0);
            const double value = row.utilisation();
            series.append(std::isnan(value) ? 0 : value);
        }
    }
    for (auto &[team, series] : teams) {
        while (series.size() < kWeeks)
            series.append(0);
        d.teams.push_back({team, series});
    }

    // Profitability by client over the 12 months up to the as-of date: the margin as a share of
    // revenue compares clients billed in different currencies.
    const Period year = Period::days(d.asOf.addMonths(-12).addDays(1), d.asOf);
    const Profitability profit = computeProfitability(index, calendars, year);
    // With exchange rates the amounts are shown in the reporting currency, at the as-of date's rates.
    const CurrencyConverter &converter = index.converter();
    const Minutes day = toMinutes(d.asOf);
    for (const ProfitRow &row : profit.clients) {
        if (row.revenue <= 0)
            continue;
        const auto revenue = converter.toReporting(row.revenue, row.currency, day);
        const auto cost = converter.toReporting(row.cost(), row.currency, day);
        const QString currency = revenue && cost ? converter.reportingCurrency() : row.currency;
        const double r = revenue && cost ? *revenue : row.revenue;
        const double c = revenue && cost ? *cost : row.cost();
        d.clients.push_back({row.label, currency, Format::majorUnits(r, currency), Format::majorUnits(c, currency),
                             Format::majorUnits(r - c, currency), row.marginPercent()});
    }
    std::stable_sort(d.clients.begin(), d.clients.end(),
                     [](const ClientProfit &a, const ClientProfit &b) { return a.marginPercent > b.marginPercent; });
    if (d.clients.size() > size_t(kMaxClients))
        d.clients.resize(size_t(kMaxClients));

    // Client satisfaction by month.
    const Satisfaction sat = computeSatisfaction(index, year);
    d.ratings = sat.count;
    for (const MonthlyScore &m : sat.trend) {
        d.months.append(m.month);
        d.satisfaction.append(m.average);
    }
    return d;
}

} // namespace Keel
