#pragma once
// The report document model: what a report says, independent of how it is shown. A ReportDocument
// has a title, a header line (workspace, project, as-of date) and sections; a section holds blocks
// — paragraphs, key figures, tables and charts. Builders (reportbuilder.h) fill it from the
// analytics; ReportLayout paginates and paints it with QPainter (PDF here, print preview and QPrinter
// in the desktop); the XLSX and CSV writers export its tables. It is a plain value: copy it to a
// worker thread, paint it anywhere.

#include "reportchart.h"
#include "reporttable.h"

#include <QDate>
#include <QList>
#include <QString>

#include <variant>

namespace Keel {

/// One headline number: "SPI 0.87", coloured by its tone.
struct KeyFigure
{
    QString label;
    QString value;
    QString note;                 ///< a smaller line under the value
    Tone tone = Tone::Neutral;
};

struct ReportParagraph
{
    QString text;
    Tone tone = Tone::Neutral;
    bool bullet = false;          ///< shown as a list item
};

struct ReportKeyFigures
{
    QList<KeyFigure> figures;
};

using ReportBlock = std::variant<ReportParagraph, ReportKeyFigures, ReportTable, ReportChart>;

struct ReportSection
{
    QString heading;
    QList<ReportBlock> blocks;
};

struct ReportDocument
{
    QString kind;                 ///< "status", "evm", … (ReportKind's name)
    QString title;
    QString subtitle;
    QString workspaceName;
    QString projectName;          ///< empty for portfolio reports
    QDate asOf;                   ///< the date the report speaks of (status date, end of period)
    bool landscape = false;
    QList<ReportSection> sections;

    /// Every table in order of appearance.
    QList<const ReportTable *> tables() const;
    /// The table CSV exports by default: the first marked primary, else the first.
    const ReportTable *primaryTable() const;
    /// The table called @p name (case-insensitive), or nullptr.
    const ReportTable *table(const QString &name) const;
};

} // namespace Keel
