#include "templatesdialog.h"

#include "palettecolors.h"
#include "templateinfodialog.h"
#include "templateoutlinedialog.h"
#include "workspacedocument.h"

#include <edit/editservice.h>
#include <model/workspace.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keel {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

TemplateLanguage uiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? TemplateLanguage::Chinese : TemplateLanguage::English;
}

QString pickName(const QString &en, const QString &zh)
{
    return uiLanguage() == TemplateLanguage::Chinese && !zh.isEmpty() ? zh : en;
}

QString linkText(const TemplateLink &link, const QHash<QString, QString> &wbsOfKey)
{
    QString text = wbsOfKey.value(link.task);
    if (link.type != DependencyType::FinishStart || link.lag != 0)
        text += enumName(link.type).toUpper();
    if (link.lag != 0) {
        const QString amount = QLocale().toString(link.lag, 'g', 4);
        text += (link.lag > 0 ? QStringLiteral("+") : QString())
                + (link.lagUnit == LagUnit::Percent ? TemplatesDialog::tr("%1%").arg(amount)
                                                    : TemplatesDialog::tr("%1 d").arg(amount));
    }
    return text;
}

} // namespace

TemplatesDialog::TemplatesDialog(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_name(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_description(new QLabel(this))
    , m_preview(new QTreeWidget(this))
{
    setWindowTitle(tr("Process Templates"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setHeaderLabels({tr("Template"), tr("Kind")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Process templates"));

    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    m_name->setWordWrap(true);
    PaletteColors::makeQuiet(m_kind);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setHeaderLabels({tr("WBS"), tr("Name"), tr("Duration"), tr("Predecessors")});
    m_preview->setItemsExpandable(false);
    m_preview->setRootIsDecorated(false);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->header()->setStretchLastSection(false);
    m_preview->setAccessibleName(tr("Task outline of the template"));

    auto *newButton = new QPushButton(tr("&New…"), this);
    newButton->setToolTip(tr("A template of your own, with one phase and one task to start from"));
    m_copy = new QPushButton(tr("&Copy…"), this);
    m_copy->setToolTip(tr("A template of your own made from the selected one"));
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setToolTip(tr("The name and description of the selected template"));
    m_editTasks = new QPushButton(tr("Edit &Tasks…"), this);
    m_editTasks->setToolTip(tr("Phases, tasks, durations and predecessors of the selected template"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setToolTip(tr("Delete the selected template of your own; undo brings it back"));
    for (QPushButton *b : {newButton, m_copy, m_rename, m_editTasks, m_delete})
        b->setAutoDefault(false);
    connect(newButton, &QPushButton::clicked, this, &TemplatesDialog::newTemplate);
    connect(m_copy, &QPushButton::clicked, this, &TemplatesDialog::copyTemplate);
    connect(m_rename, &QPushButton::clicked, this, &TemplatesDialog::renameTemplate);
    connect(m_editTasks, &QPushButton::clicked, this, &TemplatesDialog::editTasks);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::deleteTemplate);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_name);
    detailsLayout->addWidget(m_kind);
    detailsLayout->addWidget(m_description);
    detailsLayout->addWidget(m_preview, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 620});

    auto *row = new QHBoxLayout;
    for (QPushButton *b : {newButton, m_copy, m_rename, m_editTasks, m_delete})
        row->addWidget(b);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(960, 600);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &TemplatesDialog::showCurrent);
    const Workspace &ws = m_document->workspace();
    auto changed = [this](EntityType type) {
        if (type == EntityType::ProcessTemplate)
            reload(currentKey());
    };
    connect(&ws, &Workspace::entitiesInserted, this, changed);
    connect(&ws, &Workspace::entitiesRemoved, this, changed);
    connect(&ws, &Workspace::entitiesChanged, this, changed);
    connect(&ws, &Workspace::reset, this, [this] { reload(currentKey()); });
    reload();
}

TemplatesDialog::~TemplatesDialog() = default;

void TemplatesDialog::reload(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QTreeWidgetItem *chosen = nullptr;
    for (const ProcessTemplate &t : ProcessTemplate::available(m_document->workspace())) {
        auto *item = new QTreeWidgetItem({t.displayName(uiLanguage()), t.isBuiltIn() ? tr("Built-in") : tr("Workspace")});
        item->setData(0, KeyRole, t.key);
        if (!t.isBuiltIn()) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
        m_list->addTopLevelItem(item);
        if (t.key == select)
            chosen = item;
    }
    m_list->resizeColumnToContents(1);
    m_list->setCurrentItem(chosen ? chosen : m_list->topLevelItem(0));
    showCurrent();
}

bool TemplatesDialog::selectTemplate(const QString &key)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, KeyRole).toString() == key) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString TemplatesDialog::currentKey() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, KeyRole).toString() : QString();
}

