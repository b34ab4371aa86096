#include "csvmapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::CsvMapping", text);
}

struct FieldHeaders
{
    const char16_t *field;
    std::initializer_list<const char16_t *> headers;
};

// The first header of each field is the one the exporter writes.
const FieldHeaders kFields[] = {
    {u"id", {u"ID", u"#", u"Task ID", u"Row", u"标识号"}},
    {u"wbs", {u"WBS", u"Outline Number", u"WBS Code", u"大纲数字"}},
    {u"outline_level", {u"Outline Level", u"Level", u"Indent", u"大纲级别"}},
    {u"name", {u"Name", u"Task Name", u"Task", u"Title", u"Summary", u"Activity", u"任务名称", u"名称", u"任务"}},
    {u"duration", {u"Duration", u"Dur", u"工期"}},
    {u"start", {u"Start", u"Start Date", u"Begin", u"Begin Date", u"开始时间", u"开始日期", u"开始"}},
    {u"finish", {u"Finish", u"Finish Date", u"End", u"End Date", u"Due", u"Due Date", u"完成时间", u"完成日期", u"结束日期", u"完成"}},
    {u"predecessors", {u"Predecessors", u"Predecessor", u"Depends On", u"Dependencies", u"前置任务"}},
    {u"percent_complete", {u"% Complete", u"Percent Complete", u"Complete", u"Progress", u"完成百分比"}},
    {u"milestone", {u"Milestone", u"里程碑"}},
    {u"scheduling", {u"Task Mode", u"Scheduling", u"Mode", u"任务模式"}},
    {u"constraint_type", {u"Constraint Type", u"限制类型"}},
    {u"constraint_date", {u"Constraint Date", u"限制日期"}},
    {u"deadline", {u"Deadline", u"期限"}},
    {u"priority", {u"Priority", u"优先级"}},
    {u"work", {u"Work", u"工时"}},
    {u"actual_start", {u"Actual Start", u"实际开始时间"}},
    {u"actual_finish", {u"Actual Finish", u"实际完成时间"}},
    {u"resources", {u"Resource Names", u"Resources", u"Assigned To", u"Assignee", u"资源名称"}},
    {u"category", {u"Category", u"类别"}},
    {u"notes", {u"Notes", u"Description", u"Comments", u"备注"}},
};

} // namespace

QStringList CsvMapping::fieldNames()
{
    QStringList list;
    for (const FieldHeaders &f : kFields)
        list << QString::fromUtf16(f.field);
    return list;
}

QStringList CsvMapping::defaultHeaders(const QString &field)
{
    for (const FieldHeaders &f : kFields) {
        if (field == QStringView(f.field)) {
            QStringList list;
            for (const char16_t *h : f.headers)
                list << QString::fromUtf16(h);
            return list;
        }
    }
    return {};
}

std::optional<CsvMapping> CsvMapping::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("a mapping is a JSON object such as {\"name\": \"Task Name\"}");
        return std::nullopt;
    }
    const QStringList known = fieldNames();
    CsvMapping m;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key == u"options") {
            if (!it->isObject()) {
                *error = tr("\"options\" must be an object");
                return std::nullopt;
            }
            const QJsonObject opts = it->toObject();
            for (auto o2 = opts.begin(); o2 != opts.end(); ++o2) {
                if (!o2->isString()) {
                    *error = tr("option \"%1\" must be a string").arg(o2.key());
                    return std::nullopt;
                }
                const QString v = o2->toString();
                if (o2.key() == u"delimiter") {
                    const QString d = v == u"\\t" || v.compare(u"tab", Qt::CaseInsensitive) == 0 ? QStringLiteral("\t") : v;
                    if (d.size() != 1 || d == u"\"" || d == u"\n" || d == u"\r") {
                        *error = tr("the delimiter must be one character other than a quote or a line break");
                        return std::nullopt;
                    }
                    m.delimiter = d.front();
                } else if (o2.key() == u"date_format") {
                    m.dateFormat = v;
                } else if (o2.key() == u"encoding") {
                    m.encoding = v;
                } else {
                    *error = tr("unknown option \"%1\" (expected delimiter, date_format or encoding)").arg(o2.key());
                    return std::nullopt;
                }
            }
            continue;
        }
        if (key == u"mapping_name") {
            m.name = it->toString();
            continue;
        }
        if (!known.contains(key)) {
            *error = tr("unknown field \"%1\"; the fields are: %2").arg(key, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!it->isString() || it->toString().trimmed().isEmpty()) {
            *error = tr("field \"%1\" must name a column header").arg(key);
            return std::nullopt;
        }
        m.columns.insert(key, it->toString().trimmed());
    }
    return m;
}

std::optional<CsvMapping> CsvMapping::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<CsvMapping> m = fromJson(file.readAll(), &why);
    if (!m)
        *error = tr("%1: %2").arg(path, why);
    return m;
}

QByteArray CsvMapping::toJson() const
{
    QJsonObject o;
    if (!name.isEmpty())
        o.insert(QStringLiteral("mapping_name"), name);
    for (auto it = columns.begin(); it != columns.end(); ++it)
        o.insert(it.key(), it.value());
    QJsonObject opts;
    if (!delimiter.isNull())
        opts.insert(QStringLiteral("delimiter"), QString(delimiter));
    if (!dateFormat.isEmpty())
        opts.insert(QStringLiteral("date_format"), dateFormat);
    if (!encoding.isEmpty())
        opts.insert(QStringLiteral("encoding"), encoding);
    if (!opts.isEmpty())
        o.insert(QStringLiteral("options"), opts);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace Keel
