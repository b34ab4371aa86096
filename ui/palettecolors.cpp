#include "palettecolors.h"

#include <QWidget>

namespace Keel::PaletteColors {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QColor quietText(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.45);
}

QColor sideBar(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return window.lightness() > 128 ? window.darker(104) : window.lighter(118);
}

void makeQuiet(QWidget *widget, QPalette::ColorRole role)
{
    QPalette p = widget->palette();
    p.setColor(role, quietText(p));
    widget->setPalette(p);
}

} // namespace Keel::PaletteColors
