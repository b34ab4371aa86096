#include "inboxitems.h"

#include "formatting.h"
#include "satisfaction.h"

#include <schedule/resourceload.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Keel::Inbox", text, nullptr, n);
}

QString hours(Minutes minutes, const QLocale &locale)
{
    return locale.toString(double(minutes) / 60.0, 'f', minutes % 60 == 0 ? 0 : 1);
}

/// Calendar days from @p from to @p to, rounded down (negative when @p to is earlier).
qint64 daysBetween(Minutes from, Minutes to)
{
    return (to - from) / kMinutesPerDay;
}

bool isOpen(const Workspace &ws, const Id &projectId)
{
    const Project *p = ws.get<Project>(projectId);
    return p && p->phase != Phase::Closed;
}

QString requestKindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Question: return tr("Question");
    case RequestKind::Change: return tr("Change request");
    case RequestKind::Issue: return tr("Issue");
    }
    return {};
}

QString riskStatusName(RiskStatus status)
{
    switch (status) {
    case RiskStatus::Open: return tr("open");
    case RiskStatus::Mitigating: return tr("being mitigated");
    case RiskStatus::Occurred: return tr("occurred");
    case RiskStatus::Closed: return tr("closed");
    }
    return {};
}

QString keyOf(InboxKind kind, const Id &id, const QString &suffix = {})
{
    QString key = QString::number(int(kind)) + u':' + id.toString(QUuid::WithoutBraces);
    if (!suffix.isEmpty())
        key += u':' + suffix;
    return key;
}

/// The moment a project's tasks are judged against: its status date, else now. A plan whose
/// status date is in the past is judged as of that date, not flooded with what "now" makes late.
Minutes referenceOf(const Project &p, Minutes now)
{
    return p.statusDate != kNoTime ? p.statusDate : now;
}

void addTasks(const Workspace &ws, Minutes now, const InboxSettings &settings, const QLocale &locale,
              std::vector<InboxItem> &items)
{
    QHash<Id, Minutes> reference;
    for (const Project &p : ws.projects()) {
        if (p.phase != Phase::Closed)
            reference.insert(p.id, referenceOf(p, now));
    }
    QHash<Id, std::vector<InboxItem>> overdue; // per project, grouped below
    for (const Task &t : ws.tasks()) {
        const auto ref = reference.constFind(t.projectId);
        if (ref == reference.cend())
            continue;
        if (t.percentComplete >= 100 || t.actualFinish != kNoTime || ws.isSummary(t.id))
            continue;
        Minutes due = t.finish;
        if (t.deadline != kNoTime && (due == kNoTime || t.deadline < due))
            due = t.deadline;
        if (due == kNoTime)
            continue;
        const Minutes at = *ref;
        const Minutes horizon = at + Minutes(settings.milestoneDays) * kMinutesPerDay;
        if (due < at) {
            const qint64 late = std::max<qint64>(1, daysBetween(due, at));
            InboxItem item;
            item.kind = InboxKind::OverdueTask;
            item.severity = late >= settings.overdueCriticalDays ? InboxSeverity::Critical : InboxSeverity::Warning;
            item.projectId = t.projectId;
            item.entityType = EntityType::Task;
            item.entityId = t.id;
            item.title = t.name;
            item.date = due;
            item.reason = tr("due %1, %n day(s) overdue, %2 complete", int(late))
                              .arg(Format::date(due), Format::percent(t.percentComplete / 100.0, locale, 0));
            item.key = keyOf(item.kind, t.id);
            overdue[t.projectId].push_back(item);
        } else if (t.milestone && due <= horizon) {
            const qint64 in = daysBetween(at, due);
            InboxItem item;
            item.kind = InboxKind::MilestoneDue;
            item.severity = in <= 1 ? InboxSeverity::Warning : InboxSeverity::Info;
            item.projectId = t.projectId;
            item.entityType = EntityType::Task;
            item.entityId = t.id;
            item.title = t.name;
            item.date = due;
            item.reason = in == 0 ? tr("milestone due today, %1").arg(Format::date(due))
                                  : tr("milestone due %1, in %n day(s)", int(in)).arg(Format::date(due));
            item.key = keyOf(item.kind, t.id);
            items.push_back(item);
        }
    }
    // A few overdue tasks are listed one by one; more than that become one item of their project,
    // so that a plan that slipped, or one that ended long ago, does not flood the Inbox.
    for (auto it = overdue.begin(); it != overdue.end(); ++it) {
        std::vector<InboxItem> &list = *it;
        if (int(list.size()) <= settings.overdueTasksListed) {
            items.insert(items.end(), list.begin(), list.end());
            continue;
        }
        std::sort(list.begin(), list.end(), [](const InboxItem &a, const InboxItem &b) { return a.date < b.date; });
        const Project *p = ws.get<Project>(it.key());
        InboxItem item;
        item.kind = InboxKind::OverdueTask;
        item.severity = InboxSeverity::Warning;
        for (const InboxItem &i : list)
            item.severity = std::max(item.severity, i.severity);
        item.projectId = it.key();
        item.entityType = EntityType::Project;
        item.entityId = it.key();
        item.title = p ? p->name : QString();
        item.date = list.front().date;
        item.reason = tr("%n task(s) overdue as of %1; the oldest, “%2”, was due %3", int(list.size()))
                          .arg(Format::date(reference.value(it.key())), list.front().title, Format::date(list.front().date));
        item.key = keyOf(item.kind, it.key());
        items.push_back(item);
    }
}

