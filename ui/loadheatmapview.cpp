#include "loadheatmapview.h"

#include "loadheatmapmodel.h"
#include "palettecolors.h"

#include <model/workspace.h>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace Keel {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

LoadHeatmapView::LoadHeatmapView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Load heat map"));
    updateGeometry();
}

void LoadHeatmapView::setModel(LoadHeatmapModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &LoadHeatmapView::onReset);
        connect(m_model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    }
    onReset();
}

QColor LoadHeatmapView::loadColor(double load, bool overAllocated, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    if (overAllocated) {
        // From a clear red at the limit to a deep red at double the load.
        const QColor from = dark ? QColor(0xdc, 0x26, 0x26) : QColor(0xef, 0x44, 0x44);
        return mix(from, QColor(0x99, 0x1b, 0x1b), (load - 1.0));
    }
    if (load < 0)
        return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), dark ? 0.12 : 0.07);
    const QColor idle = dark ? QColor(0x1e, 0x29, 0x3b) : QColor(0xee, 0xf4, 0xfb);
    const QColor full = dark ? QColor(0x3b, 0x82, 0xf6) : QColor(0x1d, 0x4e, 0xd8);
    if (load <= 0)
        return idle;
    // Light loads stay visible: the scale starts a little above idle.
    return mix(idle, full, 0.12 + 0.88 * std::min(load, 1.0));
}

int LoadHeatmapView::cellWidth() const
{
    const QFontMetrics fm(font());
    const int text = fm.horizontalAdvance(QStringLiteral("100%")) + 10;
    if (!m_model)
        return text;
    switch (m_model->period()) {
    case LoadPeriod::Day:
        return std::max(text, fm.horizontalAdvance(QStringLiteral("Wed 30")) + 8);
    case LoadPeriod::Week:
        return std::max(text + 8, fm.horizontalAdvance(QStringLiteral("30 Sep")) + 14);
    case LoadPeriod::Month:
        return std::max(text + 12, fm.horizontalAdvance(QStringLiteral("Sep 26")) + 16);
    }
    return text;
}

void LoadHeatmapView::updateGeometry()
{
    const QFontMetrics fm(font());
    m_rowHeight = fm.height() + 10;
    m_headerHeight = fm.height() + 14;
    int names = fm.horizontalAdvance(tr("Resource")) + 24;
    if (m_model) {
        // Measure a sample of names: enough for a good width without walking thousands.
        const int rows = m_model->rowCount();
        const int step = std::max(1, rows / 400);
        for (int r = 0; r < rows; r += step)
            names = std::max(names, fm.horizontalAdvance(m_model->headerData(r, Qt::Vertical).toString()) + 24);
    }
    m_nameWidth = std::clamp(names, 140, 280);
    const int rows = m_model ? m_model->rowCount() : 0;
    const int columns = m_model ? m_model->columnCount() : 0;
    const QSize area = viewport()->size();
    verticalScrollBar()->setSingleStep(m_rowHeight);
    verticalScrollBar()->setPageStep(std::max(1, area.height() - m_headerHeight));
    verticalScrollBar()->setRange(0, std::max(0, rows * m_rowHeight - (area.height() - m_headerHeight)));
    horizontalScrollBar()->setSingleStep(cellWidth());
    horizontalScrollBar()->setPageStep(std::max(1, area.width() - m_nameWidth));
    horizontalScrollBar()->setRange(0, std::max(0, columns * cellWidth() - (area.width() - m_nameWidth)));
    viewport()->update();
}

void LoadHeatmapView::onReset()
{
    int row = -1;
    if (m_model && !m_currentId.isNull())
        row = m_model->rowOf(m_currentId);
    m_currentRow = row;
    updateGeometry();
    if (row < 0 && !m_currentId.isNull()) {
        m_currentId = Id();
        Q_EMIT currentResourceChanged(m_currentId);
    }
}

Id LoadHeatmapView::currentResource() const
{
    return m_currentId;
}

