#pragma once

#include "paddeditemdelegate.h"
#include <QIcon>
#include <QList>
#include <QStringList>

namespace Keel {

/// Edits a cell whose EditRole is an index into a fixed list of choices (an enumeration) with a
/// combo box; a choice is committed as soon as it is picked.
class ChoiceDelegate : public PaddedItemDelegate
{
    Q_OBJECT
public:
    explicit ChoiceDelegate(QStringList choices, QList<QIcon> icons = {}, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_choices;
    QList<QIcon> m_icons;
};

} // namespace Keel
