#include "csvreader.h"

#include "csvparser.h"
#include "datetext.h"
#include "model/durationtext.h"
#include "textdecoding.h"

#include "model/settings.h"
#include "model/workspace.h"
#include "schedule/workcalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::CsvReader", text);
}

constexpr int kDefaultStart = 8 * 60;
constexpr int kDefaultFinish = 17 * 60;

const QStringList kDateFields{QStringLiteral("start"), QStringLiteral("finish"), QStringLiteral("constraint_date"),
                              QStringLiteral("deadline"), QStringLiteral("actual_start"),
                              QStringLiteral("actual_finish")};

std::optional<bool> parseYesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"no" || t == u"false" || t == u"0" || t == u"n" || t == u"否")
        return false;
    if (t == u"yes" || t == u"true" || t == u"1" || t == u"y" || t == u"x" || t == u"是")
        return true;
    return std::nullopt;
}

std::optional<ConstraintType> parseConstraint(const QString &text)
{
    const QString t = text.trimmed().toLower().remove(u' ').remove(u'_').remove(u'-');
    if (t.isEmpty())
        return ConstraintType::Asap;
    struct Name
    {
        const char16_t *name;
        ConstraintType type;
    };
    static const Name names[] = {
        {u"asap", ConstraintType::Asap}, {u"assoonaspossible", ConstraintType::Asap}, {u"越早越好", ConstraintType::Asap},
        {u"alap", ConstraintType::Alap}, {u"aslateaspossible", ConstraintType::Alap}, {u"越晚越好", ConstraintType::Alap},
        {u"snet", ConstraintType::Snet}, {u"startnoearlierthan", ConstraintType::Snet}, {u"不得早于开始", ConstraintType::Snet},
        {u"snlt", ConstraintType::Snlt}, {u"startnolaterthan", ConstraintType::Snlt}, {u"不得晚于开始", ConstraintType::Snlt},
        {u"fnet", ConstraintType::Fnet}, {u"finishnoearlierthan", ConstraintType::Fnet}, {u"不得早于完成", ConstraintType::Fnet},
        {u"fnlt", ConstraintType::Fnlt}, {u"finishnolaterthan", ConstraintType::Fnlt}, {u"不得晚于完成", ConstraintType::Fnlt},
        {u"mso", ConstraintType::Mso}, {u"muststarton", ConstraintType::Mso}, {u"必须开始于", ConstraintType::Mso},
        {u"mfo", ConstraintType::Mfo}, {u"mustfinishon", ConstraintType::Mfo}, {u"必须完成于", ConstraintType::Mfo},
    };
    for (const Name &n : names) {
        if (t == QStringView(n.name))
            return n.type;
    }
    return std::nullopt;
}

std::optional<SchedulingMode> parseScheduling(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"auto" || t == u"auto scheduled" || t == u"automatic" || t == u"自动计划" || t == u"自动")
        return SchedulingMode::Auto;
    if (t == u"manual" || t == u"manually scheduled" || t == u"手动计划" || t == u"手动")
        return SchedulingMode::Manual;
    return std::nullopt;
}

struct LinkSpec
{
    QString target;
    DependencyType type = DependencyType::FinishStart;
    Minutes lag = 0;
    LagUnit unit = LagUnit::Working;
};

