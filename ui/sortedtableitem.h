#pragma once
// A table cell that sorts by the number it holds in SortedTableItem::KeyRole (a day, an amount, a
// rate), not by its text.

#include <QTableWidgetItem>

namespace Keel {

class SortedTableItem : public QTableWidgetItem
{
public:
    static constexpr int KeyRole = Qt::UserRole + 1;

    SortedTableItem(const QString &text, double key) : QTableWidgetItem(text) { setData(KeyRole, key); }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(KeyRole).toDouble() < other.data(KeyRole).toDouble();
    }
};

} // namespace Keel
