#pragma once

#include <QStyledItemDelegate>

namespace Keel {

/// The item delegate of Keel's tables: the style's own painting, with rows a little taller than
/// the style's minimum so that dense tables stay readable.
class PaddedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Keel
