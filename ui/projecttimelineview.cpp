#include "projecttimelineview.h"

#include "communicationdialog.h"
#include "placeholdertreeview.h"
#include "projecttimelinemodel.h"
#include "ratingdialog.h"
#include "requestdialog.h"
#include "workspacedocument.h"

#include <model/documentimport.h>
#include <model/entityedit.h>
#include <model/workspace.h>
#include <store/store.h>

#include <QAction>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Keel {

namespace {

using Kind = ProjectTimelineModel::Kind;

QString lastDirectory()
{
    return QSettings().value(QStringLiteral("views/timeline/lastDirectory"), QDir::homePath()).toString();
}

void rememberDirectory(const QString &file)
{
    QSettings().setValue(QStringLiteral("views/timeline/lastDirectory"), QFileInfo(file).absolutePath());
}

} // namespace

ProjectTimelineView::ProjectTimelineView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ProjectTimelineModel(document->workspace(), this))
    , m_toolBar(new QToolBar(this))
    , m_view(new PlaceholderTreeView(this))
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_newRequest = m_toolBar->addAction(tr("New Request…"), this, &ProjectTimelineView::newRequest);
    m_logCommunication = m_toolBar->addAction(tr("Log Communication…"), this, &ProjectTimelineView::logCommunication);
    m_recordRating = m_toolBar->addAction(tr("Record Rating…"), this, &ProjectTimelineView::recordRating);
    m_toolBar->addSeparator();
    m_attach = m_toolBar->addAction(tr("Attach Document…"), this, &ProjectTimelineView::attachDocument);
    m_open = m_toolBar->addAction(tr("Open"), this, &ProjectTimelineView::openSelectedDocument);
    m_newVersion = m_toolBar->addAction(tr("New Version…"), this, &ProjectTimelineView::addVersion);
    m_newRequest->setToolTip(tr("Record a question, change request or issue from the client"));
    m_logCommunication->setToolTip(tr("Log an e-mail, meeting, call or note"));
    m_recordRating->setToolTip(tr("Record how satisfied the client is"));
    m_attach->setToolTip(tr("Store a file in the workspace as a new document of the project"));
    m_open->setToolTip(tr("Open the selected document version"));
    m_newVersion->setToolTip(tr("Store a file as the next version of the selected document"));

    auto *filters = new QToolBar(this);
    filters->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *show = new QLabel(tr("Show:"), filters);
    show->setContentsMargins(6, 0, 4, 0);
    filters->addWidget(show);
    for (int k = 0; k < ProjectTimelineModel::kKindCount; ++k) {
        QAction *a = filters->addAction(QString());
        a->setCheckable(true);
        a->setChecked(true);
        a->setToolTip(tr("Show or hide this kind of entry"));
        connect(a, &QAction::toggled, this, [this, k](bool on) { m_model->setKindVisible(Kind(k), on); });
        m_kindActions[size_t(k)] = a;
    }

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setRootIsDecorated(true);
    m_view->setItemsExpandable(true);
    m_view->setSortingEnabled(false);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProjectTimelineModel::WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProjectTimelineModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProjectTimelineModel::ProjectColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProjectTimelineModel::DetailsColumn, QHeaderView::Stretch);
    header->resizeSection(ProjectTimelineModel::TitleColumn, 260);
    // The project shows right after the date when the timeline spans a client's projects.
    header->moveSection(header->visualIndex(ProjectTimelineModel::ProjectColumn), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(filters);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::activated, this, &ProjectTimelineView::onActivated);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProjectTimelineView::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateKindLabels();
        updatePlaceholder();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectTimelineView::updateActions);
    updateKindLabels();
    updatePlaceholder();
    updateActions();
}

ProjectTimelineView::~ProjectTimelineView() = default;

void ProjectTimelineView::setProjectId(const Id &projectId)
{
    m_model->setProjectId(projectId);
    m_view->setColumnHidden(ProjectTimelineModel::ProjectColumn, true);
    updatePlaceholder();
    updateActions();
}

void ProjectTimelineView::setClientId(const Id &clientId)
{
    m_model->setClientId(clientId);
    m_view->setColumnHidden(ProjectTimelineModel::ProjectColumn, false);
    updatePlaceholder();
    updateActions();
}

Id ProjectTimelineView::projectId() const
{
    return m_model->projectId();
}

Id ProjectTimelineView::clientId() const
{
    return m_model->clientId();
}

void ProjectTimelineView::updateKindLabels()
{
    const QString labels[] = {tr("Requests (%1)"), tr("Documents (%1)"), tr("Communication (%1)"),
                              tr("Ratings (%1)")};
    for (int k = 0; k < ProjectTimelineModel::kKindCount; ++k)
        m_kindActions[size_t(k)]->setText(labels[k].arg(m_model->count(Kind(k))));
}

