#include "timesheetweek.h"

#include <model/workspace.h>

#include <QHash>

#include <algorithm>

namespace Keel {

Minutes TimesheetWeek::Row::total() const
{
    Minutes sum = 0;
    for (Minutes m : minutes)
        sum += m;
    return sum;
}

std::array<Minutes, 7> TimesheetWeek::dayTotals() const
{
    std::array<Minutes, 7> sums{};
    for (const Row &r : rows) {
        for (int d = 0; d < 7; ++d)
            sums[size_t(d)] += r.minutes[size_t(d)];
    }
    return sums;
}

Minutes TimesheetWeek::total() const
{
    Minutes sum = 0;
    for (const Row &r : rows)
        sum += r.total();
    return sum;
}

const TimesheetWeek::Row *TimesheetWeek::row(const Id &task) const
{
    const auto it = std::find_if(rows.cbegin(), rows.cend(), [&](const Row &r) { return r.task == task; });
    return it == rows.cend() ? nullptr : &*it;
}

Minutes TimesheetWeek::weekStartOf(Minutes day)
{
    const qint64 d = dayNumber(toDate(day));
    return (d - (weekdayOfDay(d) - 1)) * kMinutesPerDay;
}

TimesheetWeek TimesheetWeek::of(const Workspace &ws, const Id &resource, Minutes day)
{
    TimesheetWeek week;
    week.resource = resource;
    week.weekStart = weekStartOf(day);
    const Minutes weekEnd = week.weekStart + 7 * kMinutesPerDay;

    QHash<Id, qsizetype> rowOf;
    const auto rowFor = [&](const Task &t) -> Row & {
        auto it = rowOf.constFind(t.id);
        if (it == rowOf.constEnd()) {
            Row r;
            r.task = t.id;
            r.project = t.projectId;
            week.rows.append(r);
            it = rowOf.insert(t.id, week.rows.size() - 1);
        }
        return week.rows[*it];
    };

    for (const Assignment &a : ws.table<Assignment>()) {
        if (a.resourceId != resource)
            continue;
        const Task *t = ws.get<Task>(a.taskId);
        if (!t || ws.isSummary(t->id) || t->start == kNoTime || t->finish == kNoTime)
            continue;
        const Project *p = ws.get<Project>(t->projectId);
        if (!p || p->phase == Phase::Closed)
            continue;
        if (t->start < weekEnd && t->finish > week.weekStart)
            rowFor(*t).assigned = true;
    }

    bool anyDraft = false, anySubmitted = false, anyApproved = false, anyRejected = false;
    qint64 newestReview = -1;
    for (const TimeEntry &e : ws.table<TimeEntry>()) {
        if (e.resourceId != resource || e.date < week.weekStart || e.date >= weekEnd)
            continue;
        const Task *t = ws.get<Task>(e.taskId);
        if (!t)
            continue;
        Row &r = rowFor(*t);
        r.minutes[size_t((e.date - week.weekStart) / kMinutesPerDay)] += e.minutes;
        switch (e.approval) {
        case ApprovalState::Draft: anyDraft = true; break;
        case ApprovalState::Submitted: anySubmitted = true; break;
        case ApprovalState::Approved: anyApproved = true; break;
        case ApprovalState::Rejected: anyRejected = true; break;
        }
        if (!e.reviewComment.isEmpty() && e.date > newestReview) {
            newestReview = e.date;
            week.reviewComment = e.reviewComment;
        }
    }
    for (const Assignment &a : ws.table<Assignment>()) {
        // A task logged on but no longer scheduled in the week still counts as the person's own.
        if (a.resourceId == resource && rowOf.contains(a.taskId))
            week.rows[rowOf.value(a.taskId)].assigned = true;
    }
    week.state = anyApproved    ? State::Approved
                 : anySubmitted ? State::Submitted
                 : anyRejected  ? State::Rejected
                 : anyDraft     ? State::Draft
                                : State::Empty;

    std::stable_sort(week.rows.begin(), week.rows.end(), [&](const Row &a, const Row &b) {
        if (a.project != b.project) {
            const Project *pa = ws.get<Project>(a.project);
            const Project *pb = ws.get<Project>(b.project);
            return (pa ? pa->name : QString()).localeAwareCompare(pb ? pb->name : QString()) < 0;
        }
        return false;
    });
    // Within a project, WBS order.
    qsizetype from = 0;
    while (from < week.rows.size()) {
        qsizetype to = from + 1;
        while (to < week.rows.size() && week.rows[to].project == week.rows[from].project)
            ++to;
        if (to - from > 1) {
            QHash<Id, int> position;
            const QList<Id> order = ws.projectTasks(week.rows[from].project);
            for (int i = 0; i < order.size(); ++i)
                position.insert(order[i], i);
            std::sort(week.rows.begin() + from, week.rows.begin() + to,
                      [&](const Row &a, const Row &b) { return position.value(a.task) < position.value(b.task); });
        }
        from = to;
    }
    return week;
}

} // namespace Keel
