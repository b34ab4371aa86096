#include "resourceload.h"

#include "workcalendar.h"

#include <QHash>

#include <algorithm>

namespace Keel {

qint64 periodStartDay(qint64 day, LoadPeriod period)
{
    switch (period) {
    case LoadPeriod::Day:
        return day;
    case LoadPeriod::Week:
        return day - (weekdayOfDay(day) - 1);
    case LoadPeriod::Month: {
        const QDate d = dateOfDay(day);
        return dayNumber(QDate(d.year(), d.month(), 1));
    }
    }
    return day;
}

qint64 nextPeriodDay(qint64 startDay, LoadPeriod period)
{
    switch (period) {
    case LoadPeriod::Day:
        return startDay + 1;
    case LoadPeriod::Week:
        return startDay + 7;
    case LoadPeriod::Month:
        return dayNumber(dateOfDay(startDay).addMonths(1));
    }
    return startDay + 1;
}

Minutes availableWork(const Resource &resource, const WorkCalendar &calendar, Minutes from, Minutes to)
{
    double total = 0;
    Minutes at = from;
    QList<Minutes> cuts = resource.unitChanges(from, to);
    cuts.append(to);
    for (const Minutes cut : std::as_const(cuts)) {
        total += double(calendar.workBetween(at, cut)) * resource.unitsAt(at);
        at = cut;
    }
    return Minutes(total + 0.5);
}

LoadReport computeLoad(const Workspace &ws, const LoadOptions &options)
{
    LoadReport report;
    report.period = options.period;

    // The assignments that count, and the span they cover.
    struct Work
    {
        const Assignment *assignment;
        const Task *task;
    };
    std::vector<Work> work;
    Minutes first = options.from, last = options.to;
    Minutes seenFirst = kNoTime, seenLast = kNoTime;
    for (const Assignment &a : ws.table<Assignment>()) {
        const Task *t = ws.get<Task>(a.taskId);
        if (!t || t->start == kNoTime || t->finish == kNoTime || ws.isSummary(t->id))
            continue;
        if (!options.projectId.isNull() && t->projectId != options.projectId)
            continue;
        work.push_back({&a, t});
        seenFirst = seenFirst == kNoTime ? t->start : std::min(seenFirst, t->start);
        seenLast = seenLast == kNoTime ? t->finish : std::max(seenLast, t->finish);
    }
    if (first == kNoTime)
        first = seenFirst;
    if (last == kNoTime)
        last = seenLast;
    if (first == kNoTime || last == kNoTime || last < first)
        return report;

    const qint64 firstDay = periodStartDay(toMinutes(toDate(first)) / kMinutesPerDay, options.period);
    const qint64 lastDay = toMinutes(toDate(last)) / kMinutesPerDay;
    QList<qint64> periodDays;
    for (qint64 d = firstDay; d <= lastDay; d = nextPeriodDay(d, options.period)) {
        periodDays.append(d);
        report.periods.append(d * kMinutesPerDay);
    }
    periodDays.append(nextPeriodDay(periodDays.last(), options.period));
    const int periodCount = int(report.periods.size());

    // One compiled calendar per resource (its own, else the workspace default).
    const WorkCalendar::CalendarLookup lookup = [&ws](const Id &id) { return ws.get<Calendar>(id); };
    QHash<Id, WorkCalendar> compiled;
    auto calendarOf = [&](const Resource &r) -> const WorkCalendar & {
        Id calId = r.calendarId.isNull() ? ws.settings().defaultCalendarId : r.calendarId;
        auto it = compiled.find(calId);
        if (it == compiled.end()) {
            const Calendar *c = ws.get<Calendar>(calId);
            it = compiled.insert(calId, c ? WorkCalendar::compile(*c, lookup, firstDay - 366, lastDay + 366)
                                          : WorkCalendar());
        }
        return *it;
    };

    QHash<Id, int> rowOf;
    for (const Resource &r : ws.resources()) {
        if (!r.active || r.kind == ResourceKind::Cost)
            continue;
        ResourceLoad row;
        row.resourceId = r.id;
        row.cells.resize(periodCount);
        const WorkCalendar &cal = calendarOf(r);
        for (int p = 0; p < periodCount; ++p) {
            row.cells[p].available = availableWork(r, cal, periodDays[p] * kMinutesPerDay, periodDays[p + 1] * kMinutesPerDay);
        }
        rowOf.insert(r.id, int(report.resources.size()));
        report.resources.append(row);
    }
    std::sort(report.resources.begin(), report.resources.end(), [&ws](const ResourceLoad &a, const ResourceLoad &b) {
        return ws.get<Resource>(a.resourceId)->name < ws.get<Resource>(b.resourceId)->name;
    });
    for (int i = 0; i < report.resources.size(); ++i)
        rowOf.insert(report.resources[i].resourceId, i);

    for (const Work &w : work) {
        const auto rowIt = rowOf.constFind(w.assignment->resourceId);
        if (rowIt == rowOf.cend())
            continue;
        ResourceLoad &row = report.resources[*rowIt];
        const WorkCalendar &cal = calendarOf(*ws.get<Resource>(row.resourceId));
        const Minutes span = cal.workBetween(w.task->start, w.task->finish);
        if (span <= 0)
            continue;
        const double perMinute = w.assignment->work > 0 ? double(w.assignment->work) / double(span)
                                                        : w.assignment->units;
        // Walk the periods the task overlaps.
        const qint64 startDay = toMinutes(toDate(w.task->start)) / kMinutesPerDay;
        auto p = std::upper_bound(periodDays.begin(), periodDays.end() - 1, startDay) - periodDays.begin() - 1;
        for (p = std::max<qsizetype>(p, 0); p < periodCount; ++p) {
            const Minutes from = std::max(w.task->start, periodDays[p] * kMinutesPerDay);
            const Minutes to = std::min(w.task->finish, periodDays[p + 1] * kMinutesPerDay);
            if (from >= w.task->finish)
                break;
            if (to <= from)
                continue;
            const Minutes minutes = Minutes(double(cal.workBetween(from, to)) * perMinute + 0.5);
            if (minutes <= 0)
                continue;
            LoadCell &cell = row.cells[p];
            cell.assigned += minutes;
            cell.contributions.append({w.task->id, w.assignment->id, minutes});
        }
    }

    for (const ResourceLoad &row : report.resources) {
        for (int p = 0; p < periodCount; ++p) {
            const LoadCell &cell = row.cells[p];
            if (!cell.overAllocated(options.tolerance))
                continue;
            OverAllocation o;
            o.resourceId = row.resourceId;
            o.period = p;
            o.assigned = cell.assigned;
            o.available = cell.available;
            QList<LoadContribution> byTask = cell.contributions;
            std::sort(byTask.begin(), byTask.end(),
                      [](const LoadContribution &a, const LoadContribution &b) { return a.minutes > b.minutes; });
            for (const LoadContribution &c : byTask) {
                if (!o.tasks.contains(c.taskId))
                    o.tasks.append(c.taskId);
            }
            report.overAllocations.append(o);
        }
    }
    for (ResourceLoad &row : report.resources) {
        for (const LoadCell &cell : row.cells)
            row.peakOverload = std::max(row.peakOverload, cell.assigned - cell.available);
    }
    return report;
}

} // namespace Keel
