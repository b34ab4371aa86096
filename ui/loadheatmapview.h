#pragma once
// LoadHeatmapView paints a LoadHeatmapModel as a person × period grid: names in a fixed column on
// the left, period labels on top, and one coloured cell per period running from pale (idle) to a
// saturated blue (fully loaded); over-allocated cells are red. Only the visible rows are painted,
// so thousands of people scroll smoothly. Tooltips give the hours and the tasks behind a cell.
// Clicking or moving with the arrow keys selects a person.

#include <model/ids.h>

#include <QAbstractScrollArea>
#include <QPointer>

namespace Keel {

class LoadHeatmapModel;

class LoadHeatmapView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LoadHeatmapView(QWidget *parent = nullptr);

    void setModel(LoadHeatmapModel *model);
    LoadHeatmapModel *model() const { return m_model; }

    int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row);
    Id currentResource() const;
    void setCurrentResource(const Id &resourceId);

    /// The fill of a cell with `load` (assigned / available; negative: nothing available).
    static QColor loadColor(double load, bool overAllocated, const QPalette &palette);

    /// The row and column under a viewport position; -1 where there is none.
    int rowAt(int y) const;
    int columnAt(int x) const;

Q_SIGNALS:
    void currentResourceChanged(const Keel::Id &resourceId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    QSize sizeHint() const override;

private:
    void updateGeometry();
    void ensureCurrentVisible();
    void onReset();
    int cellWidth() const;

    QPointer<LoadHeatmapModel> m_model;
    int m_currentRow = -1;
    Id m_currentId;
    int m_rowHeight = 24;
    int m_headerHeight = 28;
    int m_nameWidth = 200;
};

} // namespace Keel
