#pragma once
// RiskMatrix: a small 5 × 5 probability × impact grid that counts the risks of one project that
// are not closed in each cell, coloured by score band (low, medium, high). Hovering a cell lists
// its risks. It reads the Workspace and follows its signals.

#include <model/ids.h>

#include <QList>
#include <QWidget>

namespace Keel {

class Workspace;

class RiskMatrix : public QWidget
{
    Q_OBJECT
public:
    explicit RiskMatrix(const Workspace &workspace, QWidget *parent = nullptr);

    void setProjectId(const Id &projectId);
    /// Risks (not closed) with this probability and impact, 1..5 each.
    int count(int probability, int impact) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void recount();
    QRect gridRect() const;
    QRect cellRect(int probability, int impact) const;

    const Workspace &m_workspace;
    Id m_projectId;
    QList<QStringList> m_titles; ///< (probability - 1) * 5 + (impact - 1)
};

} // namespace Keel
