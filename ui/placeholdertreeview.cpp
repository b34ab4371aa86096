#include "placeholdertreeview.h"

#include "paddeditemdelegate.h"
#include "palettecolors.h"

#include <QHeaderView>
#include <QPainter>

namespace Keel {

PlaceholderTreeView::PlaceholderTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setAllColumnsShowFocus(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::SelectedClicked);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(false);
    header()->setSortIndicatorShown(true);
    setItemDelegate(new PaddedItemDelegate(this));
}

void PlaceholderTreeView::fitColumnsWhenShown(int stretchColumn)
{
    m_stretchColumn = stretchColumn;
    m_fitPending = true;
    fitIfPending();
}

void PlaceholderTreeView::fitIfPending()
{
    if (!m_fitPending || !isVisible() || !model())
        return;
    fitColumns(m_stretchColumn);
    // An empty table is fitted to its headers now and to its contents when the first rows come.
    m_fitPending = model()->rowCount(rootIndex()) == 0;
}

void PlaceholderTreeView::fitColumns(int stretchColumn)
{
    if (!model())
        return;
    const int padding = fontMetrics().averageCharWidth() * 3;
    const int columns = header()->count();
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        if (header()->isSectionHidden(c))
            continue;
        const int width = qMax(sizeHintForColumn(c), header()->sectionSizeHint(c)) + padding;
        header()->resizeSection(c, width);
        total += width;
    }
    // The stretch column takes the spare width up to a comfortable reading width; a very wide
    // window keeps the rest empty rather than pushing columns apart.
    const int spare = viewport()->width() - total;
    if (stretchColumn >= 0 && stretchColumn < columns && spare > 0) {
        const int current = header()->sectionSize(stretchColumn);
        const int comfortable = qMax(current, fontMetrics().averageCharWidth() * 56);
        header()->resizeSection(stretchColumn, qMin(current + spare, comfortable));
    }
}

void PlaceholderTreeView::showEvent(QShowEvent *event)
{
    QTreeView::showEvent(event);
    fitIfPending();
}

void PlaceholderTreeView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QTreeView::rowsInserted(parent, start, end);
    fitIfPending();
}

void PlaceholderTreeView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void PlaceholderTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount(rootIndex()) > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(PaletteColors::quietText(palette()));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

} // namespace Keel
