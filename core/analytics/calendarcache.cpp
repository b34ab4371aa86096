#include "calendarcache.h"

#include <algorithm>

namespace Keel {

CalendarCache::CalendarCache(const Workspace &ws)
    : m_ws(ws)
{
    // The exact range of the compiled calendars: everything the workspace's dates touch, with a
    // margin for forecasts. Outside it a calendar repeats its ordinary week.
    qint64 lo = dayNumber(QDate(2000, 1, 1));
    qint64 hi = dayNumber(QDate(2040, 12, 31));
    auto widen = [&](Minutes m) {
        if (m == kNoTime)
            return;
        const qint64 d = m / kMinutesPerDay;
        lo = std::min(lo, d - 366);
        hi = std::max(hi, d + 3 * 366);
    };
    for (const Project &p : ws.projects()) {
        widen(p.start);
        widen(p.finish);
    }
    m_fromDay = lo;
    m_toDay = hi;
    m_minutesPerDay = std::max(1, ws.settings().minutesPerDay);
}

CalendarCache::~CalendarCache() = default;

const WorkCalendar &CalendarCache::calendar(const Id &calendarId)
{
    Id id = calendarId;
    if (id.isNull() || !m_ws.get<Calendar>(id))
        id = m_ws.settings().defaultCalendarId;
    const Calendar *def = id.isNull() ? nullptr : m_ws.get<Calendar>(id);
    if (!def)
        id = Id();
    const auto it = m_compiled.constFind(id);
    if (it != m_compiled.cend())
        return **it;
    std::shared_ptr<WorkCalendar> compiled;
    if (def) {
        const Workspace &ws = m_ws;
        compiled = std::make_shared<WorkCalendar>(WorkCalendar::compile(
            *def, [&ws](const Id &base) { return ws.get<Calendar>(base); }, m_fromDay, m_toDay));
    } else {
        compiled = std::make_shared<WorkCalendar>();
    }
    m_compiled.insert(id, compiled);
    return *compiled;
}

const WorkCalendar &CalendarCache::projectCalendar(const Project &project)
{
    return calendar(project.calendarId);
}

const WorkCalendar &CalendarCache::resourceCalendar(const Resource &resource)
{
    if (!resource.calendarId.isNull() && m_ws.get<Calendar>(resource.calendarId))
        return calendar(resource.calendarId);
    for (const Calendar &c : m_ws.table<Calendar>()) {
        if (c.resourceId == resource.id)
            return calendar(c.id);
    }
    return defaultCalendar();
}

double CalendarCache::toDays(double minutes) const
{
    return minutes / double(m_minutesPerDay);
}

} // namespace Keel
