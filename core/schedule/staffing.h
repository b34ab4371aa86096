#pragma once
// Staffing recommendations. A task can ask for a skill at a minimum level and an amount of work
// (a SkillRequirement) instead of a named person. For each such requirement Keel ranks the people
// of the pool by
//   - skill fit: they must have the skill at the level asked; a closer match scores higher,
//   - availability: the share of the work they can take in the task's window, from their load,
//   - cost: their cost rate at the task's start, relative to the other candidates,
// and explains the score in words. staffProject() fills every open requirement of a project at
// once: it solves the assignment problem (requirements × people, each person offering as many
// slots as their free time allows) for the best total score with the Hungarian method, then
// checks each person's weekly load with the new work and releases the weakest choices that would
// over-allocate them, solving again until the plan fits.

#include "resourceload.h"

#include "model/workspace.h"

#include <QList>

namespace Keel {

struct StaffingWeights
{
    double fit = 0.4;
    double availability = 0.4;
    double cost = 0.2;
};

struct Candidate
{
    Id resourceId;
    int level = 0;
    double fit = 0;           ///< 0..1
    double availability = 0;  ///< 0..1: share of the requirement's work free in the window
    qint64 costPerHour = 0;   ///< minor units
    double score = 0;         ///< weighted, 0..1
    QString reason;           ///< "level 4, 3 needed; 62% free in weeks 12–14; 480/h"
};

/// Ranks the people who have the skill at the level asked, best first.
QList<Candidate> rankCandidates(const Workspace &ws, const SkillRequirement &requirement,
                                const LoadReport &weeklyLoad, const StaffingWeights &weights = {});

struct StaffingChoice
{
    Id requirementId;
    Id taskId;
    Candidate candidate;
};

struct StaffingPlan
{
    QList<StaffingChoice> choices;
    QList<Id> unfilled;       ///< requirements no one suitable and free could take
    double totalScore = 0;
    /// Inserts one Assignment per choice and marks each requirement filled; apply it with Store::apply.
    ChangeSet changes;
};

/// Fills every open (unfilled) skill requirement of a project at once; see the header comment.
StaffingPlan staffProject(const Workspace &ws, const Id &projectId, const StaffingWeights &weights = {});

} // namespace Keel
