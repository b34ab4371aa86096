#pragma once
// The Reports dashboard: five charts (QtCharts) over DashboardData — portfolio health, SPI and CPI
// per open project, utilisation by team over 12 weeks, profitability by client and the client
// satisfaction trend — each on a card with its title and a line saying what it covers. Colours
// follow the palette (text, grid, background) and the report style (series).

#include <analytics/dashboard.h>

#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace Keel {

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    void setData(const DashboardData &data);
    const DashboardData &data() const { return m_data; }
    /// The chart views in reading order (health, indices, utilisation, profitability, satisfaction).
    QList<QChartView *> chartViews() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *note = nullptr;
        QChartView *view = nullptr;
        QLabel *legend = nullptr;   ///< a wrapping legend, for series with long names
    };
    Card makeCard(const QString &title);
    QChart *freshChart(Card &card) const;
    void rebuild();
    void buildHealth();
    void buildIndices();
    void buildUtilisation();
    void buildProfitability();
    void buildSatisfaction();

    DashboardData m_data;
    QGridLayout *m_grid;
    Card m_health;
    Card m_indices;
    Card m_utilisation;
    Card m_profit;
    Card m_satisfaction;
};

} // namespace Keel
