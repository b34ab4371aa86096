#include "lifecycleview.h"

#include <edit/editservice.h>

#include "choicedelegate.h"
#include "enumtext.h"
#include "closingdialog.h"
#include "gateoverridedialog.h"
#include "palettecolors.h"
#include "phasestepper.h"
#include "placeholdertreeview.h"
#include "requirementmodel.h"
#include "workspacedocument.h"

#include <audit/gatehistory.h>
#include <model/workspace.h>
#include <store/store.h>
#include <workflow/phasegate.h>

#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

namespace {

QIcon gateIcon(bool met)
{
    constexpr int kSize = 18;
    QPixmap pixmap(kSize * 2, kSize * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1, 1, kSize - 2, kSize - 2);
    if (met) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawEllipse(box);
        QPainterPath tick;
        tick.moveTo(5, 9.5);
        tick.lineTo(8, 12.5);
        tick.lineTo(13.5, 6);
        p.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
    } else {
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(0.8, 0.8, -0.8, -0.8));
        p.drawLine(QPointF(6.5, 6.5), QPointF(11.5, 11.5));
        p.drawLine(QPointF(11.5, 6.5), QPointF(6.5, 11.5));
    }
    return QIcon(pixmap);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("lifecycleCard"));
    return frame;
}

} // namespace