std::optional<ProcessTemplate> TemplatesDialog::current() const
{
    const QString key = currentKey();
    return key.isEmpty() ? std::nullopt : ProcessTemplate::find(m_document->workspace(), key);
}

void TemplatesDialog::showCurrent()
{
    m_preview->clear();
    const std::optional<ProcessTemplate> t = current();
    m_copy->setEnabled(bool(t));
    const bool own = t && !t->isBuiltIn();
    m_rename->setEnabled(own);
    m_editTasks->setEnabled(own);
    m_delete->setEnabled(bool(t));
    if (!t) {
        m_name->clear();
        m_kind->clear();
        m_description->clear();
        return;
    }
    m_name->setText(t->displayName(uiLanguage()));
    m_kind->setText(t->isBuiltIn() ? tr("Built-in template: read-only; copy it to make one of your own.")
                                   : tr("Template of this workspace"));
    m_description->setText(t->displayDescription(uiLanguage()));
    m_description->setVisible(!m_description->text().isEmpty());

    QHash<QString, QString> wbsOfKey;
    for (qsizetype p = 0; p < t->phases.size(); ++p) {
        for (qsizetype i = 0; i < t->phases[p].tasks.size(); ++i)
            wbsOfKey.insert(t->phases[p].tasks[i].key, QStringLiteral("%1.%2").arg(p + 1).arg(i + 1));
    }
    QFont bold = m_preview->font();
    bold.setBold(true);
    const QLocale locale;
    for (qsizetype p = 0; p < t->phases.size(); ++p) {
        const TemplatePhase &phase = t->phases[p];
        auto *phaseItem = new QTreeWidgetItem({QString::number(p + 1), pickName(phase.name, phase.nameZh)});
        for (int c = 0; c < 4; ++c)
            phaseItem->setFont(c, bold);
        m_preview->addTopLevelItem(phaseItem);
        for (const TemplateTask &task : phase.tasks) {
            QStringList predecessors;
            for (const TemplateLink &l : task.after)
                predecessors << linkText(l, wbsOfKey);
            auto *item = new QTreeWidgetItem(
                {wbsOfKey.value(task.key), pickName(task.name, task.nameZh),
                 task.milestone ? tr("Milestone") : tr("%1 d").arg(locale.toString(task.days, 'g', 6)),
                 predecessors.join(tr(", "))});
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            m_preview->addTopLevelItem(item);
        }
    }
    for (int c : {0, 2, 3})
        m_preview->resizeColumnToContents(c);
}

QString TemplatesDialog::applyEdit(const Edit &edit)
{
    QString error = edit.error;
    if (edit.ok() && m_document->apply(edit.changes, &error)) {
        if (const ProcessTemplateRecord *r = m_document->workspace().get<ProcessTemplateRecord>(edit.id))
            reload(r->key);
        return {};
    }
    return error.isEmpty() ? tr("The change was refused.") : error;
}

void TemplatesDialog::newTemplate()
{
    TemplateInfoDialog dialog(tr("New Process Template"),
                              tr("A template of your own starts with one phase and one task; edit its tasks next."),
                              {}, {},
                              [this](const QString &name, const QString &description) {
                                  return applyEdit(EditService(m_document->workspace()).newTemplate(name, description));
                              },
                              this);
    dialog.exec();
}

