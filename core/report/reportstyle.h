#pragma once
// The house style of Keel's reports: fonts (a family list that covers Latin and Chinese text —
// Noto Sans, then Noto Sans CJK SC and the platforms' CJK faces), colours and the tones' colours.
// Sizes are in points.

#include "reporttable.h"

#include <QColor>
#include <QFont>
#include <QStringList>

namespace Keel::ReportStyle {

/// The font families tried in order; the first present is used, the rest fill missing glyphs.
QStringList fontFamilies();
/// A report font of @p points size; sized in pixels of the layout's 1/10-point units (see
/// ReportLayout), unhinted so that measures do not depend on the device.
QFont font(double points, bool bold = false);

QColor ink();         ///< body text
QColor muted();       ///< secondary text, axis labels
QColor accent();      ///< headings, rules
QColor rule();        ///< table rules, grid lines
QColor headerFill();  ///< table header background
QColor zebra();       ///< alternate table rows
QColor toneColor(Tone tone);      ///< text colour of a tone
QColor toneFill(Tone tone);       ///< light background of a tone
/// Colours of chart series, distinct and printable.
QColor series(int index);

} // namespace Keel::ReportStyle
