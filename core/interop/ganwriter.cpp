#include "ganwriter.h"

#include "schedule/workcalendar.h"

#include <QBuffer>
#include <QDate>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

constexpr int kMaxExpandedDays = 20000;

QString isoDate(Minutes m)
{
    return toDate(m).toString(Qt::ISODate);
}

int priorityCode(int priority)
{
    if (priority <= 150)
        return 3;
    if (priority <= 400)
        return 0;
    if (priority <= 600)
        return 1;
    if (priority <= 850)
        return 2;
    return 4;
}

QString days(Minutes minutes, int minutesPerDay, bool atLeastOne)
{
    const double d = double(minutes) / double(std::max(1, minutesPerDay));
    qint64 rounded = std::llround(d);
    if (atLeastOne && minutes > 0 && rounded == 0)
        rounded = 1;
    return QString::number(rounded);
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
    void writeCalendars();
    void writeTask(int index);
    void writeTaskProperties();

    const ProjectBundle &m_b;
    QXmlStreamWriter &m_xml;
    QHash<Id, QList<int>> m_children;
    QHash<Id, QString> m_taskKey;
    QHash<Id, int> m_index;
    QHash<Id, QString> m_resourceKey;
    QHash<Id, QList<const Dependency *>> m_outgoing;
    QHash<Id, QList<const Dependency *>> m_incoming;
    QSet<Id> m_written;
};

void Writer::writeTaskProperties()
{
    struct Property
    {
        const char *id;
        const char *name;
        const char *type;
    };
    static const Property properties[] = {
        {"tpd0", "type", "icon"},       {"tpd1", "priority", "icon"},  {"tpd2", "info", "icon"},
        {"tpd3", "name", "text"},       {"tpd4", "begindate", "date"}, {"tpd5", "enddate", "date"},
        {"tpd6", "duration", "int"},    {"tpd7", "completion", "int"}, {"tpd8", "coordinator", "text"},
        {"tpd9", "predecessorsr", "text"},
    };
    m_xml.writeStartElement(QStringLiteral("taskproperties"));
    for (const Property &p : properties) {
        m_xml.writeEmptyElement(QStringLiteral("taskproperty"));
        m_xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(p.id));
        m_xml.writeAttribute(QStringLiteral("name"), QString::fromLatin1(p.name));
        m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("default"));
        m_xml.writeAttribute(QStringLiteral("valuetype"), QString::fromLatin1(p.type));
    }
    m_xml.writeEndElement();
}

