#pragma once
// The demo's working-time calendars: a Netherlands office calendar on top of Standard, mainland
// China with its 2025 and 2026 public holidays and make-up working days (调休), England and Wales
// bank holidays, US federal holidays, and a part-time (Mon, Tue, Thu) calendar.

#include <model/calendar.h>

namespace Keel {

namespace DemoCalendars {

/// Mon–Fri inherited from `standardId`, with Dutch public holidays 2025–2026.
Calendar netherlands(const Id &standardId);
/// 中国大陆 / Mainland China: Mon–Fri 08:00–12:00, 13:00–17:00; the State Council's holiday
/// schedules for 2025 and 2026: holidays are non-working exceptions, the make-up days (weekend days
/// worked in exchange) are working exceptions on a Saturday or Sunday.
Calendar mainlandChina();
/// England and Wales bank holidays 2025–2026.
Calendar unitedKingdom();
/// US federal holidays 2025–2026 (observed dates).
Calendar unitedStates();
/// Part-time: Monday, Tuesday and Thursday from `baseId`, other days off.
Calendar partTime(const Id &baseId);

/// The standard working day, 08:00–12:00 and 13:00–17:00.
QList<TimeInterval> standardDay();

} // namespace DemoCalendars

} // namespace Keel
