#include "interoptest.h"

#include <schedule/workcalendar.h>

#include <QDate>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Keel;

namespace KeelTest {

QString corpusPath(const QString &relative)
{
    return QStringLiteral(KEEL_CORPUS_DIR) + u'/' + relative;
}

QStringList corpusFiles(const QString &folder, const QString &suffix)
{
    QDir dir(corpusPath(folder));
    QStringList files;
    for (const QString &name : dir.entryList({u'*' + suffix}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Imported importInto(const QByteArray &data, InteropFormat format, const QString &fileName)
{
    Imported result;
    result.store = Store::createInMemory();
    ImportOptions options;
    options.fileName = fileName;
    options.target = &result.store->workspace();
    options.adoptSettings = true;
    const ImportResult r = Importer::importData(data, format, options);
    if (!r.ok) {
        result.error = r.error.message();
        return result;
    }
    QString error;
    if (!result.store->apply(r.changes, &error)) {
        result.error = QStringLiteral("apply: ") + error;
        return result;
    }
    result.projectId = r.projectId;
    result.warnings = r.warnings;
    return result;
}

namespace {

QString date(Minutes m)
{
    return m == kNoTime ? QStringLiteral("-") : formatIso(m);
}

QString day(Minutes m)
{
    return m == kNoTime ? QStringLiteral("-") : toDate(m).toString(Qt::ISODate);
}

/// Working intervals of every day in [from, to] on @p id's calendar in @p b, as text.
QString calendarSignature(const ProjectBundle &b, const Id &id, qint64 from, qint64 to)
{
    const Calendar *c = b.calendar(id);
    if (!c)
        return QStringLiteral("<none>");
    const WorkCalendar w = WorkCalendar::compile(*c, [&b](const Id &x) { return b.calendar(x); }, from, to);
    QString s;
    for (qint64 d = from; d <= to; ++d) {
        s += QString::number(d) + u':';
        for (const TimeInterval &i : w.intervalsOnDay(d))
            s += QString::number(i.start) + u'-' + QString::number(i.end) + u',';
        s += u';';
    }
    return s;
}

QString calendarDifference(const ProjectBundle &a, const Id &ca, const ProjectBundle &b, const Id &cb, qint64 from,
                           qint64 to)
{
    if (ca.isNull() && cb.isNull())
        return {};
    const QString sa = calendarSignature(a, ca, from, to);
    const QString sb = calendarSignature(b, cb, from, to);
    if (sa == sb)
        return {};
    // Find the first day that differs, for the message.
    const QStringList da = sa.split(u';');
    const QStringList db = sb.split(u';');
    for (qsizetype i = 0; i < std::min(da.size(), db.size()); ++i) {
        if (da[i] != db[i])
            return QStringLiteral("%1 vs %2").arg(da[i], db[i]);
    }
    return QStringLiteral("calendars differ");
}

} // namespace

QStringList differences(const ProjectBundle &a, const ProjectBundle &b, const CompareOptions &o)
{
    QStringList diff;
    auto check = [&diff](bool same, const QString &what) {
        if (!same)
            diff << what;
    };
    const bool gp = o.ganttProject;
    auto sameTime = [gp](Minutes x, Minutes y) { return gp ? day(x) == day(y) : x == y; };
    auto sameDuration = [gp, &a](Minutes x, Minutes y) {
        if (!gp)
            return x == y;
        return std::llround(double(x) / a.minutesPerDay) == std::llround(double(y) / a.minutesPerDay);
    };

    check(a.project.name == b.project.name, QStringLiteral("project name %1 vs %2").arg(a.project.name, b.project.name));
    if (!gp) {
        check(a.project.scheduleFrom == b.project.scheduleFrom, QStringLiteral("schedule from"));
        check(a.project.start == b.project.start,
              QStringLiteral("project start %1 vs %2").arg(date(a.project.start), date(b.project.start)));
        check(a.project.finish == b.project.finish,
              QStringLiteral("project finish %1 vs %2").arg(date(a.project.finish), date(b.project.finish)));
        check(a.project.statusDate == b.project.statusDate, QStringLiteral("status date"));
        check(a.project.currency == b.project.currency, QStringLiteral("currency"));
        check(a.minutesPerDay == b.minutesPerDay && a.minutesPerWeek == b.minutesPerWeek && a.daysPerMonth == b.daysPerMonth,
              QStringLiteral("duration settings"));
    }

    // The span on which calendars are compared.
    Minutes first = a.project.start;
    for (const Task &t : a.tasks) {
        if (t.start != kNoTime && (first == kNoTime || t.start < first))
            first = t.start;
    }
    if (first == kNoTime)
        first = toMinutes(QDate(2024, 1, 1), 0);
    const qint64 from = dayNumber(toDate(first)) - 60;
    const qint64 to = from + 730;
    if (o.compareCalendars) {
        const Calendar *pa = a.projectCalendar();
        const Calendar *pb = b.projectCalendar();
        const QString d = calendarDifference(a, pa ? pa->id : Id(), b, pb ? pb->id : Id(), from, to);
        check(d.isEmpty(), QStringLiteral("project calendar: ") + d);
    }

    if (a.tasks.size() != b.tasks.size()) {
        diff << QStringLiteral("%1 tasks vs %2").arg(a.tasks.size()).arg(b.tasks.size());
        return diff;
    }
    QHash<Id, int> ia;
    QHash<Id, int> ib;
    for (int i = 0; i < int(a.tasks.size()); ++i) {
        ia.insert(a.tasks[size_t(i)].id, i);
        ib.insert(b.tasks[size_t(i)].id, i);
    }
    for (size_t i = 0; i < a.tasks.size(); ++i) {
        const Task &x = a.tasks[i];
        const Task &y = b.tasks[i];
        const QString who = QStringLiteral("task %1 “%2”: ").arg(i).arg(x.name);
        check(x.name == y.name, who + QStringLiteral("name “%1”").arg(y.name));
        check(ia.value(x.parentId, -1) == ib.value(y.parentId, -1), who + QStringLiteral("parent"));
        check(x.milestone == y.milestone, who + QStringLiteral("milestone"));
        check(sameDuration(x.duration, y.duration), who + QStringLiteral("duration %1 vs %2").arg(x.duration).arg(y.duration));
        check(x.percentComplete == y.percentComplete, who + QStringLiteral("percent complete"));
        check(sameTime(x.start, y.start), who + QStringLiteral("start %1 vs %2").arg(date(x.start), date(y.start)));
        check(x.notes == y.notes, who + QStringLiteral("notes"));
        if (gp)
            continue;
        check(x.elapsed == y.elapsed, who + QStringLiteral("elapsed"));
        check(x.scheduling == y.scheduling, who + QStringLiteral("scheduling"));
        check(x.constraint == y.constraint, who + QStringLiteral("constraint %1 vs %2").arg(enumName(x.constraint), enumName(y.constraint)));
        check(x.constraintDate == y.constraintDate, who + QStringLiteral("constraint date"));
        check(x.deadline == y.deadline, who + QStringLiteral("deadline"));
        check(x.finish == y.finish, who + QStringLiteral("finish %1 vs %2").arg(date(x.finish), date(y.finish)));
        check(x.actualStart == y.actualStart && x.actualFinish == y.actualFinish, who + QStringLiteral("actual dates"));
        check(x.priority == y.priority, who + QStringLiteral("priority"));
        check(x.sourceUid == y.sourceUid, who + QStringLiteral("source uid %1 vs %2").arg(x.sourceUid, y.sourceUid));
        check(x.fixedCost == y.fixedCost, who + QStringLiteral("fixed cost"));
        check(x.work == y.work, who + QStringLiteral("work %1 vs %2").arg(x.work).arg(y.work));
        if (o.compareCalendars && (!x.calendarId.isNull() || !y.calendarId.isNull())) {
            const QString d = calendarDifference(a, x.calendarId, b, y.calendarId, from, to);
            check(d.isEmpty(), who + QStringLiteral("calendar: ") + d);
        }
    }

    auto links = [](const ProjectBundle &bundle, const QHash<Id, int> &index, bool days, int minutesPerDay) {
        std::set<QString> set;
        for (const Dependency &d : bundle.dependencies) {
            const qint64 lag = days ? std::llround(double(d.lag) / minutesPerDay) : d.lag;
            set.insert(QStringLiteral("%1→%2 %3 %4%5")
                           .arg(index.value(d.predecessorId))
                           .arg(index.value(d.successorId))
                           .arg(enumName(d.type))
                           .arg(lag)
                           .arg(days ? QString() : enumName(d.lagUnit)));
        }
        return set;
    };
    const auto la = links(a, ia, gp, a.minutesPerDay);
    const auto lb = links(b, ib, gp, a.minutesPerDay);
    for (const QString &l : la) {
        if (!lb.count(l))
            diff << QStringLiteral("link %1 missing").arg(l);
    }
    for (const QString &l : lb) {
        if (!la.count(l))
            diff << QStringLiteral("link %1 extra").arg(l);
    }

    // Resources by name.
    auto resourceNames = [](const ProjectBundle &bundle) {
        QHash<Id, QString> names;
        for (const Resource &r : bundle.resources)
            names.insert(r.id, r.name);
        return names;
    };
    const QHash<Id, QString> ra = resourceNames(a);
    const QHash<Id, QString> rb = resourceNames(b);
    check(a.resources.size() == b.resources.size(),
          QStringLiteral("%1 resources vs %2").arg(a.resources.size()).arg(b.resources.size()));
    for (const Resource &x : a.resources) {
        const auto it = std::find_if(b.resources.begin(), b.resources.end(), [&](const Resource &y) { return y.name == x.name; });
        if (it == b.resources.end()) {
            diff << QStringLiteral("resource “%1” missing").arg(x.name);
            continue;
        }
        const QString who = QStringLiteral("resource “%1”: ").arg(x.name);
        const RateEntry rx = x.rateAt(a.project.start);
        const RateEntry ry = it->rateAt(b.project.start);
        check(std::abs(rx.costPerHour - ry.costPerHour) <= (gp ? 1 : 0),
              who + QStringLiteral("rate %1 vs %2").arg(rx.costPerHour).arg(ry.costPerHour));
        if (gp)
            continue;
        check(x.kind == it->kind, who + QStringLiteral("kind"));
        check(std::abs(x.maxUnits - it->maxUnits) < 1e-6, who + QStringLiteral("max units"));
        check(x.email == it->email && x.team == it->team && x.active == it->active, who + QStringLiteral("details"));
        if (o.compareResourceCalendars && (!x.calendarId.isNull() || !it->calendarId.isNull())) {
            const QString d = calendarDifference(a, x.calendarId, b, it->calendarId, from, to);
            check(d.isEmpty(), who + QStringLiteral("calendar: ") + d);
        }
    }
    auto assignments = [](const ProjectBundle &bundle, const QHash<Id, int> &index, const QHash<Id, QString> &names, bool gpOnly) {
        std::multiset<QString> set;
        for (const Assignment &x : bundle.assignments)
            set.insert(QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(index.value(x.taskId))
                           .arg(names.value(x.resourceId))
                           .arg(std::llround(x.units * 10000))
                           .arg(gpOnly ? 0 : x.work)
                           .arg(gpOnly ? 0 : x.actualWork));
        return set;
    };
    check(assignments(a, ia, ra, gp) == assignments(b, ib, rb, gp), QStringLiteral("assignments differ"));

    if (o.compareBaselines) {
        check(a.baselines.size() == b.baselines.size(),
              QStringLiteral("%1 baselines vs %2").arg(a.baselines.size()).arg(b.baselines.size()));
        auto baselineTasks = [gp](const ProjectBundle &bundle, const QHash<Id, int> &index, int minutesPerDay) {
            QHash<Id, int> number;
            for (const Baseline &bl : bundle.baselines)
                number.insert(bl.id, bl.number);
            std::multiset<QString> set;
            for (const BaselineTask &bt : bundle.baselineTasks)
                set.insert(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                               .arg(number.value(bt.baselineId))
                               .arg(index.value(bt.taskId))
                               .arg(gp ? day(bt.start) : date(bt.start))
                               .arg(gp ? QString() : date(bt.finish))
                               .arg(gp ? std::llround(double(bt.duration) / minutesPerDay) : bt.duration)
                               .arg(gp ? 0 : bt.work)
                               .arg(gp ? 0 : bt.cost));
            return set;
        };
        check(baselineTasks(a, ia, a.minutesPerDay) == baselineTasks(b, ib, a.minutesPerDay), QStringLiteral("baseline tasks differ"));
    }
    return diff;
}

} // namespace KeelTest