void ProjectTimelineView::updatePlaceholder()
{
    if (m_model->projectIds().isEmpty() && m_model->clientId().isNull())
        m_view->setPlaceholderText(tr("Select a project to see its client timeline."));
    else if (m_model->projectIds().isEmpty() && m_model->rowCount() == 0)
        m_view->setPlaceholderText(tr("This client has no projects yet."));
    else
        m_view->setPlaceholderText(tr("Nothing recorded yet: add a request, log a conversation or attach a document."));
}

void ProjectTimelineView::updateActions()
{
    const bool hasProject = !m_model->projectIds().isEmpty();
    m_newRequest->setEnabled(hasProject);
    m_logCommunication->setEnabled(hasProject);
    m_recordRating->setEnabled(hasProject);
    m_attach->setEnabled(hasProject);
    const bool document = !selectedDocument().isNull();
    m_open->setEnabled(document);
    m_newVersion->setEnabled(document);
}

QModelIndex ProjectTimelineView::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
}

Id ProjectTimelineView::selectedDocument(int *version) const
{
    const QModelIndex row = currentRow();
    if (version)
        *version = row.data(ProjectTimelineModel::VersionRole).toInt();
    return row.data(ProjectTimelineModel::DocumentIdRole).value<Id>();
}

void ProjectTimelineView::selectEntity(const Id &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

Id ProjectTimelineView::targetProject()
{
    const QList<Id> projects = m_model->projectIds();
    if (projects.size() <= 1)
        return projects.value(0);
    const Workspace &ws = m_document->workspace();
    const Id selected = currentRow().data(ProjectTimelineModel::ProjectIdRole).value<Id>();
    QStringList labels;
    int current = 0;
    for (const Id &id : projects) {
        const Project *p = ws.get<Project>(id);
        if (id == selected)
            current = int(labels.size());
        labels << (p ? p->code + QStringLiteral(" – ") + p->name : QString());
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Choose Project"), tr("Project:"), labels, current,
                                                 false, &ok);
    if (!ok)
        return {};
    return projects.value(int(labels.indexOf(choice)));
}

void ProjectTimelineView::newRequest()
{
    Request r;
    r.id = newId();
    r.projectId = targetProject();
    if (r.projectId.isNull())
        return;
    r.createdUtcMs = QDateTime::currentMSecsSinceEpoch();
    RequestDialog dialog(m_document->workspace(), r, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Request made = dialog.request();
    ChangeSet changes(tr("New request “%1”").arg(made.title));
    changes.insert(made);
    if (m_document->apply(changes))
        selectEntity(made.id);
}

void ProjectTimelineView::logCommunication()
{
    CommunicationEntry c;
    c.id = newId();
    c.projectId = targetProject();
    if (c.projectId.isNull())
        return;
    if (const Project *p = m_document->workspace().get<Project>(c.projectId))
        c.clientId = p->clientId;
    CommunicationDialog dialog(c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CommunicationEntry made = dialog.entry();
    ChangeSet changes(tr("Log “%1”").arg(made.subject));
    changes.insert(made);
    if (m_document->apply(changes))
        selectEntity(made.id);
}

void ProjectTimelineView::recordRating()
{
    SatisfactionRating s;
    s.id = newId();
    s.projectId = targetProject();
    if (s.projectId.isNull())
        return;
    RatingDialog dialog(m_document->workspace(), s, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SatisfactionRating made = dialog.rating();
    ChangeSet changes(tr("Record a rating of %1").arg(made.score));
    changes.insert(made);
    if (m_document->apply(changes))
        selectEntity(made.id);
}

bool ProjectTimelineView::attachFile(const QString &path, QString *error)
{
    const QList<Id> projects = m_model->projectIds();
    const std::optional<DocumentFile> file = readDocumentFile(path, error);
    return file && attachTo(projects.size() == 1 ? projects.first() : Id(), *file, error);
}

bool ProjectTimelineView::attachTo(const Id &projectId, const DocumentFile &file, QString *error)
{
    Id documentId;
    const ChangeSet changes = attachDocumentChanges(m_document->workspace(), projectId, file,
                                                    {m_document->store().actor(), {}, 0}, &documentId, error);
    if (changes.isEmpty() || !m_document->apply(changes, error))
        return false;
    selectEntity(documentId);
    return true;
}

bool ProjectTimelineView::addVersionFromFile(const Id &documentId, const QString &path, QString *error,
                                             const QString &comment)
{
    const std::optional<DocumentFile> file = readDocumentFile(path, error);
    if (!file)
        return false;
    const ChangeSet changes = newDocumentVersionChanges(m_document->workspace(), documentId, *file,
                                                        {m_document->store().actor(), comment, 0}, error);
    if (changes.isEmpty() || !m_document->apply(changes, error))
        return false;
    selectEntity(documentId);
    return true;
}

QString ProjectTimelineView::exportToTemporaryFile(const Id &documentId, int version, QString *error)
{
    return m_files.write(m_document->workspace(), documentId, version, error);
}

void ProjectTimelineView::attachDocument()
{
    if (m_model->projectIds().isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach Document"), lastDirectory());
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    QString why;
    const std::optional<DocumentFile> file = readDocumentFile(path, &why);
    if (!file) {
        showError(why);
        return;
    }
    const Id project = targetProject();
    // A refused change is reported through the document's changeRefused signal.
    if (!project.isNull())
        attachTo(project, *file, nullptr);
}

void ProjectTimelineView::openSelectedDocument()
{
    int version = 0;
    const Id documentId = selectedDocument(&version);
    if (documentId.isNull())
        return;
    QString why;
    const QString path = exportToTemporaryFile(documentId, version, &why);
    if (path.isEmpty()) {
        showError(why);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showError(tr("No application is set up to open “%1”.").arg(QFileInfo(path).fileName()));
}

void ProjectTimelineView::addVersion()
{
    const Id documentId = selectedDocument();
    if (documentId.isNull())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("New Version"), lastDirectory());
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    bool ok = false;
    const QString comment = QInputDialog::getText(this, tr("New Version"), tr("What changed (optional):"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString why;
    const std::optional<DocumentFile> file = readDocumentFile(path, &why);
    if (!file) {
        showError(why);
        return;
    }
    const ChangeSet changes = newDocumentVersionChanges(m_document->workspace(), documentId, *file,
                                                        {m_document->store().actor(), comment.trimmed(), 0}, &why);
    if (changes.isEmpty())
        showError(why);
    else if (m_document->apply(changes))
        selectEntity(documentId);
}

void ProjectTimelineView::onActivated(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(0);
    if (!row.data(ProjectTimelineModel::DocumentIdRole).isNull()) {
        openSelectedDocument();
        return;
    }
    editEntry(row);
}

void ProjectTimelineView::editEntry(const QModelIndex &index)
{
    const Workspace &ws = m_document->workspace();
    const Id id = index.data(ProjectTimelineModel::IdRole).value<Id>();
    const int kind = index.data(ProjectTimelineModel::KindRole).toInt();
    ChangeSet changes;
    if (kind == int(Kind::Request)) {
        const Request *r = ws.get<Request>(id);
        if (!r)
            return;
        RequestDialog dialog(ws, *r, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Request edited = dialog.request();
        changes.setDescription(tr("Edit request “%1”").arg(edited.title));
        appendUpdates(changes, ws, edited);
    } else if (kind == int(Kind::Communication)) {
        const CommunicationEntry *c = ws.get<CommunicationEntry>(id);
        if (!c)
            return;
        CommunicationDialog dialog(*c, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const CommunicationEntry edited = dialog.entry();
        changes.setDescription(tr("Edit “%1”").arg(edited.subject));
        appendUpdates(changes, ws, edited);
    } else if (kind == int(Kind::Rating)) {
        const SatisfactionRating *s = ws.get<SatisfactionRating>(id);
        if (!s)
            return;
        RatingDialog dialog(ws, *s, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        changes.setDescription(tr("Edit a rating"));
        appendUpdates(changes, ws, dialog.rating());
    }
    m_document->apply(changes);
}

void ProjectTimelineView::deleteEntry(const QModelIndex &index)
{
    const Workspace &ws = m_document->workspace();
    const Id id = index.data(ProjectTimelineModel::IdRole).value<Id>();
    const QString title = index.siblingAtColumn(ProjectTimelineModel::TitleColumn).data().toString();
    ChangeSet changes(tr("Delete “%1”").arg(title));
    switch (index.data(ProjectTimelineModel::KindRole).toInt()) {
    case int(Kind::Request):
        changes.remove(EntityType::Request, id);
        break;
    case int(Kind::Document):
        for (const DocumentVersion *v : documentVersions(ws, id))
            changes.remove(EntityType::DocumentVersion, v->id);
        changes.remove(EntityType::Document, id);
        break;
    case int(Kind::Communication):
        changes.remove(EntityType::CommunicationEntry, id);
        break;
    case int(Kind::Rating):
        changes.remove(EntityType::SatisfactionRating, id);
        break;
    default:
        return;
    }
    m_document->apply(changes);
}

void ProjectTimelineView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos).siblingAtColumn(0);
    QMenu menu(this);
    if (index.isValid()) {
        const bool isDocument = !index.data(ProjectTimelineModel::DocumentIdRole).isNull();
        const bool isVersion = index.data(ProjectTimelineModel::KindRole).toInt() < 0;
        if (isDocument) {
            menu.addAction(m_open);
            menu.addAction(m_newVersion);
        } else {
            menu.addAction(tr("Edit…"), this, [this, index] { editEntry(index); });
        }
        if (!isVersion) {
            menu.addSeparator();
            menu.addAction(tr("Delete"), this, [this, index] { deleteEntry(index); });
        }
        menu.addSeparator();
    }
    menu.addAction(m_newRequest);
    menu.addAction(m_logCommunication);
    menu.addAction(m_recordRating);
    menu.addAction(m_attach);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ProjectTimelineView::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Keel"), message);
}

} // namespace Keel