void LoadHeatmapView::setCurrentRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        row = -1;
    const Id id = m_model && row >= 0 ? m_model->resourceAt(row) : Id();
    if (row == m_currentRow && id == m_currentId)
        return;
    m_currentRow = row;
    m_currentId = id;
    ensureCurrentVisible();
    viewport()->update();
    Q_EMIT currentResourceChanged(id);
}

void LoadHeatmapView::ensureCurrentVisible()
{
    if (m_currentRow < 0)
        return;
    const int top = m_currentRow * m_rowHeight;
    const int visible = viewport()->height() - m_headerHeight;
    QScrollBar *v = verticalScrollBar();
    if (top < v->value())
        v->setValue(top);
    else if (top + m_rowHeight > v->value() + visible)
        v->setValue(top + m_rowHeight - visible);
}

void LoadHeatmapView::setCurrentResource(const Id &resourceId)
{
    setCurrentRow(m_model ? m_model->rowOf(resourceId) : -1);
}

int LoadHeatmapView::rowAt(int y) const
{
    if (!m_model || y < m_headerHeight)
        return -1;
    const int row = (y - m_headerHeight + verticalScrollBar()->value()) / m_rowHeight;
    return row < m_model->rowCount() ? row : -1;
}

int LoadHeatmapView::columnAt(int x) const
{
    if (!m_model || x < m_nameWidth)
        return -1;
    const int column = (x - m_nameWidth + horizontalScrollBar()->value()) / cellWidth();
    return column < m_model->columnCount() ? column : -1;
}

void LoadHeatmapView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    const QRect area = viewport()->rect();
    p.fillRect(area, pal.color(QPalette::Base));
    if (!m_model)
        return;
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    const int cw = cellWidth();
    const int dx = horizontalScrollBar()->value();
    const int dy = verticalScrollBar()->value();
    const QColor quiet = PaletteColors::quietText(pal);

    if (rows == 0 || columns == 0) {
        p.setPen(quiet);
        p.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   rows == 0 ? tr("No active people or material resources.")
                             : tr("Nothing is scheduled in this span."));
        return;
    }

    const int firstRow = dy / m_rowHeight;
    const int lastRow = std::min(rows - 1, (dy + area.height() - m_headerHeight) / m_rowHeight);
    const int firstCol = dx / cw;
    const int lastCol = std::min(columns - 1, (dx + area.width() - m_nameWidth) / cw);

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const bool showNumbers = smallMetrics.horizontalAdvance(QStringLiteral("100%")) + 4 <= cw;

    // Cells, clipped to the area right of the names and below the header.
    p.save();
    p.setClipRect(QRect(m_nameWidth, m_headerHeight, area.width() - m_nameWidth, area.height() - m_headerHeight));
    p.setFont(small);
    for (int r = firstRow; r <= lastRow; ++r) {
        const int y = m_headerHeight + r * m_rowHeight - dy;
        for (int c = firstCol; c <= lastCol; ++c) {
            const LoadCell *cell = m_model->cell(r, c);
            if (!cell)
                continue;
            const int x = m_nameWidth + c * cw - dx;
            const double load = cell->available > 0 ? double(cell->assigned) / double(cell->available)
                                                    : (cell->assigned > 0 ? 2.0 : -1.0);
            const bool over = cell->overAllocated();
            const QColor fill = loadColor(load, over, pal);
            const QRect box(x + 1, y + 1, cw - 2, m_rowHeight - 2);
            p.fillRect(box, fill);
            if (showNumbers && cell->assigned > 0) {
                p.setPen(fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x37));
                const int percent = qRound(100.0 * load);
                const QString text = cell->available <= 0 ? QStringLiteral("!")
                                     : percent < 1        ? QStringLiteral("<1%")
                                                          : QLocale().toString(percent) + u'%';
                p.drawText(box, Qt::AlignCenter, text);
            }
        }
        if (r == m_currentRow) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRect(m_nameWidth, y + 1, area.width() - m_nameWidth - 1, m_rowHeight - 2));
        }
    }
    p.restore();

    // Period labels.
    p.save();
    p.setClipRect(QRect(m_nameWidth, 0, area.width() - m_nameWidth, m_headerHeight));
    p.fillRect(QRect(0, 0, area.width(), m_headerHeight), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(small);
    const qint64 today = dayNumber(QDate::currentDate());
    for (int c = firstCol; c <= lastCol; ++c) {
        const int x = m_nameWidth + c * cw - dx;
        const QRect box(x, 0, cw, m_headerHeight);
        const qint64 startDay = m_model->index(0, c).data(LoadHeatmapModel::PeriodStartRole).toLongLong() / kMinutesPerDay;
        const bool current = today >= startDay && (c + 1 >= columns ||
            today < m_model->index(0, c + 1).data(LoadHeatmapModel::PeriodStartRole).toLongLong() / kMinutesPerDay);
        QFont f = small;
        f.setBold(current);
        p.setFont(f);
        p.setPen(current ? pal.color(QPalette::Highlight) : pal.color(QPalette::WindowText));
        p.drawText(box, Qt::AlignCenter, m_model->periodLabel(c));
    }
    p.restore();

    // Names.
    p.save();
    p.setClipRect(QRect(0, m_headerHeight, m_nameWidth, area.height() - m_headerHeight));
    for (int r = firstRow; r <= lastRow; ++r) {
        const int y = m_headerHeight + r * m_rowHeight - dy;
        const QRect box(0, y, m_nameWidth, m_rowHeight);
        if (r == m_currentRow) {
            p.fillRect(box, pal.color(QPalette::Highlight));
            p.setPen(pal.color(QPalette::HighlightedText));
        } else {
            p.setPen(pal.color(QPalette::Text));
        }
        const QString name = m_model->headerData(r, Qt::Vertical).toString();
        p.drawText(box.adjusted(12, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(name, Qt::ElideRight, box.width() - 20));
    }
    p.restore();

    // The corner and the separators.
    p.fillRect(QRect(0, 0, m_nameWidth, m_headerHeight), pal.color(QPalette::Window));
    p.setPen(quiet);
    p.setFont(small);
    p.drawText(QRect(12, 0, m_nameWidth - 12, m_headerHeight), Qt::AlignVCenter | Qt::AlignLeft, tr("Resource"));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, m_headerHeight - 1, area.width(), m_headerHeight - 1);
    p.drawLine(m_nameWidth - 1, 0, m_nameWidth - 1, area.height());
}

