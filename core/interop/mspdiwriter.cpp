#include "mspdiwriter.h"

#include "mspdiformat.h"

#include <QBuffer>
#include <QDate>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

const QList<TimeInterval> kStandardDay{{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};

QString number(qint64 v)
{
    return QString::number(v);
}

/// A decimal with up to @p digits fraction digits and no trailing zeros.
QString decimal(double v, int digits = 4)
{
    QString s = QString::number(v, 'f', digits);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s == u"-0" ? QStringLiteral("0") : s;
}

/// MSPDI DayType (1 = Sunday … 7 = Saturday) of Keel's weekday index (0 = Monday … 6 = Sunday).
int dayTypeOfIndex(int index)
{
    return index == 6 ? 1 : index + 2;
}

/// MSPDI MonthItem (3 = Sunday … 9 = Saturday) of a Keel weekday (1 = Monday … 7 = Sunday).
int monthItemOfWeekday(int weekday)
{
    return weekday == 7 ? 3 : weekday + 3;
}

class Writer
{
public:
    Writer(const ProjectBundle &bundle, QXmlStreamWriter &xml)
        : m_b(bundle)
        , m_xml(xml)
    {
    }
    void write();

private:
    void text(const QString &name, const QString &value) { m_xml.writeTextElement(name, value); }
    void flag(const QString &name, bool value) { m_xml.writeTextElement(name, value ? QStringLiteral("1") : QStringLiteral("0")); }
    void date(const QString &name, Minutes m)
    {
        if (m != kNoTime)
            m_xml.writeTextElement(name, Mspdi::formatDateTime(m));
    }
    void times(const QList<TimeInterval> &intervals)
    {
        if (intervals.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("WorkingTimes"));
        for (const TimeInterval &i : intervals) {
            m_xml.writeStartElement(QStringLiteral("WorkingTime"));
            text(QStringLiteral("FromTime"), Mspdi::formatTime(i.start));
            text(QStringLiteral("ToTime"), Mspdi::formatTime(i.end));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void assignUids();
    void writeProjectProperties();
    void writeCalendars();
    void writeCalendar(const Calendar &c);
    void writeException(const CalendarException &x);
    void writeTasks();
    void writeResources();
    void writeAssignments();

    const ProjectBundle &m_b;
    QXmlStreamWriter &m_xml;
    QHash<Id, int> m_calendarUid;
    QHash<Id, qint64> m_taskUid;
    QHash<Id, int> m_resourceUid;
    QHash<Id, QString> m_wbs;
    QHash<Id, int> m_level;
    std::vector<int> m_order;  // task indices in outline order
    QSet<Id> m_summaries;
};

void Writer::assignUids()
{
    int uid = 0;
    for (const Calendar &c : m_b.calendars)
        m_calendarUid.insert(c.id, ++uid);

    // Outline order and codes.
    const QHash<Id, QList<int>> children = m_b.childIndex();
    std::vector<std::pair<int, QString>> stack;  // (task index, code), depth-first
    const QList<int> roots = children.value(Id());
    for (qsizetype i = roots.size() - 1; i >= 0; --i)
        stack.emplace_back(roots[i], QString::number(i + 1));
    QSet<Id> visited;
    while (!stack.empty()) {
        const auto [index, code] = stack.back();
        stack.pop_back();
        const Task &t = m_b.tasks[size_t(index)];
        if (visited.contains(t.id))
            continue;
        visited.insert(t.id);
        m_order.push_back(index);
        m_wbs.insert(t.id, code);
        m_level.insert(t.id, int(code.count(u'.')) + 1);
        const QList<int> kids = children.value(t.id);
        if (!kids.isEmpty())
            m_summaries.insert(t.id);
        for (qsizetype i = kids.size() - 1; i >= 0; --i)
            stack.emplace_back(kids[i], code + u'.' + QString::number(i + 1));
    }

    // Task UIDs: the source UID when it is a usable number, else new ones above all of them.
    QSet<qint64> used{0};
    qint64 highest = 0;
    for (int index : m_order) {
        const Task &t = m_b.tasks[size_t(index)];
        bool ok = false;
        const qint64 source = t.sourceUid.toLongLong(&ok);
        if (ok && source > 0 && source < 2'000'000'000 && !used.contains(source)) {
            used.insert(source);
            m_taskUid.insert(t.id, source);
            highest = std::max(highest, source);
        }
    }
    for (int index : m_order) {
        const Task &t = m_b.tasks[size_t(index)];
        if (!m_taskUid.contains(t.id))
            m_taskUid.insert(t.id, ++highest);
    }
    uid = 0;
    for (const Resource &r : m_b.resources)
        m_resourceUid.insert(r.id, ++uid);
}

void Writer::writeProjectProperties()
{
    const Project &p = m_b.project;
    text(QStringLiteral("SaveVersion"), QStringLiteral("14"));
    text(QStringLiteral("Name"), p.name + QStringLiteral(".xml"));
    text(QStringLiteral("Title"), p.name);
    if (!p.description.isEmpty())
        text(QStringLiteral("Subject"), p.description);
    flag(QStringLiteral("ScheduleFromStart"), p.scheduleFrom == ScheduleFrom::Start);
    date(QStringLiteral("StartDate"), p.start);
    date(QStringLiteral("FinishDate"), p.finish);
    text(QStringLiteral("CurrencyDigits"), QStringLiteral("2"));
    text(QStringLiteral("CurrencyCode"), p.currency);
    const Calendar *cal = m_b.projectCalendar();
    if (cal)
        text(QStringLiteral("CalendarUID"), number(m_calendarUid.value(cal->id)));
    // The default start and finish times follow the project calendar's first working day.
    int dayStart = 8 * 60;
    int dayEnd = 17 * 60;
    if (cal) {
        for (const CalendarWeekDay &d : cal->week) {
            if (!d.inherited && !d.intervals.isEmpty()) {
                dayStart = d.intervals.front().start;
                dayEnd = d.intervals.back().end;
                break;
            }
        }
    }
    text(QStringLiteral("DefaultStartTime"), Mspdi::formatTime(dayStart));
    text(QStringLiteral("DefaultFinishTime"), Mspdi::formatTime(dayEnd));
    text(QStringLiteral("MinutesPerDay"), number(m_b.minutesPerDay));
    text(QStringLiteral("MinutesPerWeek"), number(m_b.minutesPerWeek));
    text(QStringLiteral("DaysPerMonth"), number(m_b.daysPerMonth));
    text(QStringLiteral("DefaultTaskType"), QStringLiteral("1"));
    text(QStringLiteral("DurationFormat"), QStringLiteral("7"));
    flag(QStringLiteral("HonorConstraints"), true);
    flag(QStringLiteral("NewTasksEffortDriven"), false);
    date(QStringLiteral("StatusDate"), p.statusDate);
}

void Writer::writeException(const CalendarException &x)
{
    m_xml.writeStartElement(QStringLiteral("Exception"));
    flag(QStringLiteral("EnteredByOccurrences"), x.occurrences > 0 && x.recurrence != Recurrence::None);
    m_xml.writeStartElement(QStringLiteral("TimePeriod"));
    text(QStringLiteral("FromDate"), Mspdi::formatDateTime(toMinutes(dateOfDay(x.fromDay), 0)));
    text(QStringLiteral("ToDate"), Mspdi::formatDateTime(toMinutes(dateOfDay(x.toDay), 23 * 60 + 59)));
    m_xml.writeEndElement();
    if (x.recurrence == Recurrence::None)
        text(QStringLiteral("Occurrences"), number(x.toDay - x.fromDay + 1));
    else if (x.occurrences > 0)
        text(QStringLiteral("Occurrences"), number(x.occurrences));
    if (!x.name.isEmpty())
        text(QStringLiteral("Name"), x.name);
    switch (x.recurrence) {
    case Recurrence::None:
        text(QStringLiteral("Type"), QStringLiteral("1"));
        break;
    case Recurrence::Daily:
        text(QStringLiteral("Type"), QStringLiteral("7"));
        text(QStringLiteral("Period"), number(x.period));
        break;
    case Recurrence::Weekly: {
        text(QStringLiteral("Type"), QStringLiteral("6"));
        text(QStringLiteral("Period"), number(x.period));
        int days = 0;
        for (int bit = 0; bit < 7; ++bit) {
            if (x.weekdayMask & (1 << bit)) // bit 0 = Monday → MSPDI 2; Sunday → 1
                days |= 1 << ((bit + 1) % 7);
        }
        text(QStringLiteral("DaysOfWeek"), number(days));
        break;
    }
    case Recurrence::MonthlyByDay:
        text(QStringLiteral("Type"), QStringLiteral("4"));
        text(QStringLiteral("Period"), number(x.period));
        text(QStringLiteral("MonthDay"), number(x.monthDay));
        break;
    case Recurrence::MonthlyByWeekday:
        text(QStringLiteral("Type"), QStringLiteral("5"));
        text(QStringLiteral("Period"), number(x.period));
        text(QStringLiteral("MonthItem"), number(monthItemOfWeekday(x.weekday)));
        text(QStringLiteral("MonthPosition"), number(x.weekOfMonth - 1));
        break;
    case Recurrence::YearlyByDate:
        text(QStringLiteral("Type"), QStringLiteral("2"));
        text(QStringLiteral("Month"), number(x.month - 1));
        text(QStringLiteral("MonthDay"), number(x.monthDay));
        break;
    case Recurrence::YearlyByWeekday:
        text(QStringLiteral("Type"), QStringLiteral("3"));
        text(QStringLiteral("MonthItem"), number(monthItemOfWeekday(x.weekday)));
        text(QStringLiteral("MonthPosition"), number(x.weekOfMonth - 1));
        text(QStringLiteral("Month"), number(x.month - 1));
        break;
    }
    flag(QStringLiteral("DayWorking"), !x.intervals.isEmpty());
    times(x.intervals);
    m_xml.writeEndElement();
}

void Writer::writeCalendar(const Calendar &c)
{
    m_xml.writeStartElement(QStringLiteral("Calendar"));
    text(QStringLiteral("UID"), number(m_calendarUid.value(c.id)));
    text(QStringLiteral("Name"), c.name);
    const bool hasBase = !c.baseCalendarId.isNull() && m_calendarUid.contains(c.baseCalendarId);
    // A resource's calendar derives from a base calendar; one without a base is a base itself.
    flag(QStringLiteral("IsBaseCalendar"), c.resourceId.isNull() || !hasBase);
    text(QStringLiteral("BaseCalendarUID"), hasBase ? number(m_calendarUid.value(c.baseCalendarId)) : QStringLiteral("-1"));
    m_xml.writeStartElement(QStringLiteral("WeekDays"));
    // DayType order: Sunday, Monday … Saturday.
    for (int dayType = 1; dayType <= 7; ++dayType) {
        const int index = dayType == 1 ? 6 : dayType - 2;
        const CalendarWeekDay &d = c.week[size_t(index)];
        if (d.inherited && hasBase)
            continue;
        const QList<TimeInterval> intervals = d.inherited ? (index < 5 ? kStandardDay : QList<TimeInterval>()) : d.intervals;
        m_xml.writeStartElement(QStringLiteral("WeekDay"));
        text(QStringLiteral("DayType"), number(dayTypeOfIndex(index)));
        flag(QStringLiteral("DayWorking"), !intervals.isEmpty());
        times(intervals);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    if (!c.exceptions.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("Exceptions"));
        for (const CalendarException &x : c.exceptions)
            writeException(x);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void Writer::writeCalendars()
{
    m_xml.writeStartElement(QStringLiteral("Calendars"));
    if (m_b.calendars.empty()) {
        // Microsoft Project needs a base calendar: the Standard one.
        Calendar standard = Calendar::standard(QStringLiteral("Standard"));
        m_calendarUid.insert(standard.id, 1);
        writeCalendar(standard);
    }
    for (const Calendar &c : m_b.calendars)
        writeCalendar(c);
    m_xml.writeEndElement();
}

void Writer::writeTasks()
{
    const Project &p = m_b.project;
    const int minutesPerDay = m_b.minutesPerDay;
    QHash<Id, QList<const Dependency *>> incoming;
    for (const Dependency &d : m_b.dependencies)
        incoming[d.successorId].append(&d);
    QHash<Id, QList<std::pair<int, const BaselineTask *>>> baselines;
    QHash<Id, int> baselineNumber;
    for (const Baseline &b : m_b.baselines)
        baselineNumber.insert(b.id, b.number);
    for (const BaselineTask &bt : m_b.baselineTasks) {
        if (baselineNumber.contains(bt.baselineId))
            baselines[bt.taskId].append({baselineNumber.value(bt.baselineId), &bt});
    }

    m_xml.writeStartElement(QStringLiteral("Tasks"));
    // The project summary task.
    m_xml.writeStartElement(QStringLiteral("Task"));
    text(QStringLiteral("UID"), QStringLiteral("0"));
    text(QStringLiteral("ID"), QStringLiteral("0"));
    text(QStringLiteral("Name"), p.name);
    flag(QStringLiteral("Active"), true);
    flag(QStringLiteral("Manual"), false);
    text(QStringLiteral("Type"), QStringLiteral("1"));
    flag(QStringLiteral("IsNull"), false);
    text(QStringLiteral("WBS"), QStringLiteral("0"));
    text(QStringLiteral("OutlineNumber"), QStringLiteral("0"));
    text(QStringLiteral("OutlineLevel"), QStringLiteral("0"));
    date(QStringLiteral("Start"), p.start);
    date(QStringLiteral("Finish"), p.finish);
    flag(QStringLiteral("Summary"), true);
    m_xml.writeEndElement();

    int id = 0;
    for (int index : m_order) {
        const Task &t = m_b.tasks[size_t(index)];
        const bool summary = m_summaries.contains(t.id);
        m_xml.writeStartElement(QStringLiteral("Task"));
        text(QStringLiteral("UID"), number(m_taskUid.value(t.id)));
        text(QStringLiteral("ID"), number(++id));
        text(QStringLiteral("Name"), t.name);
        flag(QStringLiteral("Active"), true);
        flag(QStringLiteral("Manual"), t.scheduling == SchedulingMode::Manual);
        text(QStringLiteral("Type"), QStringLiteral("1"));
        flag(QStringLiteral("IsNull"), false);
        text(QStringLiteral("WBS"), m_wbs.value(t.id));
        text(QStringLiteral("OutlineNumber"), m_wbs.value(t.id));
        text(QStringLiteral("OutlineLevel"), number(m_level.value(t.id)));
        text(QStringLiteral("Priority"), number(t.priority));
        date(QStringLiteral("Start"), t.start);
        date(QStringLiteral("Finish"), t.finish);
        text(QStringLiteral("Duration"), Mspdi::formatDuration(t.duration));
        text(QStringLiteral("DurationFormat"), number(Mspdi::formatCodeFor(t.duration, t.elapsed, minutesPerDay)));
        text(QStringLiteral("Work"), Mspdi::formatDuration(t.work));
        flag(QStringLiteral("EffortDriven"), false);
        flag(QStringLiteral("Estimated"), false);
        flag(QStringLiteral("Milestone"), t.milestone);
        flag(QStringLiteral("Summary"), summary);
        text(QStringLiteral("FixedCost"), decimal(double(t.fixedCost)));
        text(QStringLiteral("PercentComplete"), number(t.percentComplete));
        date(QStringLiteral("ActualStart"), t.actualStart);
        date(QStringLiteral("ActualFinish"), t.actualFinish);
        text(QStringLiteral("ConstraintType"), number(Mspdi::constraintCode(t.constraint)));
        text(QStringLiteral("CalendarUID"),
             m_calendarUid.contains(t.calendarId) ? number(m_calendarUid.value(t.calendarId)) : QStringLiteral("-1"));
        if (t.constraint != ConstraintType::Asap && t.constraint != ConstraintType::Alap)
            date(QStringLiteral("ConstraintDate"), t.constraintDate);
        date(QStringLiteral("Deadline"), t.deadline);
        if (t.levelingDelay > 0) {
            // Tenths of a minute; shown in elapsed days, hours or minutes (format 8, 6 or 4).
            text(QStringLiteral("LevelingDelay"), number(t.levelingDelay * 10));
            text(QStringLiteral("LevelingDelayFormat"),
                 number(t.levelingDelay % 1440 == 0 ? 8 : t.levelingDelay % 60 == 0 ? 6 : 4));
        }
        if (!t.notes.isEmpty())
            text(QStringLiteral("Notes"), t.notes);
        for (const Dependency *d : incoming.value(t.id)) {
            if (!m_taskUid.contains(d->predecessorId))
                continue;
            m_xml.writeStartElement(QStringLiteral("PredecessorLink"));
            text(QStringLiteral("PredecessorUID"), number(m_taskUid.value(d->predecessorId)));
            text(QStringLiteral("Type"), number(Mspdi::linkTypeCode(d->type)));
            flag(QStringLiteral("CrossProject"), false);
            switch (d->lagUnit) {
            case LagUnit::Percent:
                text(QStringLiteral("LinkLag"), number(d->lag));
                text(QStringLiteral("LagFormat"), QStringLiteral("19"));
                break;
            case LagUnit::Elapsed:
                text(QStringLiteral("LinkLag"), number(d->lag * 10));
                text(QStringLiteral("LagFormat"), number(Mspdi::formatCodeFor(d->lag, true, minutesPerDay)));
                break;
            case LagUnit::Working:
                text(QStringLiteral("LinkLag"), number(d->lag * 10));
                text(QStringLiteral("LagFormat"), number(Mspdi::formatCodeFor(d->lag, false, minutesPerDay)));
                break;
            }
            m_xml.writeEndElement();
        }
        QList<std::pair<int, const BaselineTask *>> own = baselines.value(t.id);
        std::sort(own.begin(), own.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[n, bt] : own) {
            m_xml.writeStartElement(QStringLiteral("Baseline"));
            text(QStringLiteral("Number"), number(n));
            date(QStringLiteral("Start"), bt->start);
            date(QStringLiteral("Finish"), bt->finish);
            text(QStringLiteral("Duration"), Mspdi::formatDuration(bt->duration));
            text(QStringLiteral("DurationFormat"), number(Mspdi::formatCodeFor(bt->duration, false, minutesPerDay)));
            text(QStringLiteral("Work"), Mspdi::formatDuration(bt->work));
            text(QStringLiteral("Cost"), decimal(double(bt->cost)));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void Writer::writeResources()
{
    m_xml.writeStartElement(QStringLiteral("Resources"));
    int id = 0;
    for (const Resource &r : m_b.resources) {
        m_xml.writeStartElement(QStringLiteral("Resource"));
        text(QStringLiteral("UID"), number(m_resourceUid.value(r.id)));
        text(QStringLiteral("ID"), number(++id));
        text(QStringLiteral("Name"), r.name);
        text(QStringLiteral("Type"), r.kind == ResourceKind::Material ? QStringLiteral("0")
                                      : r.kind == ResourceKind::Cost ? QStringLiteral("2")
                                                                      : QStringLiteral("1"));
        flag(QStringLiteral("IsNull"), false);
        if (!r.team.isEmpty())
            text(QStringLiteral("Group"), r.team);
        if (!r.email.isEmpty())
            text(QStringLiteral("EmailAddress"), r.email);
        text(QStringLiteral("MaxUnits"), decimal(r.maxUnits, 2));
        const RateEntry current = r.rateAt(m_b.project.start == kNoTime ? kNoTime : m_b.project.start);
        text(QStringLiteral("StandardRate"), decimal(double(current.costPerHour) / 100.0));
        text(QStringLiteral("StandardRateFormat"), QStringLiteral("2"));
        if (m_calendarUid.contains(r.calendarId))
            text(QStringLiteral("CalendarUID"), number(m_calendarUid.value(r.calendarId)));
        flag(QStringLiteral("IsInactive"), !r.active);
        flag(QStringLiteral("IsCostResource"), r.kind == ResourceKind::Cost);
        if (!r.rates.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("Rates"));
            const qsizetype count = std::min<qsizetype>(r.rates.size(), 25);
            for (qsizetype i = 0; i < count; ++i) {
                const RateEntry &e = r.rates[i];
                m_xml.writeStartElement(QStringLiteral("Rate"));
                const Minutes from = e.effectiveFrom == kNoTime ? toMinutes(QDate(1984, 1, 1), 0) : e.effectiveFrom;
                const Minutes to = i + 1 < count && r.rates[i + 1].effectiveFrom != kNoTime
                                       ? r.rates[i + 1].effectiveFrom - 1
                                       : toMinutes(QDate(2049, 12, 31), 23 * 60 + 59);
                text(QStringLiteral("RatesFrom"), Mspdi::formatDateTime(from));
                text(QStringLiteral("RatesTo"), Mspdi::formatDateTime(to));
                text(QStringLiteral("RateTable"), QStringLiteral("0"));
                text(QStringLiteral("StandardRate"), decimal(double(e.costPerHour) / 100.0));
                text(QStringLiteral("StandardRateFormat"), QStringLiteral("2"));
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void Writer::writeAssignments()
{
    m_xml.writeStartElement(QStringLiteral("Assignments"));
    int uid = 0;
    for (const Assignment &a : m_b.assignments) {
        if (!m_taskUid.contains(a.taskId) || !m_resourceUid.contains(a.resourceId))
            continue;
        m_xml.writeStartElement(QStringLiteral("Assignment"));
        text(QStringLiteral("UID"), number(++uid));
        text(QStringLiteral("TaskUID"), number(m_taskUid.value(a.taskId)));
        text(QStringLiteral("ResourceUID"), number(m_resourceUid.value(a.resourceId)));
        text(QStringLiteral("ActualWork"), Mspdi::formatDuration(a.actualWork));
        text(QStringLiteral("Units"), decimal(a.units, 4));
        text(QStringLiteral("Work"), Mspdi::formatDuration(a.work));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void Writer::write()
{
    assignUids();
    m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    m_xml.writeStartElement(QStringLiteral("Project"));
    m_xml.writeDefaultNamespace(Mspdi::kNamespace);
    writeProjectProperties();
    writeCalendars();
    writeTasks();
    writeResources();
    writeAssignments();
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
}

} // namespace

QByteArray MspdiWriter::write(const ProjectBundle &bundle)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    Writer(bundle, xml).write();
    return out;
}

} // namespace Keel