LifecycleView::LifecycleView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stepper(new PhaseStepper(this))
    , m_title(new QLabel(this))
    , m_archived(new QLabel(this))
    , m_gateTitle(nullptr)
    , m_checklist(new QListWidget(this))
    , m_missing(new QLabel(this))
    , m_advance(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_closeOut(new QPushButton(tr("Sign-off and Lessons Learned…"), this))
    , m_override(new QPushButton(tr("Pass with a Reason…"), this))
    , m_overrides(new QLabel(this))
    , m_scope(new QPlainTextEdit(this))
    , m_saveScope(new QPushButton(tr("Save Scope"), this))
    , m_revertScope(new QPushButton(tr("Revert"), this))
    , m_requirements(new RequirementModel(document, this))
    , m_requirementProxy(new QSortFilterProxyModel(this))
    , m_requirementTable(new PlaceholderTreeView(this))
    , m_addRequirement(new QPushButton(tr("Add Requirement"), this))
    , m_removeRequirement(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("lifecycleView"));

    // The gate card: checklist of the next transition and the buttons that move the project.
    QFrame *gateCard = card(this);
    m_gateTitle = heading(QString(), gateCard);
    m_checklist->setParent(gateCard);
    m_checklist->setObjectName(QStringLiteral("gateChecklist"));
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->setFocusPolicy(Qt::NoFocus);
    m_checklist->setFrameShape(QFrame::NoFrame);
    m_checklist->setIconSize(QSize(18, 18));
    m_checklist->setWordWrap(true);
    m_checklist->setSpacing(3);
    m_checklist->setAccessibleName(tr("Phase gate checklist"));
    QPalette listPalette = m_checklist->palette();
    listPalette.setColor(QPalette::Base, listPalette.color(QPalette::Window));
    m_checklist->setPalette(listPalette);
    m_missing->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("gateMissing"));
    m_advance->setObjectName(QStringLiteral("advancePhase"));
    m_advance->setDefault(true);
    m_back->setObjectName(QStringLiteral("backPhase"));
    m_closeOut->setObjectName(QStringLiteral("closeOut"));
    m_override->setObjectName(QStringLiteral("overrideGate"));
    m_override->setToolTip(tr("Move the project on although the gate is not met, with a written reason"));
    m_overrides->setObjectName(QStringLiteral("gateOverrides"));
    m_overrides->setWordWrap(true);
    m_overrides->setTextFormat(Qt::PlainText);
    m_overrides->setStyleSheet(QStringLiteral("QLabel#gateOverrides { background: #fff8e1; color: #5d4300; "
                                              "border: 1px solid #ffe08a; border-radius: 4px; padding: 6px 10px; }"));
    auto *gateButtons = new QHBoxLayout;
    gateButtons->addWidget(m_advance);
    gateButtons->addWidget(m_override);
    gateButtons->addWidget(m_closeOut);
    gateButtons->addStretch();
    gateButtons->addWidget(m_back);
    auto *gateLayout = new QVBoxLayout(gateCard);
    gateLayout->setContentsMargins(14, 12, 14, 12);
    gateLayout->addWidget(m_gateTitle);
    gateLayout->addWidget(m_checklist, 1);
    gateLayout->addWidget(m_missing);
    gateLayout->addWidget(m_overrides);
    gateLayout->addLayout(gateButtons);

    // The scope card: the statement and the requirements.
    QFrame *scopeCard = card(this);
    m_scope->setParent(scopeCard);
    m_scope->setObjectName(QStringLiteral("scopeStatement"));
    m_scope->setPlaceholderText(tr("What the project delivers, and what it does not: the scope agreed with the client."));
    m_scope->setTabChangesFocus(true);
    m_scope->setMaximumHeight(110);
    m_scope->setAccessibleName(tr("Scope statement"));
    auto *scopeButtons = new QHBoxLayout;
    scopeButtons->addStretch();
    scopeButtons->addWidget(m_revertScope);
    scopeButtons->addWidget(m_saveScope);

    m_requirementProxy->setSourceModel(m_requirements);
    m_requirementProxy->setFilterRole(RequirementModel::ProjectRole);
    m_requirementProxy->setSortRole(RequirementModel::SortRole);
    m_requirementTable->setParent(scopeCard);
    m_requirementTable->setModel(m_requirementProxy);
    m_requirementTable->setObjectName(QStringLiteral("requirementTable"));
    m_requirementTable->setRootIsDecorated(false);
    m_requirementTable->setSortingEnabled(true);
    m_requirementTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_requirementTable->sortByColumn(RequirementModel::CodeColumn, Qt::AscendingOrder);
    m_requirementTable->setPlaceholderText(tr("No requirements yet."));
    m_requirementTable->setItemDelegateForColumn(RequirementModel::PriorityColumn,
                                                 new ChoiceDelegate(RequirementModel::priorityNames(), {}, this));
    m_requirementTable->setItemDelegateForColumn(RequirementModel::AcceptanceColumn,
                                                 new ChoiceDelegate(RequirementModel::acceptanceNames(), {}, this));
    m_requirementTable->fitColumnsWhenShown(RequirementModel::TitleColumn);
    m_requirementTable->setAccessibleName(tr("Requirements"));
    auto *requirementButtons = new QHBoxLayout;
    requirementButtons->addWidget(m_addRequirement);
    requirementButtons->addWidget(m_removeRequirement);
    requirementButtons->addStretch();

    auto *scopeLayout = new QVBoxLayout(scopeCard);
    scopeLayout->setContentsMargins(14, 12, 14, 12);
    scopeLayout->addWidget(heading(tr("Scope statement"), scopeCard));
    scopeLayout->addWidget(m_scope);
    scopeLayout->addLayout(scopeButtons);
    scopeLayout->addSpacing(6);
    scopeLayout->addWidget(heading(tr("Requirements"), scopeCard));
    scopeLayout->addWidget(m_requirementTable, 1);
    scopeLayout->addLayout(requirementButtons);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_archived->setWordWrap(true);
    m_archived->setObjectName(QStringLiteral("archivedBanner"));
    m_archived->setText(tr("This project is closed and archived: it is read-only. Reopen it to make changes."));
    m_archived->setStyleSheet(QStringLiteral("QLabel#archivedBanner { background: #fff4e5; color: #7a4a00; "
                                             "border: 1px solid #f0c36d; border-radius: 4px; padding: 6px 10px; }"));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    columns->addWidget(gateCard, 2);
    columns->addWidget(scopeCard, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_stepper);
    layout->addWidget(m_archived);
    layout->addLayout(columns, 1);

    connect(m_advance, &QPushButton::clicked, this, &LifecycleView::onAdvanceClicked);
    connect(m_back, &QPushButton::clicked, this, &LifecycleView::onBackClicked);
    connect(m_closeOut, &QPushButton::clicked, this, &LifecycleView::onCloseOutClicked);
    connect(m_override, &QPushButton::clicked, this, &LifecycleView::onOverrideClicked);
    connect(m_saveScope, &QPushButton::clicked, this, [this] { saveScope(); });
    connect(m_revertScope, &QPushButton::clicked, this, [this] {
        const Project *p = m_document->workspace().get<Project>(m_projectId);
        m_scope->setPlainText(p ? p->scopeStatement : QString());
        m_scope->document()->setModified(false);
        updateScopeButtons();
    });
    connect(m_scope, &QPlainTextEdit::modificationChanged, this, &LifecycleView::updateScopeButtons);
    connect(m_addRequirement, &QPushButton::clicked, this, &LifecycleView::onAddRequirementClicked);
    connect(m_removeRequirement, &QPushButton::clicked, this, &LifecycleView::removeRequirements);
    connect(m_requirementTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LifecycleView::updateScopeButtons);

    const Workspace &ws = document->workspace();
    connect(&ws, &Workspace::changeSetApplied, this, &LifecycleView::refresh);
    connect(&ws, &Workspace::reset, this, [this] {
        m_scope->document()->setModified(false);
        refresh();
    });
    setProjectId({});
}

