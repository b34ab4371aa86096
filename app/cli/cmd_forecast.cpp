// keel-cli forecast: Monte Carlo forecasts of the open projects, calibrated by the closed ones,
// early warnings, and the back-test of the calibration.

#include "command.h"

#include <analytics/backtest.h>
#include <analytics/earlywarning.h>
#include <analytics/earnedvalue.h>
#include <analytics/formatting.h>
#include <analytics/historymodel.h>
#include <analytics/montecarlo.h>
#include <analytics/schedulenetwork.h>
#include <analytics/scope.h>
#include <store/store.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Keel;
using namespace Keel::Cli;

namespace {

const QString kName = QStringLiteral("forecast");

QJsonValue dateJson(Minutes m)
{
    return m == kNoTime ? QJsonValue() : QJsonValue(toDate(m).toString(Qt::ISODate));
}

QJsonValue number(double v, int decimals = 2)
{
    if (std::isnan(v) || std::isinf(v))
        return QJsonValue();
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

QString pct(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v * 100, 'f', 1) + u'%';
}

/// Terminal columns of a character: East Asian wide characters take two.
int columns(QChar c)
{
    const char16_t u = c.unicode();
    const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3)
        || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60)
        || (u >= 0xffe0 && u <= 0xffe6);
    return wide ? 2 : 1;
}

/// @p text cut to at most @p width terminal columns and padded to exactly that many.
QString fit(const QString &text, int width)
{
    QString out;
    int used = 0;
    for (const QChar c : text) {
        if (used + columns(c) > width)
            break;
        out += c;
        used += columns(c);
    }
    return out + QString(width - used, u' ');
}

