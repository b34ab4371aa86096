#include "staffingdialog.h"

#include "workspacedocument.h"

#include <model/workspace.h>
#include <schedule/staffing.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

StaffingDialog::StaffingDialog(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_project(new QComboBox(this))
    , m_view(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Staff Project"));
    const Workspace &ws = document->workspace();
    QList<const Project *> projects;
    for (const Project &p : ws.table<Project>()) {
        if (p.phase != Phase::Closed)
            projects.append(&p);
    }
    std::sort(projects.begin(), projects.end(), [](const Project *a, const Project *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const Project *p : std::as_const(projects))
        m_project->addItem(p->code.isEmpty() ? p->name : tr("%1 — %2").arg(p->code, p->name), p->id);

    auto *intro = new QLabel(tr("Keel proposes a person for every open skill requirement of the project: "
                                "the best total fit, free time and cost that over-allocates no one."),
                             this);
    intro->setWordWrap(true);

    m_view->setColumnCount(4);
    m_view->setHeaderLabels({tr("Requirement"), tr("Proposed"), tr("Score"), tr("Why")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Apply Staffing"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (applyPlan())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Project"), m_project);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    QFont strong = m_summary->font();
    strong.setBold(true);
    m_summary->setFont(strong);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(860, 460);

    connect(m_project, &QComboBox::currentIndexChanged, this, &StaffingDialog::refresh);
    refresh();
}

StaffingDialog::~StaffingDialog() = default;

void StaffingDialog::setProject(const Id &projectId)
{
    const int row = m_project->findData(projectId);
    if (row >= 0 && row != m_project->currentIndex())
        m_project->setCurrentIndex(row);
    else
        refresh();
}

Id StaffingDialog::project() const
{
    return m_project->currentData().value<Id>();
}

void StaffingDialog::refresh()
{
    m_view->clear();
    m_plan.reset();
    const Workspace &ws = m_document->workspace();
    const Id projectId = project();
    if (projectId.isNull() || !ws.get<Project>(projectId)) {
        m_summary->setText(tr("The workspace has no open project."));
        m_apply->setEnabled(false);
        return;
    }
    m_plan = std::make_unique<StaffingPlan>(staffProject(ws, projectId));

    const auto requirementText = [&ws](const Id &requirementId, const Id &taskId) {
        const SkillRequirement *r = ws.get<SkillRequirement>(requirementId);
        const Task *t = ws.get<Task>(taskId.isNull() && r ? r->taskId : taskId);
        const Skill *s = r ? ws.get<Skill>(r->skillId) : nullptr;
        const QString task = t ? t->name : QString();
        if (!r || !s)
            return task;
        return tr("%1 — %2 level %3, %4 h").arg(task, s->name).arg(r->minLevel).arg(double(r->work) / 60.0, 0, 'f', 0);
    };
    for (const StaffingChoice &c : std::as_const(m_plan->choices)) {
        const Resource *person = ws.get<Resource>(c.candidate.resourceId);
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(0, requirementText(c.requirementId, c.taskId));
        item->setText(1, person ? person->name : QString());
        item->setText(2, QString::number(std::lround(c.candidate.score * 100)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, c.candidate.reason);
        item->setToolTip(3, c.candidate.reason);
    }
    for (const Id &id : std::as_const(m_plan->unfilled)) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(0, requirementText(id, Id()));
        item->setText(1, tr("No one"));
        item->setText(3, tr("No one with the skill at this level is free enough in the task's window."));
        item->setForeground(1, palette().color(QPalette::PlaceholderText));
        item->setForeground(3, palette().color(QPalette::PlaceholderText));
    }
    for (int c = 0; c < 3; ++c)
        m_view->resizeColumnToContents(c);
    m_view->setColumnWidth(0, std::min(m_view->columnWidth(0), 360));

    if (m_plan->choices.isEmpty() && m_plan->unfilled.isEmpty())
        m_summary->setText(tr("Every skill requirement of this project is already staffed."));
    else
        m_summary->setText(tr("Requirements staffed: %1. Left open: %2.")
                               .arg(m_plan->choices.size())
                               .arg(m_plan->unfilled.size()));
    m_apply->setEnabled(!m_plan->changes.isEmpty());
}

bool StaffingDialog::applyPlan()
{
    if (!m_plan || m_plan->changes.isEmpty())
        return false;
    ChangeSet changes = m_plan->changes;
    changes.setDescription(tr("Staff project"));
    QString error;
    if (!m_document->apply(changes, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("The staffing could not be applied: %1").arg(error));
        return false;
    }
    refresh();
    return true;
}

} // namespace Keel
