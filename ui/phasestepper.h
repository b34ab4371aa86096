#pragma once
// PhaseStepper: the six lifecycle phases as a row of numbered steps joined by a line; phases
// already passed show a tick, the current one is highlighted. Display only.

#include <model/enums.h>

#include <QWidget>

namespace Keel {

class PhaseStepper : public QWidget
{
    Q_OBJECT
public:
    explicit PhaseStepper(QWidget *parent = nullptr);

    void setPhase(Phase phase);
    Phase phase() const { return m_phase; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Phase m_phase = Phase::Initiation;
};

} // namespace Keel
