#include "projecthealth.h"

#include <QCoreApplication>
#include <QLocale>

namespace Keel {

namespace {

const char *const kContext = "Keel::ProjectHealth";

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate(kContext, text, nullptr, n);
}

void raise(Health &health, Health to)
{
    if (int(to) > int(health))
        health = to;
}

} // namespace

QString healthName(Health health)
{
    switch (health) {
    case Health::Green:
        return tr("Green");
    case Health::Amber:
        return tr("Amber");
    case Health::Red:
        return tr("Red");
    }
    return {};
}

Minutes milestoneDue(const WorkspaceIndex &index, const Task &milestone)
{
    if (milestone.deadline != kNoTime)
        return milestone.deadline;
    if (const BaselineTask *bt = index.baselineTask(milestone.id); bt && bt->finish != kNoTime)
        return bt->finish;
    return milestone.finish;
}

bool isMilestoneLate(const WorkspaceIndex &index, const Task &milestone, Minutes status)
{
    const Minutes due = milestoneDue(index, milestone);
    if (due == kNoTime)
        return false;
    if (milestone.percentComplete >= 100)
        return false;
    if (due < status)
        return true;
    return milestone.finish != kNoTime && milestone.finish > due;
}

bool isOpenHighRisk(const Risk &risk, int score)
{
    return risk.status != RiskStatus::Closed && risk.probability * risk.impact >= score;
}

ProjectHealth assessHealth(const WorkspaceIndex &index, const Project &project, const ProjectEvm &evm,
                           const HealthThresholds &th)
{
    ProjectHealth h;
    h.projectId = project.id;
    h.spi = evm.figures.spi;
    h.cpi = evm.figures.cpi;
    const QLocale locale;
    auto index2 = [&](double v) { return locale.toString(v, 'f', 2); };

    auto judgeIndex = [&](double value, const char *redText, const char *amberText) {
        if (std::isnan(value))
            return;
        if (value < th.redIndex) {
            raise(h.health, Health::Red);
            h.reasons << tr(redText).arg(index2(value), index2(th.redIndex));
        } else if (value < th.amberIndex) {
            raise(h.health, Health::Amber);
            h.reasons << tr(amberText).arg(index2(value), index2(th.amberIndex));
        }
    };
    judgeIndex(h.spi, QT_TRANSLATE_NOOP("Keel::ProjectHealth", "behind schedule: SPI %1 is below %2"),
               QT_TRANSLATE_NOOP("Keel::ProjectHealth", "slightly behind schedule: SPI %1 is below %2"));
    judgeIndex(h.cpi, QT_TRANSLATE_NOOP("Keel::ProjectHealth", "over budget: CPI %1 is below %2"),
               QT_TRANSLATE_NOOP("Keel::ProjectHealth", "slightly over budget: CPI %1 is below %2"));

    for (const Task *t : index.leafTasks(project.id)) {
        if (t->milestone && isMilestoneLate(index, *t, evm.statusDate))
            ++h.lateMilestones;
    }
    if (h.lateMilestones > 0) {
        raise(h.health, h.lateMilestones >= th.redLateMilestones ? Health::Red : Health::Amber);
        h.reasons << tr("%n milestone(s) late", h.lateMilestones);
    }

    for (const Risk *r : index.risks(project.id)) {
        if (isOpenHighRisk(*r, th.highRiskScore))
            ++h.openHighRisks;
    }
    if (h.openHighRisks > 0) {
        raise(h.health, h.openHighRisks >= th.redHighRisks ? Health::Red : Health::Amber);
        h.reasons << tr("%n open high risk(s) (probability × impact ≥ %1)", h.openHighRisks)
                         .arg(th.highRiskScore);
    }
    if (h.reasons.isEmpty())
        h.reasons << tr("on schedule and on budget, no late milestones or high risks");
    return h;
}

} // namespace Keel
