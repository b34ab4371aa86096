#include "csvwriter.h"

#include "csvmapping.h"
#include "csvparser.h"
#include "model/durationtext.h"

#include <QSet>

#include <cmath>

namespace Keel {

namespace {

QString dateText(Minutes m)
{
    if (m == kNoTime)
        return {};
    return toDateTime(m).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString linkType(DependencyType type)
{
    switch (type) {
    case DependencyType::FinishStart: return QStringLiteral("FS");
    case DependencyType::StartStart: return QStringLiteral("SS");
    case DependencyType::FinishFinish: return QStringLiteral("FF");
    case DependencyType::StartFinish: return QStringLiteral("SF");
    }
    return QStringLiteral("FS");
}

QString unitsText(double units)
{
    QString s = QString::number(units * 100.0, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s + u'%';
}

} // namespace

QByteArray CsvWriter::write(const ProjectBundle &b, QChar delimiter)
{
    const DurationUnits units{b.minutesPerDay, b.minutesPerWeek, b.daysPerMonth};
    const QStringList fields = CsvMapping::fieldNames();
    QString out;
    auto writeRow = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << CsvParser::quote(c, delimiter);
        out += quoted.join(delimiter) + QStringLiteral("\r\n");
    };
    QStringList header;
    for (const QString &f : fields)
        header << CsvMapping::defaultHeaders(f).front();
    writeRow(header);

    // Outline order, row numbers as IDs, WBS codes.
    const QHash<Id, QList<int>> children = b.childIndex();
    std::vector<std::tuple<int, QString, int>> rows;  // task index, wbs, level
    std::vector<std::pair<int, QString>> stack;
    const QList<int> roots = children.value(Id());
    for (qsizetype i = roots.size() - 1; i >= 0; --i)
        stack.emplace_back(roots[i], QString::number(i + 1));
    QSet<Id> visited;
    while (!stack.empty()) {
        const auto [index, code] = stack.back();
        stack.pop_back();
        const Task &t = b.tasks[size_t(index)];
        if (visited.contains(t.id))
            continue;
        visited.insert(t.id);
        rows.emplace_back(index, code, int(code.count(u'.')) + 1);
        const QList<int> kids = children.value(t.id);
        for (qsizetype i = kids.size() - 1; i >= 0; --i)
            stack.emplace_back(kids[i], code + u'.' + QString::number(i + 1));
    }
    // IDs: the tasks' source UIDs when they are distinct whole numbers (so that a round trip keeps
    // them), else row numbers.
    QHash<Id, QString> rowOf;
    QSet<QString> seen;
    bool sourceIds = !rows.empty();
    for (const auto &row : rows) {
        const QString uid = b.tasks[size_t(std::get<0>(row))].sourceUid;
        bool ok = false;
        const qint64 v = uid.toLongLong(&ok);
        if (!ok || v < 0 || seen.contains(uid) || QString::number(v) != uid) {
            sourceIds = false;
            break;
        }
        seen.insert(uid);
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        const Task &t = b.tasks[size_t(std::get<0>(rows[r]))];
        rowOf.insert(t.id, sourceIds ? t.sourceUid : QString::number(r + 1));
    }
    QHash<Id, QStringList> predecessors;
    for (const Dependency &d : b.dependencies) {
        if (!rowOf.contains(d.predecessorId))
            continue;
        QString item = rowOf.value(d.predecessorId) + linkType(d.type);
        if (d.lag != 0 || d.lagUnit == LagUnit::Percent) {
            const QString sign = d.lag < 0 ? QString() : QStringLiteral("+");
            if (d.lagUnit == LagUnit::Percent)
                item += sign + QString::number(d.lag) + u'%';
            else
                item += sign + DurationText::format(d.lag, d.lagUnit == LagUnit::Elapsed, units);
        }
        predecessors[d.successorId].append(item);
    }
    QHash<Id, QString> resourceName;
    for (const Resource &r : b.resources)
        resourceName.insert(r.id, r.name);
    QHash<Id, QStringList> assigned;
    for (const Assignment &a : b.assignments) {
        if (!resourceName.contains(a.resourceId))
            continue;
        QString item = resourceName.value(a.resourceId);
        if (std::abs(a.units - 1.0) > 1e-9)
            item += u'[' + unitsText(a.units) + u']';
        assigned[a.taskId].append(item);
    }

    for (size_t r = 0; r < rows.size(); ++r) {
        const auto &[index, wbs, level] = rows[r];
        const Task &t = b.tasks[size_t(index)];
        const bool dated = t.constraint != ConstraintType::Asap && t.constraint != ConstraintType::Alap;
        QStringList cells;
        for (const QString &f : fields) {
            if (f == u"id")
                cells << rowOf.value(t.id);
            else if (f == u"wbs")
                cells << wbs;
            else if (f == u"outline_level")
                cells << QString::number(level);
            else if (f == u"name")
                cells << t.name;
            else if (f == u"duration")
                cells << DurationText::format(t.duration, t.elapsed, units);
            else if (f == u"start")
                cells << dateText(t.start);
            else if (f == u"finish")
                cells << dateText(t.finish);
            else if (f == u"predecessors")
                cells << predecessors.value(t.id).join(u';');
            else if (f == u"percent_complete")
                cells << QString::number(t.percentComplete);
            else if (f == u"milestone")
                cells << (t.milestone ? QStringLiteral("yes") : QStringLiteral("no"));
            else if (f == u"scheduling")
                cells << enumName(t.scheduling);
            else if (f == u"constraint_type")
                cells << enumName(t.constraint);
            else if (f == u"constraint_date")
                cells << (dated ? dateText(t.constraintDate) : QString());
            else if (f == u"deadline")
                cells << dateText(t.deadline);
            else if (f == u"priority")
                cells << QString::number(t.priority);
            else if (f == u"work")
                cells << (t.work <= 0 ? QString()
                                      : t.work % 60 == 0 ? QString::number(t.work / 60) + u'h'
                                                         : QString::number(t.work) + u'm');
            else if (f == u"actual_start")
                cells << dateText(t.actualStart);
            else if (f == u"actual_finish")
                cells << dateText(t.actualFinish);
            else if (f == u"resources")
                cells << assigned.value(t.id).join(u';');
            else if (f == u"category")
                cells << t.category;
            else if (f == u"notes")
                cells << t.notes;
            else
                cells << QString();
        }
        writeRow(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace Keel
