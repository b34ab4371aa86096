#pragma once
// The demo workspace: a service company (IT outsourcing, consulting, engineering design) with
// clients and contacts, a resource pool with skills, rates and calendars (including mainland China
// public holidays and make-up working days), and eight projects across every lifecycle phase, from
// a closed project with full actuals to one still in initiation. It is the first-run content of the
// desktop and the data set of the benchmarks.
//
// generateDemo() writes everything through Store::apply, one ChangeSet for the shared pool and one
// per project, so the demo is made exactly as a user's edits are. Content is deterministic for a
// seed: every name, date, duration and amount comes from a seeded generator and fixed dates around
// demoToday(), never from the clock. Entity ids are fresh UUIDs.
//
// Dates come from the generator's own forward pass (DemoProjectBuilder), which follows the rules of
// core/schedule — tasks on their people's calendar, lags on the successor's calendar, actuals,
// remaining work resumed at the status date — so rescheduling the demo changes nothing. Closed and
// running projects have actuals that overrun the baseline by task category (testing most) and by
// person (one developer is consistently slower), the history that estimate calibration learns from.

#include "demooptions.h"

#include <QString>

namespace Keel {

class Store;

/// Fills an empty workspace (no projects yet) with the demo content. Returns false with *error set
/// when the options are invalid, the workspace is not empty or a ChangeSet is refused; the
/// ChangeSets applied until then stay applied (callers creating a new file delete it).
bool generateDemo(Store &store, const DemoOptions &options, QString *error, const DemoProgress &progress = {});

} // namespace Keel
