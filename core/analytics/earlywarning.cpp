#include "earlywarning.h"

#include "earnedvalue.h"
#include "formatting.h"
#include "historymodel.h"
#include "montecarlo.h"
#include "schedulenetwork.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::EarlyWarning", text);
}

std::vector<EarlyWarning> warn(const WorkspaceIndex &index, CalendarCache &calendars, const Project &project,
                               const EarlyWarningOptions &options, const HistoryModel *history)
{
    std::vector<EarlyWarning> list;
    if (project.phase == Phase::Closed || index.leafTasks(project.id).isEmpty())
        return list;
    const QLocale locale;
    EvmOptions eo;
    eo.statusDate = options.statusDate;
    const ProjectEvm evm = EarnedValue(index, calendars, project, eo).measure();
    if (evm.figures.bac > 0 && evm.figures.ev >= evm.figures.bac)
        return list; // finished work cannot be late any more

    NetworkOptions no;
    no.statusDate = options.statusDate;
    no.history = history;
    const ScheduleNetwork net = buildProjectNetwork(index, calendars, project, no);
    MonteCarloOptions mo;
    mo.iterations = options.iterations;
    mo.seed = options.seed;
    const MonteCarloResult mc = MonteCarlo(net).run(mo);
    const int percentile = int(std::lround(options.confidence * 100));

    // Deadline: the later of the baseline finish and the latest task deadline (a contract date
    // with contingency beyond the plan is the commitment; a plan that runs past it is measured
    // against its own finish).
    Minutes target = index.baseline(project.id) ? evm.plannedFinish : kNoTime;
    for (const Task *t : index.tasks(project.id)) {
        if (t->deadline != kNoTime && (target == kNoTime || t->deadline > target))
            target = t->deadline;
    }
    if (target != kNoTime && mc.iterations > 0) {
        const double forecastRel = mc.finishAt(options.confidence);
        const Minutes forecast = net.finishDate(forecastRel);
        const double late = calendars.toDays(forecastRel - net.relativeOf(target));
        if (late >= options.lateDays) {
            EarlyWarning w;
            w.projectId = project.id;
            w.kind = EarlyWarning::Kind::Deadline;
            w.target = target;
            w.forecast = forecast;
            w.daysLate = late;
            w.reason = tr("forecast to finish on %1 (P%2), %3 working days after its deadline %4")
                           .arg(Format::date(forecast)).arg(percentile)
                           .arg(locale.toString(late, 'f', 1), Format::date(target));
            if (evm.forecastFinish != kNoTime && !std::isnan(evm.schedule.spit))
                w.reason += tr("; earned schedule forecasts %1 (SPI(t) %2)")
                                .arg(Format::date(evm.forecastFinish), Format::index(evm.schedule.spit, locale));
            if (history && history->samples() > 0)
                w.reason += tr("; calibrated by %1 finished tasks of closed projects").arg(history->samples());
            list.push_back(w);
        }
    }

    // Budget.
    const double budget = project.budget > 0 ? double(project.budget) : evm.figures.bac;
    if (budget > 0 && mc.iterations > 0) {
        const double mcCost = mc.costAt(options.confidence);
        const bool cpiCounts = !std::isnan(evm.figures.eacCpi) && evm.figures.ev >= 0.05 * evm.figures.bac;
        const double eac = cpiCounts ? evm.figures.eacCpi : 0.0;
        const double forecast = std::max(mcCost, eac);
        const double overrun = forecast / budget - 1.0;
        if (overrun > options.overrun) {
            EarlyWarning w;
            w.projectId = project.id;
            w.kind = EarlyWarning::Kind::Budget;
            w.currency = project.currency;
            w.budget = budget;
            w.forecastCost = forecast;
            w.overrun = overrun;
            const QString basis = eac >= mcCost
                ? tr("EAC = BAC / CPI with CPI %1").arg(Format::index(evm.figures.cpi, locale))
                : tr("P%1 of the simulated cost").arg(percentile);
            w.reason = tr("forecast cost %1 exceeds the budget %2 by %3 (%4)")
                           .arg(Format::money(forecast, project.currency, locale),
                                Format::money(budget, project.currency, locale),
                                Format::percent(overrun, locale), basis);
            list.push_back(w);
        }
    }
    return list;
}

} // namespace

std::vector<EarlyWarning> earlyWarnings(const WorkspaceIndex &index, CalendarCache &calendars,
                                        const Project &project, const EarlyWarningOptions &options)
{
    std::optional<HistoryModel> history;
    if (options.calibrate)
        history = HistoryModel::learn(index, calendars);
    return warn(index, calendars, project, options, history && history->samples() > 0 ? &*history : nullptr);
}

std::vector<EarlyWarning> earlyWarnings(const WorkspaceIndex &index, CalendarCache &calendars,
                                        const EarlyWarningOptions &options)
{
    std::optional<HistoryModel> history;
    if (options.calibrate)
        history = HistoryModel::learn(index, calendars);
    QList<const Project *> projects = Scope::portfolio().projects(index.workspace());
    std::vector<EarlyWarning> all;
    for (const Project *p : projects) {
        for (EarlyWarning &w : warn(index, calendars, *p, options,
                                    history && history->samples() > 0 ? &*history : nullptr))
            all.push_back(std::move(w));
    }
    return all;
}

} // namespace Keel
