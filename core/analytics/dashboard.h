#pragma once
// The numbers behind the Reports dashboard, gathered from the analytics in one pass over a
// workspace: portfolio health (red/amber/green counts), SPI and CPI per open project, each team's
// utilisation over the last 12 complete weeks, profitability by client over the last 12 months and the
// monthly client satisfaction. A plain value; DashboardView only draws it.

#include <model/enums.h>
#include <model/timeutil.h>

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace Keel {

class Workspace;

struct DashboardData
{
    struct ProjectIndices
    {
        QString code;
        QString name;
        double spi = 0;
        double cpi = 0;
        Health health = Health::Green;
    };
    struct TeamLoad
    {
        QString team;
        QList<double> utilisation;   ///< worked / available per week (0 when nobody was available)
    };
    struct ClientProfit
    {
        QString client;
        QString currency;
        double revenue = 0;          ///< major units of `currency`
        double cost = 0;
        double margin = 0;
        double marginPercent = 0;    ///< margin / revenue; NaN without revenue
    };

    QDate asOf;
    std::array<int, 3> health{};             ///< open projects by Health
    std::vector<ProjectIndices> indices;     ///< open projects with an SPI or CPI, by code
    QList<QDate> weeks;                      ///< the 12 weeks' Mondays, oldest first; the as-of
                                             ///< week counts once it reached Friday
    std::vector<TeamLoad> teams;             ///< by team name
    std::vector<ClientProfit> clients;       ///< clients with revenue, best margin first (at most 10)
    QList<QDate> months;                     ///< satisfaction: months with ratings
    QList<double> satisfaction;              ///< average score 1..5 per month
    int ratings = 0;

    /// The data as of @p asOf; an invalid date: the latest status date of an open project, else today.
    static DashboardData compute(const Workspace &ws, QDate asOf = {});
    /// The date a dashboard speaks of when none is given.
    static QDate defaultAsOf(const Workspace &ws);
};

} // namespace Keel
