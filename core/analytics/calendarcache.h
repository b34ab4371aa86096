#pragma once
// CalendarCache: the working-time calendars of one workspace compiled once (schedule/WorkCalendar)
// for the analytics — available hours of people, time-phasing of planned value, durations in
// working days. Calendars resolve as the scheduler does: a task's or resource's own calendar, else
// the project's, else the workspace default, else Microsoft Project's Standard calendar.
//
// Not thread-safe; the Workspace must outlive the cache and stay unchanged while it is used.

#include <schedule/workcalendar.h>

#include <model/workspace.h>

#include <QHash>

#include <memory>

namespace Keel {

class CalendarCache
{
public:
    explicit CalendarCache(const Workspace &ws);
    ~CalendarCache();

    /// The calendar with @p calendarId; a null or unknown id gives the workspace default.
    const WorkCalendar &calendar(const Id &calendarId);
    const WorkCalendar &projectCalendar(const Project &project);
    const WorkCalendar &resourceCalendar(const Resource &resource);
    const WorkCalendar &defaultCalendar() { return calendar(Id()); }

    /// Working days of @p minutes on a calendar whose "day" is the workspace's minutesPerDay.
    double toDays(double minutes) const;
    int minutesPerDay() const { return m_minutesPerDay; }

private:
    const Workspace &m_ws;
    QHash<Id, std::shared_ptr<WorkCalendar>> m_compiled;
    qint64 m_fromDay = 0;
    qint64 m_toDay = 0;
    int m_minutesPerDay = 480;
};

} // namespace Keel