void addOverAllocations(const Workspace &ws, Minutes now, const InboxSettings &settings, const QLocale &locale,
                        std::vector<InboxItem> &items)
{
    if (settings.overAllocationWeeks <= 0)
        return;
    LoadOptions options;
    options.period = LoadPeriod::Week;
    const qint64 firstDay = periodStartDay(dayNumber(toDate(now)), LoadPeriod::Week);
    qint64 lastDay = firstDay;
    for (int w = 0; w < settings.overAllocationWeeks; ++w)
        lastDay = nextPeriodDay(lastDay, LoadPeriod::Week);
    options.from = firstDay * kMinutesPerDay;
    options.to = lastDay * kMinutesPerDay;
    const LoadReport load = computeLoad(ws, options);

    // One item per person: the first over-allocated week, and how many weeks are.
    QHash<Id, QList<const OverAllocation *>> byResource;
    QList<Id> order;
    for (const OverAllocation &o : load.overAllocations) {
        if (o.period < 0 || o.period >= load.periods.size())
            continue;
        if (load.periods[o.period] < options.from || load.periods[o.period] >= options.to)
            continue;
        if (!byResource.contains(o.resourceId))
            order.append(o.resourceId);
        byResource[o.resourceId].append(&o);
    }
    for (const Id &resourceId : order) {
        const Resource *r = ws.get<Resource>(resourceId);
        if (!r)
            continue;
        QList<const OverAllocation *> weeks = byResource.value(resourceId);
        std::sort(weeks.begin(), weeks.end(), [](const OverAllocation *a, const OverAllocation *b) { return a->period < b->period; });
        const OverAllocation &first = *weeks.first();
        const OverAllocation *worst = first.available > 0 ? &first : nullptr;
        for (const OverAllocation *o : weeks) {
            if (o->available > 0 && (!worst || double(o->assigned) / double(o->available) > double(worst->assigned) / double(worst->available)))
                worst = o;
        }
        const Minutes weekStart = load.periods[first.period];
        InboxItem item;
        item.kind = InboxKind::OverAllocation;
        item.severity = !worst || double(worst->assigned) >= settings.overAllocationCritical * double(worst->available)
            ? InboxSeverity::Critical : InboxSeverity::Warning;
        item.entityType = EntityType::Resource;
        item.entityId = resourceId;
        item.title = r->name;
        item.date = weekStart;
        QStringList taskNames;
        for (const Id &taskId : first.tasks) {
            const Task *t = ws.get<Task>(taskId);
            if (!t)
                continue;
            if (item.projectId.isNull())
                item.projectId = t->projectId;
            if (taskNames.size() < 3)
                taskNames << t->name;
        }
        item.reason = tr("%1 h assigned against %2 h available in the week of %3")
                          .arg(hours(first.assigned, locale), hours(first.available, locale), Format::date(weekStart));
        if (weeks.size() > 1)
            item.reason += tr("; over-allocated in %n of the next %1 weeks", int(weeks.size())).arg(settings.overAllocationWeeks);
        if (!taskNames.isEmpty())
            item.reason += tr("; by %1").arg(taskNames.join(QStringLiteral(", ")));
        item.key = keyOf(item.kind, resourceId, formatIso(weekStart).left(10));
        items.push_back(item);
    }
}

void addRisks(const Workspace &ws, Minutes now, std::vector<InboxItem> &items)
{
    for (const Risk &r : ws.table<Risk>()) {
        const Project *p = ws.get<Project>(r.projectId);
        if (!p || p->phase == Phase::Closed)
            continue;
        if (r.dueDate == kNoTime || r.dueDate >= referenceOf(*p, now) || r.status == RiskStatus::Closed
            || r.status == RiskStatus::Occurred)
            continue;
        const int score = r.probability * r.impact;
        InboxItem item;
        item.kind = InboxKind::RiskOverdue;
        item.severity = score >= 15 ? InboxSeverity::Critical : InboxSeverity::Warning;
        item.projectId = r.projectId;
        item.entityType = EntityType::Risk;
        item.entityId = r.id;
        item.title = r.title;
        item.date = r.dueDate;
        item.reason = tr("due %1 and still %2; score %3 (probability %4 × impact %5)")
                          .arg(Format::date(r.dueDate), riskStatusName(r.status))
                          .arg(score).arg(r.probability).arg(r.impact);
        item.key = keyOf(item.kind, r.id);
        items.push_back(item);
    }
}

