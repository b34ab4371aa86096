#pragma once
// Writing a Gantt chart to a file: a vector PDF of the printed pages (GanttPrintLayout), or one PNG
// image of the whole chart (every row on one tall page). Files are written to a temporary file
// and renamed into place when complete, so a failure leaves no half-written file.

#include "ganttprintlayout.h"

#include <QString>

namespace Keel {

bool writeGanttPdf(const GanttData &data, const GanttPrintOptions &options, const QString &path, QString *error,
                   const QLocale &locale = QLocale());
/// At @p dpi, lowered when the image would be too large; fails when even 72 dpi is too large.
bool writeGanttPng(const GanttData &data, GanttPrintOptions options, const QString &path, QString *error,
                   const QLocale &locale = QLocale(), double dpi = 150);

} // namespace Keel
