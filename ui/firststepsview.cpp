#include "firststepsview.h"

#include <model/workspace.h>

#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keel {

FirstStepsView::FirstStepsView(const Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
{
    auto *title = new QLabel(tr("Set up your workspace"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Four steps take you from an empty workspace to a planned, staffed project. "
                                "Each can be changed later."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    const struct
    {
        QString text;
        QString button;
        QString tip;
    } steps[kStepCount] = {
        {tr("Choose the working week and the public holidays your projects follow."), tr("&Calendars…"),
         tr("Add a built-in public holiday calendar, such as mainland China with its make-up working days")},
        {tr("Add the people who do the work, with their rates and skills."), tr("Add a &Person…"),
         tr("Add the first person to the resource pool")},
        {tr("Add the client you work for."), tr("Add a C&lient…"), tr("Add the first client")},
        {tr("Create a project from a process template, with its phases, gates and tasks."), tr("&New Project…"),
         tr("Create the first project")},
    };
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(12);
    for (int i = 0; i < kStepCount; ++i) {
        m_marks[size_t(i)] = new QLabel(this);
        m_marks[size_t(i)]->setMinimumWidth(28);
        m_marks[size_t(i)]->setAlignment(Qt::AlignCenter);
        m_texts[size_t(i)] = new QLabel(steps[i].text, this);
        m_texts[size_t(i)]->setWordWrap(true);
        m_buttons[size_t(i)] = new QPushButton(steps[i].button, this);
        m_buttons[size_t(i)]->setToolTip(steps[i].tip);
        connect(m_buttons[size_t(i)], &QPushButton::clicked, this, [this, i] { Q_EMIT stepRequested(Step(i)); });
        grid->addWidget(m_marks[size_t(i)], i, 0);
        grid->addWidget(m_texts[size_t(i)], i, 1);
        grid->addWidget(m_buttons[size_t(i)], i, 2);
    }
    grid->setColumnStretch(1, 1);

    auto *column = new QWidget(this);
    column->setMinimumWidth(fontMetrics().averageCharWidth() * 96);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    auto *inner = new QVBoxLayout(column);
    inner->addWidget(title);
    inner->addWidget(intro);
    inner->addSpacing(12);
    inner->addLayout(grid);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(&ws, &Workspace::changeSetApplied, this, &FirstStepsView::refresh);
    connect(&ws, &Workspace::reset, this, &FirstStepsView::refresh);
    refresh();
}

bool FirstStepsView::isDone(Step step) const
{
    switch (step) {
    case Step::Calendar: {
        // Done once the workspace has a calendar of its own making or holidays in one.
        if (m_ws.table<Calendar>().size() > 1)
            return true;
        for (const Calendar &c : m_ws.table<Calendar>())
            if (!c.exceptions.isEmpty())
                return true;
        return false;
    }
    case Step::People: return m_ws.resources().size() > 0;
    case Step::Client: return m_ws.clients().size() > 0;
    case Step::Project: return m_ws.projects().size() > 0;
    }
    return false;
}

void FirstStepsView::refresh()
{
    bool nextMarked = false;
    for (int i = 0; i < kStepCount; ++i) {
        const bool done = isDone(Step(i));
        QLabel *mark = m_marks[size_t(i)];
        mark->setText(done ? QStringLiteral("✓") : QString::number(i + 1));
        QFont f = mark->font();
        f.setBold(true);
        mark->setFont(f);
        mark->setStyleSheet(done ? QStringLiteral("color: #2b8a3e;") : QString());
        QFont t = m_texts[size_t(i)]->font();
        t.setBold(!done && !nextMarked);
        m_texts[size_t(i)]->setFont(t);
        m_buttons[size_t(i)]->setDefault(!done && !nextMarked);
        if (!done)
            nextMarked = true;
    }
}

} // namespace Keel