void LoadHeatmapView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometry();
    ensureCurrentVisible();
}

void LoadHeatmapView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(int(event->position().y()));
    if (row >= 0)
        setCurrentRow(row);
    QAbstractScrollArea::mousePressEvent(event);
}

void LoadHeatmapView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || m_model->rowCount() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int page = std::max(1, (viewport()->height() - m_headerHeight) / m_rowHeight);
    const int last = m_model->rowCount() - 1;
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(std::max(0, m_currentRow - 1));
        break;
    case Qt::Key_Down:
        setCurrentRow(std::min(last, m_currentRow + 1));
        break;
    case Qt::Key_PageUp:
        setCurrentRow(std::max(0, m_currentRow - page));
        break;
    case Qt::Key_PageDown:
        setCurrentRow(std::min(last, std::max(0, m_currentRow) + page));
        break;
    case Qt::Key_Home:
        setCurrentRow(0);
        break;
    case Qt::Key_End:
        setCurrentRow(last);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool LoadHeatmapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        const int column = columnAt(help->pos().x());
        QString text;
        if (row >= 0 && column >= 0)
            text = m_model->index(row, column).data(Qt::ToolTipRole).toString();
        else if (row >= 0)
            text = m_model->headerData(row, Qt::Vertical).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void LoadHeatmapView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
}

QSize LoadHeatmapView::sizeHint() const
{
    return {m_nameWidth + 12 * cellWidth(), m_headerHeight + 12 * m_rowHeight};
}

} // namespace Keel
