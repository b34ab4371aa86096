#include "csvparser.h"

#include <QCoreApplication>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::CsvParser", text);
}

} // namespace

QChar CsvParser::detectDelimiter(const QString &text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r')
                break;
            if (c == u',')
                ++comma;
            else if (c == u';')
                ++semicolon;
            else if (c == u'\t')
                ++tab;
        }
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

std::optional<QList<CsvRecord>> CsvParser::parse(const QString &text, QChar delimiter, QString *error, qint64 *errorLine)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    qint64 line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool afterQuote = false;   // a quoted field just closed
    bool fieldStarted = false; // anything seen in this record
    qint64 quoteLine = 0;
    const qsizetype n = text.size();

    auto endRecord = [&]() {
        record.fields.append(field);
        field.clear();
        bool blank = record.fields.size() == 1 && record.fields.front().isEmpty() && !fieldStarted;
        if (!blank)
            records.append(record);
        record = CsvRecord();
        fieldStarted = false;
        afterQuote = false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text[i + 1] == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            record.fields.append(field);
            field.clear();
            fieldStarted = true;
            afterQuote = false;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        if (afterQuote) {
            if (c == u' ' || c == u'\t')
                continue;
            *error = tr("text after the closing quote of a field");
            *errorLine = line;
            return std::nullopt;
        }
        if (c == u'"') {
            if (field.trimmed().isEmpty()) {
                field.clear();
                inQuotes = true;
                quoteLine = line;
                fieldStarted = true;
                continue;
            }
            *error = tr("a quote inside a field that does not start with a quote");
            *errorLine = line;
            return std::nullopt;
        }
        field += c;
        fieldStarted = true;
    }
    if (inQuotes) {
        *error = tr("a quoted field that starts here is never closed");
        *errorLine = quoteLine;
        return std::nullopt;
    }
    if (fieldStarted || !field.isEmpty())
        endRecord();
    return records;
}

QString CsvParser::quote(const QString &field, QChar delimiter)
{
    const bool needs = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\n')
                       || field.contains(u'\r') || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needs)
        return field;
    QString q = field;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

} // namespace Keel
