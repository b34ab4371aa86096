#pragma once
// Colours derived from the current palette, so that Keel follows light and dark system themes.

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;

namespace Keel::PaletteColors {

/// Secondary text (summaries, hints): between the text and the background, still readable.
QColor quietText(const QPalette &palette);
/// The side bar's background: a shade apart from the window.
QColor sideBar(const QPalette &palette);
/// Sets `role`'s colour of `widget`'s palette to quietText().
void makeQuiet(class QWidget *widget, QPalette::ColorRole role = QPalette::WindowText);
/// Makes @p label the hidden, word-wrapped line in red that shows why a dialog's input is refused.
void makeErrorLine(QLabel *label);
/// Shows @p error in such a line; false (and the line stays as it is) when @p error is empty.
bool showError(QLabel *label, const QString &error);

} // namespace Keel::PaletteColors