void Writer::writeCalendars()
{
    const Calendar *cal = m_b.projectCalendar();
    Calendar fallback = Calendar::standard(QStringLiteral("Standard"));
    if (!cal)
        cal = &fallback;
    auto lookup = [this](const Id &id) { return m_b.calendar(id); };

    // The project's span, where exceptions are expanded.
    Minutes first = m_b.project.start;
    Minutes last = m_b.project.finish;
    for (const Task &t : m_b.tasks) {
        for (Minutes m : {t.start, t.finish}) {
            if (m == kNoTime)
                continue;
            first = first == kNoTime ? m : std::min(first, m);
            last = last == kNoTime ? m : std::max(last, m);
        }
    }
    if (first == kNoTime)
        first = toMinutes(QDate::currentDate(), 0);
    if (last == kNoTime || last < first)
        last = first;
    const qint64 fromDay = dayNumber(toDate(first)) - 31;
    const qint64 toDay = std::min(dayNumber(toDate(last)) + 366, fromDay + kMaxExpandedDays);
    const WorkCalendar work = WorkCalendar::compile(*cal, lookup, fromDay, toDay);

    // A weekday works when its ordinary definition (own or inherited) has working time.
    std::array<bool, 7> working{};
    for (int i = 0; i < 7; ++i) {
        const Calendar *c = cal;
        int guard = 0;
        while (c && c->week[size_t(i)].inherited && !c->baseCalendarId.isNull() && guard++ < 64)
            c = m_b.calendar(c->baseCalendarId);
        if (!c || c->week[size_t(i)].inherited)
            working[size_t(i)] = i < 5;
        else
            working[size_t(i)] = !c->week[size_t(i)].intervals.isEmpty();
    }

    m_xml.writeStartElement(QStringLiteral("calendars"));
    m_xml.writeStartElement(QStringLiteral("day-types"));
    m_xml.writeEmptyElement(QStringLiteral("day-type"));
    m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    m_xml.writeEmptyElement(QStringLiteral("day-type"));
    m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    m_xml.writeEmptyElement(QStringLiteral("default-week"));
    m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("default"));
    static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    // GanttProject writes Sunday first.
    for (int i : {6, 0, 1, 2, 3, 4, 5})
        m_xml.writeAttribute(QString::fromLatin1(names[i]), working[size_t(i)] ? QStringLiteral("0") : QStringLiteral("1"));
    m_xml.writeEmptyElement(QStringLiteral("only-show-weekends"));
    m_xml.writeAttribute(QStringLiteral("value"), QStringLiteral("false"));
    m_xml.writeEmptyElement(QStringLiteral("overriden-day-types"));
    m_xml.writeEmptyElement(QStringLiteral("days"));
    m_xml.writeEndElement();

    // Yearly holidays keep their recurrence; every other exception is written day by day.
    QSet<QPair<int, int>> yearly;
    QList<const Calendar *> chain;
    for (const Calendar *c = cal; c && chain.size() < 64; c = m_b.calendar(c->baseCalendarId))
        chain.append(c);
    for (const Calendar *c : chain) {
        for (const CalendarException &x : c->exceptions) {
            if (x.recurrence != Recurrence::YearlyByDate || x.occurrences > 0 || !x.intervals.isEmpty())
                continue;
            if (yearly.contains({x.month, x.monthDay}))
                continue;
            yearly.insert({x.month, x.monthDay});
            m_xml.writeStartElement(QStringLiteral("date"));
            m_xml.writeAttribute(QStringLiteral("year"), QString());
            m_xml.writeAttribute(QStringLiteral("month"), QString::number(x.month));
            m_xml.writeAttribute(QStringLiteral("date"), QString::number(x.monthDay));
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("HOLIDAY"));
            if (!x.name.isEmpty())
                m_xml.writeCDATA(x.name);
            m_xml.writeEndElement();
        }
    }
    for (qint64 day = fromDay; day <= toDay; ++day) {
        const QDate d = dateOfDay(day);
        const bool isWorking = work.workOnDay(day) > 0;
        const bool usual = working[size_t(weekdayOfDay(day) - 1)];
        if (isWorking == usual || (!isWorking && yearly.contains({d.month(), d.day()})))
            continue;
        QString name;
        for (const Calendar *c : chain) {
            for (const CalendarException &x : c->exceptions) {
                if (day >= x.fromDay && day <= x.toDay && !x.name.isEmpty())
                    name = x.name;
            }
        }
        m_xml.writeStartElement(QStringLiteral("date"));
        m_xml.writeAttribute(QStringLiteral("year"), QString::number(d.year()));
        m_xml.writeAttribute(QStringLiteral("month"), QString::number(d.month()));
        m_xml.writeAttribute(QStringLiteral("date"), QString::number(d.day()));
        m_xml.writeAttribute(QStringLiteral("type"), isWorking ? QStringLiteral("WORKING_DAY") : QStringLiteral("HOLIDAY"));
        if (!name.isEmpty())
            m_xml.writeCDATA(name);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void Writer::writeTask(int index)
{
    const Task &t = m_b.tasks[size_t(index)];
    if (m_written.contains(t.id))
        return;
    m_written.insert(t.id);
    const int minutesPerDay = m_b.minutesPerDay;
    m_xml.writeStartElement(QStringLiteral("task"));
    m_xml.writeAttribute(QStringLiteral("id"), m_taskKey.value(t.id));
    m_xml.writeAttribute(QStringLiteral("name"), t.name);
    m_xml.writeAttribute(QStringLiteral("meeting"), t.milestone ? QStringLiteral("true") : QStringLiteral("false"));
    const Minutes start = t.start != kNoTime ? t.start : m_b.project.start;
    if (start != kNoTime)
        m_xml.writeAttribute(QStringLiteral("start"), isoDate(start));
    m_xml.writeAttribute(QStringLiteral("duration"), t.milestone ? QStringLiteral("0") : days(t.duration, minutesPerDay, true));
    m_xml.writeAttribute(QStringLiteral("complete"), QString::number(t.percentComplete));
    if (t.constraint == ConstraintType::Snet && t.constraintDate != kNoTime) {
        m_xml.writeAttribute(QStringLiteral("thirdDate"), isoDate(t.constraintDate));
        m_xml.writeAttribute(QStringLiteral("thirdDate-constraint"), QStringLiteral("1"));
    }
    m_xml.writeAttribute(QStringLiteral("priority"), QString::number(priorityCode(t.priority)));
    m_xml.writeAttribute(QStringLiteral("expand"), QStringLiteral("true"));
    if (t.fixedCost > 0) {
        m_xml.writeAttribute(QStringLiteral("cost-manual-value"), QString::number(double(t.fixedCost) / 100.0, 'f', 2));
        m_xml.writeAttribute(QStringLiteral("cost-calculated"), QStringLiteral("false"));
    }
    if (!t.notes.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("notes"));
        m_xml.writeCDATA(t.notes);
        m_xml.writeEndElement();
    }
    for (const Dependency *d : m_outgoing.value(t.id)) {
        if (!m_taskKey.contains(d->successorId))
            continue;
        int type = 2;
        switch (d->type) {
        case DependencyType::StartStart: type = 1; break;
        case DependencyType::FinishStart: type = 2; break;
        case DependencyType::FinishFinish: type = 3; break;
        case DependencyType::StartFinish: type = 4; break;
        }
        Minutes lag = d->lag;
        if (d->lagUnit == LagUnit::Percent) {
            lag = Minutes(std::llround(double(t.duration) * double(d->lag) / 100.0));
        } else if (d->lagUnit == LagUnit::Elapsed) {
            lag = Minutes(std::llround(double(d->lag) / 1440.0 * minutesPerDay));
        }
        // A successor that also has a constraint of its own is "Rubber": it may start later.
        const auto found = m_index.constFind(d->successorId);
        const Task *successor = found == m_index.cend() ? nullptr : &m_b.tasks[size_t(*found)];
        const bool rubber = successor && successor->constraint != ConstraintType::Asap;
        m_xml.writeEmptyElement(QStringLiteral("depend"));
        m_xml.writeAttribute(QStringLiteral("id"), m_taskKey.value(d->successorId));
        m_xml.writeAttribute(QStringLiteral("type"), QString::number(type));
        m_xml.writeAttribute(QStringLiteral("difference"), days(lag, minutesPerDay, false));
        m_xml.writeAttribute(QStringLiteral("hardness"), rubber ? QStringLiteral("Rubber") : QStringLiteral("Strong"));
    }
    for (int child : m_children.value(t.id))
        writeTask(child);
    m_xml.writeEndElement();
}

