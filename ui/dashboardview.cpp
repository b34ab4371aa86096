#include "dashboardview.h"

#include "enumtext.h"
#include "formatting.h"
#include "icons.h"
#include "palettecolors.h"

#include <report/reportstyle.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QChartView>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

QString shortDate(QDate date, bool withYear = false)
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return locale.toString(date, withYear ? QStringLiteral("yy年M月") : QStringLiteral("M月d日"));
    return locale.toString(date, withYear ? QStringLiteral("MMM yy") : QStringLiteral("d MMM"));
}

/// Axis text and grid in the palette's colours.
void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsBrush(palette.color(QPalette::Text));
    axis->setLinePen(QPen(PaletteColors::quietText(palette), 1));
    QColor grid = PaletteColors::quietText(palette);
    grid.setAlphaF(0.25f);
    axis->setGridLinePen(QPen(grid, 1));
    QFont font = axis->labelsFont();
    font.setPointSizeF(QFont().pointSizeF() * 0.9);
    axis->setLabelsFont(font);
}

QValueAxis *valueAxis(double min, double max, const QString &format, const QPalette &palette)
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    styleAxis(axis, palette);
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories, const QPalette &palette)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    styleAxis(axis, palette);
    axis->setGridLineVisible(false);
    return axis;
}

double niceMax(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(14);
    m_health = makeCard(tr("Portfolio health"));
    m_indices = makeCard(tr("Schedule and cost performance"));
    m_utilisation = makeCard(tr("Utilisation by team"));
    m_profit = makeCard(tr("Profitability by client"));
    m_satisfaction = makeCard(tr("Client satisfaction"));
    m_grid->addWidget(m_health.frame, 0, 0);
    m_grid->addWidget(m_indices.frame, 0, 1);
    m_grid->addWidget(m_utilisation.frame, 1, 0);
    m_grid->addWidget(m_profit.frame, 1, 1);
    m_grid->addWidget(m_satisfaction.frame, 2, 0, 1, 2);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_health.frame->setObjectName(QStringLiteral("healthCard"));
    m_indices.frame->setObjectName(QStringLiteral("indicesCard"));
    m_utilisation.frame->setObjectName(QStringLiteral("utilisationCard"));
    m_profit.frame->setObjectName(QStringLiteral("profitabilityCard"));
    m_satisfaction.frame->setObjectName(QStringLiteral("satisfactionCard"));
    rebuild();
}

DashboardView::~DashboardView() = default;

QList<QChartView *> DashboardView::chartViews() const
{
    return {m_health.view, m_indices.view, m_utilisation.view, m_profit.view, m_satisfaction.view};
}

DashboardView::Card DashboardView::makeCard(const QString &title)
{
    Card card;
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    card.frame = frame;
    card.title = new QLabel(title, frame);
    QFont font = card.title->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    card.title->setFont(font);
    card.note = new QLabel(frame);
    card.note->setWordWrap(true);
    PaletteColors::makeQuiet(card.note);
    card.view = new QChartView(frame);
    card.view->setRenderHint(QPainter::Antialiasing);
    card.view->setMinimumHeight(fontMetrics().height() * 15);
    card.view->setFrameShape(QFrame::NoFrame);
    card.legend = new QLabel(frame);
    card.legend->setWordWrap(true);
    card.legend->setAlignment(Qt::AlignHCenter);
    card.legend->hide();
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 8);
    layout->setSpacing(2);
    layout->addWidget(card.title);
    layout->addWidget(card.note);
    layout->addWidget(card.view, 1);
    layout->addWidget(card.legend);
    return card;
}

QChart *DashboardView::freshChart(Card &card) const
{
    auto *chart = new QChart;
    const QPalette pal = palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = card.view->chart();
    card.view->setChart(chart);
    delete old;
    card.view->setBackgroundBrush(pal.color(QPalette::Base));
    card.legend->hide();
    return chart;
}

