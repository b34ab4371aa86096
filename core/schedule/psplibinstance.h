#pragma once
// A single-mode PSPLIB instance (Kolisch & Sprecher's .sm format) as read from the file, before
// it becomes an RcpspProblem. Jobs keep the file's order (job 1 = the dummy source, job n = the
// dummy sink) but are counted from 0 here.

#include "rcpspproblem.h"

#include <QString>

#include <optional>
#include <vector>

namespace Keel {

/// Jobs, successors, durations, renewable requests and capacities of one .sm file.
struct PsplibInstance
{
    QString fileName;
    int horizon = 0;                          ///< the file's horizon line (a trivial upper bound)
    std::vector<int> durations;               ///< per job
    std::vector<std::vector<int>> successors; ///< per job, 0-based job indices
    std::vector<int> requests;                ///< jobs × resources, row per job
    std::vector<int> capacities;              ///< per renewable resource

    int jobCount() const { return int(durations.size()); }
    int resourceCount() const { return int(capacities.size()); }
    int request(int job, int resource) const { return requests[size_t(job) * capacities.size() + size_t(resource)]; }

    /// The finalized RCPSP (job j ↔ job j, finish-start links without lag), or nothing with
    /// `error` set when the instance is not schedulable (a cycle, a request above capacity).
    std::optional<RcpspProblem> toProblem(QString *error = nullptr) const;
};

} // namespace Keel
