#pragma once
// The demo workspace: a service company (IT outsourcing, consulting, engineering design) with
// clients and contacts, a resource pool with skills, rates and calendars (including mainland China
// public holidays and make-up working days), dated exchange rates, and fifteen projects across every
// lifecycle phase, from the closed engagements of the past year with full actuals to one still in
// initiation. It is the first-run content of the desktop and the data set of the benchmarks.
//
// Its numbers are those of a well-run firm: about 70 % of the people's available hours logged over
// the year (a few people over- and under-booked), most open projects on track, one at risk and one
// off track (ProjectSeed::story), and an Inbox of a dozen or so items worth reading.
//
// generateDemo() writes one ChangeSet for the shared pool and one per project; each project's goes
// through the edit service (EditService::complete), validated and scheduled as a user's import is.
// Content is deterministic for a seed: every name, date, duration and amount comes from a seeded
// generator and fixed dates around demoToday(), never from the clock. Entity ids are fresh UUIDs.
//
// Dates come from the generator's own forward pass (DemoProjectBuilder) rather than CpmScheduler:
// the history is invented as the pass goes (a task's actual duration, drawn when it is reached,
// decides when its successors start, and who is free then staffs them), which a scheduler run over
// finished inputs cannot do. The pass follows the rules of core/schedule — tasks on their people's
// calendar, lags on the successor's calendar, actuals, remaining work resumed at the status date —
// so rescheduling the demo changes nothing. The projects of early 2025 overran their baselines by
// task category (testing most) and by person (one developer is consistently slower): the history
// that estimate calibration learns from, and that later estimates took into account.

#include "demooptions.h"

#include <QString>

namespace Keel {

class Store;

/// Fills an empty workspace (no projects yet) with the demo content. Returns false with *error set
/// when the options are invalid, the workspace is not empty or a ChangeSet is refused; the
/// ChangeSets applied until then stay applied (callers creating a new file delete it).
bool generateDemo(Store &store, const DemoOptions &options, QString *error, const DemoProgress &progress = {});

} // namespace Keel
