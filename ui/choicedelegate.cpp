#include "choicedelegate.h"

#include <QComboBox>
#include <QTimer>

namespace Keel {

ChoiceDelegate::ChoiceDelegate(QStringList choices, QList<QIcon> icons, QObject *parent)
    : PaddedItemDelegate(parent)
    , m_choices(std::move(choices))
    , m_icons(std::move(icons))
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    for (int i = 0; i < m_choices.size(); ++i)
        combo->addItem(m_icons.value(i), m_choices[i]);
    auto *self = const_cast<ChoiceDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    // Open the list at once: the double-click that started editing meant "choose".
    QTimer::singleShot(0, combo, [combo] {
        if (combo->isVisible())
            combo->showPopup();
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() != index.data(Qt::EditRole).toInt())
        model->setData(index, combo->currentIndex(), Qt::EditRole);
}

} // namespace Keel
