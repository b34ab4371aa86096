#pragma once
// CsvParser: RFC 4180 records from text. Fields are separated by one delimiter character; a field
// in double quotes may hold delimiters, line breaks and doubled quotes (""). Records end at CRLF,
// LF or CR. Each record remembers the line it starts on, so errors can name it. A quote that is
// never closed, or text after a closing quote, is an error with its line.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Keel {

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;   ///< 1-based line where the record starts
};

class CsvParser
{
public:
    /// The delimiter most common on the first line outside quotes: comma, semicolon or tab.
    static QChar detectDelimiter(const QString &text);
    /// Parses @p text; blank lines are skipped. nullopt with *error, *errorLine when malformed.
    static std::optional<QList<CsvRecord>> parse(const QString &text, QChar delimiter, QString *error,
                                                  qint64 *errorLine);
    /// One field quoted when it needs to be (delimiter, quote, line break, or edge spaces).
    static QString quote(const QString &field, QChar delimiter);
};

} // namespace Keel