LifecycleView::~LifecycleView() = default;

void LifecycleView::setProjectId(const Id &projectId)
{
    m_projectId = projectId;
    m_requirementProxy->setFilterFixedString(projectId.isNull() ? QStringLiteral("-")
                                                                : projectId.toString(QUuid::WithoutBraces));
    const Project *p = m_document->workspace().get<Project>(projectId);
    m_scope->setPlainText(p ? p->scopeStatement : QString());
    m_scope->document()->setModified(false);
    refresh();
}

void LifecycleView::refresh()
{
    const Workspace &ws = m_document->workspace();
    const Project *p = ws.get<Project>(m_projectId);
    setEnabled(p != nullptr);
    if (!p) {
        m_title->setText(tr("No project selected"));
        m_checklist->clear();
        m_archived->hide();
        m_advance->hide();
        m_override->hide();
        m_overrides->hide();
        m_closeOut->hide();
        m_back->hide();
        m_missing->clear();
        m_gateTitle->clear();
        return;
    }
    const bool closed = p->phase == Phase::Closed;
    m_title->setText(p->code.isEmpty() ? p->name : tr("%1 · %2").arg(p->code, p->name));
    m_stepper->setPhase(p->phase);
    m_archived->setVisible(closed);

    const GateCheck gate = PhaseGate::check(ws, m_projectId);
    m_checklist->clear();
    if (gate.to) {
        m_gateTitle->setText(tr("Gate: %1 → %2").arg(EnumText::phase(gate.from), EnumText::phase(*gate.to)));
        for (const GateItem &gi : gate.items) {
            auto *item = new QListWidgetItem(gateIcon(gi.met), gi.title + QLatin1Char('\n') + gi.reason, m_checklist);
            item->setData(MetRole, gi.met);
            item->setData(Qt::UserRole + 2, gi.key);
            item->setToolTip(gi.reason);
            if (!gi.met)
                item->setForeground(palette().color(QPalette::WindowText));
        }
    } else {
        m_gateTitle->setText(tr("Closed"));
        auto *item = new QListWidgetItem(gateIcon(true), tr("Every phase gate was passed and the project is archived."), m_checklist);
        item->setData(MetRole, true);
    }

    const bool met = gate.allMet();
    m_advance->setVisible(gate.to.has_value());
    if (gate.to)
        m_advance->setText(*gate.to == Phase::Closed ? tr("Close and Archive")
                                                     : tr("Advance to %1").arg(EnumText::phase(*gate.to)));
    m_advance->setEnabled(met);
    m_override->setVisible(gate.to.has_value() && !met);
    showOverrides();
    m_closeOut->setVisible(p->phase == Phase::Closing);
    m_closeOut->setDefault(p->phase == Phase::Closing && !met);

    const std::optional<Phase> back = PhaseGate::previous(p->phase);
    m_back->setVisible(back.has_value());
    if (back)
        m_back->setText(closed ? tr("Reopen Project…") : tr("Back to %1…").arg(EnumText::phase(*back)));

    QPalette missingPalette = m_missing->palette();
    if (!gate.to) {
        m_missing->setText(QString());
    } else if (met) {
        missingPalette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
        m_missing->setText(tr("Every item is met: the project can move to %1.").arg(EnumText::phase(*gate.to)));
    } else {
        QStringList missing;
        for (const GateItem &gi : gate.unmet())
            missing << gi.title;
        missingPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        m_missing->setText(tr("Missing before %1: %2.").arg(EnumText::phase(*gate.to), missing.join(tr(", "))));
    }
    m_missing->setPalette(missingPalette);
    m_advance->setToolTip(met ? QString() : m_missing->text());

    m_requirements->setReadOnly(closed);
    m_scope->setReadOnly(closed);
    if (!m_scope->document()->isModified() && m_scope->toPlainText() != p->scopeStatement)
        m_scope->setPlainText(p->scopeStatement);
    m_scope->document()->setModified(m_scope->toPlainText() != p->scopeStatement);
    updateScopeButtons();
}

void LifecycleView::updateScopeButtons()
{
    const Project *p = m_document->workspace().get<Project>(m_projectId);
    const bool editable = p && p->phase != Phase::Closed;
    const bool modified = editable && m_scope->toPlainText() != p->scopeStatement;
    m_saveScope->setEnabled(modified);
    m_revertScope->setEnabled(modified);
    m_addRequirement->setEnabled(editable);
    const QItemSelectionModel *selection = m_requirementTable->selectionModel();
    m_removeRequirement->setEnabled(editable && selection && selection->hasSelection());
}

