#include "riskmatrix.h"

#include "palettecolors.h"
#include "riskmodel.h"

#include <model/workspace.h>

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace Keel {

namespace {
constexpr int kCell = 34;
constexpr int kAxis = 22;
constexpr int kTitle = 22;
} // namespace

RiskMatrix::RiskMatrix(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("riskMatrix"));
    setAccessibleName(tr("Probability and impact matrix"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto onType = [this](EntityType type) {
        if (type == EntityType::Risk)
            recount();
    };
    connect(&m_workspace, &Workspace::entitiesInserted, this, onType);
    connect(&m_workspace, &Workspace::entitiesRemoved, this, onType);
    connect(&m_workspace, &Workspace::entitiesChanged, this, onType);
    connect(&m_workspace, &Workspace::reset, this, &RiskMatrix::recount);
    recount();
}

void RiskMatrix::setProjectId(const Id &projectId)
{
    m_projectId = projectId;
    recount();
}

int RiskMatrix::count(int probability, int impact) const
{
    if (probability < 1 || probability > 5 || impact < 1 || impact > 5)
        return 0;
    return int(m_titles[(probability - 1) * 5 + impact - 1].size());
}

void RiskMatrix::recount()
{
    m_titles = QList<QStringList>(25);
    for (const Risk &r : m_workspace.table<Risk>()) {
        if (r.projectId != m_projectId || r.status == RiskStatus::Closed)
            continue;
        if (r.probability >= 1 && r.probability <= 5 && r.impact >= 1 && r.impact <= 5)
            m_titles[(r.probability - 1) * 5 + r.impact - 1].append(r.title);
    }
    update();
}

QSize RiskMatrix::sizeHint() const
{
    return {kAxis + 5 * kCell + 2, kTitle + 5 * kCell + kAxis + 2};
}

QSize RiskMatrix::minimumSizeHint() const
{
    return sizeHint();
}

QRect RiskMatrix::gridRect() const
{
    return {kAxis, kTitle, 5 * kCell, 5 * kCell};
}

QRect RiskMatrix::cellRect(int probability, int impact) const
{
    const QRect g = gridRect();
    return {g.left() + (impact - 1) * kCell, g.top() + (5 - probability) * kCell, kCell, kCell};
}

void RiskMatrix::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor quiet = PaletteColors::quietText(palette());
    static const QColor bands[] = {QColor(0x2e, 0x7d, 0x32), QColor(0xf9, 0xa8, 0x25), QColor(0xc6, 0x28, 0x28)};

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(quiet);
    p.drawText(QRect(0, 0, width(), kTitle - 4), Qt::AlignLeft | Qt::AlignVCenter, tr("Probability ↑  ·  Impact →"));

    for (int prob = 1; prob <= 5; ++prob) {
        for (int impact = 1; impact <= 5; ++impact) {
            const QRect cell = cellRect(prob, impact).adjusted(1, 1, -1, -1);
            const int n = count(prob, impact);
            QColor fill = bands[RiskModel::band(prob * impact)];
            fill.setAlpha(n > 0 ? 200 : 45);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(cell, 3, 3);
            if (n > 0) {
                QFont bold = font();
                bold.setBold(true);
                p.setFont(bold);
                p.setPen(Qt::white);
                p.drawText(cell, Qt::AlignCenter, QString::number(n));
            }
        }
    }
    p.setFont(small);
    p.setPen(quiet);
    for (int i = 1; i <= 5; ++i) {
        const QRect row = cellRect(i, 1);
        p.drawText(QRect(0, row.top(), kAxis - 4, kCell), Qt::AlignRight | Qt::AlignVCenter, QString::number(i));
        const QRect col = cellRect(1, i);
        p.drawText(QRect(col.left(), col.bottom() + 2, kCell, kAxis - 4), Qt::AlignCenter, QString::number(i));
    }
}

bool RiskMatrix::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
        for (int prob = 1; prob <= 5; ++prob) {
            for (int impact = 1; impact <= 5; ++impact) {
                if (!cellRect(prob, impact).contains(pos))
                    continue;
                const QStringList &titles = m_titles[(prob - 1) * 5 + impact - 1];
                QString text = tr("Probability %1 × impact %2 = %3").arg(prob).arg(impact).arg(prob * impact);
                if (!titles.isEmpty())
                    text += QLatin1Char('\n') + titles.join(QLatin1Char('\n'));
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text, this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Keel
