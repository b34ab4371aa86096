#include "ganreader.h"

#include "xmltree.h"

#include "schedule/workcalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

using Node = XmlTree::Node;

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::GanReader", text);
}

const QList<TimeInterval> kWorkDay{{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};
constexpr int kDayMinutes = 480;
// Functions, not namespace-scope constants: dayNumber() depends on another file's static data.
qint64 firstDay()
{
    return dayNumber(QDate(1900, 1, 1));
}

qint64 lastDay()
{
    return dayNumber(QDate(2199, 12, 31));
}

std::optional<QDate> parseGanDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("yyyy-M-d"));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

int priorityOf(const QString &code)
{
    // GanttProject: 0 = low, 1 = normal, 2 = high, 3 = lowest, 4 = highest.
    switch (code.trimmed().toInt()) {
    case 0: return 300;
    case 2: return 700;
    case 3: return 100;
    case 4: return 900;
    default: return 500;
    }
}

class Reader
{
public:
    Reader(const XmlTree &tree, const ImportOptions &options)
        : m_tree(tree)
        , m_options(options)
    {
    }

    bool run();
    ProjectBundle takeBundle() { return std::move(m_bundle); }
    const ImportError &error() const { return m_error; }
    const QStringList &warnings() const { return m_warnings; }

private:
    struct PendingLink
    {
        const Node *node;
        Id predecessor;
        QString successorKey;
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
    bool number(const Node &node, QStringView attribute, double *out, const QString &who)
    {
        const std::optional<QString> v = XmlTree::attribute(node, attribute);
        if (!v || v->trimmed().isEmpty())
            return true;
        bool ok = false;
        const double d = v->trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(d) || std::abs(d) > 1e9)
            return fail(&node, node.name,
                        tr("%1: the %2 “%3” is not a number.").arg(who, attribute.toString(), *v));
        *out = d;
        return true;
    }
    bool date(const Node &node, QStringView attribute, QDate *out, const QString &who)
    {
        const std::optional<QString> v = XmlTree::attribute(node, attribute);
        if (!v || v->trimmed().isEmpty())
            return true;
        const std::optional<QDate> d = parseGanDate(*v);
        if (!d)
            return fail(&node, node.name,
                        tr("%1: the %2 “%3” is not a date (expected YYYY-MM-DD).").arg(who, attribute.toString(), *v));
        *out = *d;
        return true;
    }

    bool readCalendar();
    bool readTasks(const Node &parent, const Id &parentId);
    bool readLinks();
    bool readResources();
    bool readBaselines();

    const XmlTree &m_tree;
    const ImportOptions &m_options;
    ProjectBundle m_bundle;
    ImportError m_error;
    QStringList m_warnings;
    WorkCalendar m_calendar;
    QHash<QString, int> m_taskByKey;          // GanttProject task id → index in m_bundle.tasks
    QHash<Id, int> m_childCount;
    std::vector<PendingLink> m_links;
    QHash<QString, Id> m_resourceByKey;
    int m_depth = 0;
};

