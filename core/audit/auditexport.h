#pragma once
// AuditExport writes audit-trail rows to a CSV file (UTF-8 with a byte-order mark so spreadsheets
// read Chinese text, RFC 4180 quoting). The file is written under a temporary name and renamed
// into place only when complete: a failed export leaves no half-written file and keeps an
// existing one as it was.

#include "auditformatter.h"

#include <QList>
#include <QString>

namespace Keel {

class AuditExport
{
public:
    /// The translated column titles, in file order.
    static QStringList headers();
    /// The CSV text of @p rows.
    static QByteArray csv(const QList<AuditRow> &rows);
    /// Writes @p rows to @p path; false with *error naming the file and the reason.
    static bool writeCsv(const QString &path, const QList<AuditRow> &rows, QString *error);
};

} // namespace Keel