void DashboardView::setData(const DashboardData &data)
{
    m_data = data;
    rebuild();
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void DashboardView::rebuild()
{
    buildHealth();
    buildIndices();
    buildUtilisation();
    buildProfitability();
    buildSatisfaction();
}

void DashboardView::buildHealth()
{
    QChart *chart = freshChart(m_health);
    const int total = m_data.health[0] + m_data.health[1] + m_data.health[2];
    if (total == 0) {
        m_health.note->setText(tr("No open projects."));
        return;
    }
    m_health.note->setText(tr("%n open project(s) at their status dates: %1 on track, %2 at risk, %3 off track", nullptr, total)
                               .arg(m_data.health[size_t(Health::Green)])
                               .arg(m_data.health[size_t(Health::Amber)])
                               .arg(m_data.health[size_t(Health::Red)]));
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.85);
    for (Health h : {Health::Green, Health::Amber, Health::Red}) {
        const int count = m_data.health[size_t(h)];
        if (count == 0)
            continue;
        QPieSlice *slice = series->append(tr("%1: %2").arg(EnumText::health(h)).arg(count), count);
        slice->setColor(Icons::healthColor(h));
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setBorderWidth(count == total ? 0 : 2);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void DashboardView::buildIndices()
{
    QChart *chart = freshChart(m_indices);
    const auto &rows = m_data.indices;
    m_indices.note->setText(rows.empty() ? tr("No open project has earned value yet.")
                                         : tr("SPI and CPI of each open project; below 1.0 is behind schedule or over cost"));
    if (rows.empty())
        return;
    auto *spi = new QBarSet(tr("SPI"));
    auto *cpi = new QBarSet(tr("CPI"));
    spi->setColor(ReportStyle::series(0));
    cpi->setColor(ReportStyle::series(5));
    spi->setBorderColor(Qt::transparent);
    cpi->setBorderColor(Qt::transparent);
    QStringList categories;
    double top = 1.2;
    // Bottom to top in a horizontal chart: reverse so the first code is at the top.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        categories << it->code;
        const double s = std::isnan(it->spi) ? 0 : it->spi;
        const double c = std::isnan(it->cpi) ? 0 : it->cpi;
        *spi << s;
        *cpi << c;
        top = std::max({top, s, c});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(spi);
    series->append(cpi);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    QBarCategoryAxis *y = categoryAxis(categories, palette());
    QValueAxis *x = valueAxis(0, std::ceil(top * 5) / 5, QStringLiteral("%.1f"), palette());
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    // The 1.0 line: on plan, on budget.
    auto *par = new QLineSeries;
    par->setName(tr("1.0 = on plan"));
    par->append(1.0, -0.5);
    par->append(1.0, double(categories.size()) - 0.5);
    QPen pen(Icons::healthColor(Health::Red), 1.5, Qt::DashLine);
    par->setPen(pen);
    chart->addSeries(par);
    auto *yPar = new QValueAxis;
    yPar->setRange(-0.5, double(categories.size()) - 0.5);
    yPar->setVisible(false);
    chart->addAxis(yPar, Qt::AlignRight);
    par->attachAxis(x);
    par->attachAxis(yPar);
    m_indices.view->setMinimumHeight(std::max(fontMetrics().height() * 15,
                                              int(categories.size()) * fontMetrics().height() * 2 + 80));
}

void DashboardView::buildUtilisation()
{
    QChart *chart = freshChart(m_utilisation);
    const bool any = std::any_of(m_data.teams.cbegin(), m_data.teams.cend(), [](const DashboardData::TeamLoad &t) {
        return std::any_of(t.utilisation.cbegin(), t.utilisation.cend(), [](double v) { return v > 0; });
    });
    if (m_data.weeks.isEmpty() || !any) {
        m_utilisation.note->setText(tr("No time was logged in the 12 weeks to %1.").arg(Format::date(toMinutes(m_data.asOf))));
        return;
    }
    m_utilisation.note->setText(tr("Hours logged against hours available, week by week, 12 weeks from %1")
                                    .arg(Format::date(toMinutes(m_data.weeks.first()))));
    // A label every other week keeps the dates readable in a half-width card.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < m_data.weeks.size(); i += 2)
        x->append(shortDate(m_data.weeks[i]), i);
    x->setRange(-0.3, double(m_data.weeks.size()) - 0.7);
    x->setStartValue(-0.3);
    styleAxis(x, palette());
    x->setGridLineVisible(false);
    double top = 100;
    int index = 0;
    QList<QLineSeries *> lines;
    QStringList legend;
    for (const DashboardData::TeamLoad &team : m_data.teams) {
        auto *line = new QLineSeries;
        line->setName(team.team);
        for (int w = 0; w < team.utilisation.size(); ++w) {
            line->append(w, team.utilisation[w] * 100);
            top = std::max(top, team.utilisation[w] * 100);
        }
        const QColor color = ReportStyle::series(index++);
        line->setPen(QPen(color, 2.2));
        line->setPointsVisible(true);
        chart->addSeries(line);
        lines << line;
        legend << QStringLiteral("<td><span style=\"color:%1\">&#9632;</span>&nbsp;%2&nbsp;&nbsp;</td>")
                      .arg(color.name(), team.team.toHtmlEscaped());
    }
    QValueAxis *y = valueAxis(0, niceMax(top), QStringLiteral("%.0f %%"), palette());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart->legend()->setVisible(false);
    // Two entries a row, so that long team names never break in the middle.
    QString rows;
    for (int i = 0; i < legend.size(); i += 2)
        rows += QStringLiteral("<tr>") + legend[i] + (i + 1 < legend.size() ? legend[i + 1] : QString()) + QStringLiteral("</tr>");
    m_utilisation.legend->setText(QStringLiteral("<table align=\"center\">") + rows + QStringLiteral("</table>"));
    m_utilisation.legend->show();
}

void DashboardView::buildProfitability()
{
    QChart *chart = freshChart(m_profit);
    const auto &rows = m_data.clients;
    if (rows.empty()) {
        m_profit.note->setText(tr("No revenue in the 12 months to %1.").arg(Format::date(toMinutes(m_data.asOf))));
        return;
    }
    QSet<QString> currencies;
    for (const auto &row : rows)
        currencies.insert(row.currency);
    m_profit.note->setText(currencies.size() == 1
                               ? tr("Margin as a share of revenue, 12 months to %1; revenue in %2 at the exchange rates of that day")
                                     .arg(Format::date(toMinutes(m_data.asOf)), *currencies.cbegin())
                               : tr("Margin as a share of revenue, 12 months to %1; revenue in each client's currency")
                                     .arg(Format::date(toMinutes(m_data.asOf))));
    auto *margin = new QBarSet(tr("Margin"));
    margin->setColor(ReportStyle::series(1));
    margin->setSelectedColor(Icons::healthColor(Health::Red)); // losses
    margin->setBorderColor(Qt::transparent);
    margin->setLabelColor(palette().color(QPalette::Text));
    QStringList categories;
    double low = 0, high = 0;
    const QLocale locale;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        QString name = it->client;
        if (name.size() > 22)
            name = name.left(20) + QChar(0x2026);
        categories << tr("%1 (%2 %3k)").arg(name, it->currency, locale.toString(std::round(it->revenue / 1000), 'f', 0));
        const double percent = std::isnan(it->marginPercent) ? 0 : std::round(it->marginPercent * 100);
        *margin << percent;
        if (percent < 0)
            margin->selectBar(margin->count() - 1);
        low = std::min(low, percent);
        high = std::max(high, percent);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(margin);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    chart->addSeries(series);
    QBarCategoryAxis *y = categoryAxis(categories, palette());
    QValueAxis *x = valueAxis(low < 0 ? -niceMax(-low) : 0, niceMax(std::max(10.0, high * 1.15)), QStringLiteral("%.0f %%"), palette());
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
}

void DashboardView::buildSatisfaction()
{
    QChart *chart = freshChart(m_satisfaction);
    if (m_data.months.isEmpty()) {
        m_satisfaction.note->setText(tr("No client ratings in the 12 months to %1.").arg(Format::date(toMinutes(m_data.asOf))));
        return;
    }
    m_satisfaction.note->setText(tr("Average rating per month, 1 (poor) to 5 (excellent); %n rating(s) in 12 months", nullptr, m_data.ratings));
    QStringList categories;
    for (const QDate &m : m_data.months)
        categories << shortDate(m, true);
    QBarCategoryAxis *x = categoryAxis(categories, palette());
    auto *line = new QLineSeries;
    line->setName(tr("Average rating"));
    for (int i = 0; i < m_data.satisfaction.size(); ++i)
        line->append(i, m_data.satisfaction[i]);
    line->setPen(QPen(ReportStyle::series(4), 2.5));
    line->setPointsVisible(true);
    chart->addSeries(line);
    QValueAxis *y = valueAxis(1, 5, QStringLiteral("%.0f"), palette());
    y->setTickCount(5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    chart->legend()->setVisible(false);
}

} // namespace Keel
