#include "baselinedialog.h"

#include <edit/editservice.h>
#include <model/workspace.h>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Keel {

BaselineDialog::BaselineDialog(const Workspace &ws, const Id &project, const QList<Id> &selectedTasks, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_project(project)
    , m_tasks(selectedTasks)
    , m_number(new QSpinBox(this))
    , m_whole(new QRadioButton(tr("The whole project"), this))
    , m_selected(new QRadioButton(tr("Only the %n selected task(s)", nullptr, int(selectedTasks.size())), this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Baseline"));
    m_number->setRange(0, 10);
    m_number->setSpecialValueText(tr("Baseline (0)"));
    m_number->setPrefix(tr("Baseline "));
    m_whole->setChecked(true);
    m_selected->setEnabled(!selectedTasks.isEmpty());
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("Save for:"), m_whole);
    form->addRow(QString(), m_selected);
    form->addRow(QString(), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *saveButton = buttons->addButton(tr("&Save Baseline"), QDialogButtonBox::AcceptRole);
    m_clear = buttons->addButton(tr("C&lear Baseline"), QDialogButtonBox::DestructiveRole);
    saveButton->setDefault(true);
    connect(saveButton, &QPushButton::clicked, this, &BaselineDialog::save);
    connect(m_clear, &QPushButton::clicked, this, &BaselineDialog::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_number, &QSpinBox::valueChanged, this, &BaselineDialog::updateNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateNote();
    resize(460, sizeHint().height());
}

void BaselineDialog::updateNote()
{
    const Baseline *saved = nullptr;
    for (const Baseline &b : m_ws.table<Baseline>()) {
        if (b.projectId == m_project && b.number == m_number->value())
            saved = &b;
    }
    m_clear->setEnabled(saved != nullptr);
    const QDate day = saved ? QDateTime::fromMSecsSinceEpoch(saved->savedUtcMs).toLocalTime().date() : QDate();
    m_note->setText(saved ? tr("Saved on %1; saving again replaces it.").arg(QLocale().toString(day, QLocale::ShortFormat))
                          : tr("Not saved yet."));
}

void BaselineDialog::finish(const Edit &edit)
{
    if (!edit.ok()) {
        QMessageBox::warning(this, windowTitle(), edit.error);
        return;
    }
    m_edit = edit;
    accept();
}

void BaselineDialog::save()
{
    finish(EditService(m_ws).setBaseline(m_project, m_number->value(), m_selected->isChecked() ? m_tasks : QList<Id>()));
}

void BaselineDialog::clear()
{
    finish(EditService(m_ws).clearBaseline(m_project, m_number->value()));
}

} // namespace Keel
