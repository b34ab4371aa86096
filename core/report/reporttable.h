#pragma once
// A table of a report: typed columns and cells that carry both the text shown and the raw value
// exported (a number in major currency units, a ratio, a date), so XLSX cells stay numbers.

#include <QList>
#include <QString>
#include <QVariant>

namespace Keel {

/// How a value is to be read: colours the PDF and picks the XLSX cell style.
enum class Tone { Neutral, Good, Warning, Bad, Muted };

enum class ColumnKind {
    Text,
    Number,   ///< plain number, decimals as shown
    Money,    ///< value in major units of the currency
    Percent,  ///< value a ratio (0.125 = 12.5 %)
    Ratio,    ///< an index like SPI, two decimals
    Date,     ///< value a QDate
    Hours,
    Days,
    Status,   ///< short text with a coloured marker (RAG)
};

struct ReportColumn
{
    QString header;
    ColumnKind kind = ColumnKind::Text;
    bool wrap = false;         ///< long text: wraps in the PDF instead of widening the column
    double maxWidth = 0;       ///< points; 0: no limit
};

struct ReportCell
{
    QString text;              ///< as shown
    QVariant value;            ///< exported value; invalid: the text
    Tone tone = Tone::Neutral;
    bool bold = false;
    int indent = 0;            ///< outline level (WBS)

    ReportCell() = default;
    ReportCell(const QString &t) : text(t) {} // NOLINT: a cell is often just text
    ReportCell(const QString &t, const QVariant &v, Tone tn = Tone::Neutral) : text(t), value(v), tone(tn) {}
};

struct ReportTable
{
    QString name;              ///< the XLSX sheet and the CSV selector ("Milestones")
    QString caption;           ///< shown above the table; empty: none
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows;
    QList<ReportCell> totals;  ///< an optional totals row
    QString emptyText;         ///< shown when there are no rows
    bool primary = false;      ///< the table CSV exports by default

    void addColumn(const QString &header, ColumnKind kind = ColumnKind::Text, bool wrap = false)
    {
        columns.append({header, kind, wrap, 0});
    }
};

} // namespace Keel
