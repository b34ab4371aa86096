#include "reportexport.h"

#include "reportlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cmath>
#include <set>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Report", text);
}

QString csvField(const ReportCell &cell)
{
    QString s;
    const QVariant &v = cell.value;
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.toDouble();
        s = std::isfinite(d) ? QString::number(d, 'g', 15) : QString();
        break;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        s = v.toString();
        break;
    case QMetaType::QDate:
        s = v.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::QString:
        s = cell.text.isEmpty() ? v.toString() : cell.text;
        break;
    default:
        s = cell.text;
        break;
    }
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        s = u'"' + s + u'"';
    }
    return s;
}

QString headerField(const QString &header)
{
    ReportCell c(header);
    return csvField(c);
}

bool commitSave(QSaveFile &file, const QString &path, QString *error)
{
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool reportFormatOfPath(const QString &path, ReportFormat *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        *format = ReportFormat::Pdf;
    else if (suffix == u"xlsx")
        *format = ReportFormat::Xlsx;
    else if (suffix == u"csv")
        *format = ReportFormat::Csv;
    else
        return false;
    return true;
}

QByteArray tableToCsv(const ReportTable &table)
{
    QString out;
    QStringList header;
    for (const ReportColumn &c : table.columns)
        header << headerField(c.header);
    out += header.join(u',') + QStringLiteral("\r\n");
    auto record = [&](const QList<ReportCell> &row) {
        QStringList fields;
        for (int c = 0; c < table.columns.size(); ++c)
            fields << (c < row.size() ? csvField(row[c]) : QString());
        out += fields.join(u',') + QStringLiteral("\r\n");
    };
    for (const auto &row : table.rows)
        record(row);
    if (!table.totals.isEmpty())
        record(table.totals);
    return out.toUtf8();
}

bool writeReportCsv(const ReportDocument &doc, const QString &path, QString *error, const QString &tableName)
{
    const ReportTable *table = tableName.isEmpty() ? doc.primaryTable() : doc.table(tableName);
    if (!table) {
        if (error) {
            QStringList names;
            for (const ReportTable *t : doc.tables())
                names << t->name;
            *error = tableName.isEmpty() ? tr("The report has no table to write as CSV.")
                                         : tr("The report has no table “%1”; it has: %2.").arg(tableName, names.join(QStringLiteral(", ")));
        }
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(tableToCsv(*table));
    return commitSave(file, path, error);
}

bool writeReportPdf(const ReportDocument &doc, const QString &path, QString *error, const QLocale &locale)
{
    const ReportLayout layout(doc, locale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setPageLayout(layout.pageLayout());
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("Keel"));
        painted = layout.print(writer);
    }
    if (!painted || file.error() != QFileDevice::NoError) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write %1: painting the PDF failed.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return commitSave(file, path, error);
}

namespace {

/// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook.
QString sheetName(const QString &wanted, std::set<QString> &used)
{
    QString base = wanted;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        base.replace(c, u' ');
    base = base.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    base = base.left(31);
    QString name = base;
    for (int i = 2; used.count(name.toLower()); ++i) {
        const QString suffix = QStringLiteral(" (%1)").arg(i);
        name = base.left(31 - int(suffix.size())) + suffix;
    }
    used.insert(name.toLower());
    return name;
}

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *headerRight = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrap = nullptr;
    lxw_format *money = nullptr;
    lxw_format *number = nullptr;
    lxw_format *decimal1 = nullptr;
    lxw_format *ratio = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *date = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *muted = nullptr;
};

lxw_format *numberFormatFor(const Formats &f, ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Money:
        return f.money;
    case ColumnKind::Percent:
        return f.percent;
    case ColumnKind::Ratio:
        return f.ratio;
    case ColumnKind::Hours:
    case ColumnKind::Days:
        return f.decimal1;
    case ColumnKind::Number:
        return f.number;
    case ColumnKind::Date:
        return f.date;
    default:
        return f.text;
    }
}

void writeCell(lxw_worksheet *ws, int row, int col, const ReportCell &cell, ColumnKind kind, const Formats &f,
               bool bold)
{
    const QVariant &v = cell.value;
    lxw_format *fmt = numberFormatFor(f, kind);
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: {
        const double d = v.toDouble();
        if (std::isfinite(d)) {
            worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), d, fmt);
            return;
        }
        break;
    }
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
        worksheet_write_datetime(ws, lxw_row_t(row), lxw_col_t(col), &dt, f.date);
        return;
    }
    default:
        break;
    }
    if (cell.text.isEmpty() || cell.text == QStringLiteral("–"))
        return;
    const QByteArray utf8 = cell.text.toUtf8();
    worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), bold ? f.bold : f.text);
}

} // namespace

