#pragma once
// CsvMapping: which CSV column holds which task field, by header name, plus how to read the file.
// It is a small JSON document, so that mappings can be saved (in a file now, in the workspace
// later) and reused:
//
//     {"name": "Task Name", "duration": "Dur", "start": "Begin", "predecessors": "Preds",
//      "options": {"delimiter": ";", "date_format": "dd.MM.yyyy", "encoding": "GB18030"}}
//
// Field keys are listed by fieldNames(); a field that is not mapped is recognised by its usual
// header names ("Task Name", "Name", "任务名称" …) when the mapping leaves it out.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Keel {

struct CsvMapping
{
    QString name;                    ///< a label for saved mappings
    QMap<QString, QString> columns;  ///< field key → header name
    QChar delimiter;                 ///< null: detect (comma, semicolon or tab)
    QString dateFormat;              ///< Qt date format ("dd.MM.yyyy"); empty: detect
    QString encoding;                ///< "UTF-8", "GB18030"…; empty: detect

    bool isEmpty() const { return columns.isEmpty() && delimiter.isNull() && dateFormat.isEmpty() && encoding.isEmpty(); }

    /// The field keys a mapping may use, in the column order the exporter writes.
    static QStringList fieldNames();
    /// The header names recognised for @p field when the mapping does not name one.
    static QStringList defaultHeaders(const QString &field);

    static std::optional<CsvMapping> fromJson(const QByteArray &json, QString *error);
    /// Reads a mapping file; *error names the file and the problem.
    static std::optional<CsvMapping> load(const QString &path, QString *error);
    QByteArray toJson() const;
};

} // namespace Keel
