#include "progressdialog.h"

#include "formatting.h"
#include "tasktreemodel.h"

#include <edit/editservice.h>
#include <model/workspace.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Keel {

namespace {

QSpinBox *percentSpin(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 100);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

QDateTimeEdit *dateTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(Format::dateTimeFormat());
    return edit;
}

/// A check box with the editor it enables, in one row.
QWidget *optional(QCheckBox *box, QWidget *editor, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addWidget(editor, 1);
    editor->setEnabled(box->isChecked());
    QObject::connect(box, &QCheckBox::toggled, editor, &QWidget::setEnabled);
    return row;
}

} // namespace

ProgressDialog::ProgressDialog(const Workspace &ws, const TaskTreeModel *model, const QList<Id> &tasks, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_model(model)
    , m_tasks(tasks)
    , m_percent(percentSpin(this))
    , m_workPercent(percentSpin(this))
    , m_hasStart(new QCheckBox(this))
    , m_start(dateTimeEdit(this))
    , m_hasFinish(new QCheckBox(this))
    , m_finish(dateTimeEdit(this))
    , m_remaining(new QLineEdit(this))
{
    setWindowTitle(tr("Update Tasks"));
    const bool one = tasks.size() == 1;
    const Task *first = tasks.isEmpty() ? nullptr : ws.get<Task>(tasks.first());

    // Whether anyone is assigned, and the work done so far.
    Minutes work = 0, actualWork = 0;
    bool assigned = false;
    for (const Assignment &a : ws.table<Assignment>()) {
        if (tasks.contains(a.taskId)) {
            assigned = true;
            work += a.work;
            actualWork += a.actualWork;
        }
    }

    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    auto *scheduled = new QLabel(this);
    scheduled->setWordWrap(true);
    scheduled->setForegroundRole(QPalette::PlaceholderText);
    if (one && first) {
        heading->setText(QStringLiteral("<b>%1 %2</b>").arg(ws.wbsCode(first->id), first->name.toHtmlEscaped()));
        const QLocale locale;
        scheduled->setText(first->start == kNoTime
                               ? tr("Not scheduled yet.")
                               : tr("Scheduled %1 – %2, duration %3.")
                                     .arg(locale.toString(toDateTime(first->start), QLocale::ShortFormat),
                                          locale.toString(toDateTime(first->finish), QLocale::ShortFormat),
                                          model->durationText(*first)));
    } else {
        heading->setText(QStringLiteral("<b>%1</b>").arg(tr("%n task(s) selected", nullptr, int(tasks.size()))));
        scheduled->setText(tr("What you change here is recorded for every selected task."));
    }

    m_percentShown = one && first ? first->percentComplete : 0;
    m_percent->setValue(m_percentShown);
    m_workPercentShown = work > 0 ? int(actualWork * 100 / work) : 0;
    m_workPercent->setValue(m_workPercentShown);
    m_workPercent->setEnabled(assigned);
    if (!assigned)
        m_workPercent->setToolTip(tr("No one is assigned, so there is no work to complete."));

    m_hasStart->setText(tr("Started"));
    m_hasFinish->setText(tr("Finished"));
    if (one && first) {
        m_hadStart = first->actualStart != kNoTime;
        m_hadFinish = first->actualFinish != kNoTime;
        const Minutes start = m_hadStart ? first->actualStart : first->start;
        const Minutes finish = m_hadFinish ? first->actualFinish : first->finish;
        if (start != kNoTime)
            m_start->setDateTime(toDateTime(start));
        if (finish != kNoTime)
            m_finish->setDateTime(toDateTime(finish));
        // Shown as the plan's Duration column shows durations, following the % complete typed.
        const auto showRemaining = [this, task = *first](int percent) {
            Task rest = task;
            rest.duration = task.duration - task.duration * percent / 100;
            m_remainingShown = m_model->durationText(rest);
            m_remaining->setText(m_remainingShown);
        };
        showRemaining(first->percentComplete);
        connect(m_percent, &QSpinBox::valueChanged, this, showRemaining);
    } else {
        m_remaining->setPlaceholderText(tr("unchanged"));
    }
    m_startShown = m_start->dateTime();
    m_finishShown = m_finish->dateTime();
    m_hasStart->setChecked(m_hadStart);
    m_hasFinish->setChecked(m_hadFinish);
    m_remaining->setToolTip(tr("Working time still to go, for example 3d or 4h; what is done stays done"));

    auto *form = new QFormLayout;
    form->addRow(heading);
    form->addRow(scheduled);
    form->addRow(tr("% &complete:"), m_percent);
    form->addRow(tr("% &work complete:"), m_workPercent);
    form->addRow(tr("Actual &start:"), optional(m_hasStart, m_start, this));
    form->addRow(tr("Actual &finish:"), optional(m_hasFinish, m_finish, this));
    form->addRow(tr("&Remaining duration:"), m_remaining);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgressDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void ProgressDialog::focusField(const QByteArray &field)
{
    QWidget *w = field == "percent_work_complete" ? static_cast<QWidget *>(m_workPercent)
                 : field == "remaining_duration"  ? static_cast<QWidget *>(m_remaining)
                 : field == "actual_start"        ? static_cast<QWidget *>(m_start)
                 : field == "actual_finish"       ? static_cast<QWidget *>(m_finish)
                                                  : static_cast<QWidget *>(m_percent);
    w->setFocus();
}

void ProgressDialog::save()
{
    EditService::Progress progress;
    if (m_percent->value() != m_percentShown || m_tasks.size() > 1)
        progress.percentComplete = m_percent->value();
    if (m_workPercent->isEnabled() && m_workPercent->value() != m_workPercentShown)
        progress.percentWorkComplete = m_workPercent->value();
    if (m_hasStart->isChecked() != m_hadStart || (m_hasStart->isChecked() && m_start->dateTime() != m_startShown))
        progress.actualStart = m_hasStart->isChecked() ? toMinutes(m_start->dateTime()) : kNoTime;
    if (m_hasFinish->isChecked() != m_hadFinish || (m_hasFinish->isChecked() && m_finish->dateTime() != m_finishShown))
        progress.actualFinish = m_hasFinish->isChecked() ? toMinutes(m_finish->dateTime()) : kNoTime;
    // A finish given makes the task complete, as in Microsoft Project.
    if (progress.actualFinish && *progress.actualFinish != kNoTime)
        progress.percentComplete = 100;
    const QString remaining = m_remaining->text().trimmed();
    if (!remaining.isEmpty() && remaining != m_remainingShown && !progress.percentComplete) {
        Minutes minutes = 0;
        bool elapsed = false;
        QString error;
        if (!m_model->parseDuration(remaining, &minutes, &elapsed, &error)) {
            QMessageBox::warning(this, windowTitle(), tr("Remaining duration: %1").arg(error));
            m_remaining->setFocus();
            return;
        }
        progress.remainingDuration = minutes;
    }
    const Edit edit = EditService(m_ws).recordProgress(m_tasks, progress);
    if (!edit.ok()) {
        QMessageBox::warning(this, windowTitle(), edit.error);
        focusField(edit.field);
        return;
    }
    m_edit = edit;
    accept();
}

UpdateProjectDialog::UpdateProjectDialog(const Workspace &ws, const Id &project, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_project(project)
    , m_date(new QDateEdit(this))
    , m_proportional(new QRadioButton(tr("Set 0 % – 100 % complete: tasks under way as far as their working time has passed"), this))
    , m_zeroOrHundred(new QRadioButton(tr("Set 0 % or 100 % complete only: tasks that should have finished"), this))
{
    setWindowTitle(tr("Update Project"));
    const Project *p = ws.get<Project>(project);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());
    m_date->setDate(p && p->statusDate != kNoTime ? toDate(p->statusDate) : QDate::currentDate());
    m_proportional->setChecked(true);

    auto *intro = new QLabel(tr("Marks the work scheduled through the end of the status date as done, and sets the "
                                "project's status date. Progress already recorded is kept where it is further."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(intro);
    form->addRow(tr("Update work as complete &through:"), m_date);
    form->addRow(m_proportional);
    form->addRow(m_zeroOrHundred);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Update"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UpdateProjectDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void UpdateProjectDialog::save()
{
    const Edit edit = EditService(m_ws).updateProjectAsOf(m_project, m_date->date(),
                                                          m_proportional->isChecked() ? EditService::ProgressRule::Proportional
                                                                                      : EditService::ProgressRule::ZeroOrHundred);
    if (!edit.ok()) {
        QMessageBox::warning(this, windowTitle(), edit.error);
        return;
    }
    m_edit = edit;
    accept();
}

} // namespace Keel
