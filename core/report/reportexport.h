#pragma once
// Writing a report to a file: PDF (the painted pages), XLSX (one sheet per table, plus a summary
// sheet of the key figures) or CSV (one table, RFC 4180). Every writer writes to a temporary file
// beside the target and renames it into place only when complete, so a failure never leaves a
// half-written file and an existing file stays untouched.

#include "reportdocument.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace Keel {

enum class ReportFormat { Pdf, Xlsx, Csv };

/// The format of a file name's extension (.pdf, .xlsx, .csv), or false.
bool reportFormatOfPath(const QString &path, ReportFormat *format);

bool writeReportPdf(const ReportDocument &doc, const QString &path, QString *error, const QLocale &locale = QLocale());
bool writeReportXlsx(const ReportDocument &doc, const QString &path, QString *error);
/// @p tableName: the table to write; empty: the document's primary table.
bool writeReportCsv(const ReportDocument &doc, const QString &path, QString *error, const QString &tableName = {});
/// Writes by the path's extension.
bool writeReport(const ReportDocument &doc, const QString &path, QString *error, const QString &csvTable = {},
                 const QLocale &locale = QLocale());

/// A table as RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they hold a comma,
/// quote, CR or LF, quotes doubled; a header record first; UTF-8 without a byte order mark.
/// Numbers are written plainly (dot decimal, no grouping), dates as ISO 8601.
QByteArray tableToCsv(const ReportTable &table);

} // namespace Keel
