#include "loadhistogram.h"

#include "loadheatmapmodel.h"
#include "loadheatmapview.h"
#include "palettecolors.h"

#include <model/workspace.h>

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

/// A round step for the hour axis giving about `ticks` lines up to `top`.
double niceStep(double top, int ticks)
{
    const double raw = std::max(top / ticks, 1.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

LoadHistogram::LoadHistogram(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Load of the selected person"));
}

void LoadHistogram::setModel(LoadHeatmapModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
    update();
}

void LoadHistogram::setResource(const Id &resourceId)
{
    m_resource = resourceId;
    update();
}

QSize LoadHistogram::sizeHint() const
{
    return {420, 220};
}

QSize LoadHistogram::minimumSizeHint() const
{
    return {240, 160};
}

int LoadHistogram::periodAt(int x) const
{
    if (m_columns <= 0 || !m_plot.contains(x, m_plot.center().y()))
        return -1;
    return std::clamp(int(double(x - m_plot.left()) * m_columns / m_plot.width()), 0, m_columns - 1);
}

void LoadHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor quiet = PaletteColors::quietText(pal);
    const QRect area = rect().adjusted(12, 10, -12, -8);
    m_columns = 0;

    const int row = m_model ? m_model->rowOf(m_resource) : -1;
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(pal.color(QPalette::Text));
    const QFontMetrics tm(titleFont);
    QString title = tr("Load");
    if (row >= 0)
        title = m_model->headerData(row, Qt::Vertical).toString();
    p.drawText(QRect(area.left(), area.top(), area.width(), tm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);

    if (!m_model || row < 0 || m_model->columnCount() == 0) {
        p.setFont(font());
        p.setPen(quiet);
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("Select a person in the heat map to see their load."));
        return;
    }

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics sm(small);
    const int columns = m_model->columnCount();
    m_columns = columns;

    double top = 1.0;
    Minutes totalAssigned = 0, totalAvailable = 0;
    for (int c = 0; c < columns; ++c) {
        const LoadCell *cell = m_model->cell(row, c);
        top = std::max({top, double(cell->assigned) / 60.0, double(cell->available) / 60.0});
        totalAssigned += cell->assigned;
        totalAvailable += cell->available;
    }
    const double step = niceStep(top * 1.1, 4);
    top = std::ceil(top * 1.1 / step) * step;

    // Summary under the title.
    p.setPen(quiet);
    const QString summary = totalAvailable > 0
        ? tr("%1 h of %2 h over the span (%3%)")
              .arg(QLocale().toString(totalAssigned / 60), QLocale().toString(totalAvailable / 60),
                   QLocale().toString(qRound(100.0 * double(totalAssigned) / double(totalAvailable))))
        : tr("%1 h over the span").arg(QLocale().toString(totalAssigned / 60));
    p.drawText(QRect(area.left(), area.top() + tm.height() + 2, area.width(), sm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, summary);

    const int axisWidth = sm.horizontalAdvance(QLocale().toString(int(top)) + QStringLiteral(" h")) + 8;
    const int legendY = area.top() + tm.height() + sm.height() + 6;
    m_plot = QRect(area.left() + axisWidth, legendY + sm.height() + 12, area.width() - axisWidth,
                   area.bottom() - sm.lineSpacing() - 10 - (legendY + sm.height() + 12));
    if (m_plot.height() < 30 || m_plot.width() < 30)
        return;
    auto yOf = [&](double h) { return m_plot.bottom() - h / top * m_plot.height(); };

    // Grid and hour axis.
    for (double h = 0; h <= top + 0.001; h += step) {
        const qreal y = yOf(h);
        p.setPen(QPen(pal.color(QPalette::Midlight), 1));
        p.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
        p.setPen(quiet);
        p.drawText(QRectF(area.left(), y - sm.height() / 2.0, axisWidth - 6, sm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(h) + QStringLiteral(" h"));
    }

    const double slot = double(m_plot.width()) / columns;
    const double barWidth = std::max(2.0, slot * 0.68);
    const QColor barColor = LoadHeatmapView::loadColor(0.85, false, pal);
    const QColor overColor = LoadHeatmapView::loadColor(1.2, true, pal);
    QPainterPath capacity;
    const int labelEvery = std::max(1, int(std::ceil((sm.horizontalAdvance(QStringLiteral("30 Sep")) + 8) / slot)));
    for (int c = 0; c < columns; ++c) {
        const LoadCell *cell = m_model->cell(row, c);
        const double x = m_plot.left() + c * slot;
        const double assigned = double(cell->assigned) / 60.0;
        const double available = double(cell->available) / 60.0;
        const double left = x + (slot - barWidth) / 2;
        const double within = std::min(assigned, available);
        if (within > 0)
            p.fillRect(QRectF(left, yOf(within), barWidth, yOf(0) - yOf(within)), barColor);
        if (assigned > available)
            p.fillRect(QRectF(left, yOf(assigned), barWidth, yOf(available) - yOf(assigned)), overColor);
        const qreal cy = yOf(available);
        if (c == 0)
            capacity.moveTo(x, cy);
        else
            capacity.lineTo(x, cy);
        capacity.lineTo(x + slot, cy);
        if (c % labelEvery == 0) {
            p.setPen(quiet);
            p.drawText(QRectF(x - slot, m_plot.bottom() + 3, slot * 3, sm.height()), Qt::AlignHCenter | Qt::AlignTop,
                       m_model->periodLabel(c));
        }
    }
    p.setPen(QPen(pal.color(QPalette::Text), 1.6, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawPath(capacity);

    // Legend, under the summary.
    const QString loadText = tr("Assigned");
    const QString capacityText = tr("Capacity");
    const QString overText = tr("Over-allocated");
    const int ly = legendY + sm.height() / 2;
    int lx = area.left();
    p.fillRect(QRect(lx, ly - 5, 10, 10), barColor);
    p.setPen(quiet);
    p.drawText(QPoint(lx + 16, ly + sm.ascent() / 2 - 1), loadText);
    lx += 16 + sm.horizontalAdvance(loadText) + 14;
    p.setPen(QPen(pal.color(QPalette::Text), 1.6, Qt::DashLine));
    p.drawLine(lx, ly, lx + 18, ly);
    p.setPen(quiet);
    p.drawText(QPoint(lx + 24, ly + sm.ascent() / 2 - 1), capacityText);
    lx += 24 + sm.horizontalAdvance(capacityText) + 14;
    p.fillRect(QRect(lx, ly - 5, 10, 10), overColor);
    p.drawText(QPoint(lx + 16, ly + sm.ascent() / 2 - 1), overText);
}

bool LoadHistogram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = m_model->rowOf(m_resource);
        const int column = periodAt(help->pos().x());
        const QString text = row >= 0 && column >= 0 ? m_model->index(row, column).data(Qt::ToolTipRole).toString()
                                                     : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Keel