/// "3", "3FS", "3SS+2d", "5FF-1.5h", "7SF+50%", "4 完成-开始 +1d".
std::optional<LinkSpec> parseLink(QStringView text, const DurationUnits &units)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    while (i < s.size() && s[i].unicode() < 0x2e80 && (s[i].isLetterOrNumber() || s[i] == u'.' || s[i] == u'_')) {
        // The id ends where a link type starts.
        const QStringView rest = s.mid(i);
        const QString up = rest.left(2).toString().toUpper();
        if (i > 0 && (up == u"FS" || up == u"SS" || up == u"FF" || up == u"SF")
            && (rest.size() == 2 || !rest[2].isLetter()))
            break;
        ++i;
    }
    LinkSpec spec;
    spec.target = s.left(i).toString();
    if (spec.target.isEmpty())
        return std::nullopt;
    QStringView rest = s.mid(i).trimmed();
    struct TypeName
    {
        const char16_t *name;
        DependencyType type;
    };
    static const TypeName types[] = {{u"FS", DependencyType::FinishStart}, {u"SS", DependencyType::StartStart},
                                     {u"FF", DependencyType::FinishFinish}, {u"SF", DependencyType::StartFinish},
                                     {u"完成-开始", DependencyType::FinishStart}, {u"开始-开始", DependencyType::StartStart},
                                     {u"完成-完成", DependencyType::FinishFinish}, {u"开始-完成", DependencyType::StartFinish}};
    for (const TypeName &tn : types) {
        const QStringView name(tn.name);
        if (rest.startsWith(name, Qt::CaseInsensitive)) {
            spec.type = tn.type;
            rest = rest.mid(name.size()).trimmed();
            break;
        }
    }
    if (rest.isEmpty())
        return spec;
    if (!rest.startsWith(u'+') && !rest.startsWith(u'-'))
        return std::nullopt;
    const std::optional<ParsedDuration> lag = DurationText::parse(rest, units);
    if (!lag)
        return std::nullopt;
    spec.lag = lag->minutes;
    spec.unit = lag->percent ? LagUnit::Percent : (lag->elapsed ? LagUnit::Elapsed : LagUnit::Working);
    return spec;
}

class Reader
{
public:
    Reader(const ImportOptions &options)
        : m_options(options)
    {
        if (options.target) {
            const Settings &s = options.target->settings();
            m_units = {s.minutesPerDay, s.minutesPerWeek, s.daysPerMonth};
            if (const Calendar *c = options.target->get<Calendar>(s.defaultCalendarId)) {
                const Workspace *ws = options.target;
                m_calendar = WorkCalendar::compile(
                    *c, [ws](const Id &id) { return ws->get<Calendar>(id); },
                    dayNumber(QDate(1990, 1, 1)), dayNumber(QDate(2100, 1, 1)));
            }
        }
    }

    bool run(const QByteArray &data);
    ProjectBundle takeBundle() { return std::move(m_bundle); }
    const ImportError &error() const { return m_error; }
    const QStringList &warnings() const { return m_warnings; }

private:
    bool fail(qint64 line, const QString &column, const QString &reason)
    {
        m_error.file = m_options.fileName;
        m_error.line = line;
        m_error.element = column.isEmpty() ? QString() : tr("column “%1”").arg(column);
        m_error.reason = reason;
        return false;
    }
    QString cell(const CsvRecord &r, const QString &field) const
    {
        const int c = m_columns.value(field, -1);
        return c >= 0 && c < r.fields.size() ? r.fields[c].trimmed() : QString();
    }
    QString header(const QString &field) const { return m_header.value(m_columns.value(field, -1)); }
    bool date(const CsvRecord &r, const QString &field, int defaultMinute, Minutes *out);

    const ImportOptions &m_options;
    DurationUnits m_units;
    WorkCalendar m_calendar;
    ProjectBundle m_bundle;
    ImportError m_error;
    QStringList m_warnings;
    QStringList m_header;
    QHash<QString, int> m_columns;
    DateText::Order m_order = DateText::Order::MonthFirst;
};

bool Reader::date(const CsvRecord &r, const QString &field, int defaultMinute, Minutes *out)
{
    const QString text = cell(r, field);
    if (text.isEmpty() || text == u"NA" || text == u"N/A" || text == u"-")
        return true;
    const std::optional<ParsedDate> d = DateText::parse(text, m_order, m_options.csvMapping.dateFormat);
    if (!d) {
        const QString expected = m_options.csvMapping.dateFormat.isEmpty()
                                     ? tr("a date such as 2024-03-15 or 2024-03-15 08:00")
                                     : tr("a date in the form %1").arg(m_options.csvMapping.dateFormat);
        return fail(r.line, header(field), tr("“%1” is not a date (expected %2).").arg(text, expected));
    }
    *out = toMinutes(d->date, d->minuteOfDay >= 0 ? d->minuteOfDay : defaultMinute);
    return true;
}

