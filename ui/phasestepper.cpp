#include "phasestepper.h"

#include "enumtext.h"
#include "palettecolors.h"

#include <QPainter>
#include <QPainterPath>

namespace Keel {

namespace {
constexpr int kSteps = 6;
constexpr int kDot = 28;
} // namespace

PhaseStepper::PhaseStepper(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("phaseStepper"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Project phase"));
}

void PhaseStepper::setPhase(Phase phase)
{
    m_phase = phase;
    setAccessibleDescription(EnumText::phase(phase));
    update();
}

QSize PhaseStepper::sizeHint() const
{
    return {720, kDot + fontMetrics().height() + 20};
}

QSize PhaseStepper::minimumSizeHint() const
{
    return {420, sizeHint().height()};
}

void PhaseStepper::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor done(0x2e, 0x7d, 0x32);
    const QColor quiet = PaletteColors::quietText(pal);
    const int current = int(m_phase);
    const qreal step = qreal(width()) / kSteps;
    const int cy = 4 + kDot / 2;

    for (int i = 0; i + 1 < kSteps; ++i) {
        const qreal x1 = step * (i + 0.5) + kDot / 2.0 + 4;
        const qreal x2 = step * (i + 1.5) - kDot / 2.0 - 4;
        p.setPen(QPen(i < current ? done : quiet.lighter(130), 2));
        p.drawLine(QPointF(x1, cy), QPointF(x2, cy));
    }
    for (int i = 0; i < kSteps; ++i) {
        const QPointF c(step * (i + 0.5), cy);
        const QRectF dot(c.x() - kDot / 2.0, c.y() - kDot / 2.0, kDot, kDot);
        const bool passed = i < current || m_phase == Phase::Closed;
        const bool isCurrent = i == current;
        if (isCurrent && m_phase != Phase::Closed) {
            p.setPen(Qt::NoPen);
            p.setBrush(accent);
            p.drawEllipse(dot);
            p.setPen(pal.color(QPalette::HighlightedText));
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            p.drawText(dot, Qt::AlignCenter, QString::number(i + 1));
        } else if (passed) {
            p.setPen(Qt::NoPen);
            p.setBrush(done);
            p.drawEllipse(dot);
            QPainterPath tick;
            tick.moveTo(c.x() - 6, c.y() + 0.5);
            tick.lineTo(c.x() - 1.5, c.y() + 5);
            tick.lineTo(c.x() + 6.5, c.y() - 5);
            p.setPen(QPen(Qt::white, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
        } else {
            p.setPen(QPen(quiet, 1.5));
            p.setBrush(pal.color(QPalette::Base));
            p.drawEllipse(dot.adjusted(1, 1, -1, -1));
            p.setPen(quiet);
            p.setFont(font());
            p.drawText(dot, Qt::AlignCenter, QString::number(i + 1));
        }
        QFont label = font();
        label.setBold(isCurrent);
        p.setFont(label);
        p.setPen(isCurrent ? pal.color(QPalette::WindowText) : quiet);
        const QRectF text(step * i, dot.bottom() + 4, step, fontMetrics().height() + 4);
        p.drawText(text, Qt::AlignHCenter | Qt::AlignTop, EnumText::phase(Phase(i)));
    }
}

} // namespace Keel