void TemplatesDialog::copyTemplate()
{
    const std::optional<ProcessTemplate> t = current();
    if (!t)
        return;
    TemplateInfoDialog dialog(tr("Copy Process Template"), tr("A template of your own with the phases and tasks of “%1”.").arg(t->displayName(uiLanguage())),
                              tr("Copy of %1").arg(t->displayName(uiLanguage())), t->displayDescription(uiLanguage()),
                              [this, key = t->key](const QString &name, const QString &description) {
                                  return applyEdit(EditService(m_document->workspace()).copyTemplate(key, name, description));
                              },
                              this);
    dialog.exec();
}

void TemplatesDialog::renameTemplate()
{
    const std::optional<ProcessTemplate> t = current();
    if (!t || t->isBuiltIn())
        return;
    TemplateInfoDialog dialog(tr("Rename Process Template"), {}, t->name, t->description,
                              [this, id = t->recordId](const QString &name, const QString &description) {
                                  const ProcessTemplateRecord *r = m_document->workspace().get<ProcessTemplateRecord>(id);
                                  if (!r)
                                      return tr("The template no longer exists.");
                                  ProcessTemplateRecord edited = *r;
                                  edited.name = name;
                                  edited.description = description;
                                  return applyEdit(EditService(m_document->workspace()).saveTemplate(edited));
                              },
                              this);
    dialog.exec();
}

void TemplatesDialog::editTasks()
{
    const std::optional<ProcessTemplate> t = current();
    if (!t || t->isBuiltIn())
        return;
    TemplateOutlineDialog dialog(*t,
                                 [this, tmpl = *t](const QList<TemplateOutlineRow> &rows) {
                                     QString error;
                                     const std::optional<ProcessTemplate> edited = tmpl.withOutline(rows, &error);
                                     if (!edited)
                                         return error;
                                     const ProcessTemplateRecord *r =
                                         m_document->workspace().get<ProcessTemplateRecord>(tmpl.recordId);
                                     if (!r)
                                         return tr("The template no longer exists.");
                                     ProcessTemplateRecord record = *r;
                                     record.body = QString::fromUtf8(edited->toJson());
                                     return applyEdit(EditService(m_document->workspace()).saveTemplate(record));
                                 },
                                 this);
    dialog.exec();
}

void TemplatesDialog::deleteTemplate()
{
    const std::optional<ProcessTemplate> t = current();
    if (!t)
        return;
    const Edit edit = EditService(m_document->workspace()).deleteTemplate(t->key);
    if (!edit.ok()) {
        QMessageBox::information(this, tr("Delete Template"), edit.error);
        return;
    }
    if (QMessageBox::question(this, tr("Delete Template"),
                              tr("Delete the template “%1”? Projects made from it keep their tasks; undo brings it back.")
                                  .arg(t->name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_document->apply(edit.changes, &error))
        QMessageBox::warning(this, tr("Delete Template"), error);
    reload();
}

QString TemplatesDialog::saveProjectAsTemplate(WorkspaceDocument *document, const Id &project, QWidget *parent)
{
    const Project *p = document->workspace().get<Project>(project);
    if (!p)
        return {};
    QString key;
    TemplateInfoDialog dialog(tr("Save as Template"),
                              tr("The phases, tasks, durations, links, milestones and skill needs of “%1” become a "
                                 "template of this workspace; dates, progress, people and money stay with the project.")
                                  .arg(p->name),
                              p->name, p->description,
                              [&](const QString &name, const QString &description) {
                                  const Edit e = EditService(document->workspace()).saveProjectAsTemplate(project, name, description);
                                  QString error = e.error;
                                  if (e.ok() && document->apply(e.changes, &error)) {
                                      key = document->workspace().get<ProcessTemplateRecord>(e.id)->key;
                                      return QString();
                                  }
                                  return error;
                              },
                              parent);
    dialog.setObjectName(QStringLiteral("saveAsTemplateDialog"));
    dialog.exec();
    return key;
}

} // namespace Keel