void addRequests(const Workspace &ws, std::vector<InboxItem> &items)
{
    for (const Request &r : ws.table<Request>()) {
        if (r.status != RequestStatus::New || !isOpen(ws, r.projectId))
            continue;
        InboxItem item;
        item.kind = InboxKind::NewRequest;
        switch (r.priority) {
        case RequestPriority::Urgent: item.severity = InboxSeverity::Critical; break;
        case RequestPriority::High: item.severity = InboxSeverity::Warning; break;
        default: item.severity = InboxSeverity::Info; break;
        }
        item.projectId = r.projectId;
        item.entityType = EntityType::Request;
        item.entityId = r.id;
        item.title = r.title;
        item.date = r.createdUtcMs > 0 ? minutesOfUtcMs(r.createdUtcMs) : r.dueDate;
        const Contact *contact = ws.get<Contact>(r.contactId);
        item.reason = contact ? tr("%1 from %2").arg(requestKindName(r.kind), contact->name) : requestKindName(r.kind);
        if (r.dueDate != kNoTime)
            item.reason += tr(", due %1").arg(Format::date(r.dueDate));
        item.key = keyOf(item.kind, r.id);
        items.push_back(item);
    }
}

void addWarnings(const Workspace &ws, Minutes now, const InboxSettings &settings, std::vector<InboxItem> &items)
{
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);
    for (const EarlyWarning &w : earlyWarnings(index, calendars, settings.warnings)) {
        const Project *p = ws.get<Project>(w.projectId);
        if (!p)
            continue;
        InboxItem item;
        item.kind = w.kind == EarlyWarning::Kind::Deadline ? InboxKind::DeadlineWarning : InboxKind::BudgetWarning;
        item.severity = InboxSeverity::Critical;
        item.projectId = p->id;
        item.entityType = EntityType::Project;
        item.entityId = p->id;
        item.title = w.kind == EarlyWarning::Kind::Deadline ? tr("Deadline at risk")
                                                             : tr("Budget at risk");
        item.reason = w.reason;
        item.date = w.kind == EarlyWarning::Kind::Deadline ? w.target : (p->statusDate != kNoTime ? p->statusDate : now);
        item.key = keyOf(item.kind, p->id);
        items.push_back(item);
    }
}

} // namespace

std::vector<InboxItem> inboxItems(const Workspace &ws, Minutes now, const InboxSettings &settings)
{
    const QLocale locale;
    std::vector<InboxItem> items;
    addTasks(ws, now, settings, locale, items);
    addOverAllocations(ws, now, settings, locale, items);
    addRisks(ws, now, items);
    addRequests(ws, items);
    if (settings.earlyWarnings)
        addWarnings(ws, now, settings, items);
    sortInboxItems(items);
    return items;
}

std::vector<InboxItem> inboxWarningItems(const Workspace &ws, Minutes now, const InboxSettings &settings)
{
    std::vector<InboxItem> items;
    addWarnings(ws, now, settings, items);
    return items;
}

void sortInboxItems(std::vector<InboxItem> &items)
{
    std::sort(items.begin(), items.end(), [](const InboxItem &a, const InboxItem &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.date != b.date)
            return a.date < b.date;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.title != b.title)
            return a.title < b.title;
        return a.key < b.key;
    });
}

QString inboxKindName(InboxKind kind)
{
    switch (kind) {
    case InboxKind::OverdueTask: return tr("Overdue tasks");
    case InboxKind::MilestoneDue: return tr("Milestones due soon");
    case InboxKind::OverAllocation: return tr("Over-allocations");
    case InboxKind::RiskOverdue: return tr("Risks past their date");
    case InboxKind::NewRequest: return tr("New client requests");
    case InboxKind::DeadlineWarning: return tr("Deadline warnings");
    case InboxKind::BudgetWarning: return tr("Budget warnings");
    }
    return {};
}

QString inboxSeverityName(InboxSeverity severity)
{
    switch (severity) {
    case InboxSeverity::Info: return tr("Information");
    case InboxSeverity::Warning: return tr("Warning");
    case InboxSeverity::Critical: return tr("Critical");
    }
    return {};
}

} // namespace Keel