bool writeReportXlsx(const ReportDocument &doc, const QString &path, QString *error)
{
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
    if (!temp.open()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), temp.errorString());
        return false;
    }
    const QString tempPath = temp.fileName();
    temp.close();

    const QByteArray tempName = QFile::encodeName(tempPath);
    lxw_workbook *wb = workbook_new(tempName.constData());
    if (!wb) {
        if (error)
            *error = tr("Cannot write %1: the workbook could not be created.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xE6EDF5);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.headerRight = f.header;
    f.text = workbook_add_format(wb);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, "#,##0");
    f.number = workbook_add_format(wb);
    format_set_num_format(f.number, "#,##0");
    f.decimal1 = workbook_add_format(wb);
    format_set_num_format(f.decimal1, "#,##0.0");
    f.ratio = workbook_add_format(wb);
    format_set_num_format(f.ratio, "0.00");
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.bold = workbook_add_format(wb);
    format_set_bold(f.bold);
    f.muted = workbook_add_format(wb);
    format_set_font_color(f.muted, 0x6B7785);

    QByteArray title = doc.title.toUtf8();
    QByteArray company = doc.workspaceName.toUtf8();
    QByteArray author = QByteArrayLiteral("Keel");
    lxw_doc_properties props{};
    props.title = title.data();
    props.company = company.data();
    props.author = author.data();
    workbook_set_properties(wb, &props);

    std::set<QString> used;
    std::vector<QByteArray> keep; // strings libxlsxwriter reads at close time
    // Summary: title, header facts and the key figures.
    {
        keep.push_back(sheetName(tr("Summary"), used).toUtf8());
        lxw_worksheet *ws = workbook_add_worksheet(wb, keep.back().constData());
        int row = 0;
        auto put = [&](int col, const QString &text, lxw_format *fmt) {
            const QByteArray b = text.toUtf8();
            worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), b.constData(), fmt);
        };
        put(0, doc.title, f.title);
        ++row;
        if (!doc.subtitle.isEmpty()) {
            put(0, doc.subtitle, f.muted);
            ++row;
        }
        ++row;
        put(0, tr("Workspace"), f.bold);
        put(1, doc.workspaceName, f.text);
        ++row;
        if (!doc.projectName.isEmpty()) {
            put(0, tr("Project"), f.bold);
            put(1, doc.projectName, f.text);
            ++row;
        }
        put(0, tr("As of"), f.bold);
        if (doc.asOf.isValid()) {
            lxw_datetime dt{doc.asOf.year(), doc.asOf.month(), doc.asOf.day(), 0, 0, 0.0};
            worksheet_write_datetime(ws, lxw_row_t(row), 1, &dt, f.date);
        }
        ++row;
        for (const ReportSection &s : doc.sections) {
            for (const ReportBlock &b : s.blocks) {
                const auto *k = std::get_if<ReportKeyFigures>(&b);
                if (!k)
                    continue;
                ++row;
                put(0, s.heading, f.header);
                put(1, tr("Value"), f.header);
                put(2, tr("Note"), f.header);
                ++row;
                for (const KeyFigure &fig : k->figures) {
                    put(0, fig.label, f.text);
                    put(1, fig.value, fig.tone == Tone::Neutral ? f.text : f.bold);
                    put(2, fig.note, f.muted);
                    ++row;
                }
            }
        }
        worksheet_set_column(ws, 0, 0, 30, nullptr);
        worksheet_set_column(ws, 1, 1, 24, nullptr);
        worksheet_set_column(ws, 2, 2, 40, nullptr);
    }
    for (const ReportTable *t : doc.tables()) {
        keep.push_back(sheetName(t->name, used).toUtf8());
        lxw_worksheet *ws = workbook_add_worksheet(wb, keep.back().constData());
        const int cols = int(t->columns.size());
        std::vector<double> widths(size_t(cols), 8.0);
        for (int c = 0; c < cols; ++c) {
            const QByteArray h = t->columns[c].header.toUtf8();
            worksheet_write_string(ws, 0, lxw_col_t(c), h.constData(), f.header);
            widths[size_t(c)] = std::max(widths[size_t(c)], double(t->columns[c].header.size()) + 2);
        }
        int row = 1;
        auto writeRow = [&](const QList<ReportCell> &cells, bool bold) {
            for (int c = 0; c < cols && c < cells.size(); ++c) {
                writeCell(ws, row, c, cells[c], t->columns[c].kind, f, bold);
                double w = 0;
                for (const QChar ch : cells[c].text)
                    w += ch.unicode() >= 0x2e80 ? 2.0 : 1.0;
                widths[size_t(c)] = std::max(widths[size_t(c)], std::min(w + 2, t->columns[c].wrap ? 60.0 : 40.0));
            }
            ++row;
        };
        for (const auto &cells : t->rows)
            writeRow(cells, false);
        if (!t->totals.isEmpty())
            writeRow(t->totals, true);
        for (int c = 0; c < cols; ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[size_t(c)], t->columns[c].wrap ? f.wrap : nullptr);
        worksheet_freeze_panes(ws, 1, 0);
        if (!t->rows.isEmpty() && cols > 0)
            worksheet_autofilter(ws, 0, 0, lxw_row_t(t->rows.size()), lxw_col_t(cols - 1));
    }
    const lxw_error result = workbook_close(wb);
    if (result != LXW_NO_ERROR) {
        QFile::remove(tempPath);
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    // Copy the finished workbook into place atomically.
    QFile done(tempPath);
    if (!done.open(QIODevice::ReadOnly)) {
        QFile::remove(tempPath);
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), done.errorString());
        return false;
    }
    const QByteArray bytes = done.readAll();
    done.close();
    QFile::remove(tempPath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(bytes);
    return commitSave(file, path, error);
}

bool writeReport(const ReportDocument &doc, const QString &path, QString *error, const QString &csvTable,
                 const QLocale &locale)
{
    ReportFormat format;
    if (!reportFormatOfPath(path, &format)) {
        if (error)
            *error = tr("Unknown report format of %1: use .pdf, .xlsx or .csv.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    switch (format) {
    case ReportFormat::Pdf:
        return writeReportPdf(doc, path, error, locale);
    case ReportFormat::Xlsx:
        return writeReportXlsx(doc, path, error);
    case ReportFormat::Csv:
        return writeReportCsv(doc, path, error, csvTable);
    }
    return false;
}

} // namespace Keel