int run(const QStringList &argv)
{
    const Args args(argv,
                    {QStringLiteral("--project"), QStringLiteral("--iterations"), QStringLiteral("--seed"),
                     QStringLiteral("--distribution"), QStringLiteral("--as-of")},
                    {QStringLiteral("--backtest"), QStringLiteral("--json"), QStringLiteral("--no-calibration")});
    if (!args.ok())
        return usage(kName, args.error());
    if (args.positional().size() != 1)
        return usage(kName, QStringLiteral("expected one WORKSPACE"));
    MonteCarloOptions mo;
    if (args.has(QStringLiteral("--iterations"))) {
        bool ok = false;
        mo.iterations = args.value(QStringLiteral("--iterations")).toInt(&ok);
        if (!ok || mo.iterations < 1 || mo.iterations > 10000000)
            return usage(kName, QStringLiteral("--iterations must be 1..10000000"));
    }
    if (args.has(QStringLiteral("--seed"))) {
        bool ok = false;
        mo.seed = args.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return usage(kName, QStringLiteral("--seed must be a non-negative integer"));
    }
    const QString dist = args.value(QStringLiteral("--distribution"), QStringLiteral("pert")).toLower();
    if (dist == u"pert")
        mo.distribution = Distribution::Pert;
    else if (dist == u"triangular")
        mo.distribution = Distribution::Triangular;
    else
        return usage(kName, QStringLiteral("--distribution is pert or triangular"));
    Minutes asOf = kNoTime;
    if (args.has(QStringLiteral("--as-of"))) {
        const QDate d = QDate::fromString(args.value(QStringLiteral("--as-of")), Qt::ISODate);
        if (!d.isValid())
            return usage(kName, QStringLiteral("--as-of is YYYY-MM-DD"));
        asOf = toMinutes(d);
    }
    const bool json = args.flag(QStringLiteral("--json"));

    auto store = openWorkspace(kName, args.positional().first());
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);

    QList<const Project *> projects;
    if (args.has(QStringLiteral("--project"))) {
        const Project *p = ws.findProject(args.value(QStringLiteral("--project")));
        if (!p)
            return fail(kName, QStringLiteral("no project '%1'").arg(args.value(QStringLiteral("--project"))));
        projects.append(p);
    } else {
        for (const Project *p : Scope::portfolio().projects(ws)) {
            if (p->phase != Phase::Closed && !index.leafTasks(p->id).isEmpty())
                projects.append(p);
        }
    }

    QJsonObject root;
    QString text;
    std::optional<HistoryModel> history;
    if (!args.flag(QStringLiteral("--no-calibration")))
        history = HistoryModel::learn(index, calendars);
    const HistoryModel *model = history && history->samples() > 0 ? &*history : nullptr;

    if (json) {
        root.insert(QStringLiteral("iterations"), mo.iterations);
        root.insert(QStringLiteral("seed"), QString::number(mo.seed));
        root.insert(QStringLiteral("distribution"), dist);
        if (model) {
            QJsonObject h{{QStringLiteral("closedProjects"), model->projects()},
                          {QStringLiteral("tasks"), model->samples()},
                          {QStringLiteral("durationFactor"), number(model->overallDuration().factor, 3)},
                          {QStringLiteral("workFactor"), number(model->overallWork().factor, 3)}};
            QJsonObject cats;
            for (auto it = model->categoryDuration().cbegin(); it != model->categoryDuration().cend(); ++it)
                cats.insert(it.key(), QJsonObject{{QStringLiteral("samples"), it->samples},
                                                  {QStringLiteral("factor"), number(it->factor, 3)}});
            h.insert(QStringLiteral("categoryDuration"), cats);
            root.insert(QStringLiteral("calibration"), h);
        }
    } else {
        text += QStringLiteral("Monte Carlo forecast: %1 iterations, %2 distribution, seed %3\n")
                    .arg(mo.iterations).arg(dist).arg(mo.seed);
        if (model) {
            text += QStringLiteral("Calibrated by %1 finished tasks of %2 closed projects: duration × %3, work × %4\n")
                        .arg(model->samples()).arg(model->projects())
                        .arg(model->overallDuration().factor, 0, 'f', 3)
                        .arg(model->overallWork().factor, 0, 'f', 3);
            QStringList cats = model->categoryDuration().keys();
            cats.sort();
            for (const QString &c : cats) {
                const BiasEstimate &e = model->categoryDuration().value(c);
                text += QStringLiteral("  category %1: %2 tasks, raw × %3, shrunk × %4\n")
                            .arg(c, -24).arg(e.samples, 4).arg(e.rawFactor, 0, 'f', 3).arg(e.factor, 0, 'f', 3);
            }
        } else {
            text += QStringLiteral("Not calibrated (%1).\n")
                        .arg(args.flag(QStringLiteral("--no-calibration")) ? QStringLiteral("--no-calibration")
                                                                          : QStringLiteral("no closed projects with actuals"));
        }
        text += u'\n';
    }

    QJsonArray jprojects;
    if (!args.flag(QStringLiteral("--backtest")) || args.has(QStringLiteral("--project"))) {
        if (!json) {
            text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                        .arg(QStringLiteral("Project"), -28).arg(QStringLiteral("Baseline"), -11)
                        .arg(QStringLiteral("Plan"), -11).arg(QStringLiteral("P50"), -11)
                        .arg(QStringLiteral("P80"), -11).arg(QStringLiteral("P95"), -11)
                        .arg(QStringLiteral("On time"), 8).arg(QStringLiteral("Cost P80 / budget"), 24);
        }
        for (const Project *p : projects) {
            NetworkOptions no;
            no.statusDate = asOf;
            const ScheduleNetwork plainNet = buildProjectNetwork(index, calendars, *p, no);
            no.history = model;
            ScheduleNetwork calNet = buildProjectNetwork(index, calendars, *p, no);
            EvmOptions eo;
            eo.statusDate = asOf;
            const ProjectEvm evm = EarnedValue(index, calendars, *p, eo).measure();
            const MonteCarloResult plain = MonteCarlo(plainNet).run(mo);
            const MonteCarloResult cal = MonteCarlo(calNet).run(mo);
            const Minutes target = index.baseline(p->id) ? evm.plannedFinish : kNoTime;
            const double onTime = target != kNoTime ? cal.probabilityBy(calNet.relativeOf(target)) : std::nan("");
            const double budget = p->budget > 0 ? double(p->budget) : evm.figures.bac;
            std::vector<qint32> critical;
            for (qint32 i = 0; i < qint32(cal.criticality.size()); ++i)
                critical.push_back(i);
            std::stable_sort(critical.begin(), critical.end(),
                             [&](qint32 a, qint32 b) { return cal.criticality[size_t(a)] > cal.criticality[size_t(b)]; });
            critical.resize(std::min<size_t>(critical.size(), 5));
            if (json) {
                auto distribution = [&](const MonteCarloResult &r) {
                    return QJsonObject{{QStringLiteral("deterministic"), dateJson(r.deterministicDate)},
                                       {QStringLiteral("p50"), dateJson(r.p50Date)},
                                       {QStringLiteral("p80"), dateJson(r.p80Date)},
                                       {QStringLiteral("p95"), dateJson(r.p95Date)},
                                       {QStringLiteral("costP50"), number(Format::majorUnits(r.costP50, p->currency), 0)},
                                       {QStringLiteral("costP80"), number(Format::majorUnits(r.costP80, p->currency), 0)},
                                       {QStringLiteral("costP95"), number(Format::majorUnits(r.costP95, p->currency), 0)}};
                };
                QJsonArray crit;
                for (const qint32 i : critical)
                    crit.append(QJsonObject{{QStringLiteral("task"), calNet.taskNames.value(i)},
                                            {QStringLiteral("criticality"), number(cal.criticality[size_t(i)], 3)}});
                jprojects.append(QJsonObject{
                    {QStringLiteral("code"), p->code},
                    {QStringLiteral("name"), p->name},
                    {QStringLiteral("currency"), p->currency},
                    {QStringLiteral("baselineFinish"), dateJson(target)},
                    {QStringLiteral("earnedScheduleFinish"), dateJson(evm.forecastFinish)},
                    {QStringLiteral("uncalibrated"), distribution(plain)},
                    {QStringLiteral("calibrated"), distribution(cal)},
                    {QStringLiteral("probabilityOnTime"), number(onTime, 3)},
                    {QStringLiteral("budget"), number(Format::majorUnits(budget, p->currency), 0)},
                    {QStringLiteral("critical"), crit},
                });
            } else {
                const QString label = fit(p->code + u' ' + p->name, 28);
                auto line = [&](const QString &tag, const MonteCarloResult &r) {
                    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                        .arg(fit(tag, 28)).arg(Format::date(target), -11).arg(Format::date(r.deterministicDate), -11)
                        .arg(Format::date(r.p50Date), -11).arg(Format::date(r.p80Date), -11)
                        .arg(Format::date(r.p95Date), -11)
                        .arg(target != kNoTime ? pct(r.probabilityBy(calNet.relativeOf(target))) : QStringLiteral("–"), 8)
                        .arg(Format::amount(r.costP80, p->currency) + QStringLiteral(" / ")
                                 + Format::money(budget, p->currency), 24);
                };
                text += line(label, cal);
                if (model)
                    text += line(QStringLiteral("  (uncalibrated)"), plain);
                if (projects.size() == 1) {
                    text += QStringLiteral("\nEarned schedule forecast: %1 (SPI(t) %2)\nMost critical tasks:\n")
                                .arg(Format::date(evm.forecastFinish), Format::index(evm.schedule.spit));
                    for (const qint32 i : critical)
                        text += QStringLiteral("  %1  %2\n").arg(pct(cal.criticality[size_t(i)]), 6).arg(calNet.taskNames.value(i));
                }
            }
        }

        EarlyWarningOptions wo;
        wo.statusDate = asOf;
        wo.seed = mo.seed;
        wo.calibrate = model != nullptr;
        std::vector<EarlyWarning> warnings;
        for (const Project *p : projects) {
            for (EarlyWarning &w : earlyWarnings(index, calendars, *p, wo))
                warnings.push_back(std::move(w));
        }
        if (json) {
            root.insert(QStringLiteral("projects"), jprojects);
            QJsonArray jw;
            for (const EarlyWarning &w : warnings) {
                const Project *p = ws.get<Project>(w.projectId);
                jw.append(QJsonObject{{QStringLiteral("project"), p ? p->code : QString()},
                                      {QStringLiteral("kind"), w.kind == EarlyWarning::Kind::Deadline ? QStringLiteral("deadline") : QStringLiteral("budget")},
                                      {QStringLiteral("reason"), w.reason}});
            }
            root.insert(QStringLiteral("warnings"), jw);
        } else {
            text += QStringLiteral("\nEarly warnings (late by ≥ %1 working days at P80, or cost > budget + %2):\n")
                        .arg(wo.lateDays).arg(pct(wo.overrun));
            if (warnings.empty())
                text += QStringLiteral("  none\n");
            for (const EarlyWarning &w : warnings) {
                const Project *p = ws.get<Project>(w.projectId);
                text += QStringLiteral("  %1: %2\n").arg(p ? p->code : QString(), w.reason);
            }
        }
    }

    if (args.flag(QStringLiteral("--backtest"))) {
        QElapsedTimer timer;
        timer.start();
        const Backtest bt = runBacktest(index, calendars);
        if (json) {
            QJsonArray rows;
            for (const BacktestProject &r : bt.projects) {
                rows.append(QJsonObject{{QStringLiteral("project"), r.label},
                                        {QStringLiteral("tasks"), r.tasks},
                                        {QStringLiteral("trainingTasks"), r.trainingSamples},
                                        {QStringLiteral("actualDays"), number(r.actualDays, 1)},
                                        {QStringLiteral("plannedDays"), number(r.plannedDays, 1)},
                                        {QStringLiteral("calibratedDays"), number(r.calibratedDays, 1)},
                                        {QStringLiteral("actualWorkHours"), number(r.actualWorkHours, 1)},
                                        {QStringLiteral("plannedWorkHours"), number(r.plannedWorkHours, 1)},
                                        {QStringLiteral("calibratedWorkHours"), number(r.calibratedWorkHours, 1)}});
            }
            root.insert(QStringLiteral("backtest"),
                        QJsonObject{{QStringLiteral("projects"), rows},
                                    {QStringLiteral("durationMapeUncalibrated"), number(bt.durationErrorPlanned, 4)},
                                    {QStringLiteral("durationMapeCalibrated"), number(bt.durationErrorCalibrated, 4)},
                                    {QStringLiteral("workMapeUncalibrated"), number(bt.workErrorPlanned, 4)},
                                    {QStringLiteral("workMapeCalibrated"), number(bt.workErrorCalibrated, 4)}});
        } else {
            text += QStringLiteral("\nBack-test, leave one closed project out (%1 projects):\n").arg(bt.projects.size());
            text += QStringLiteral("%1 %2 %3 %4 %5 | %6 %7 %8\n")
                        .arg(QStringLiteral("Project"), -30).arg(QStringLiteral("Tasks"), 6)
                        .arg(QStringLiteral("Actual d"), 9).arg(QStringLiteral("Plan d (err)"), 17)
                        .arg(QStringLiteral("Calibrated (err)"), 17).arg(QStringLiteral("Actual h"), 9)
                        .arg(QStringLiteral("Plan h (err)"), 17).arg(QStringLiteral("Calibrated (err)"), 17);
            auto cell = [](double v, double actual) {
                return QStringLiteral("%1 (%2)").arg(v, 0, 'f', 1).arg(pct(actual > 0 ? (v - actual) / actual : std::nan("")));
            };
            for (const BacktestProject &r : bt.projects) {
                text += QStringLiteral("%1 %2 %3 %4 %5 | %6 %7 %8\n")
                            .arg(fit(r.label, 30)).arg(r.tasks, 6).arg(r.actualDays, 9, 'f', 1)
                            .arg(cell(r.plannedDays, r.actualDays), 17).arg(cell(r.calibratedDays, r.actualDays), 17)
                            .arg(r.actualWorkHours, 9, 'f', 1).arg(cell(r.plannedWorkHours, r.actualWorkHours), 17)
                            .arg(cell(r.calibratedWorkHours, r.actualWorkHours), 17);
            }
            text += QStringLiteral("Mean absolute percentage error, duration: uncalibrated %1, calibrated %2\n")
                        .arg(pct(bt.durationErrorPlanned), pct(bt.durationErrorCalibrated));
            text += QStringLiteral("Mean absolute percentage error, work:     uncalibrated %1, calibrated %2\n")
                        .arg(pct(bt.workErrorPlanned), pct(bt.workErrorCalibrated));
            text += QStringLiteral("(%1 ms)\n").arg(timer.elapsed());
        }
    }

    if (json)
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    else
        out(text);
    return Ok;
}

const Registration reg{{
    kName,
    QStringLiteral("forecast WORKSPACE [--project P] [--backtest] [--json]"),
    QStringLiteral("Monte Carlo forecasts, history calibration, early warnings and their back-test."),
    QStringLiteral(
        "Forecasts the finish and cost of the open projects (or of --project P) by Monte Carlo\n"
        "simulation of the remaining work from the tasks' three-point estimates, calibrated by the\n"
        "biases learnt from the closed projects (per task category and person), and lists early\n"
        "warnings: projects forecast to miss their deadline or overrun their budget.\n\n"
        "  --project P            one project: also its earned-schedule forecast and critical tasks\n"
        "  --backtest             leave-one-out back-test over the closed projects: forecast error\n"
        "                         with and without calibration (alone, it skips the forecasts)\n"
        "  --iterations N         default 10000\n"
        "  --seed N               default 20260105; the same seed gives the same figures\n"
        "  --distribution D       pert (default) or triangular\n"
        "  --as-of DATE           status date (default: each project's)\n"
        "  --no-calibration       forecast from the estimates as they are\n"
        "  --json                 machine-readable output"),
    run,
}};

} // namespace
