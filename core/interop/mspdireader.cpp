#include "mspdireader.h"

#include "mspdiformat.h"
#include "xmltree.h"

#include "model/settings.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

using Node = XmlTree::Node;

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::MspdiReader", text);
}

const QList<TimeInterval> kStandardDay{{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};

/// Monday = 0 … Sunday = 6 from an MSPDI DayType (1 = Sunday … 7 = Saturday).
int weekIndexOfDayType(int dayType)
{
    return (dayType + 5) % 7;
}

/// Keel weekday (1 = Monday … 7 = Sunday) from an MSPDI MonthItem 3 = Sunday … 9 = Saturday.
int weekdayOfMonthItem(int item)
{
    return item == 3 ? 7 : item - 3;
}

class Parser
{
public:
    Parser(const XmlTree &tree, const ImportOptions &options)
        : m_tree(tree)
        , m_options(options)
    {
    }

    bool run();
    ProjectBundle takeBundle() { return std::move(m_bundle); }
    const ImportError &error() const { return m_error; }
    QStringList warnings() const { return m_warnings; }

private:
    struct TaskEntry
    {
        const Node *node = nullptr;
        qint64 uid = 0;
        qint64 position = 0;
        int fileOrder = 0;
    };

    bool fail(const Node *node, const QString &element, const QString &reason)
    {
        m_error.file = m_options.fileName;
        m_error.line = node ? node->line : 0;
        m_error.column = node ? node->column : 0;
        m_error.element = element.isEmpty() ? QString() : u'<' + element + u'>';
        m_error.reason = reason;
        return false;
    }
    void warn(const QString &text)
    {
        if (!m_warnings.contains(text))
            m_warnings.append(text);
    }

    // Typed readers of a child element. Each returns false (with the error set) when the child is
    // there but malformed; leaves *out alone when the child is absent or empty.
    bool readInt(const Node &parent, QStringView name, qint64 *out, const QString &who);
    bool readInt(const Node &parent, QStringView name, int *out, const QString &who);
    bool readDouble(const Node &parent, QStringView name, double *out, const QString &who);
    bool readBool(const Node &parent, QStringView name, bool *out, const QString &who);
    bool readDate(const Node &parent, QStringView name, Minutes *out, const QString &who);
    bool readDuration(const Node &parent, QStringView name, double *out, const QString &who);
    bool readTimes(const Node &parent, QList<TimeInterval> *out, const QString &who);
    bool readPeriod(const Node &parent, qint64 *fromDay, qint64 *toDay, const QString &who);

    bool readProject();
    bool readCalendars();
    bool readCalendar(const Node &node, Calendar *calendar);
    bool readException(const Node &node, const QString &who, CalendarException *x, bool *usable);
    bool readTasks();
    bool readTask(const TaskEntry &entry, Task *task, bool *active);
    bool readLinks();
    bool readResources();
    bool readAssignments();
    bool readBaselines();

    const XmlTree &m_tree;
    const ImportOptions &m_options;
    ProjectBundle m_bundle;
    ImportError m_error;
    QStringList m_warnings;

    int m_minutesPerDay = 480;
    int m_minutesPerWeek = 2400;
    int m_daysPerMonth = 20;
    int m_currencyDigits = 2;
    QString m_summaryName;
    qint64 m_projectCalendarUid = -1;
    QHash<qint64, Id> m_calendarByUid;
    QHash<qint64, bool> m_calendarIsBase;
    QHash<qint64, Id> m_taskByUid;
    QHash<qint64, const Node *> m_taskNodeByUid;
    QSet<qint64> m_inactiveTasks;
    QSet<qint64> m_skippedTasks;
    QHash<qint64, Id> m_resourceByUid;
};

bool Parser::readInt(const Node &parent, QStringView name, qint64 *out, const QString &who)
{
    const Node *n = m_tree.child(parent, name);
    if (!n)
        return true;
    const QString text = n->text.trimmed();
    if (text.isEmpty())
        return true;
    bool ok = false;
    qint64 v = text.toLongLong(&ok);
    if (!ok) {
        const double d = text.toDouble(&ok);
        ok = ok && std::isfinite(d) && std::abs(d) < 9e15 && d == std::floor(d);
        v = ok ? qint64(d) : 0;
    }
    if (!ok)
        return fail(n, name.toString(), tr("%1: “%2” is not a whole number.").arg(who, text));
    *out = v;
    return true;
}

bool Parser::readInt(const Node &parent, QStringView name, int *out, const QString &who)
{
    qint64 v = *out;
    if (!readInt(parent, name, &v, who))
        return false;
    if (v < INT_MIN || v > INT_MAX) {
        const Node *n = m_tree.child(parent, name);
        return fail(n, name.toString(), tr("%1: %2 is out of range.").arg(who).arg(v));
    }
    *out = int(v);
    return true;
}

bool Parser::readDouble(const Node &parent, QStringView name, double *out, const QString &who)
{
    const Node *n = m_tree.child(parent, name);
    if (!n)
        return true;
    const QString text = n->text.trimmed();
    if (text.isEmpty())
        return true;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return fail(n, name.toString(), tr("%1: “%2” is not a number.").arg(who, text));
    *out = v;
    return true;
}

bool Parser::readBool(const Node &parent, QStringView name, bool *out, const QString &who)
{
    const Node *n = m_tree.child(parent, name);
    if (!n)
        return true;
    const QString text = n->text.trimmed();
    if (text.isEmpty())
        return true;
    if (text == u"1" || text.compare(u"true", Qt::CaseInsensitive) == 0)
        *out = true;
    else if (text == u"0" || text.compare(u"false", Qt::CaseInsensitive) == 0)
        *out = false;
    else
        return fail(n, name.toString(), tr("%1: “%2” is not a boolean (expected 0 or 1).").arg(who, text));
    return true;
}

bool Parser::readDate(const Node &parent, QStringView name, Minutes *out, const QString &who)
{
    const Node *n = m_tree.child(parent, name);
    if (!n)
        return true;
    const std::optional<Minutes> m = Mspdi::parseDateTime(n->text);
    if (!m)
        return fail(n, name.toString(),
                    tr("%1: “%2” is not a date and time (expected YYYY-MM-DDTHH:MM:SS).").arg(who, n->text.trimmed()));
    if (*m != kNoTime)
        *out = *m;
    return true;
}

bool Parser::readDuration(const Node &parent, QStringView name, double *out, const QString &who)
{
    const Node *n = m_tree.child(parent, name);
    if (!n || n->text.trimmed().isEmpty())
        return true;
    const std::optional<double> d = Mspdi::parseDuration(n->text, m_minutesPerDay, m_daysPerMonth);
    if (!d)
        return fail(n, name.toString(),
                    tr("%1: “%2” is not a duration (expected an xsd:duration such as PT8H0M0S).")
                        .arg(who, n->text.trimmed()));
    *out = *d;
    return true;
}

bool Parser::readTimes(const Node &parent, QList<TimeInterval> *out, const QString &who)
{
    const Node *times = m_tree.child(parent, u"WorkingTimes");
    if (!times)
        return true;
    for (const Node *wt : m_tree.children(*times, u"WorkingTime")) {
        const Node *from = m_tree.child(*wt, u"FromTime");
        const Node *to = m_tree.child(*wt, u"ToTime");
        if (!from || !to)
            continue;
        const std::optional<int> f = Mspdi::parseTime(from->text);
        if (!f)
            return fail(from, QStringLiteral("FromTime"),
                        tr("%1: “%2” is not a time of day (expected HH:MM:SS).").arg(who, from->text.trimmed()));
        std::optional<int> t = Mspdi::parseTime(to->text);
        if (!t)
            return fail(to, QStringLiteral("ToTime"),
                        tr("%1: “%2” is not a time of day (expected HH:MM:SS).").arg(who, to->text.trimmed()));
        // Microsoft Project writes the end of the day as 00:00:00.
        if (*t <= *f && *t == 0)
            t = int(kMinutesPerDay);
        if (*t <= *f) {
            warn(tr("%1: a working time that ends before it starts was ignored.").arg(who));
            continue;
        }
        out->append({*f, *t});
    }
    return true;
}

bool Parser::readPeriod(const Node &parent, qint64 *fromDay, qint64 *toDay, const QString &who)
{
    const Node *period = m_tree.child(parent, u"TimePeriod");
    if (!period)
        return true;
    Minutes from = kNoTime;
    Minutes to = kNoTime;
    if (!readDate(*period, u"FromDate", &from, who) || !readDate(*period, u"ToDate", &to, who))
        return false;
    if (from == kNoTime)
        return true;
    *fromDay = toDate(from).isValid() ? dayNumber(toDate(from)) : 0;
    if (to == kNoTime) {
        *toDay = *fromDay;
        return true;
    }
    qint64 last = dayNumber(toDate(to));
    // An end at midnight closes the previous day.
    if (to % kMinutesPerDay == 0 && last > *fromDay)
        --last;
    *toDay = std::max(*fromDay, last);
    return true;
}

bool Parser::readProject()
{
    const Node &root = m_tree.root();
    const QString who = tr("the project");
    Project &p = m_bundle.project;
    p.id = newId();

    if (!readInt(root, u"MinutesPerDay", &m_minutesPerDay, who) || !readInt(root, u"MinutesPerWeek", &m_minutesPerWeek, who)
        || !readInt(root, u"DaysPerMonth", &m_daysPerMonth, who) || !readInt(root, u"CurrencyDigits", &m_currencyDigits, who))
        return false;
    if (m_minutesPerDay <= 0 || m_minutesPerDay > 1440)
        m_minutesPerDay = 480;
    if (m_minutesPerWeek <= 0 || m_minutesPerWeek > 10080)
        m_minutesPerWeek = 5 * m_minutesPerDay;
    if (m_daysPerMonth <= 0 || m_daysPerMonth > 31)
        m_daysPerMonth = 20;
    m_currencyDigits = std::clamp(m_currencyDigits, 0, 4);
    m_bundle.minutesPerDay = m_minutesPerDay;
    m_bundle.minutesPerWeek = m_minutesPerWeek;
    m_bundle.daysPerMonth = m_daysPerMonth;

    bool fromStart = true;
    if (!readBool(root, u"ScheduleFromStart", &fromStart, who) || !readDate(root, u"StartDate", &p.start, who)
        || !readDate(root, u"FinishDate", &p.finish, who) || !readDate(root, u"StatusDate", &p.statusDate, who)
        || !readInt(root, u"CalendarUID", &m_projectCalendarUid, who))
        return false;
    p.scheduleFrom = fromStart ? ScheduleFrom::Start : ScheduleFrom::Finish;
    if (p.scheduleFrom == ScheduleFrom::Finish && p.finish == kNoTime) {
        warn(tr("The project is scheduled from its finish but has no finish date; it is scheduled from its start."));
        p.scheduleFrom = ScheduleFrom::Start;
    }

    const QString currency = m_tree.childText(root, u"CurrencyCode").value_or(QString()).trimmed();
    if (currency.size() == 3)
        p.currency = currency.toUpper();

    QString name = m_options.projectName;
    if (name.isEmpty())
        name = m_tree.childText(root, u"Title").value_or(QString()).trimmed();
    if (name.isEmpty()) {
        name = m_tree.childText(root, u"Name").value_or(QString()).trimmed();
        if (name.endsWith(u".xml", Qt::CaseInsensitive) || name.endsWith(u".mpp", Qt::CaseInsensitive))
            name.chop(4);
    }
    p.name = name;
    p.description = m_tree.childText(root, u"Subject").value_or(QString()).trimmed();
    return true;
}

bool Parser::readException(const Node &node, const QString &who, CalendarException *x, bool *usable)
{
    *usable = true;
    x->name = m_tree.childText(node, u"Name").value_or(QString()).trimmed();
    const QString what = x->name.isEmpty() ? who : tr("%1, exception “%2”").arg(who, x->name);
    bool byOccurrences = false;
    int occurrences = 0;
    int type = 1;
    int period = 1;
    int daysOfWeek = 0;
    int monthItem = 0;
    int monthPosition = 0;
    int month = 0;
    int monthDay = 1;
    bool working = false;
    if (!readPeriod(node, &x->fromDay, &x->toDay, what) || !readBool(node, u"EnteredByOccurrences", &byOccurrences, what)
        || !readInt(node, u"Occurrences", &occurrences, what) || !readInt(node, u"Type", &type, what)
        || !readInt(node, u"Period", &period, what) || !readInt(node, u"DaysOfWeek", &daysOfWeek, what)
        || !readInt(node, u"MonthItem", &monthItem, what) || !readInt(node, u"MonthPosition", &monthPosition, what)
        || !readInt(node, u"Month", &month, what) || !readInt(node, u"MonthDay", &monthDay, what)
        || !readBool(node, u"DayWorking", &working, what))
        return false;
    if (!m_tree.child(node, u"TimePeriod")) {
        warn(tr("%1: an exception without dates was ignored.").arg(what));
        *usable = false;
        return true;
    }
    if (working) {
        if (!readTimes(node, &x->intervals, what))
            return false;
        if (x->intervals.isEmpty())
            x->intervals = kStandardDay;
    }
    x->period = std::max(1, period);
    x->occurrences = byOccurrences ? std::max(0, occurrences) : 0;
    x->weekOfMonth = std::clamp(monthPosition + 1, 1, 5);
    x->month = std::clamp(month + 1, 1, 12);
    x->monthDay = std::clamp(monthDay, 1, 31);
    switch (type) {
    case 1:
        x->recurrence = period > 1 ? Recurrence::Daily : Recurrence::None;
        if (x->recurrence == Recurrence::None)
            x->occurrences = 0;
        break;
    case 7:
        x->recurrence = Recurrence::Daily;
        break;
    case 6: {
        x->recurrence = Recurrence::Weekly;
        int mask = 0;
        for (int bit = 0; bit < 7; ++bit) {
            if (daysOfWeek & (1 << bit)) // bit 0 = Sunday … bit 6 = Saturday
                mask |= 1 << ((bit + 6) % 7);
        }
        x->weekdayMask = mask;
        if (mask == 0) {
            warn(tr("%1: a weekly exception without weekdays was ignored.").arg(what));
            *usable = false;
        }
        break;
    }
    case 4:
        x->recurrence = Recurrence::MonthlyByDay;
        break;
    case 5:
    case 3:
        if (monthItem >= 3 && monthItem <= 9) {
            x->recurrence = type == 5 ? Recurrence::MonthlyByWeekday : Recurrence::YearlyByWeekday;
            x->weekday = weekdayOfMonthItem(monthItem);
        } else if (monthItem == 0 && monthPosition < 4) {
            // "The n-th day of the month" is the day numbered n.
            x->recurrence = type == 5 ? Recurrence::MonthlyByDay : Recurrence::YearlyByDate;
            x->monthDay = monthPosition + 1;
        } else {
            warn(tr("%1: a recurrence on “weekday”, “weekend day” or “last day” of a month cannot be kept; "
                    "the exception applies to its whole date range.").arg(what));
            x->recurrence = Recurrence::None;
            x->occurrences = 0;
        }
        break;
    case 2:
        x->recurrence = Recurrence::YearlyByDate;
        break;
    default:
        x->recurrence = Recurrence::None;
        x->occurrences = 0;
        break;
    }
    return true;
}

bool Parser::readCalendar(const Node &node, Calendar *c)
{
    qint64 uid = 0;
    if (!readInt(node, u"UID", &uid, tr("a calendar")))
        return false;
    const QString name = m_tree.childText(node, u"Name").value_or(QString()).trimmed();
    const QString who = name.isEmpty() ? tr("calendar UID %1").arg(uid) : tr("calendar “%1”").arg(name);
    c->id = m_calendarByUid.value(uid);
    c->name = name.isEmpty() ? tr("Calendar %1").arg(uid) : name;
    qint64 baseUid = -1;
    if (!readInt(node, u"BaseCalendarUID", &baseUid, who))
        return false;
    if (baseUid >= 0 && baseUid != uid) {
        if (m_calendarByUid.contains(baseUid))
            c->baseCalendarId = m_calendarByUid.value(baseUid);
        else
            warn(tr("%1: its base calendar (UID %2) is not in the file.").arg(who).arg(baseUid));
    }
    for (CalendarWeekDay &d : c->week)
        d.inherited = true;

    const bool hasExceptions = m_tree.child(node, u"Exceptions") != nullptr;
    QList<CalendarException> exceptions;
    if (const Node *weekDays = m_tree.child(node, u"WeekDays")) {
        for (const Node *wd : m_tree.children(*weekDays, u"WeekDay")) {
            int dayType = -1;
            bool working = false;
            if (!readInt(*wd, u"DayType", &dayType, who) || !readBool(*wd, u"DayWorking", &working, who))
                return false;
            QList<TimeInterval> times;
            if (working) {
                if (!readTimes(*wd, &times, who))
                    return false;
                if (times.isEmpty())
                    times = kStandardDay;
            }
            if (dayType >= 1 && dayType <= 7) {
                CalendarWeekDay &day = c->week[size_t(weekIndexOfDayType(dayType))];
                day.inherited = false;
                day.intervals = times;
            } else if (dayType == 0) {
                // The pre-2007 form of an exception; Project 2007 and later write both forms.
                if (hasExceptions)
                    continue;
                CalendarException x;
                if (!m_tree.child(*wd, u"TimePeriod"))
                    continue;
                if (!readPeriod(*wd, &x.fromDay, &x.toDay, who))
                    return false;
                x.intervals = times;
                exceptions.append(x);
            } else {
                const Node *n = m_tree.child(*wd, u"DayType");
                return fail(n, QStringLiteral("DayType"),
                            tr("%1: %2 is not a day type (expected 0 to 7).").arg(who).arg(dayType));
            }
        }
    }

    // Work weeks (Project 2007+): a different week for a period, kept as weekly exceptions that
    // the calendar's real exceptions override.
    if (const Node *workWeeks = m_tree.child(node, u"WorkWeeks")) {
        for (const Node *ww : m_tree.children(*workWeeks, u"WorkWeek")) {
            const QString weekName = m_tree.childText(*ww, u"Name").value_or(QString()).trimmed();
            qint64 fromDay = 0;
            qint64 toDay = 0;
            if (!m_tree.child(*ww, u"TimePeriod"))
                continue;
            if (!readPeriod(*ww, &fromDay, &toDay, who))
                return false;
            const Node *days = m_tree.child(*ww, u"WeekDays");
            for (const Node *wd : days ? m_tree.children(*days, u"WeekDay") : std::vector<const Node *>{}) {
                int dayType = -1;
                bool working = false;
                if (!readInt(*wd, u"DayType", &dayType, who) || !readBool(*wd, u"DayWorking", &working, who))
                    return false;
                if (dayType < 1 || dayType > 7)
                    continue;
                CalendarException x;
                x.name = weekName;
                x.fromDay = fromDay;
                x.toDay = toDay;
                x.recurrence = Recurrence::Weekly;
                x.weekdayMask = 1 << weekIndexOfDayType(dayType);
                if (working) {
                    if (!readTimes(*wd, &x.intervals, who))
                        return false;
                    if (x.intervals.isEmpty())
                        x.intervals = kStandardDay;
                }
                c->exceptions.append(x);
            }
        }
    }
    if (const Node *list = m_tree.child(node, u"Exceptions")) {
        for (const Node *e : m_tree.children(*list, u"Exception")) {
            CalendarException x;
            bool usable = true;
            if (!readException(*e, who, &x, &usable))
                return false;
            if (usable)
                exceptions.append(x);
        }
    }
    c->exceptions.append(exceptions);
    return true;
}

bool Parser::readCalendars()
{
    const Node *list = m_tree.child(m_tree.root(), u"Calendars");
    if (!list)
        return true;
    const std::vector<const Node *> nodes = m_tree.children(*list, u"Calendar");
    // Ids first, so that a calendar may name a base calendar that comes after it.
    for (const Node *n : nodes) {
        qint64 uid = 0;
        if (!m_tree.child(*n, u"UID"))
            return fail(n, QStringLiteral("Calendar"), tr("a calendar has no UID."));
        if (!readInt(*n, u"UID", &uid, tr("a calendar")))
            return false;
        if (m_calendarByUid.contains(uid))
            return fail(n, QStringLiteral("Calendar"), tr("two calendars have the UID %1.").arg(uid));
        m_calendarByUid.insert(uid, newId());
        bool isBase = true;
        if (!readBool(*n, u"IsBaseCalendar", &isBase, tr("calendar UID %1").arg(uid)))
            return false;
        m_calendarIsBase.insert(uid, isBase);
    }
    std::vector<Calendar> calendars;
    for (const Node *n : nodes) {
        Calendar c;
        if (!readCalendar(*n, &c))
            return false;
        calendars.push_back(std::move(c));
    }
    // Bases before the calendars derived from them.
    QHash<Id, Id> baseOf;
    for (const Calendar &c : calendars)
        baseOf.insert(c.id, c.baseCalendarId);
    QHash<Id, int> depth;
    for (const Calendar &c : calendars) {
        int d = 0;
        Id next = c.baseCalendarId;
        while (!next.isNull() && d < 64) {
            ++d;
            next = baseOf.value(next);
        }
        depth.insert(c.id, d);
    }
    std::stable_sort(calendars.begin(), calendars.end(),
                     [&depth](const Calendar &a, const Calendar &b) { return depth.value(a.id) < depth.value(b.id); });
    m_bundle.calendars = std::move(calendars);

    if (m_calendarByUid.contains(m_projectCalendarUid)) {
        m_bundle.project.calendarId = m_calendarByUid.value(m_projectCalendarUid);
    } else {
        for (const Calendar &c : m_bundle.calendars) {
            if (c.baseCalendarId.isNull() && c.name.compare(u"Standard", Qt::CaseInsensitive) == 0)
                m_bundle.project.calendarId = c.id;
        }
        if (m_bundle.project.calendarId.isNull()) {
            QHash<Id, qint64> uidOfCalendar;
            for (auto it = m_calendarByUid.cbegin(); it != m_calendarByUid.cend(); ++it)
                uidOfCalendar.insert(it.value(), it.key());
            for (const Calendar &c : m_bundle.calendars) {
                if (m_calendarIsBase.value(uidOfCalendar.value(c.id), true)) {
                    m_bundle.project.calendarId = c.id;
                    break;
                }
            }
        }
    }
    return true;
}

bool Parser::readTask(const TaskEntry &e, Task *t, bool *active)
{
    const Node &n = *e.node;
    t->name = m_tree.childText(n, u"Name").value_or(QString());
    const QString who = t->name.trimmed().isEmpty() ? tr("task UID %1").arg(e.uid)
                                                     : tr("task UID %1 “%2”").arg(e.uid).arg(t->name);
    bool manual = false;
    bool milestone = false;
    int durationFormat = 7;
    double duration = 0;
    double work = 0;
    int constraint = 0;
    qint64 calendarUid = -1;
    double fixedCost = 0;
    double levelingDelay = 0;
    if (!readBool(n, u"Active", active, who) || !readBool(n, u"Manual", &manual, who)
        || !readInt(n, u"Priority", &t->priority, who) || !readDate(n, u"Start", &t->start, who)
        || !readDate(n, u"Finish", &t->finish, who) || !readDuration(n, u"Duration", &duration, who)
        || !readInt(n, u"DurationFormat", &durationFormat, who) || !readDuration(n, u"Work", &work, who)
        || !readBool(n, u"Milestone", &milestone, who) || !readInt(n, u"PercentComplete", &t->percentComplete, who)
        || !readDate(n, u"ActualStart", &t->actualStart, who) || !readDate(n, u"ActualFinish", &t->actualFinish, who)
        || !readInt(n, u"ConstraintType", &constraint, who) || !readInt(n, u"CalendarUID", &calendarUid, who)
        || !readDate(n, u"ConstraintDate", &t->constraintDate, who) || !readDate(n, u"Deadline", &t->deadline, who)
        || !readDouble(n, u"FixedCost", &fixedCost, who) || !readDouble(n, u"LevelingDelay", &levelingDelay, who))
        return false;

    t->scheduling = manual ? SchedulingMode::Manual : SchedulingMode::Auto;
    t->milestone = milestone;
    t->elapsed = Mspdi::isElapsedFormat(durationFormat);
    if (duration < 0) {
        const Node *d = m_tree.child(n, u"Duration");
        return fail(d, QStringLiteral("Duration"), tr("%1: the duration must not be negative.").arg(who));
    }
    t->duration = Minutes(std::llround(duration));
    t->work = Minutes(std::llround(std::max(0.0, work)));
    const std::optional<ConstraintType> ct = Mspdi::constraintFromCode(constraint);
    if (!ct) {
        const Node *c = m_tree.child(n, u"ConstraintType");
        return fail(c, QStringLiteral("ConstraintType"),
                    tr("%1: %2 is not a constraint type (expected 0 to 7).").arg(who).arg(constraint));
    }
    t->constraint = *ct;
    if (t->constraint == ConstraintType::Asap || t->constraint == ConstraintType::Alap)
        t->constraintDate = kNoTime;
    if (t->percentComplete < 0 || t->percentComplete > 100) {
        warn(tr("%1: percent complete %2 was limited to 0–100.").arg(who).arg(t->percentComplete));
        t->percentComplete = std::clamp(t->percentComplete, 0, 100);
    }
    t->priority = std::clamp(t->priority, 0, 1000);
    // LevelingDelay is in tenths of a minute.
    t->levelingDelay = Minutes(std::llround(std::clamp(levelingDelay / 10.0, 0.0, 1e9)));
    if (calendarUid >= 0) {
        if (m_calendarByUid.contains(calendarUid))
            t->calendarId = m_calendarByUid.value(calendarUid);
        else
            warn(tr("%1: its calendar (UID %2) is not in the file; it uses the project calendar.").arg(who).arg(calendarUid));
    }
    // Costs are written in hundredths of the currency unit.
    t->fixedCost = qint64(std::llround(fixedCost * std::pow(10.0, m_currencyDigits - 2)));
    t->notes = m_tree.childText(n, u"Notes").value_or(QString());
    t->sourceUid = QString::number(e.uid);
    return true;
}

bool Parser::readTasks()
{
    const Node *list = m_tree.child(m_tree.root(), u"Tasks");
    if (!list)
        return true;
    std::vector<TaskEntry> entries;
    int order = 0;
    bool allHaveIds = true;
    for (const Node *n : m_tree.children(*list, u"Task")) {
        TaskEntry e;
        e.node = n;
        e.fileOrder = order++;
        if (!m_tree.child(*n, u"UID"))
            return fail(n, QStringLiteral("Task"), tr("a task has no UID."));
        if (!readInt(*n, u"UID", &e.uid, tr("a task")))
            return false;
        qint64 id = -1;
        if (!readInt(*n, u"ID", &id, tr("task UID %1").arg(e.uid)))
            return false;
        if (id < 0)
            allHaveIds = false;
        e.position = id;
        if (m_taskNodeByUid.contains(e.uid))
            return fail(n, QStringLiteral("UID"), tr("two tasks have the UID %1.").arg(e.uid));
        m_taskNodeByUid.insert(e.uid, n);
        entries.push_back(e);
    }
    // The outline is defined in ID order, which is file order in everything Microsoft Project writes.
    if (allHaveIds) {
        std::stable_sort(entries.begin(), entries.end(),
                         [](const TaskEntry &a, const TaskEntry &b) { return a.position < b.position; });
    }

    struct Open
    {
        int level;
        Id id;
    };
    std::vector<Open> stack;
    QHash<Id, int> childCount;
    for (const TaskEntry &e : entries) {
        const Node &n = *e.node;
        const QString who = tr("task UID %1").arg(e.uid);
        bool isNull = false;
        if (!readBool(n, u"IsNull", &isNull, who))
            return false;
        if (isNull) {
            m_skippedTasks.insert(e.uid);
            continue;
        }
        int level = -1;
        if (!readInt(n, u"OutlineLevel", &level, who))
            return false;
        if (level < 0) {
            const QString number = m_tree.childText(n, u"OutlineNumber").value_or(QString()).trimmed();
            level = number.isEmpty() ? 1 : (number == u"0" ? 0 : int(number.count(u'.')) + 1);
        }
        if (e.uid == 0 || level == 0) {
            // The project summary task: the project itself.
            m_summaryName = m_tree.childText(n, u"Name").value_or(QString()).trimmed();
            m_skippedTasks.insert(e.uid);
            continue;
        }
        Task t;
        t.id = newId();
        bool active = true;
        if (!readTask(e, &t, &active))
            return false;
        if (!active) {
            warn(tr("Inactive tasks were imported as manually scheduled tasks without links."));
            t.scheduling = SchedulingMode::Manual;
            m_inactiveTasks.insert(e.uid);
        }
        while (!stack.empty() && stack.back().level >= level)
            stack.pop_back();
        t.parentId = stack.empty() ? Id() : stack.back().id;
        t.order = childCount[t.parentId]++;
        stack.push_back({level, t.id});
        m_taskByUid.insert(e.uid, t.id);
        m_bundle.tasks.push_back(std::move(t));
    }
    return true;
}

bool Parser::readLinks()
{
    for (const Task &t : m_bundle.tasks) {
        const qint64 uid = t.sourceUid.toLongLong();
        const Node *n = m_taskNodeByUid.value(uid);
        if (!n)
            continue;
        const QString who = tr("task UID %1").arg(uid);
        for (const Node *link : m_tree.children(*n, u"PredecessorLink")) {
            qint64 predecessor = -1;
            int type = 1;
            qint64 lag = 0;
            int lagFormat = 7;
            bool crossProject = false;
            if (!readInt(*link, u"PredecessorUID", &predecessor, who) || !readInt(*link, u"Type", &type, who)
                || !readInt(*link, u"LinkLag", &lag, who) || !readInt(*link, u"LagFormat", &lagFormat, who)
                || !readBool(*link, u"CrossProject", &crossProject, who))
                return false;
            if (crossProject) {
                warn(tr("Links to tasks in other projects were skipped."));
                continue;
            }
            if (m_inactiveTasks.contains(uid) || m_inactiveTasks.contains(predecessor))
                continue;
            if (!m_taskByUid.contains(predecessor)) {
                if (!m_skippedTasks.contains(predecessor))
                    warn(tr("%1: its predecessor UID %2 is not in the file; the link was skipped.").arg(who).arg(predecessor));
                continue;
            }
            const std::optional<DependencyType> dt = Mspdi::linkTypeFromCode(type);
            if (!dt) {
                const Node *tn = m_tree.child(*link, u"Type");
                return fail(tn, QStringLiteral("Type"),
                            tr("%1: %2 is not a link type (expected 0 = FF, 1 = FS, 2 = SF, 3 = SS).").arg(who).arg(type));
            }
            Dependency d;
            d.id = newId();
            d.predecessorId = m_taskByUid.value(predecessor);
            d.successorId = t.id;
            d.type = *dt;
            if (Mspdi::isPercentFormat(lagFormat)) {
                d.lagUnit = LagUnit::Percent;
                d.lag = lag;
            } else {
                d.lagUnit = Mspdi::isElapsedFormat(lagFormat) ? LagUnit::Elapsed : LagUnit::Working;
                d.lag = Minutes(std::llround(double(lag) / 10.0));
            }
            m_bundle.dependencies.push_back(d);
        }
    }
    return true;
}

bool Parser::readResources()
{
    const Node *list = m_tree.child(m_tree.root(), u"Resources");
    if (!list)
        return true;
    const double rateScale = std::pow(10.0, m_currencyDigits);
    for (const Node *n : m_tree.children(*list, u"Resource")) {
        qint64 uid = 0;
        if (!m_tree.child(*n, u"UID"))
            return fail(n, QStringLiteral("Resource"), tr("a resource has no UID."));
        if (!readInt(*n, u"UID", &uid, tr("a resource")))
            return false;
        const QString name = m_tree.childText(*n, u"Name").value_or(QString()).trimmed();
        const QString who = name.isEmpty() ? tr("resource UID %1").arg(uid) : tr("resource “%1”").arg(name);
        bool isNull = false;
        int type = 1;
        bool isCost = false;
        bool inactive = false;
        double maxUnits = 1.0;
        qint64 calendarUid = -1;
        double standardRate = 0;
        if (!readBool(*n, u"IsNull", &isNull, who) || !readInt(*n, u"Type", &type, who)
            || !readBool(*n, u"IsCostResource", &isCost, who) || !readBool(*n, u"IsInactive", &inactive, who)
            || !readDouble(*n, u"MaxUnits", &maxUnits, who) || !readInt(*n, u"CalendarUID", &calendarUid, who)
            || !readDouble(*n, u"StandardRate", &standardRate, who))
            return false;
        // UID 0 is Microsoft Project's unnamed placeholder resource.
        if (isNull || (uid == 0 && name.isEmpty()))
            continue;
        if (m_resourceByUid.contains(uid))
            return fail(n, QStringLiteral("UID"), tr("two resources have the UID %1.").arg(uid));
        Resource r;
        r.id = newId();
        r.name = name;
        r.kind = (isCost || type == 2) ? ResourceKind::Cost : (type == 0 ? ResourceKind::Material : ResourceKind::Person);
        r.email = m_tree.childText(*n, u"EmailAddress").value_or(QString()).trimmed();
        r.team = m_tree.childText(*n, u"Group").value_or(QString()).trimmed();
        r.maxUnits = std::clamp(maxUnits, 0.0, 100.0);
        r.active = !inactive;
        if (m_calendarByUid.contains(calendarUid)) {
            r.calendarId = m_calendarByUid.value(calendarUid);
            // A resource's own calendar (not a base calendar) belongs to it.
            if (!m_calendarIsBase.value(calendarUid, true)) {
                for (Calendar &c : m_bundle.calendars) {
                    if (c.id == r.calendarId && c.resourceId.isNull())
                        c.resourceId = r.id;
                }
            }
        }
        // Rates are per hour in currency units; rate table A only (the one in use by default).
        if (const Node *rates = m_tree.child(*n, u"Rates")) {
            for (const Node *rate : m_tree.children(*rates, u"Rate")) {
                int table = 0;
                Minutes from = kNoTime;
                double value = 0;
                if (!readInt(*rate, u"RateTable", &table, who) || !readDate(*rate, u"RatesFrom", &from, who)
                    || !readDouble(*rate, u"StandardRate", &value, who))
                    return false;
                if (table != 0)
                    continue;
                RateEntry e;
                // Microsoft Project's "from the beginning" is 1984-01-01.
                e.effectiveFrom = (from == kNoTime || toDate(from).year() <= 1984) ? kNoTime : from;
                e.costPerHour = qint64(std::llround(std::max(0.0, value) * rateScale));
                r.rates.append(e);
            }
        }
        if (r.rates.isEmpty() && standardRate > 0)
            r.rates.append({kNoTime, qint64(std::llround(standardRate * rateScale)), 0});
        m_resourceByUid.insert(uid, r.id);
        m_bundle.resources.push_back(std::move(r));
    }
    return true;
}

bool Parser::readAssignments()
{
    const Node *list = m_tree.child(m_tree.root(), u"Assignments");
    if (!list)
        return true;
    for (const Node *n : m_tree.children(*list, u"Assignment")) {
        qint64 uid = -1;
        qint64 taskUid = -1;
        qint64 resourceUid = -1;
        const QString who = tr("an assignment");
        double units = 1.0;
        double work = 0;
        double actualWork = 0;
        if (!readInt(*n, u"UID", &uid, who) || !readInt(*n, u"TaskUID", &taskUid, who)
            || !readInt(*n, u"ResourceUID", &resourceUid, who) || !readDouble(*n, u"Units", &units, who)
            || !readDuration(*n, u"Work", &work, who) || !readDuration(*n, u"ActualWork", &actualWork, who))
            return false;
        if (!m_taskByUid.contains(taskUid) || !m_resourceByUid.contains(resourceUid))
            continue;
        Assignment a;
        a.id = newId();
        a.taskId = m_taskByUid.value(taskUid);
        a.resourceId = m_resourceByUid.value(resourceUid);
        a.units = std::clamp(units, 0.0, 100.0);
        a.work = Minutes(std::llround(std::max(0.0, work)));
        a.actualWork = Minutes(std::llround(std::max(0.0, actualWork)));
        m_bundle.assignments.push_back(a);
    }
    return true;
}

bool Parser::readBaselines()
{
    QHash<int, Id> baselineByNumber;
    for (const Task &t : m_bundle.tasks) {
        const qint64 uid = t.sourceUid.toLongLong();
        const Node *n = m_taskNodeByUid.value(uid);
        if (!n)
            continue;
        const QString who = tr("task UID %1, baseline").arg(uid);
        for (const Node *b : m_tree.children(*n, u"Baseline")) {
            int number = 0;
            bool interim = false;
            BaselineTask bt;
            double duration = 0;
            double work = 0;
            double cost = 0;
            if (!readInt(*b, u"Number", &number, who) || !readBool(*b, u"Interim", &interim, who)
                || !readDate(*b, u"Start", &bt.start, who) || !readDate(*b, u"Finish", &bt.finish, who)
                || !readDuration(*b, u"Duration", &duration, who) || !readDuration(*b, u"Work", &work, who)
                || !readDouble(*b, u"Cost", &cost, who))
                return false;
            if (interim || number < 0 || number > 10)
                continue;
            if (!baselineByNumber.contains(number)) {
                Baseline bl;
                bl.id = newId();
                bl.projectId = m_bundle.project.id;
                bl.number = number;
                bl.name = number == 0 ? tr("Baseline") : tr("Baseline %1").arg(number);
                baselineByNumber.insert(number, bl.id);
                m_bundle.baselines.push_back(bl);
            }
            bt.id = newId();
            bt.baselineId = baselineByNumber.value(number);
            bt.taskId = t.id;
            bt.duration = Minutes(std::llround(std::max(0.0, duration)));
            bt.work = Minutes(std::llround(std::max(0.0, work)));
            bt.cost = qint64(std::llround(cost * std::pow(10.0, m_currencyDigits - 2)));
            m_bundle.baselineTasks.push_back(bt);
        }
    }
    std::sort(m_bundle.baselines.begin(), m_bundle.baselines.end(),
              [](const Baseline &a, const Baseline &b) { return a.number < b.number; });
    return true;
}

bool Parser::run()
{
    const Node &root = m_tree.root();
    if (root.name != u"Project" || (!root.namespaceUri.isEmpty() && root.namespaceUri != Mspdi::kNamespace))
        return fail(&root, root.name,
                    tr("this is not a Microsoft Project XML file: the document is <%1>, expected <Project> "
                       "in the namespace %2.").arg(root.name, Mspdi::kNamespace));
    if (!readProject() || !readCalendars() || !readTasks() || !readLinks() || !readResources()
        || !readAssignments() || !readBaselines())
        return false;
    Project &p = m_bundle.project;
    if (p.name.isEmpty())
        p.name = m_summaryName;
    if (p.name.isEmpty() && !m_options.fileName.isEmpty())
        p.name = QFileInfo(m_options.fileName).completeBaseName();
    for (Task &t : m_bundle.tasks)
        t.projectId = p.id;
    // A project without a start (hand-made files) starts with its earliest task.
    if (p.start == kNoTime) {
        for (const Task &t : m_bundle.tasks) {
            if (t.start != kNoTime && (p.start == kNoTime || t.start < p.start))
                p.start = t.start;
        }
    }
    return true;
}

} // namespace

std::optional<ProjectBundle> MspdiReader::readBundle(const QByteArray &data, const ImportOptions &options,
                                                     ImportError *error, QStringList *warnings)
{
    QString message;
    qint64 line = 0;
    qint64 column = 0;
    const std::optional<XmlTree> tree = XmlTree::parse(data, &message, &line, &column);
    if (!tree) {
        *error = {options.fileName, line, column, {}, message};
        return std::nullopt;
    }
    Parser parser(*tree, options);
    if (!parser.run()) {
        *error = parser.error();
        return std::nullopt;
    }
    ProjectBundle bundle = parser.takeBundle();
    QStringList found = parser.warnings();
    bundle.sanitize(&found);
    if (warnings)
        warnings->append(found);
    return bundle;
}

ImportResult MspdiReader::read(const QByteArray &data, const ImportOptions &options)
{
    ImportResult result;
    const std::optional<ProjectBundle> bundle = readBundle(data, options, &result.error, &result.warnings);
    if (!bundle)
        return result;
    result.changes = bundle->toChangeSet(options, &result.warnings);
    result.projectId = bundle->project.id;
    result.ok = true;
    return result;
}

} // namespace Keel
