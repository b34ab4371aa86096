#pragma once
// A flat, sortable table view (a QTreeView without a tree) that shows a sentence in its empty
// viewport — "No projects match the filter." — instead of a blank area.

#include <QTreeView>

namespace Keel {

class PlaceholderTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit PlaceholderTreeView(QWidget *parent = nullptr);

    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString &text);

    /// Sizes the columns to their contents once the view is shown and has rows, and gives the
    /// width left over to `stretchColumn`. For views without a remembered column layout.
    void fitColumnsWhenShown(int stretchColumn);
    /// Does it now: every column as wide as its contents and header, the rest to `stretchColumn`.
    void fitColumns(int stretchColumn);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    void fitIfPending();

    QString m_placeholder;
    int m_stretchColumn = -1;
    bool m_fitPending = false;
};

} // namespace Keel