bool Reader::readCalendar()
{
    const Node &root = m_tree.root();
    Calendar cal;
    cal.id = newId();
    cal.name = tr("%1 calendar").arg(m_bundle.project.name);
    std::array<bool, 7> weekend{false, false, false, false, false, true, true}; // Monday first
    bool weekendsWorked = false;
    const Node *calendars = m_tree.child(root, u"calendars");
    if (calendars) {
        if (const Node *types = m_tree.child(*calendars, u"day-types")) {
            if (const Node *week = m_tree.child(*types, u"default-week")) {
                static const char16_t *const days[] = {u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun"};
                for (int i = 0; i < 7; ++i) {
                    const std::optional<QString> v = XmlTree::attribute(*week, days[i]);
                    if (v)
                        weekend[size_t(i)] = v->trimmed() == u"1";
                }
            }
            if (const Node *show = m_tree.child(*types, u"only-show-weekends"))
                weekendsWorked = XmlTree::attribute(*show, u"value").value_or(QString()).trimmed() == u"true";
        }
        for (int i = 0; i < 7; ++i) {
            cal.week[size_t(i)].intervals = (weekend[size_t(i)] && !weekendsWorked) ? QList<TimeInterval>() : kWorkDay;
        }
        for (const Node *d : m_tree.children(*calendars, u"date")) {
            const QString yearText = XmlTree::attribute(*d, u"year").value_or(QString()).trimmed();
            bool okMonth = false;
            bool okDay = false;
            const int month = XmlTree::attribute(*d, u"month").value_or(QString()).trimmed().toInt(&okMonth);
            const int day = XmlTree::attribute(*d, u"date").value_or(QString()).trimmed().toInt(&okDay);
            const QString type = XmlTree::attribute(*d, u"type").value_or(QStringLiteral("HOLIDAY")).trimmed().toUpper();
            if (!okMonth || !okDay || month < 1 || month > 12 || day < 1 || day > 31)
                return fail(d, QStringLiteral("date"), tr("a holiday needs a month (1–12) and a day (1–31)."));
            if (type != u"HOLIDAY" && type != u"WORKING_DAY")
                continue;
            CalendarException x;
            x.name = d->text.trimmed();
            if (type == u"WORKING_DAY")
                x.intervals = kWorkDay;
            if (yearText.isEmpty()) {
                x.recurrence = Recurrence::YearlyByDate;
                x.month = month;
                x.monthDay = day;
                x.fromDay = firstDay();
                x.toDay = lastDay();
            } else {
                bool okYear = false;
                const int year = yearText.toInt(&okYear);
                const QDate date(year, month, day);
                if (!okYear || !date.isValid())
                    return fail(d, QStringLiteral("date"),
                                tr("%1-%2-%3 is not a date.").arg(yearText).arg(month).arg(day));
                x.fromDay = x.toDay = dayNumber(date);
            }
            cal.exceptions.append(x);
        }
    } else {
        for (int i = 0; i < 7; ++i)
            cal.week[size_t(i)].intervals = weekend[size_t(i)] ? QList<TimeInterval>() : kWorkDay;
    }
    m_calendar = WorkCalendar::compile(cal, {}, dayNumber(QDate(1990, 1, 1)), dayNumber(QDate(2100, 12, 31)));
    m_bundle.project.calendarId = cal.id;
    m_bundle.calendars.push_back(std::move(cal));
    return true;
}

bool Reader::readTasks(const Node &parent, const Id &parentId)
{
    if (++m_depth > 200)
        return fail(&parent, parent.name, tr("tasks are nested too deep."));
    for (const Node *n : m_tree.children(parent, u"task")) {
        const QString key = XmlTree::attribute(*n, u"id").value_or(QString()).trimmed();
        const QString name = XmlTree::attribute(*n, u"name").value_or(QString());
        const QString who = tr("task %1 “%2”").arg(key, name);
        if (key.isEmpty())
            return fail(n, QStringLiteral("task"), tr("a task has no id."));
        if (m_taskByKey.contains(key))
            return fail(n, QStringLiteral("task"), tr("two tasks have the id %1.").arg(key));
        Task t;
        t.id = newId();
        t.projectId = m_bundle.project.id;
        t.parentId = parentId;
        t.order = m_childCount[parentId]++;
        t.name = name;
        t.sourceUid = key;
        QDate start;
        double days = 0;
        double complete = 0;
        double cost = 0;
        if (!date(*n, u"start", &start, who) || !number(*n, u"duration", &days, who)
            || !number(*n, u"complete", &complete, who) || !number(*n, u"cost-manual-value", &cost, who))
            return false;
        if (days < 0)
            return fail(n, QStringLiteral("task"), tr("%1: the duration must not be negative.").arg(who));
        t.milestone = XmlTree::attribute(*n, u"meeting").value_or(QString()) == u"true";
        t.duration = t.milestone ? 0 : Minutes(std::llround(days * kDayMinutes));
        t.percentComplete = std::clamp(int(std::lround(complete)), 0, 100);
        if (const std::optional<QString> p = XmlTree::attribute(*n, u"priority"))
            t.priority = priorityOf(*p);
        if (XmlTree::attribute(*n, u"cost-calculated").value_or(QStringLiteral("true")) == u"false" && cost > 0)
            t.fixedCost = qint64(std::llround(cost * 100));
        if (const Node *notes = m_tree.child(*n, u"notes"))
            t.notes = notes->text.trimmed();
        if (start.isValid()) {
            t.start = m_calendar.nextWorkStart(toMinutes(start, 0));
            t.finish = t.milestone ? t.start : m_calendar.addWork(t.start, t.duration);
        }
        // Earliest start.
        if (XmlTree::attribute(*n, u"thirdDate-constraint").value_or(QString()).trimmed() == u"1") {
            QDate third;
            if (!date(*n, u"thirdDate", &third, who))
                return false;
            if (third.isValid()) {
                t.constraint = ConstraintType::Snet;
                t.constraintDate = m_calendar.nextWorkStart(toMinutes(third, 0));
            }
        }
        for (const Node *d : m_tree.children(*n, u"depend"))
            m_links.push_back({d, t.id, XmlTree::attribute(*d, u"id").value_or(QString()).trimmed()});
        m_taskByKey.insert(key, int(m_bundle.tasks.size()));
        const Id id = t.id;
        m_bundle.tasks.push_back(std::move(t));
        if (!readTasks(*n, id))
            return false;
    }
    --m_depth;
    return true;
}

bool Reader::readLinks()
{
    QHash<Id, bool> allStrong;  // successor → every incoming link is "Strong"
    for (const PendingLink &l : m_links) {
        const Node &n = *l.node;
        const int target = m_taskByKey.value(l.successorKey, -1);
        if (target < 0) {
            warn(tr("A dependency names task %1, which is not in the file; it was skipped.").arg(l.successorKey));
            continue;
        }
        double type = 2;
        double difference = 0;
        if (!number(n, u"type", &type, tr("a dependency")) || !number(n, u"difference", &difference, tr("a dependency")))
            return false;
        Dependency d;
        d.id = newId();
        d.predecessorId = l.predecessor;
        d.successorId = m_bundle.tasks[size_t(target)].id;
        switch (int(type)) {
        case 1: d.type = DependencyType::StartStart; break;
        case 2: d.type = DependencyType::FinishStart; break;
        case 3: d.type = DependencyType::FinishFinish; break;
        case 4: d.type = DependencyType::StartFinish; break;
        default:
            return fail(&n, QStringLiteral("depend"),
                        tr("%1 is not a dependency type (expected 1 = SS, 2 = FS, 3 = FF, 4 = SF).").arg(type));
        }
        d.lag = Minutes(std::llround(difference * kDayMinutes));
        const bool strong = XmlTree::attribute(n, u"hardness").value_or(QStringLiteral("Strong")).trimmed() != u"Rubber";
        allStrong[d.successorId] = allStrong.value(d.successorId, true) && strong;
        m_bundle.dependencies.push_back(d);
    }
    // GanttProject keeps unlinked tasks (and tasks behind a rubber link) where the user put them.
    QSet<Id> parents;
    for (const Task &t : m_bundle.tasks)
        parents.insert(t.parentId);
    for (Task &t : m_bundle.tasks) {
        if (parents.contains(t.id) || t.start == kNoTime || t.constraint != ConstraintType::Asap)
            continue;
        if (allStrong.value(t.id, false))
            continue;
        t.constraint = ConstraintType::Snet;
        t.constraintDate = t.start;
    }
    return true;
}

bool Reader::readResources()
{
    const Node &root = m_tree.root();
    QHash<QString, QString> roles;
    for (const Node *rs : m_tree.children(root, u"roles")) {
        for (const Node *r : m_tree.children(*rs, u"role"))
            roles.insert(XmlTree::attribute(*r, u"id").value_or(QString()).trimmed(),
                         XmlTree::attribute(*r, u"name").value_or(QString()));
    }
    if (const Node *list = m_tree.child(root, u"resources")) {
        for (const Node *n : m_tree.children(*list, u"resource")) {
            const QString key = XmlTree::attribute(*n, u"id").value_or(QString()).trimmed();
            if (key.isEmpty())
                return fail(n, QStringLiteral("resource"), tr("a resource has no id."));
            if (m_resourceByKey.contains(key))
                return fail(n, QStringLiteral("resource"), tr("two resources have the id %1.").arg(key));
            Resource r;
            r.id = newId();
            r.name = XmlTree::attribute(*n, u"name").value_or(QString()).trimmed();
            const QString contacts = XmlTree::attribute(*n, u"contacts").value_or(QString()).trimmed();
            if (contacts.contains(u'@'))
                r.email = contacts;
            const QString function = XmlTree::attribute(*n, u"function").value_or(QString()).trimmed();
            if (function == u"Default:1")
                r.role = tr("Project manager");
            else if (!function.startsWith(u"Default:"))
                r.role = roles.value(function);
            for (const Node *rate : m_tree.children(*n, u"rate")) {
                if (XmlTree::attribute(*rate, u"name").value_or(QString()) != u"standard")
                    continue;
                double perDay = 0;
                if (!number(*rate, u"value", &perDay, tr("resource %1").arg(key)))
                    return false;
                // GanttProject's rate is per day.
                r.rates.append({kNoTime, qint64(std::llround(std::max(0.0, perDay) * 100.0 * 60.0 / kDayMinutes)), 0});
            }
            m_resourceByKey.insert(key, r.id);
            m_bundle.resources.push_back(std::move(r));
        }
    }
    if (const Node *list = m_tree.child(root, u"allocations")) {
        for (const Node *n : m_tree.children(*list, u"allocation")) {
            const QString taskKey = XmlTree::attribute(*n, u"task-id").value_or(QString()).trimmed();
            const QString resourceKey = XmlTree::attribute(*n, u"resource-id").value_or(QString()).trimmed();
            const int task = m_taskByKey.value(taskKey, -1);
            if (task < 0 || !m_resourceByKey.contains(resourceKey)) {
                warn(tr("An allocation names a task or resource that is not in the file; it was skipped."));
                continue;
            }
            double load = 100;
            if (!number(*n, u"load", &load, tr("an allocation")))
                return false;
            Assignment a;
            a.id = newId();
            a.taskId = m_bundle.tasks[size_t(task)].id;
            a.resourceId = m_resourceByKey.value(resourceKey);
            a.units = std::clamp(load / 100.0, 0.0, 100.0);
            a.work = Minutes(std::llround(double(m_bundle.tasks[size_t(task)].duration) * a.units));
            m_bundle.assignments.push_back(a);
        }
    }
    if (const Node *list = m_tree.child(root, u"vacations")) {
        QHash<Id, int> calendarOf;
        for (const Node *n : m_tree.children(*list, u"vacation")) {
            const QString key = XmlTree::attribute(*n, u"resourceid").value_or(QString()).trimmed();
            if (!m_resourceByKey.contains(key)) {
                warn(tr("A vacation names a resource that is not in the file; it was skipped."));
                continue;
            }
            QDate from;
            QDate to;
            if (!date(*n, u"start", &from, tr("a vacation")) || !date(*n, u"end", &to, tr("a vacation")))
                return false;
            if (!from.isValid())
                continue;
            if (!to.isValid() || to < from)
                to = from;
            const Id rid = m_resourceByKey.value(key);
            if (!calendarOf.contains(rid)) {
                Calendar c;
                c.id = newId();
                c.resourceId = rid;
                c.baseCalendarId = m_bundle.project.calendarId;
                for (CalendarWeekDay &d : c.week)
                    d.inherited = true;
                for (Resource &r : m_bundle.resources) {
                    if (r.id == rid) {
                        c.name = r.name;
                        r.calendarId = c.id;
                    }
                }
                calendarOf.insert(rid, int(m_bundle.calendars.size()));
                m_bundle.calendars.push_back(std::move(c));
            }
            CalendarException x;
            x.name = tr("Vacation");
            x.fromDay = dayNumber(from);
            x.toDay = dayNumber(to);
            m_bundle.calendars[size_t(calendarOf.value(rid))].exceptions.append(x);
        }
    }
    return true;
}

bool Reader::readBaselines()
{
    const Node *previous = m_tree.child(m_tree.root(), u"previous");
    if (!previous)
        return true;
    int baselineNumber = 0;
    for (const Node *set : m_tree.children(*previous, u"previous-tasks")) {
        if (++baselineNumber > 10) {
            warn(tr("Only the first ten GanttProject baselines were kept."));
            break;
        }
        Baseline b;
        b.id = newId();
        b.projectId = m_bundle.project.id;
        b.number = baselineNumber;
        b.name = XmlTree::attribute(*set, u"name").value_or(tr("Baseline %1").arg(baselineNumber));
        for (const Node *n : m_tree.children(*set, u"previous-task")) {
            const int task = m_taskByKey.value(XmlTree::attribute(*n, u"id").value_or(QString()).trimmed(), -1);
            if (task < 0)
                continue;
            QDate start;
            double days = 0;
            if (!date(*n, u"start", &start, tr("a baseline task")) || !number(*n, u"duration", &days, tr("a baseline task")))
                return false;
            BaselineTask bt;
            bt.id = newId();
            bt.baselineId = b.id;
            bt.taskId = m_bundle.tasks[size_t(task)].id;
            bt.duration = Minutes(std::llround(std::max(0.0, days) * kDayMinutes));
            if (start.isValid()) {
                bt.start = m_calendar.nextWorkStart(toMinutes(start, 0));
                bt.finish = bt.duration > 0 ? m_calendar.addWork(bt.start, bt.duration) : bt.start;
            }
            m_bundle.baselineTasks.push_back(bt);
        }
        m_bundle.baselines.push_back(b);
    }
    return true;
}

bool Reader::run()
{
    const Node &root = m_tree.root();
    if (root.name != u"project")
        return fail(&root, root.name,
                    tr("this is not a GanttProject file: the document is <%1>, expected <project>.").arg(root.name));
    Project &p = m_bundle.project;
    p.id = newId();
    p.name = m_options.projectName;
    if (p.name.isEmpty())
        p.name = XmlTree::attribute(root, u"name").value_or(QString()).trimmed();
    if (p.name.isEmpty() && !m_options.fileName.isEmpty())
        p.name = QFileInfo(m_options.fileName).completeBaseName();
    if (const Node *d = m_tree.child(root, u"description"))
        p.description = d->text.trimmed();
    m_bundle.minutesPerDay = kDayMinutes;
    m_bundle.minutesPerWeek = 5 * kDayMinutes;
    m_bundle.daysPerMonth = 20;

    if (!readCalendar())
        return false;
    if (const Node *tasks = m_tree.child(root, u"tasks")) {
        if (!readTasks(*tasks, Id()))
            return false;
    }
    if (!readLinks() || !readResources() || !readBaselines())
        return false;
    for (const Task &t : m_bundle.tasks) {
        if (t.start != kNoTime && (p.start == kNoTime || t.start < p.start))
            p.start = t.start;
    }
    if (p.start == kNoTime)
        p.start = toMinutes(QDate::currentDate(), 8 * 60);
    return true;
}

} // namespace

std::optional<ProjectBundle> GanReader::readBundle(const QByteArray &data, const ImportOptions &options,
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
    Reader reader(*tree, options);
    if (!reader.run()) {
        *error = reader.error();
        return std::nullopt;
    }
    ProjectBundle bundle = reader.takeBundle();
    QStringList found = reader.warnings();
    bundle.sanitize(&found);
    if (warnings)
        warnings->append(found);
    return bundle;
}

ImportResult GanReader::read(const QByteArray &data, const ImportOptions &options)
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
