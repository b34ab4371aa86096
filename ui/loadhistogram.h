#pragma once
// LoadHistogram paints one person's load over the periods of a LoadHeatmapModel: a bar of the
// hours asked per period, the part above what the person can work drawn red, and the capacity
// (calendar × max units) as a stepped line. Follows the model as it is recomputed.

#include <model/ids.h>

#include <QPointer>
#include <QWidget>

namespace Keel {

class LoadHeatmapModel;

class LoadHistogram : public QWidget
{
    Q_OBJECT
public:
    explicit LoadHistogram(QWidget *parent = nullptr);

    void setModel(LoadHeatmapModel *model);
    void setResource(const Id &resourceId);
    Id resource() const { return m_resource; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// The period under an x position of the plot, -1 if none.
    int periodAt(int x) const;

    QPointer<LoadHeatmapModel> m_model;
    Id m_resource;
    QRect m_plot;
    int m_columns = 0;
};

} // namespace Keel
