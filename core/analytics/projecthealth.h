#pragma once
// Project health, red/amber/green, from four signals at the status date: the schedule and cost
// performance indices (SPI, CPI), milestones that are late (due before the status date and not
// done, or scheduled to finish after their due date), and open high risks (probability × impact at
// or above a score). The worst signal sets the colour; each signal that is not green adds a reason,
// translated in the context "Keel::ProjectHealth".

#include "earnedvalue.h"

#include <QStringList>

namespace Keel {

struct HealthThresholds
{
    double amberIndex = 0.95;   ///< SPI or CPI below this: amber
    double redIndex = 0.85;     ///< below this: red
    int highRiskScore = 15;     ///< probability × impact (each 1..5) of a high risk
    int redHighRisks = 2;       ///< this many open high risks: red (one: amber)
    int redLateMilestones = 2;  ///< this many late milestones: red (one: amber)
};

struct ProjectHealth
{
    Id projectId;
    Health health = Health::Green;
    double spi = kUndefined;
    double cpi = kUndefined;
    int lateMilestones = 0;
    int openHighRisks = 0;
    QStringList reasons;        ///< why it is not green; one line saying it is fine when green

    /// The reasons joined for one line of a table.
    QString reasonText() const { return reasons.join(QStringLiteral("; ")); }
};

/// A milestone is due at its deadline, else its baseline finish, else its scheduled finish.
Minutes milestoneDue(const WorkspaceIndex &index, const Task &milestone);
/// Whether a milestone is late at @p status: overdue and not done, or scheduled after its due date.
bool isMilestoneLate(const WorkspaceIndex &index, const Task &milestone, Minutes status);
/// Whether a risk is open (not closed) and high (probability × impact >= @p score).
bool isOpenHighRisk(const Risk &risk, int score);

ProjectHealth assessHealth(const WorkspaceIndex &index, const Project &project, const ProjectEvm &evm,
                           const HealthThresholds &thresholds = {});

/// Display name of a health value ("Red"), translated.
QString healthName(Health health);

} // namespace Keel