void Writer::write()
{
    m_children = m_b.childIndex();
    for (int i = 0; i < int(m_b.tasks.size()); ++i)
        m_index.insert(m_b.tasks[size_t(i)].id, i);
    // Task ids: the source UID when it is a usable number, else new ones above all of them.
    QSet<qint64> used;
    qint64 highest = -1;
    for (const Task &t : m_b.tasks) {
        bool ok = false;
        const qint64 key = t.sourceUid.toLongLong(&ok);
        if (ok && key >= 0 && key < 2'000'000'000 && !used.contains(key)) {
            used.insert(key);
            m_taskKey.insert(t.id, QString::number(key));
            highest = std::max(highest, key);
        }
    }
    for (const Task &t : m_b.tasks) {
        if (!m_taskKey.contains(t.id))
            m_taskKey.insert(t.id, QString::number(++highest));
    }
    for (const Dependency &d : m_b.dependencies) {
        m_outgoing[d.predecessorId].append(&d);
        m_incoming[d.successorId].append(&d);
    }
    int rid = 0;
    for (const Resource &r : m_b.resources)
        m_resourceKey.insert(r.id, QString::number(rid++));

    const Project &p = m_b.project;
    m_xml.writeStartDocument(QStringLiteral("1.0"));
    m_xml.writeStartElement(QStringLiteral("project"));
    m_xml.writeAttribute(QStringLiteral("name"), p.name);
    m_xml.writeAttribute(QStringLiteral("company"), QString());
    m_xml.writeAttribute(QStringLiteral("webLink"), QString());
    m_xml.writeAttribute(QStringLiteral("view-date"), p.start != kNoTime ? isoDate(p.start) : QDate::currentDate().toString(Qt::ISODate));
    m_xml.writeAttribute(QStringLiteral("view-index"), QStringLiteral("0"));
    m_xml.writeAttribute(QStringLiteral("gantt-divider-location"), QStringLiteral("300"));
    m_xml.writeAttribute(QStringLiteral("resource-divider-location"), QStringLiteral("300"));
    m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.2.3247"));
    m_xml.writeAttribute(QStringLiteral("locale"), QStringLiteral("en"));
    m_xml.writeStartElement(QStringLiteral("description"));
    if (!p.description.isEmpty())
        m_xml.writeCDATA(p.description);
    m_xml.writeEndElement();
    m_xml.writeEmptyElement(QStringLiteral("view"));
    m_xml.writeAttribute(QStringLiteral("zooming-state"), QStringLiteral("default:3"));
    m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("gantt-chart"));
    m_xml.writeEmptyElement(QStringLiteral("view"));
    m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("resource-table"));

    writeCalendars();

    m_xml.writeStartElement(QStringLiteral("tasks"));
    m_xml.writeAttribute(QStringLiteral("empty-milestones"), QStringLiteral("true"));
    writeTaskProperties();
    for (int index : m_children.value(Id()))
        writeTask(index);
    m_xml.writeEndElement();

    // Roles: one custom role per distinct resource role.
    QStringList roles;
    for (const Resource &r : m_b.resources) {
        if (!r.role.isEmpty() && !roles.contains(r.role))
            roles.append(r.role);
    }
    m_xml.writeStartElement(QStringLiteral("resources"));
    for (const Resource &r : m_b.resources) {
        m_xml.writeStartElement(QStringLiteral("resource"));
        m_xml.writeAttribute(QStringLiteral("id"), m_resourceKey.value(r.id));
        m_xml.writeAttribute(QStringLiteral("name"), r.name);
        m_xml.writeAttribute(QStringLiteral("function"), r.role.isEmpty() ? QStringLiteral("Default:0")
                                                                           : QString::number(roles.indexOf(r.role)));
        m_xml.writeAttribute(QStringLiteral("contacts"), r.email);
        m_xml.writeAttribute(QStringLiteral("phone"), QString());
        const RateEntry rate = r.rateAt(p.start);
        if (rate.costPerHour > 0) {
            m_xml.writeEmptyElement(QStringLiteral("rate"));
            m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("standard"));
            const double perDay = double(rate.costPerHour) * m_b.minutesPerDay / 60.0 / 100.0;
            m_xml.writeAttribute(QStringLiteral("value"), QString::number(perDay, 'f', 2));
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();

    m_xml.writeStartElement(QStringLiteral("allocations"));
    for (const Assignment &a : m_b.assignments) {
        if (!m_taskKey.contains(a.taskId) || !m_resourceKey.contains(a.resourceId))
            continue;
        m_xml.writeEmptyElement(QStringLiteral("allocation"));
        m_xml.writeAttribute(QStringLiteral("task-id"), m_taskKey.value(a.taskId));
        m_xml.writeAttribute(QStringLiteral("resource-id"), m_resourceKey.value(a.resourceId));
        m_xml.writeAttribute(QStringLiteral("function"), QStringLiteral("Default:0"));
        m_xml.writeAttribute(QStringLiteral("responsible"), QStringLiteral("false"));
        m_xml.writeAttribute(QStringLiteral("load"), QString::number(a.units * 100.0, 'f', 1));
    }
    m_xml.writeEndElement();

    m_xml.writeStartElement(QStringLiteral("vacations"));
    for (const Resource &r : m_b.resources) {
        const Calendar *c = m_b.calendar(r.calendarId);
        if (!c || c->resourceId != r.id)
            continue;
        for (const CalendarException &x : c->exceptions) {
            if (x.recurrence != Recurrence::None || !x.intervals.isEmpty())
                continue;
            m_xml.writeEmptyElement(QStringLiteral("vacation"));
            m_xml.writeAttribute(QStringLiteral("start"), dateOfDay(x.fromDay).toString(Qt::ISODate));
            m_xml.writeAttribute(QStringLiteral("end"), dateOfDay(x.toDay).toString(Qt::ISODate));
            m_xml.writeAttribute(QStringLiteral("resourceid"), m_resourceKey.value(r.id));
        }
    }
    m_xml.writeEndElement();

    m_xml.writeStartElement(QStringLiteral("previous"));
    QSet<Id> summaries;
    for (const Task &t : m_b.tasks)
        summaries.insert(t.parentId);
    for (const Baseline &b : m_b.baselines) {
        m_xml.writeStartElement(QStringLiteral("previous-tasks"));
        m_xml.writeAttribute(QStringLiteral("name"), b.name);
        for (const BaselineTask &bt : m_b.baselineTasks) {
            if (bt.baselineId != b.id || !m_taskKey.contains(bt.taskId) || bt.start == kNoTime)
                continue;
            const auto found = m_index.constFind(bt.taskId);
            const Task *t = found == m_index.cend() ? nullptr : &m_b.tasks[size_t(*found)];
            m_xml.writeEmptyElement(QStringLiteral("previous-task"));
            m_xml.writeAttribute(QStringLiteral("id"), m_taskKey.value(bt.taskId));
            m_xml.writeAttribute(QStringLiteral("start"), isoDate(bt.start));
            m_xml.writeAttribute(QStringLiteral("duration"), days(bt.duration, m_b.minutesPerDay, false));
            m_xml.writeAttribute(QStringLiteral("meeting"), t && t->milestone ? QStringLiteral("true") : QStringLiteral("false"));
            m_xml.writeAttribute(QStringLiteral("super"), summaries.contains(bt.taskId) ? QStringLiteral("true") : QStringLiteral("false"));
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();

    m_xml.writeEmptyElement(QStringLiteral("roles"));
    m_xml.writeAttribute(QStringLiteral("roleset-name"), QStringLiteral("Default"));
    if (!roles.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("roles"));
        for (int i = 0; i < roles.size(); ++i) {
            m_xml.writeEmptyElement(QStringLiteral("role"));
            m_xml.writeAttribute(QStringLiteral("id"), QString::number(i));
            m_xml.writeAttribute(QStringLiteral("name"), roles[i]);
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
}

} // namespace

QByteArray GanWriter::write(const ProjectBundle &bundle)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    Writer(bundle, xml).write();
    return out;
}

} // namespace Keel
