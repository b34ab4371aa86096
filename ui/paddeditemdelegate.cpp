#include "paddeditemdelegate.h"

namespace Keel {

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), qRound(option.fontMetrics.height() * 1.7)));
    return size;
}

} // namespace Keel
