#pragma once
// Priority rules for the RCPSP schedule generation schemes: one number per job, lower = scheduled
// first. The classic rules of the literature (Kolisch 1996): latest finish and latest start time
// from the critical-path backward pass, most total successors, greatest rank positional weight,
// minimum slack, and earliest start (the planned order, for delay-only leveling).

#include "rcpspproblem.h"

#include <QString>

#include <vector>

namespace Keel {

/// Named priority rules and the values they give each job of a finalized problem.
class RcpspPriority
{
public:
    enum class Rule {
        LatestFinish,        ///< LFT: latest finish time ignoring resources
        LatestStart,         ///< LST: latest start time ignoring resources
        MostTotalSuccessors, ///< MTS: most direct and indirect successors
        RankPositionalWeight,///< GRPW: own duration plus the durations of the direct successors
        MinimumSlack,        ///< MSLK: latest minus earliest start
        EarliestStart,       ///< EST: earliest start ignoring resources (keeps the planned order)
    };

    /// All rules, in the order above.
    static std::vector<Rule> all();
    /// Priority values, lower first; `problem` must be finalized.
    static std::vector<double> values(const RcpspProblem &problem, Rule rule);
    /// Short name as in the literature ("LFT", "MTS", …).
    static QString name(Rule rule);
};

} // namespace Keel