bool LifecycleView::advance(QString *error)
{
    const AdvanceResult result = PhaseGate::advance(m_document->workspace(), m_projectId);
    if (!result.ok()) {
        if (error) {
            QStringList missing;
            for (const GateItem &gi : result.unmet)
                missing << gi.title + QLatin1String(": ") + gi.reason;
            *error = result.error.isEmpty() ? missing.join(QLatin1Char('\n')) : result.error;
        }
        return false;
    }
    return m_document->apply(result.changes, error);
}

bool LifecycleView::goBack(const QString &reason, QString *error)
{
    const std::optional<ChangeSet> changes = PhaseGate::goBack(m_document->workspace(), m_projectId, reason, error);
    return changes && m_document->apply(*changes, error);
}

bool LifecycleView::saveScope(QString *error)
{
    const Project *p = m_document->workspace().get<Project>(m_projectId);
    if (!p)
        return false;
    const QString text = m_scope->toPlainText().trimmed();
    if (text == p->scopeStatement) {
        m_scope->document()->setModified(false);
        return true;
    }
    ChangeSet changes(tr("Edit scope statement of %1").arg(p->name));
    changes.update(EntityType::Project, p->id, "scope_statement", text);
    m_scope->document()->setModified(false);
    if (!m_document->apply(changes, error)) {
        m_scope->document()->setModified(true);
        return false;
    }
    return true;
}

Id LifecycleView::addRequirement(const QString &title)
{
    const Edit edit = EditService(m_document->workspace()).addRequirement(m_projectId, title);
    return edit.ok() && m_document->apply(edit.changes) ? edit.id : Id();
}

void LifecycleView::onAddRequirementClicked()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Add Requirement"), tr("Requirement:"), QLineEdit::Normal,
                                                QString(), &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    const Id id = addRequirement(title);
    const QModelIndex source = m_requirements->indexOf(id);
    if (source.isValid())
        m_requirementTable->setCurrentIndex(m_requirementProxy->mapFromSource(source));
}

void LifecycleView::removeRequirements()
{
    const QModelIndexList rows = m_requirementTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    ChangeSet changes(tr("Remove %n requirement(s)", nullptr, int(rows.size())));
    for (const QModelIndex &index : rows)
        changes.remove(EntityType::Requirement, index.data(RequirementModel::IdRole).value<QUuid>());
    m_document->apply(changes);
}

void LifecycleView::onAdvanceClicked()
{
    if (m_scope->document()->isModified() && !saveScope())
        return;
    advance();
}

void LifecycleView::onBackClicked()
{
    const Project *p = m_document->workspace().get<Project>(m_projectId);
    if (!p)
        return;
    const std::optional<Phase> back = PhaseGate::previous(p->phase);
    if (!back)
        return;
    bool ok = false;
    const QString title = p->phase == Phase::Closed ? tr("Reopen Project") : tr("Back to %1").arg(EnumText::phase(*back));
    const QString reason = QInputDialog::getMultiLineText(
        this, title, tr("Why does %1 go back to %2? The reason is kept in the project's communication log.")
                         .arg(p->name, EnumText::phase(*back)),
        QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!goBack(reason, &error) && !error.isEmpty() && reason.trimmed().isEmpty())
        m_missing->setText(error);
}

void LifecycleView::showOverrides()
{
    QStringList lines;
    for (const GatePassage &p : GateHistory::of(m_document->store(), m_projectId)) {
        if (!p.overridden || p.withdrawn)
            continue;
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.utcMs).toLocalTime(),
                                                QStringLiteral("yyyy-MM-dd HH:mm"));
        lines << tr("%1 → %2 passed by override on %3 by %4. %5")
                     .arg(EnumText::phase(p.from), EnumText::phase(p.to), when, p.actor,
                          p.reason.simplified());
    }
    m_overrides->setText(lines.join(QLatin1Char('\n')));
    m_overrides->setVisible(!lines.isEmpty());
}

void LifecycleView::onOverrideClicked()
{
    if (m_scope->document()->isModified() && !saveScope())
        return;
    GateOverrideDialog dialog(m_document, m_projectId, this);
    dialog.exec();
}

void LifecycleView::onCloseOutClicked()
{
    ClosingDialog dialog(m_document->workspace(), m_projectId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ChangeSet changes = dialog.changes();
    QUndoStack *undo = m_document->undoStack();
    undo->beginMacro(changes.description());
    bool ok = changes.isEmpty() || m_document->apply(changes);
    if (ok && dialog.archiveNow())
        ok = advance();
    undo->endMacro();
}

} // namespace Keel
