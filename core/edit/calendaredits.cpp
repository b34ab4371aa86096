// EditService's calendar intents: saving a calendar judged field by field, and what keeps one
// from being deleted.

#include "editservice.h"

#include <model/entityedit.h>

#include <QLocale>
#include <QTime>

namespace Keel {

namespace {

QString clock(int minutes)
{
    if (minutes >= kMinutesPerDay)
        return QStringLiteral("24:00");
    return QTime(0, 0).addSecs(qint64(std::max(0, minutes)) * 60).toString(QStringLiteral("HH:mm"));
}

QString dayText(qint64 day)
{
    return dateOfDay(day).toString(Qt::ISODate);
}

} // namespace

Edit EditService::saveCalendar(const Calendar &calendar) const
{
    if (calendar.id.isNull())
        return Edit::refused(tr("A calendar needs an id."), "id");
    Calendar c = calendar;
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return Edit::refused(tr("A calendar needs a name."), "name");
    for (const Calendar &other : m_ws.table<Calendar>()) {
        if (other.id != c.id && other.resourceId.isNull() && c.resourceId.isNull()
            && other.name.compare(c.name, Qt::CaseInsensitive) == 0)
            return Edit::refused(tr("There is a calendar named “%1” already; choose another name.").arg(c.name), "name");
    }

    if (!c.baseCalendarId.isNull()) {
        if (c.baseCalendarId == c.id)
            return Edit::refused(tr("%1 cannot be its own base calendar.").arg(c.name), "base_calendar_id");
        if (!m_ws.get<Calendar>(c.baseCalendarId))
            return Edit::refused(tr("%1: its base calendar is not in the workspace.").arg(c.name), "base_calendar_id");
        QStringList chain{c.name};
        Id next = c.baseCalendarId;
        while (!next.isNull()) {
            const Calendar *base = m_ws.get<Calendar>(next);
            if (!base)
                break;
            chain.append(base->name);
            if (base->baseCalendarId == c.id || chain.size() > 33)
                return Edit::refused(tr("%1: the base calendars would form a loop (%2).")
                                         .arg(c.name, (chain << c.name).join(QStringLiteral(" → "))),
                                     "base_calendar_id");
            next = base->baseCalendarId;
        }
    }

    // The intervals of one day: within the day, each ending after it starts, in order, apart.
    const auto intervalsError = [](const QString &where, QList<TimeInterval> &list) -> QString {
        for (const TimeInterval &i : list) {
            if (i.start < 0 || i.end > kMinutesPerDay)
                return tr("%1: a working interval must lie within the day, from 00:00 to 24:00.").arg(where);
            if (i.end <= i.start)
                return tr("%1: the working interval %2–%3 ends before it starts.").arg(where, clock(i.start), clock(i.end));
        }
        std::sort(list.begin(), list.end(), [](const TimeInterval &a, const TimeInterval &b) { return a.start < b.start; });
        for (qsizetype k = 1; k < list.size(); ++k) {
            if (list[k].start < list[k - 1].end)
                return tr("%1: the working intervals %2–%3 and %4–%5 overlap.")
                    .arg(where, clock(list[k - 1].start), clock(list[k - 1].end), clock(list[k].start), clock(list[k].end));
        }
        return {};
    };
    const QLocale locale;
    for (size_t d = 0; d < c.week.size(); ++d) {
        if (c.week[d].inherited)
            continue;
        const QString where = tr("%1, %2").arg(c.name, locale.dayName(int(d) + 1));
        if (QString e = intervalsError(where, c.week[d].intervals); !e.isEmpty())
            return Edit::refused(e, "week");
    }
    for (qsizetype k = 0; k < c.exceptions.size(); ++k) {
        CalendarException &x = c.exceptions[k];
        x.name = x.name.trimmed();
        const QString where = x.name.isEmpty() ? tr("%1, exception %2").arg(c.name).arg(k + 1)
                                               : tr("%1, exception “%2”").arg(c.name, x.name);
        if (x.toDay < x.fromDay)
            return Edit::refused(tr("%1 ends (%2) before it starts (%3).").arg(where, dayText(x.toDay), dayText(x.fromDay)),
                                 "exceptions");
        if (x.occurrences < 0)
            return Edit::refused(tr("%1: the number of occurrences cannot be negative.").arg(where), "exceptions");
        const bool recurring = x.recurrence != Recurrence::None;
        if (recurring && (x.period < 1 || x.period > 999))
            return Edit::refused(tr("%1: it must repeat every 1 to 999 periods (it is %2).").arg(where).arg(x.period),
                                 "exceptions");
        switch (x.recurrence) {
        case Recurrence::None:
        case Recurrence::Daily:
            break;
        case Recurrence::Weekly:
            if ((x.weekdayMask & 0x7f) == 0 || (x.weekdayMask & ~0x7f) != 0)
                return Edit::refused(tr("%1: a weekly exception needs at least one weekday.").arg(where), "exceptions");
            break;
        case Recurrence::YearlyByDate:
            if (x.month < 1 || x.month > 12)
                return Edit::refused(tr("%1: the month must be from 1 to 12 (it is %2).").arg(where).arg(x.month), "exceptions");
            if (x.monthDay < 1 || x.monthDay > QDate(2000, x.month, 1).daysInMonth())
                return Edit::refused(tr("%1: day %2 is not a day of %3.")
                                         .arg(where)
                                         .arg(x.monthDay)
                                         .arg(locale.monthName(x.month)),
                                     "exceptions");
            break;
        case Recurrence::MonthlyByDay:
            if (x.monthDay < 1 || x.monthDay > 31)
                return Edit::refused(tr("%1: the day of the month must be from 1 to 31 (it is %2).").arg(where).arg(x.monthDay),
                                     "exceptions");
            break;
        case Recurrence::YearlyByWeekday:
            if (x.month < 1 || x.month > 12)
                return Edit::refused(tr("%1: the month must be from 1 to 12 (it is %2).").arg(where).arg(x.month), "exceptions");
            [[fallthrough]];
        case Recurrence::MonthlyByWeekday:
            if (x.weekday < 1 || x.weekday > 7)
                return Edit::refused(tr("%1: the weekday must be from Monday to Sunday.").arg(where), "exceptions");
            if (x.weekOfMonth < 1 || x.weekOfMonth > 5)
                return Edit::refused(tr("%1: the week of the month must be the first to the fourth, or the last.").arg(where),
                                     "exceptions");
            break;
        default:
            return Edit::refused(tr("%1: the kind of recurrence is unknown.").arg(where), "exceptions");
        }
        if (QString e = intervalsError(where, x.intervals); !e.isEmpty())
            return Edit::refused(e, "exceptions");
    }

    const Calendar *stored = m_ws.get<Calendar>(c.id);
    ChangeSet changes(stored ? tr("Edit calendar “%1”").arg(c.name) : tr("Add calendar “%1”").arg(c.name));
    if (stored)
        appendUpdates(changes, m_ws, c);
    else
        changes.insert(c);
    Edit e = complete(std::move(changes));
    e.id = c.id;
    return e;
}

Edit EditService::addCalendarWith(const Calendar &calendar, const ChangeSet &with) const
{
    if (m_ws.get<Calendar>(calendar.id))
        return Edit::refused(tr("%1 is in the workspace already.").arg(who(EntityType::Calendar, calendar.id)), "id");
    Edit saved = saveCalendar(calendar);
    if (!saved.ok())
        return saved;
    ChangeSet changes = withoutDerived(saved.changes);
    for (const Change &c : with.changes())
        changes.append(c);
    Edit e = complete(std::move(changes));
    e.id = calendar.id;
    return e;
}

QString EditService::unusedCalendarName(const QString &wanted) const
{
    const auto taken = [&](const QString &name) {
        for (const Calendar &c : m_ws.table<Calendar>()) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = wanted.trimmed();
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(wanted.trimmed()).arg(n);
    return name;
}

QString EditService::calendarUse(const Id &id) const
{
    const QString name = who(EntityType::Calendar, id);
    if (m_ws.settings().defaultCalendarId == id)
        return tr("%1 is the workspace's default calendar; choose another default first.").arg(name);
    for (const Project &p : m_ws.projects()) {
        if (p.calendarId == id)
            return tr("%1 is the calendar of %2; give the project another calendar first.").arg(name, who(EntityType::Project, p.id));
    }
    for (const Resource &r : m_ws.resources()) {
        if (r.calendarId == id)
            return tr("%1 is the calendar of %2; give the resource another calendar first.").arg(name, who(EntityType::Resource, r.id));
    }
    for (const Calendar &other : m_ws.table<Calendar>()) {
        if (other.baseCalendarId == id)
            return tr("%1 is the base calendar of %2; give that calendar another base first.").arg(name, who(EntityType::Calendar, other.id));
    }
    for (const Task &t : m_ws.table<Task>()) {
        if (t.calendarId == id)
            return tr("%1 is the calendar of %2; give the task another calendar first.").arg(name, who(EntityType::Task, t.id));
    }
    return {};
}

} // namespace Keel
