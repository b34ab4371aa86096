#include "profitability.h"

#include "currencyconverter.h"

#include "costing.h"
#include "earnedvalue.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>

namespace Keel {

void ProfitRow::add(const ProfitRow &o)
{
    revenue += o.revenue;
    labourCost += o.labourCost;
    expenseCost += o.expenseCost;
}

namespace {

/// Days of @p a that also lie in @p b, both bounded.
double overlapDays(const Period &a, const Period &b)
{
    const Period o = a.intersected(b);
    return o.isBounded() && o.to > o.from ? double(o.to - o.from) / double(kMinutesPerDay) : 0.0;
}

} // namespace

Profitability computeProfitability(const WorkspaceIndex &index, CalendarCache &calendars, Period period,
                                   const Scope &scope)
{
    const Workspace &ws = index.workspace();
    const QList<const Project *> projects = scope.projects(ws);
    if (!period.isBounded()) {
        Minutes lo = kNoTime, hi = kNoTime;
        for (const Project *p : projects) {
            for (const Minutes t : {p->start, p->finish, p->statusDate}) {
                if (t == kNoTime)
                    continue;
                lo = lo == kNoTime ? t : std::min(lo, t);
                hi = hi == kNoTime ? t : std::max(hi, t);
            }
            for (const TimeEntry *e : index.projectEntries(p->id)) {
                lo = lo == kNoTime ? e->date : std::min(lo, e->date);
                hi = hi == kNoTime ? e->date : std::max(hi, e->date);
            }
        }
        if (period.from == kNoTime)
            period.from = lo != kNoTime ? toMinutes(toDate(lo)) : toMinutes(QDate::currentDate());
        if (period.to == kNoTime)
            period.to = hi != kNoTime ? toMinutes(toDate(hi).addDays(1)) : period.from;
    }

    Profitability result;
    result.period = period;
    const QList<Period> months = period.months();
    const bool team = scope.kind == Scope::Kind::Team;

    std::map<std::pair<QString, QString>, ProfitRow> clients; // (client name, currency)
    std::map<std::pair<qint64, QString>, ProfitRow> monthRows; // (month start, currency)
    std::map<QString, ProfitRow> totals;
    const CurrencyConverter &converter = index.converter();
    ProfitRow reporting;
    reporting.label = QCoreApplication::translate("Keel::Profitability", "Total");
    reporting.currency = converter.reportingCurrency();
    QSet<QString> unconverted;

    for (const Project *p : projects) {
        ProfitRow row;
        row.label = p->code.isEmpty() ? p->name : p->code + QStringLiteral(" ") + p->name;
        row.projectId = p->id;
        row.clientId = p->clientId;
        row.currency = p->currency;
        row.billingModel = p->billingModel;

        std::unique_ptr<EarnedValue> evm;
        if (p->billingModel == BillingModel::FixedFee)
            evm = std::make_unique<EarnedValue>(index, calendars, *p);
        const Period projectSpan{p->start != kNoTime ? toMinutes(toDate(p->start)) : kNoTime,
                                 p->finish != kNoTime ? toMinutes(toDate(p->finish).addDays(1)) : kNoTime};

        for (const Period &month : months) {
            ProfitRow m;
            double minutesAll = 0, minutesTeam = 0, billTeam = 0, billAll = 0;
            for (const TimeEntry *e : index.projectEntries(p->id)) {
                if (!month.contains(e->date) || !Costing::counts(*e))
                    continue;
                const Resource *r = ws.get<Resource>(e->resourceId);
                const bool member = scope.includesResource(ws, e->resourceId);
                minutesAll += double(e->minutes);
                billAll += Costing::entryBill(index, r, *e, p->currency);
                if (member) {
                    minutesTeam += double(e->minutes);
                    billTeam += Costing::entryBill(index, r, *e, p->currency);
                    m.labourCost += Costing::entryCost(index, r, *e, p->currency);
                }
            }
            double billableExpenses = 0;
            for (const Expense *x : index.expenses(p->id)) {
                if (!month.contains(x->date))
                    continue;
                if (!team)
                    m.expenseCost += double(x->amount);
                if (x->billable)
                    billableExpenses += double(x->amount);
            }
            double revenue = 0;
            switch (p->billingModel) {
            case BillingModel::TimeAndMaterials:
                revenue = team ? billTeam : billAll + billableExpenses;
                break;
            case BillingModel::FixedFee:
                revenue = double(p->contractValue)
                    * (evm->percentEarned(month.to) - evm->percentEarned(month.from));
                break;
            case BillingModel::Retainer: {
                const Period whole = Period::month(month.firstDay());
                const double daysInMonth = double(whole.to - whole.from) / double(kMinutesPerDay);
                revenue = double(p->retainerPerMonth) * overlapDays(month, projectSpan) / daysInMonth;
                break;
            }
            }
            if (team && p->billingModel != BillingModel::TimeAndMaterials)
                revenue = minutesAll > 0 ? revenue * minutesTeam / minutesAll : 0.0;
            m.revenue = revenue;
            m.currency = p->currency;
            m.month = month.firstDay();
            m.label = month.firstDay().toString(QStringLiteral("yyyy-MM"));
            row.add(m);
            // Minor units of the project's currency to minor units of the reporting one.
            if (const auto factor = converter.convert(1.0, p->currency, reporting.currency, month.from)) {
                ProfitRow converted = m;
                converted.revenue *= *factor;
                converted.labourCost *= *factor;
                converted.expenseCost *= *factor;
                converted.currency = reporting.currency;
                reporting.add(converted);
            } else if (m.revenue != 0 || m.cost() != 0) {
                unconverted.insert(p->currency);
            }
            ProfitRow &mr = monthRows[{month.from, p->currency}];
            mr.month = QDate(m.month.year(), m.month.month(), 1);
            mr.label = m.label;
            mr.currency = p->currency;
            mr.add(m);
        }
        const Client *client = ws.get<Client>(p->clientId);
        const QString clientName = client ? client->name
                                          : QCoreApplication::translate("Keel::Profitability", "(no client)");
        ProfitRow &c = clients[{clientName, p->currency}];
        c.label = clientName;
        c.clientId = p->clientId;
        c.currency = p->currency;
        c.add(row);
        ProfitRow &t = totals[p->currency];
        t.label = QCoreApplication::translate("Keel::Profitability", "Total");
        t.currency = p->currency;
        t.add(row);
        result.projects.push_back(row);
    }
    for (auto &[key, row] : clients)
        result.clients.push_back(row);
    for (auto &[key, row] : monthRows)
        result.months.push_back(row);
    for (auto &[key, row] : totals)
        result.totals.push_back(row);
    if (unconverted.isEmpty())
        result.reportingTotal = reporting;
    result.unconverted = QStringList(unconverted.cbegin(), unconverted.cend());
    result.unconverted.sort();
    return result;
}

} // namespace Keel
