#include "auditexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::AuditExport", text);
}

QByteArray cell(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        utf8 = '"' + utf8 + '"';
    }
    return utf8;
}

void appendLine(QByteArray &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out += ',';
        out += cell(cells[i]);
    }
    out += "\r\n";
}

} // namespace

QStringList AuditExport::headers()
{
    return {tr("When"), tr("Who"), tr("Record type"), tr("Record"), tr("Field"), tr("Old value"), tr("New value"),
            tr("Action")};
}

QByteArray AuditExport::csv(const QList<AuditRow> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    appendLine(out, headers());
    for (const AuditRow &r : rows)
        appendLine(out, {r.when, r.who, r.recordType, r.record, r.field, r.oldValue, r.newValue, r.description});
    return out;
}

bool AuditExport::writeCsv(const QString &path, const QList<AuditRow> &rows, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(shown, file.errorString());
        return false;
    }
    const QByteArray data = csv(rows);
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Keel
