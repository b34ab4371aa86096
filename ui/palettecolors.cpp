#include "palettecolors.h"

#include <QLabel>
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

void makeErrorLine(QLabel *label)
{
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(p);
    label->hide();
}

bool showError(QLabel *label, const QString &error)
{
    if (error.isEmpty())
        return false;
    label->setText(error);
    label->show();
    return true;
}

} // namespace Keel::PaletteColors
