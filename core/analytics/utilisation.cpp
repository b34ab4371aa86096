#include "utilisation.h"

#include "costing.h"

#include <schedule/resourceload.h>

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

namespace Keel {

void UtilisationRow::add(const UtilisationRow &o)
{
    if (currency.isEmpty())
        currency = o.currency;
    else if (!o.currency.isEmpty() && o.currency != currency)
        currency = QStringLiteral("*");
    availableHours += o.availableHours;
    workedHours += o.workedHours;
    billableHours += o.billableHours;
    cost += o.cost;
    billed += o.billed;
}

Utilisation computeUtilisation(const WorkspaceIndex &index, CalendarCache &calendars, Period period,
                               const Scope &scope)
{
    const Workspace &ws = index.workspace();
    QSet<Id> scopeProjects;
    for (const Project *p : scope.projects(ws))
        scopeProjects.insert(p->id);
    auto entryCounts = [&](const TimeEntry &e) {
        if (!Costing::counts(e) || !scope.includesResource(ws, e.resourceId))
            return false;
        return scope.kind == Scope::Kind::Team || scopeProjects.contains(index.projectOfTask(e.taskId));
    };

    if (!period.isBounded()) {
        Minutes lo = kNoTime, hi = kNoTime;
        for (const TimeEntry &e : ws.table<TimeEntry>()) {
            if (!entryCounts(e) || !period.contains(e.date))
                continue;
            lo = lo == kNoTime ? e.date : std::min(lo, e.date);
            hi = hi == kNoTime ? e.date : std::max(hi, e.date);
        }
        if (period.from == kNoTime)
            period.from = lo != kNoTime ? toMinutes(toDate(lo)) : toMinutes(QDate::currentDate());
        if (period.to == kNoTime)
            period.to = hi != kNoTime ? toMinutes(toDate(hi).addDays(1)) : period.from;
    }

    Utilisation u;
    u.period = period;
    const QList<Period> months = period.months();

    std::vector<const Resource *> people;
    for (const Resource &r : ws.resources()) {
        if (r.kind != ResourceKind::Person || !scope.includesResource(ws, r.id))
            continue;
        bool logged = false;
        for (const TimeEntry *e : index.resourceEntries(r.id)) {
            if (period.contains(e->date) && entryCounts(*e)) {
                logged = true;
                break;
            }
        }
        // A project or client view shows those who worked on it; a team or the portfolio view
        // shows every active person, idle or not.
        const bool show = scope.kind == Scope::Kind::Project || scope.kind == Scope::Kind::Client
            ? logged : (r.active || logged);
        if (show)
            people.push_back(&r);
    }
    std::sort(people.begin(), people.end(), [](const Resource *a, const Resource *b) {
        if (a->team != b->team)
            return a->team < b->team;
        return a->name < b->name;
    });

    std::map<QString, UtilisationRow> teams;
    std::vector<UtilisationRow> monthTotals(size_t(months.size()));
    for (qsizetype m = 0; m < months.size(); ++m) {
        monthTotals[size_t(m)].month = months[m].firstDay();
        monthTotals[size_t(m)].label = months[m].firstDay().toString(QStringLiteral("yyyy-MM"));
    }

    for (const Resource *r : people) {
        const WorkCalendar &cal = calendars.resourceCalendar(*r);
        const QString currency = r->currency.isEmpty() ? ws.settings().currency : r->currency;
        std::vector<UtilisationRow> perMonth(size_t(months.size()));
        // The same amounts in the reporting currency, for the rows that sum several people.
        std::vector<double> costR(size_t(months.size()), 0.0), billedR(size_t(months.size()), 0.0);
        bool convertible = true;
        for (qsizetype m = 0; m < months.size(); ++m) {
            UtilisationRow &row = perMonth[size_t(m)];
            row.label = r->name;
            row.resourceId = r->id;
            row.team = r->team;
            row.currency = currency;
            row.month = QDate(months[m].firstDay().year(), months[m].firstDay().month(), 1);
            row.availableHours = double(availableWork(*r, cal, months[m].from, months[m].to)) / 60.0;
        }
        for (const TimeEntry *e : index.resourceEntries(r->id)) {
            if (!period.contains(e->date) || !entryCounts(*e))
                continue;
            const auto it = std::find_if(months.cbegin(), months.cend(),
                                         [&](const Period &p) { return p.contains(e->date); });
            if (it == months.cend())
                continue;
            UtilisationRow &row = perMonth[size_t(it - months.cbegin())];
            row.workedHours += double(e->minutes) / 60.0;
            if (e->billable)
                row.billableHours += double(e->minutes) / 60.0;
            const double cost = Costing::entryCost(r, *e);
            const double billed = Costing::entryBill(r, *e);
            row.cost += cost;
            row.billed += billed;
            const size_t m = size_t(it - months.cbegin());
            const auto c = index.converter().toReporting(cost, currency, e->date);
            const auto b = index.converter().toReporting(billed, currency, e->date);
            if (c && b) {
                costR[m] += *c;
                billedR[m] += *b;
            } else {
                convertible = false;
            }
        }
        UtilisationRow person;
        person.label = r->name;
        person.resourceId = r->id;
        person.team = r->team;
        person.currency = currency;
        UtilisationRow &team = teams[r->team];
        team.team = r->team;
        team.label = r->team.isEmpty() ? QCoreApplication::translate("Keel::Utilisation", "(no team)") : r->team;
        UtilisationRow personR = person;
        personR.currency = convertible ? index.converter().reportingCurrency() : currency;
        for (size_t m = 0; m < perMonth.size(); ++m) {
            person.add(perMonth[m]);
            UtilisationRow monthR = perMonth[m];
            if (convertible) {
                monthR.currency = personR.currency;
                monthR.cost = costR[m];
                monthR.billed = billedR[m];
            }
            personR.add(monthR);
            monthTotals[m].add(monthR);
            u.personMonths.push_back(perMonth[m]);
        }
        team.add(personR);
        u.total.add(personR);
        u.people.push_back(person);
    }
    for (auto &[name, row] : teams)
        u.teams.push_back(row);
    u.months = std::move(monthTotals);
    u.total.label = QCoreApplication::translate("Keel::Utilisation", "Total");
    return u;
}

} // namespace Keel
