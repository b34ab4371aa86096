#include "gateoverridedialog.h"

#include "enumtext.h"
#include "workspacedocument.h"

#include <edit/editservice.h>
#include <model/workspace.h>
#include <workflow/phasegate.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keel {

GateOverrideDialog::GateOverrideDialog(WorkspaceDocument *document, const Id &projectId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_projectId(projectId)
    , m_unmet(new QListWidget(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_pass(nullptr)
{
    setObjectName(QStringLiteral("gateOverrideDialog"));
    setWindowTitle(tr("Pass Gate with a Reason"));
    const Workspace &ws = document->workspace();
    const Project *p = ws.get<Project>(projectId);
    const GateCheck gate = PhaseGate::check(ws, projectId);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (p && gate.to)
        intro->setText(tr("%1 has not met the gate from %2 to %3. These items are not met:")
                           .arg(p->name, EnumText::phase(gate.from), EnumText::phase(*gate.to)));
    m_unmet->setObjectName(QStringLiteral("gateOverrideUnmet"));
    m_unmet->setSelectionMode(QAbstractItemView::NoSelection);
    m_unmet->setFocusPolicy(Qt::NoFocus);
    m_unmet->setWordWrap(true);
    m_unmet->setTextElideMode(Qt::ElideNone);
    m_unmet->setResizeMode(QListView::Adjust);
    m_unmet->setAccessibleName(tr("Items not met"));
    for (const GateItem &item : gate.unmet())
        new QListWidgetItem(tr("%1 — %2").arg(item.title, item.reason), m_unmet);
    m_unmet->setMaximumHeight(qMax(4, 2 * int(gate.unmet().size()) + 1) * (fontMetrics().height() + 4));

    auto *reasonLabel = new QLabel(tr("&Reason for passing the gate (kept in the project's communication log and the audit trail):"), this);
    reasonLabel->setWordWrap(true);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("gateOverrideReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why may the project move on although these items are not met?"));
    m_reason->setAccessibleName(tr("Reason"));
    m_error->setObjectName(QStringLiteral("gateOverrideError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_pass = buttons->addButton(gate.to ? tr("Pass to %1").arg(EnumText::phase(*gate.to)) : tr("Pass Gate"),
                                QDialogButtonBox::AcceptRole);
    m_pass->setObjectName(QStringLiteral("gateOverridePass"));
    m_pass->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (pass())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_unmet);
    layout->addSpacing(6);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 420);
    m_reason->setFocus();
}

bool GateOverrideDialog::pass()
{
    const Edit edit = EditService(m_document->workspace()).advanceGate(m_projectId, m_reason->toPlainText());
    QString error = edit.error;
    if (edit.ok() && m_document->apply(edit.changes, &error))
        return true;
    m_error->setText(error);
    m_error->show();
    m_reason->setFocus();
    return false;
}

} // namespace Keel
