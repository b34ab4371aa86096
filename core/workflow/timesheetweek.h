#pragma once
// TimesheetWeek: one person's week of logged time as a grid of tasks × days, for the timesheet
// editor and the team page. The rows are the tasks the person is assigned to that are scheduled
// in the week (in projects that are not closed), and every task the person logged time on that
// week; the state is the week's approval state (approved weeks are locked). Read only: the edit
// service changes the week (EditService::setWeekTime and timesheet).

#include <model/enums.h>
#include <model/ids.h>
#include <model/timeutil.h>

#include <QList>
#include <QString>

#include <array>

namespace Keel {

class Workspace;

struct TimesheetWeek
{
    enum class State { Empty, Draft, Submitted, Approved, Rejected };

    struct Row
    {
        Id task;
        Id project;
        std::array<Minutes, 7> minutes{};   ///< Monday to Sunday
        bool assigned = false;              ///< the person is assigned to the task
        Minutes total() const;
    };

    Id resource;
    Minutes weekStart = kNoTime;            ///< Monday 00:00
    QList<Row> rows;                        ///< by project name, then WBS order
    State state = State::Empty;
    QString reviewComment;                  ///< the approver's latest comment on the week

    bool locked() const { return state == State::Approved; }
    /// Whether the person may change the week's hours (not submitted, not approved).
    bool editable() const { return state == State::Empty || state == State::Draft || state == State::Rejected; }
    std::array<Minutes, 7> dayTotals() const;
    Minutes total() const;
    const Row *row(const Id &task) const;

    /// Monday 00:00 of the week that contains @p day.
    static Minutes weekStartOf(Minutes day);
    static TimesheetWeek of(const Workspace &ws, const Id &resource, Minutes day);
};

} // namespace Keel
