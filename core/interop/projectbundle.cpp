#include "projectbundle.h"

#include "model/settings.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Interop", text);
}

/// Sorted, clamped, merged; intervals that are empty after clamping are dropped.
QList<TimeInterval> cleanIntervals(const QList<TimeInterval> &input, bool *changed)
{
    QList<TimeInterval> list;
    for (TimeInterval i : input) {
        i.start = std::clamp(i.start, 0, int(kMinutesPerDay));
        i.end = std::clamp(i.end, 0, int(kMinutesPerDay));
        if (i.end > i.start)
            list.append(i);
    }
    std::sort(list.begin(), list.end(), [](const TimeInterval &a, const TimeInterval &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    QList<TimeInterval> merged;
    for (const TimeInterval &i : list) {
        if (!merged.isEmpty() && i.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, i.end);
        else
            merged.append(i);
    }
    if (merged != input)
        *changed = true;
    return merged;
}

/// Longer than any plan: a hundred years of minutes. Durations, work and lags beyond are typos.
constexpr Minutes kMaxSpan = 100LL * 366 * 24 * 60;

bool isIsoCurrency(const QString &code)
{
    if (code.size() != 3)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

const Calendar *ProjectBundle::calendar(const Id &id) const
{
    for (const Calendar &c : calendars) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Task *ProjectBundle::task(const Id &id) const
{
    for (const Task &t : tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const Calendar *ProjectBundle::projectCalendar() const
{
    if (const Calendar *c = calendar(project.calendarId))
        return c;
    for (const Calendar &c : calendars) {
        if (c.resourceId.isNull())
            return &c;
    }
    return nullptr;
}

QHash<Id, QList<int>> ProjectBundle::childIndex() const
{
    QHash<Id, QList<int>> index;
    for (int i = 0; i < int(tasks.size()); ++i)
        index[tasks[size_t(i)].parentId].append(i);
    for (auto it = index.begin(); it != index.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this](int a, int b) {
            return tasks[size_t(a)].order < tasks[size_t(b)].order;
        });
    }
    return index;
}

ProjectBundle ProjectBundle::fromWorkspace(const Workspace &ws, const Id &projectId)
{
    ProjectBundle b;
    const Project *p = ws.get<Project>(projectId);
    if (!p)
        return b;
    b.project = *p;
    const Settings &settings = ws.settings();
    b.minutesPerDay = settings.minutesPerDay;
    b.minutesPerWeek = settings.minutesPerWeek;
    b.daysPerMonth = settings.daysPerMonth;
    if (b.project.calendarId.isNull() || !ws.get<Calendar>(b.project.calendarId))
        b.project.calendarId = settings.defaultCalendarId;

    QSet<Id> taskIds;
    for (const Id &id : ws.projectTasks(projectId)) {
        b.tasks.push_back(*ws.get<Task>(id));
        taskIds.insert(id);
    }
    for (const Dependency &d : ws.dependencies()) {
        if (taskIds.contains(d.successorId) && taskIds.contains(d.predecessorId))
            b.dependencies.push_back(d);
    }
    QSet<Id> resourceIds;
    for (const Assignment &a : ws.table<Assignment>()) {
        if (!taskIds.contains(a.taskId))
            continue;
        b.assignments.push_back(a);
        resourceIds.insert(a.resourceId);
    }
    for (const Resource &r : ws.resources()) {
        if (resourceIds.contains(r.id))
            b.resources.push_back(r);
    }
    std::sort(b.resources.begin(), b.resources.end(), [](const Resource &x, const Resource &y) {
        return x.name.compare(y.name, Qt::CaseInsensitive) < 0;
    });

    // Calendars: the project's, the tasks', the resources' (and their own calendars), then every
    // base calendar up the chains; stored with bases first.
    QList<Id> wanted;
    auto want = [&](const Id &id) {
        if (!id.isNull() && ws.get<Calendar>(id) && !wanted.contains(id))
            wanted.append(id);
    };
    want(b.project.calendarId);
    for (const Task &t : b.tasks)
        want(t.calendarId);
    for (const Resource &r : b.resources)
        want(r.calendarId);
    for (const Calendar &c : ws.table<Calendar>()) {
        if (resourceIds.contains(c.resourceId))
            want(c.id);
    }
    for (int i = 0; i < wanted.size(); ++i) {
        const Calendar *c = ws.get<Calendar>(wanted[i]);
        if (c)
            want(c->baseCalendarId);
    }
    auto depth = [&ws](const Calendar &c) {
        int d = 0;
        Id next = c.baseCalendarId;
        while (!next.isNull() && d < 64) {
            const Calendar *base = ws.get<Calendar>(next);
            next = base ? base->baseCalendarId : Id();
            ++d;
        }
        return d;
    };
    for (const Id &id : wanted)
        b.calendars.push_back(*ws.get<Calendar>(id));
    std::stable_sort(b.calendars.begin(), b.calendars.end(), [&](const Calendar &x, const Calendar &y) {
        return depth(x) < depth(y);
    });

    QSet<Id> baselineIds;
    for (const Baseline &bl : ws.table<Baseline>()) {
        if (bl.projectId == projectId) {
            b.baselines.push_back(bl);
            baselineIds.insert(bl.id);
        }
    }
    std::sort(b.baselines.begin(), b.baselines.end(),
              [](const Baseline &x, const Baseline &y) { return x.number < y.number; });
    for (const BaselineTask &bt : ws.table<BaselineTask>()) {
        if (baselineIds.contains(bt.baselineId) && taskIds.contains(bt.taskId))
            b.baselineTasks.push_back(bt);
    }
    return b;
}

void ProjectBundle::sanitize(QStringList *warnings)
{
    auto warn = [warnings](const QString &text) {
        if (warnings && !warnings->contains(text))
            warnings->append(text);
    };

    if (project.id.isNull())
        project.id = newId();
    if (project.name.trimmed().isEmpty())
        project.name = tr("Imported project");
    if (!isIsoCurrency(project.currency))
        project.currency = QStringLiteral("EUR");
    project.currency = project.currency.toUpper();
    project.priority = std::clamp(project.priority, 0, 1000);
    if (project.start != kNoTime && project.finish != kNoTime && project.finish < project.start)
        project.finish = project.start;
    minutesPerDay = std::clamp(minutesPerDay, 1, 1440);
    minutesPerWeek = std::clamp(minutesPerWeek, 1, 10080);
    daysPerMonth = std::clamp(daysPerMonth, 1, 31);

    // Calendars.
    QSet<Id> calendarIds;
    for (const Calendar &c : calendars)
        calendarIds.insert(c.id);
    for (Calendar &c : calendars) {
        if (c.name.trimmed().isEmpty())
            c.name = tr("Calendar");
        if (!c.baseCalendarId.isNull() && !calendarIds.contains(c.baseCalendarId)) {
            warn(tr("Calendar “%1” names a base calendar that is not in the file; it has none now.").arg(c.name));
            c.baseCalendarId = Id();
        }
        bool changed = false;
        for (CalendarWeekDay &d : c.week)
            d.intervals = cleanIntervals(d.intervals, &changed);
        for (CalendarException &x : c.exceptions) {
            x.intervals = cleanIntervals(x.intervals, &changed);
            if (x.toDay < x.fromDay) {
                std::swap(x.fromDay, x.toDay);
                changed = true;
            }
            x.period = std::max(1, x.period);
            x.occurrences = std::max(0, x.occurrences);
            x.weekday = std::clamp(x.weekday, 1, 7);
            x.weekOfMonth = std::clamp(x.weekOfMonth, 1, 5);
            x.month = std::clamp(x.month, 1, 12);
            x.monthDay = std::clamp(x.monthDay, 1, 31);
            x.weekdayMask &= 0x7f;
        }
        if (changed)
            warn(tr("Calendar “%1”: working times that overlapped or were out of order were merged.").arg(c.name));
    }
    // Base chains must end (and stay short enough to follow): cut the link that closes a loop.
    QHash<Id, Calendar *> calendarById;
    for (Calendar &c : calendars)
        calendarById.insert(c.id, &c);
    for (Calendar &c : calendars) {
        QSet<Id> seen{c.id};
        Id next = c.baseCalendarId;
        while (!next.isNull()) {
            if (seen.contains(next) || seen.size() > 30) {
                warn(tr("Calendar “%1”: its base calendars formed a loop or a chain too long to follow; it has no base now.")
                         .arg(c.name));
                c.baseCalendarId = Id();
                break;
            }
            seen.insert(next);
            const Calendar *base = calendarById.value(next);
            next = base ? base->baseCalendarId : Id();
        }
    }
    if (!project.calendarId.isNull() && !calendarIds.contains(project.calendarId))
        project.calendarId = Id();

    // Resources.
    QSet<Id> resourceIds;
    int unnamed = 0;
    for (Resource &r : resources) {
        if (r.id.isNull())
            r.id = newId();
        resourceIds.insert(r.id);
        if (r.name.trimmed().isEmpty())
            r.name = tr("Resource %1").arg(++unnamed);
        if (r.maxUnits < 0 || r.maxUnits > 100 || r.maxUnits != r.maxUnits)
            r.maxUnits = std::clamp(r.maxUnits == r.maxUnits ? r.maxUnits : 1.0, 0.0, 100.0);
        if (!r.currency.isEmpty() && !isIsoCurrency(r.currency))
            r.currency.clear();
        for (RateEntry &rate : r.rates) {
            rate.costPerHour = std::max<qint64>(0, rate.costPerHour);
            rate.billPerHour = std::max<qint64>(0, rate.billPerHour);
        }
        std::stable_sort(r.rates.begin(), r.rates.end(), [](const RateEntry &a, const RateEntry &b) {
            return a.effectiveFrom < b.effectiveFrom;
        });
        if (!r.calendarId.isNull() && !calendarIds.contains(r.calendarId))
            r.calendarId = Id();
    }
    for (Calendar &c : calendars) {
        if (!c.resourceId.isNull() && !resourceIds.contains(c.resourceId))
            c.resourceId = Id();
    }

    // Tasks.
    QSet<Id> taskIds;
    for (const Task &t : tasks)
        taskIds.insert(t.id);
    for (Task &t : tasks) {
        const QString who = t.name.isEmpty() ? tr("a task without a name") : tr("task “%1”").arg(t.name);
        t.projectId = project.id;
        if (!t.parentId.isNull() && (!taskIds.contains(t.parentId) || t.parentId == t.id))
            t.parentId = Id();
        if (!t.calendarId.isNull() && !calendarIds.contains(t.calendarId))
            t.calendarId = Id();
        if (t.duration < 0) {
            warn(tr("%1: a negative duration was set to zero.").arg(who));
            t.duration = 0;
        }
        if (t.duration > kMaxSpan) {
            warn(tr("%1: a duration of more than a hundred years was shortened to a hundred years.").arg(who));
            t.duration = kMaxSpan;
        }
        t.work = std::clamp<Minutes>(t.work, 0, kMaxSpan);
        t.percentComplete = std::clamp(t.percentComplete, 0, 100);
        t.priority = std::clamp(t.priority, 0, 1000);
        if (t.start != kNoTime && t.finish != kNoTime && t.finish < t.start) {
            warn(tr("%1: the finish was before the start and now equals it.").arg(who));
            t.finish = t.start;
        }
        if (t.actualStart != kNoTime && t.actualFinish != kNoTime && t.actualFinish < t.actualStart) {
            warn(tr("%1: the actual finish was before the actual start and now equals it.").arg(who));
            t.actualFinish = t.actualStart;
        }
        const bool needsDate = t.constraint != ConstraintType::Asap && t.constraint != ConstraintType::Alap;
        if (needsDate && t.constraintDate == kNoTime) {
            warn(tr("%1: the constraint “%2” had no date; the task is now “as soon as possible”.")
                     .arg(who, enumName(t.constraint)));
            t.constraint = ConstraintType::Asap;
        }
        if (t.optimistic < 0 || t.mostLikely < 0 || t.pessimistic < 0
            || !(t.optimistic <= t.mostLikely && t.mostLikely <= t.pessimistic))
            t.optimistic = t.mostLikely = t.pessimistic = 0;
    }
    // A parent chain that loops (impossible from an outline, possible from a hand-made file).
    // Walks each chain once: a task whose chain is known to end is never walked again.
    QHash<Id, qsizetype> taskIndex;
    taskIndex.reserve(qsizetype(tasks.size()));
    for (qsizetype i = 0; i < qsizetype(tasks.size()); ++i)
        taskIndex.insert(tasks[size_t(i)].id, i);
    QSet<Id> rooted;
    for (Task &t : tasks) {
        QSet<Id> seen{t.id};
        Id up = t.parentId;
        bool loop = false;
        while (!up.isNull() && !rooted.contains(up)) {
            if (seen.contains(up)) {
                t.parentId = Id();
                loop = true;
                break;
            }
            seen.insert(up);
            const auto it = taskIndex.constFind(up);
            up = it == taskIndex.cend() ? Id() : tasks[size_t(*it)].parentId;
        }
        if (loop)
            rooted.insert(t.id);
        else
            rooted.unite(seen);
    }

    // Links.
    std::vector<Dependency> links;
    QSet<QPair<Id, Id>> pairs;
    for (Dependency d : dependencies) {
        if (!taskIds.contains(d.predecessorId) || !taskIds.contains(d.successorId))
            continue;
        if (d.predecessorId == d.successorId) {
            warn(tr("A task linked to itself; the link was dropped."));
            continue;
        }
        if (pairs.contains({d.predecessorId, d.successorId})) {
            warn(tr("Two links joined the same pair of tasks; only the first was kept."));
            continue;
        }
        pairs.insert({d.predecessorId, d.successorId});
        if (d.lagUnit == LagUnit::Percent)
            d.lag = std::clamp<qint64>(d.lag, -10000, 10000);
        else
            d.lag = std::clamp<qint64>(d.lag, -kMaxSpan, kMaxSpan);
        if (d.id.isNull())
            d.id = newId();
        links.push_back(d);
    }
    dependencies = std::move(links);

    // Assignments.
    std::vector<Assignment> kept;
    for (Assignment a : assignments) {
        if (!taskIds.contains(a.taskId) || !resourceIds.contains(a.resourceId))
            continue;
        if (a.units != a.units)
            a.units = 1.0;
        a.units = std::clamp(a.units, 0.0, 100.0);
        a.work = std::clamp<Minutes>(a.work, 0, kMaxSpan);
        a.actualWork = std::clamp<Minutes>(a.actualWork, 0, kMaxSpan);
        if (a.id.isNull())
            a.id = newId();
        kept.push_back(a);
    }
    assignments = std::move(kept);

    // Baselines: numbers 0..10, one per number.
    std::vector<Baseline> keptBaselines;
    QSet<int> numbers;
    QSet<Id> baselineIds;
    for (Baseline bl : baselines) {
        if (bl.number < 0 || bl.number > 10 || numbers.contains(bl.number))
            continue;
        numbers.insert(bl.number);
        bl.projectId = project.id;
        baselineIds.insert(bl.id);
        keptBaselines.push_back(bl);
    }
    baselines = std::move(keptBaselines);
    std::vector<BaselineTask> keptTasks;
    for (BaselineTask bt : baselineTasks) {
        if (!baselineIds.contains(bt.baselineId) || !taskIds.contains(bt.taskId))
            continue;
        if (bt.start != kNoTime && bt.finish != kNoTime && bt.finish < bt.start)
            bt.finish = bt.start;
        keptTasks.push_back(bt);
    }
    baselineTasks = std::move(keptTasks);
}

ChangeSet ProjectBundle::toChangeSet(const ImportOptions &options, QStringList *warnings) const
{
    ChangeSet cs(tr("Import “%1”").arg(project.name));

    // Resources that exist in the target already (same name and kind) are reused.
    QHash<Id, Id> resourceMap;
    if (options.target) {
        for (const Resource &r : resources) {
            for (const Resource &existing : options.target->resources()) {
                if (existing.kind == r.kind && existing.name.compare(r.name, Qt::CaseInsensitive) == 0) {
                    resourceMap.insert(r.id, existing.id);
                    break;
                }
            }
        }
    }
    auto resourceId = [&resourceMap](const Id &id) { return resourceMap.value(id, id); };

    // A reused resource keeps its own calendar: drop the imported one unless something else uses it.
    QSet<Id> usedCalendars{project.calendarId};
    for (const Task &t : tasks)
        usedCalendars.insert(t.calendarId);
    for (const Resource &r : resources) {
        if (!resourceMap.contains(r.id))
            usedCalendars.insert(r.calendarId);
    }
    for (const Calendar &c : calendars)
        usedCalendars.insert(c.baseCalendarId);
    QSet<Id> droppedCalendars;
    for (const Calendar &c : calendars) {
        if (!c.resourceId.isNull() && resourceMap.contains(c.resourceId) && !usedCalendars.contains(c.id))
            droppedCalendars.insert(c.id);
    }

    if (options.adoptSettings) {
        cs.update(EntityType::Settings, kSettingsId, "minutes_per_day", qint64(minutesPerDay));
        cs.update(EntityType::Settings, kSettingsId, "minutes_per_week", qint64(minutesPerWeek));
        cs.update(EntityType::Settings, kSettingsId, "days_per_month", qint64(daysPerMonth));
    } else if (options.target) {
        const Settings &s = options.target->settings();
        if (warnings && (s.minutesPerDay != minutesPerDay || s.minutesPerWeek != minutesPerWeek))
            warnings->append(tr("The file counts %1 minutes per day and %2 per week; the workspace keeps its "
                                "own %3 and %4.")
                                 .arg(minutesPerDay).arg(minutesPerWeek).arg(s.minutesPerDay).arg(s.minutesPerWeek));
    }

    for (Calendar c : calendars) {
        if (droppedCalendars.contains(c.id))
            continue;
        c.resourceId = c.resourceId.isNull() ? Id() : resourceId(c.resourceId);
        cs.insert(c);
    }
    for (const Resource &r : resources) {
        if (!resourceMap.contains(r.id))
            cs.insert(r);
    }
    cs.insert(project);
    for (const Task &t : tasks)
        cs.insert(t);
    for (const Dependency &d : dependencies)
        cs.insert(d);
    for (Assignment a : assignments) {
        a.resourceId = resourceId(a.resourceId);
        cs.insert(a);
    }
    for (const Baseline &b : baselines)
        cs.insert(b);
    for (const BaselineTask &bt : baselineTasks)
        cs.insert(bt);
    return cs;
}

} // namespace Keel