bool Reader::run(const QByteArray &data)
{
    const CsvMapping &mapping = m_options.csvMapping;
    QString encoding;
    QString why;
    const std::optional<QString> text = TextDecoding::decode(data, mapping.encoding, &encoding, &why);
    if (!text)
        return fail(0, {}, why);
    const QChar delimiter = mapping.delimiter.isNull() ? CsvParser::detectDelimiter(*text) : mapping.delimiter;
    qint64 badLine = 0;
    const std::optional<QList<CsvRecord>> records = CsvParser::parse(*text, delimiter, &why, &badLine);
    if (!records)
        return fail(badLine, {}, why);
    if (records->isEmpty())
        return fail(1, {}, tr("the file is empty; the first row must name the columns."));

    const CsvRecord &head = records->front();
    for (const QString &h : head.fields)
        m_header.append(h.trimmed());
    auto findHeader = [this](const QString &name) {
        for (int i = 0; i < m_header.size(); ++i) {
            if (m_header[i].compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };
    for (const QString &field : CsvMapping::fieldNames()) {
        if (mapping.columns.contains(field)) {
            const int c = findHeader(mapping.columns.value(field));
            if (c < 0)
                return fail(head.line, mapping.columns.value(field),
                            tr("the mapping names the column “%1” for %2, but the header row has no such column.")
                                .arg(mapping.columns.value(field), field));
            m_columns.insert(field, c);
            continue;
        }
        for (const QString &h : CsvMapping::defaultHeaders(field)) {
            const int c = findHeader(h);
            if (c >= 0 && !m_columns.values().contains(c)) {
                m_columns.insert(field, c);
                break;
            }
        }
    }
    if (!m_columns.contains(QStringLiteral("name")))
        return fail(head.line, {},
                    tr("no column holds the task names (expected a header such as “Name” or “Task Name”, "
                       "or a mapping for “name”)."));

    // Day or month first is decided once for the whole file.
    if (mapping.dateFormat.isEmpty()) {
        for (qsizetype i = 1; i < records->size() && m_order == DateText::Order::MonthFirst; ++i) {
            for (const QString &f : kDateFields) {
                if (DateText::looksDayFirst(cell((*records)[i], f))) {
                    m_order = DateText::Order::DayFirst;
                    break;
                }
            }
        }
    }

    Project &p = m_bundle.project;
    p.id = newId();
    p.name = m_options.projectName.isEmpty() ? QFileInfo(m_options.fileName).completeBaseName() : m_options.projectName;
    if (p.name.isEmpty())
        p.name = tr("Imported tasks");
    m_bundle.minutesPerDay = m_units.minutesPerDay;
    m_bundle.minutesPerWeek = m_units.minutesPerWeek;
    m_bundle.daysPerMonth = m_units.daysPerMonth;

    struct Row
    {
        qint64 line = 0;
        QString key;
        QString predecessors;
        QString resources;
        bool explicitConstraint = false;
        bool hasDuration = false;
    };
    std::vector<Row> rows;
    QHash<QString, int> rowByKey;
    QHash<QString, int> rowByWbs;
    std::vector<std::pair<int, Id>> outline;  // (level, id) stack
    QHash<Id, int> childCount;
    const bool hasLevel = m_columns.contains(QStringLiteral("outline_level"));
    const bool hasWbs = m_columns.contains(QStringLiteral("wbs"));
    const bool hasConstraintColumn = m_columns.contains(QStringLiteral("constraint_type"));

    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord &r = (*records)[i];
        if (std::all_of(r.fields.begin(), r.fields.end(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        for (qsizetype c = m_header.size(); c < r.fields.size(); ++c) {
            if (!r.fields[c].trimmed().isEmpty())
                return fail(r.line, {},
                            tr("this row has %1 fields but the header row names %2 columns (is the delimiter “%3”?).")
                                .arg(r.fields.size()).arg(m_header.size()).arg(delimiter == u'\t' ? QStringLiteral("\\t") : QString(delimiter)));
        }
        Task t;
        t.id = newId();
        t.projectId = p.id;
        {
            // Names keep their spaces; only line breaks around them go.
            const int c = m_columns.value(QStringLiteral("name"), -1);
            t.name = c >= 0 && c < r.fields.size() ? r.fields[c] : QString();
        }
        Row row;
        row.line = r.line;
        row.key = cell(r, QStringLiteral("id"));
        if (row.key.isEmpty())
            row.key = QString::number(rows.size() + 1);
        if (rowByKey.contains(row.key))
            return fail(r.line, header(QStringLiteral("id")), tr("the ID “%1” is used by an earlier row too.").arg(row.key));
        t.sourceUid = m_columns.contains(QStringLiteral("id")) ? row.key : QString();

        // Durations and work.
        const QString durationText = cell(r, QStringLiteral("duration"));
        if (!durationText.isEmpty()) {
            const std::optional<ParsedDuration> d = DurationText::parse(durationText, m_units);
            if (!d || d->percent || d->minutes < 0)
                return fail(r.line, header(QStringLiteral("duration")),
                            tr("“%1” is not a duration (expected a number with a unit such as 5d, 3h, 2w, 1.5d, 30m or 2ed).")
                                .arg(durationText));
            t.duration = d->minutes;
            t.elapsed = d->elapsed;
            row.hasDuration = true;
        }
        const QString workText = cell(r, QStringLiteral("work"));
        if (!workText.isEmpty()) {
            const std::optional<ParsedDuration> w = DurationText::parse(workText, m_units, DurationText::Unit::Hour);
            if (!w || w->percent || w->elapsed || w->minutes < 0)
                return fail(r.line, header(QStringLiteral("work")), tr("“%1” is not an amount of work (expected e.g. 40h).").arg(workText));
            t.work = w->minutes;
        }

        if (!date(r, QStringLiteral("start"), kDefaultStart, &t.start) || !date(r, QStringLiteral("finish"), kDefaultFinish, &t.finish)
            || !date(r, QStringLiteral("constraint_date"), kDefaultStart, &t.constraintDate)
            || !date(r, QStringLiteral("deadline"), kDefaultFinish, &t.deadline)
            || !date(r, QStringLiteral("actual_start"), kDefaultStart, &t.actualStart)
            || !date(r, QStringLiteral("actual_finish"), kDefaultFinish, &t.actualFinish))
            return false;
        if (t.start != kNoTime && t.finish != kNoTime && t.finish < t.start)
            return fail(r.line, header(QStringLiteral("finish")), tr("the finish is before the start."));

        const QString milestoneText = cell(r, QStringLiteral("milestone"));
        const std::optional<bool> milestone = parseYesNo(milestoneText);
        if (!milestone)
            return fail(r.line, header(QStringLiteral("milestone")), tr("“%1” is not yes or no.").arg(milestoneText));
        t.milestone = *milestone;

        const QString percentText = cell(r, QStringLiteral("percent_complete")).remove(u'%').trimmed();
        if (!percentText.isEmpty()) {
            bool ok = false;
            const double v = QString(percentText).replace(u',', u'.').toDouble(&ok);
            if (!ok || v < 0 || v > 100)
                return fail(r.line, header(QStringLiteral("percent_complete")),
                            tr("“%1” is not a percentage between 0 and 100.").arg(percentText));
            t.percentComplete = int(std::lround(v));
        }
        const QString schedulingText = cell(r, QStringLiteral("scheduling"));
        const std::optional<SchedulingMode> mode = parseScheduling(schedulingText);
        if (!mode)
            return fail(r.line, header(QStringLiteral("scheduling")),
                        tr("“%1” is not a task mode (expected auto or manual).").arg(schedulingText));
        t.scheduling = *mode;
        const QString constraintText = cell(r, QStringLiteral("constraint_type"));
        const std::optional<ConstraintType> constraint = parseConstraint(constraintText);
        if (!constraint)
            return fail(r.line, header(QStringLiteral("constraint_type")),
                        tr("“%1” is not a constraint type (expected e.g. ASAP, SNET, Must Start On).").arg(constraintText));
        t.constraint = *constraint;
        row.explicitConstraint = hasConstraintColumn;
        if (t.constraint != ConstraintType::Asap && t.constraint != ConstraintType::Alap && t.constraintDate == kNoTime) {
            // Microsoft Project's habit: the start or finish is the constraint's date.
            const bool onFinish = t.constraint == ConstraintType::Fnet || t.constraint == ConstraintType::Fnlt
                                  || t.constraint == ConstraintType::Mfo;
            t.constraintDate = onFinish ? t.finish : t.start;
            if (t.constraintDate == kNoTime)
                return fail(r.line, header(QStringLiteral("constraint_date")),
                            tr("the constraint “%1” needs a date.").arg(constraintText));
        }
        if (t.constraint == ConstraintType::Asap || t.constraint == ConstraintType::Alap)
            t.constraintDate = kNoTime;
        const QString priorityText = cell(r, QStringLiteral("priority"));
        if (!priorityText.isEmpty()) {
            bool ok = false;
            const int v = priorityText.toInt(&ok);
            if (!ok || v < 0 || v > 1000)
                return fail(r.line, header(QStringLiteral("priority")),
                            tr("“%1” is not a priority between 0 and 1000.").arg(priorityText));
            t.priority = v;
        }
        t.category = cell(r, QStringLiteral("category"));
        {
            const int c = m_columns.value(QStringLiteral("notes"), -1);
            t.notes = c >= 0 && c < r.fields.size() ? r.fields[c] : QString();
        }

        // Hierarchy.
        if (hasLevel) {
            const QString levelText = cell(r, QStringLiteral("outline_level"));
            bool ok = true;
            const int level = levelText.isEmpty() ? 1 : levelText.toInt(&ok);
            if (!ok || level < 1 || level > 100)
                return fail(r.line, header(QStringLiteral("outline_level")),
                            tr("“%1” is not an outline level (expected 1, 2, 3 …).").arg(levelText));
            while (!outline.empty() && outline.back().first >= level)
                outline.pop_back();
            t.parentId = outline.empty() ? Id() : outline.back().second;
            outline.emplace_back(level, t.id);
        } else if (hasWbs) {
            const QString wbs = cell(r, QStringLiteral("wbs"));
            const qsizetype dot = wbs.lastIndexOf(u'.');
            if (dot > 0) {
                const int parent = rowByWbs.value(wbs.left(dot), -1);
                if (parent >= 0)
                    t.parentId = m_bundle.tasks[size_t(parent)].id;
            }
            if (!wbs.isEmpty())
                rowByWbs.insert(wbs, int(m_bundle.tasks.size()));
        }
        t.order = childCount[t.parentId]++;

        row.predecessors = cell(r, QStringLiteral("predecessors"));
        row.resources = cell(r, QStringLiteral("resources"));
        rowByKey.insert(row.key, int(rows.size()));
        rows.push_back(row);
        m_bundle.tasks.push_back(std::move(t));
    }

    // Links, by the ID column's values (or row numbers).
    QSet<int> withPredecessors;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        if (row.predecessors.isEmpty())
            continue;
        QString list = row.predecessors;
        list.replace(u',', u';');
        for (const QString &item : list.split(u';', Qt::SkipEmptyParts)) {
            if (item.trimmed().isEmpty())
                continue;
            const std::optional<LinkSpec> spec = parseLink(item, m_units);
            if (!spec)
                return fail(row.line, header(QStringLiteral("predecessors")),
                            tr("“%1” is not a predecessor (expected an ID with an optional type and lag, such as 3FS+2d).")
                                .arg(item.trimmed()));
            const int target = rowByKey.value(spec->target, -1);
            if (target < 0)
                return fail(row.line, header(QStringLiteral("predecessors")),
                            tr("the predecessor “%1” is not the ID of any row.").arg(spec->target));
            Dependency d;
            d.id = newId();
            d.predecessorId = m_bundle.tasks[size_t(target)].id;
            d.successorId = m_bundle.tasks[i].id;
            d.type = spec->type;
            d.lag = spec->lag;
            d.lagUnit = spec->unit;
            m_bundle.dependencies.push_back(d);
            withPredecessors.insert(int(i));
        }
    }

    // Durations from dates, typed starts as constraints, the project's start.
    QSet<Id> parents;
    for (const Task &t : m_bundle.tasks)
        parents.insert(t.parentId);
    for (size_t i = 0; i < m_bundle.tasks.size(); ++i) {
        Task &t = m_bundle.tasks[i];
        const Row &row = rows[i];
        if (!row.hasDuration) {
            if (t.start != kNoTime && t.finish != kNoTime)
                t.duration = t.elapsed ? t.finish - t.start : m_calendar.workBetween(t.start, t.finish);
            else if (!t.milestone)
                t.duration = m_units.minutesPerDay;
        }
        if (t.milestone && !row.hasDuration)
            t.duration = 0;
        if (t.start != kNoTime && t.finish == kNoTime)
            t.finish = t.elapsed ? t.start + t.duration : m_calendar.addWork(m_calendar.nextWorkStart(t.start), t.duration);
        // Dates are read between 1900 and 2200; a duration may not carry a task beyond them either.
        static const Minutes lastPlannable = toMinutes(QDate(2200, 12, 31), 24 * 60);
        if (t.finish != kNoTime && t.finish > lastPlannable)
            return fail(row.line, header(QStringLiteral("duration")), tr("the duration ends the task after the year 2200."));
        const bool summary = parents.contains(t.id);
        if (!row.explicitConstraint && !summary && t.start != kNoTime && !withPredecessors.contains(int(i))
            && t.scheduling == SchedulingMode::Auto) {
            t.constraint = ConstraintType::Snet;
            t.constraintDate = t.start;
        }
        if (t.start != kNoTime && (p.start == kNoTime || t.start < p.start))
            p.start = t.start;
    }
    if (p.start == kNoTime)
        p.start = toMinutes(QDate::currentDate(), kDefaultStart);

    // Resources and assignments: "Ann; Bob[50%]".
    QHash<QString, Id> resourceByName;
    for (size_t i = 0; i < rows.size(); ++i) {
        QString list = rows[i].resources;
        if (list.isEmpty())
            continue;
        list.replace(u',', u';');
        for (QString item : list.split(u';', Qt::SkipEmptyParts)) {
            item = item.trimmed();
            if (item.isEmpty())
                continue;
            double units = 1.0;
            const qsizetype open = item.indexOf(u'[');
            if (open > 0 && item.endsWith(u']')) {
                QString amount = item.mid(open + 1, item.size() - open - 2).trimmed();
                const bool percent = amount.endsWith(u'%');
                if (percent)
                    amount.chop(1);
                bool ok = false;
                units = amount.toDouble(&ok);
                if (!ok || units < 0 || units > 10000)
                    return fail(rows[i].line, header(QStringLiteral("resources")),
                                tr("“%1” is not a resource with units (expected e.g. Ann[50%]).").arg(item));
                if (percent)
                    units /= 100.0;
                item = item.left(open).trimmed();
            }
            Id rid = resourceByName.value(item.toLower());
            if (rid.isNull()) {
                Resource r;
                r.id = newId();
                r.name = item;
                rid = r.id;
                resourceByName.insert(item.toLower(), rid);
                m_bundle.resources.push_back(r);
            }
            Assignment a;
            a.id = newId();
            a.taskId = m_bundle.tasks[i].id;
            a.resourceId = rid;
            a.units = std::clamp(units, 0.0, 100.0);
            a.work = Minutes(std::llround(double(m_bundle.tasks[i].duration) * a.units));
            m_bundle.assignments.push_back(a);
        }
    }
    return true;
}

} // namespace

std::optional<ProjectBundle> CsvReader::readBundle(const QByteArray &data, const ImportOptions &options,
                                                   ImportError *error, QStringList *warnings)
{
    Reader reader(options);
    if (!reader.run(data)) {
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

ImportResult CsvReader::read(const QByteArray &data, const ImportOptions &options)
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
