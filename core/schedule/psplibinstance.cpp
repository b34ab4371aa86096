#include "psplibinstance.h"

namespace Keel {

std::optional<RcpspProblem> PsplibInstance::toProblem(QString *error) const
{
    RcpspProblem problem;
    for (int d : durations)
        problem.addJob(d);
    for (int c : capacities)
        problem.addResource(c);
    for (int j = 0; j < jobCount(); ++j) {
        for (int r = 0; r < resourceCount(); ++r) {
            if (request(j, r) != 0)
                problem.setRequest(j, r, request(j, r));
        }
        for (int s : successors[size_t(j)])
            problem.addLink(j, s);
    }
    QString message;
    if (!problem.finalize(&message)) {
        if (error)
            *error = fileName.isEmpty() ? message : fileName + QStringLiteral(": ") + message;
        return std::nullopt;
    }
    return problem;
}

} // namespace Keel
