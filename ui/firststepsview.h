#pragma once
// First steps in an empty workspace: what to set up, in order, each with the button that does it
// and a tick once it is done — a working calendar with public holidays, the people, a client, a
// project from a process template — so that a new user gets from nothing to a planned, staffed
// project without a manual. Shown by the portfolio while the workspace has no project.

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace Keel {

class Workspace;

class FirstStepsView : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Calendar, People, Client, Project };
    static constexpr int kStepCount = 4;

    explicit FirstStepsView(const Workspace &ws, QWidget *parent = nullptr);

    /// Whether @p step is done in the workspace.
    bool isDone(Step step) const;
    QPushButton *button(Step step) const { return m_buttons[size_t(step)]; }

Q_SIGNALS:
    void stepRequested(Keel::FirstStepsView::Step step);

private:
    void refresh();

    const Workspace &m_ws;
    std::array<QLabel *, kStepCount> m_marks{};
    std::array<QLabel *, kStepCount> m_texts{};
    std::array<QPushButton *, kStepCount> m_buttons{};
};

} // namespace Keel
