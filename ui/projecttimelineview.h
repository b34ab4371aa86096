#pragma once
// ProjectTimelineView: one chronological timeline of what happened with a client on a project —
// requests, documents (with their versions), communication and satisfaction ratings — with a
// filter by kind and the actions that add to it: new request, log communication, record rating,
// attach a document, open a document and add a new version. Shows one project (the project's
// "Client" tab) or every project of one client (the Clients page). Every edit is a ChangeSet
// applied through the WorkspaceDocument, so it is persisted and undoable.

#include "temporarydocumentfiles.h"

#include <model/ids.h>

#include <QWidget>

#include <array>
#include <memory>

class QAction;
class QModelIndex;
class QToolBar;

namespace Keel {

struct DocumentFile;
class PlaceholderTreeView;
class ProjectTimelineModel;
class WorkspaceDocument;

class ProjectTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectTimelineView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~ProjectTimelineView() override;

    /// Shows the timeline of one project (a null id shows nothing).
    void setProjectId(const Id &projectId);
    /// Shows the timeline of every project of a client (a null id shows nothing).
    void setClientId(const Id &clientId);
    Id projectId() const;
    Id clientId() const;

    ProjectTimelineModel *model() const { return m_model; }
    PlaceholderTreeView *view() const { return m_view; }

    /// Attaches the file at `path` to the shown project as a new document. Returns false with
    /// *error set when the file cannot be read or the change is refused. No dialogs.
    bool attachFile(const QString &path, QString *error = nullptr);
    /// Adds the file at `path` as the next version of `documentId`. No dialogs.
    bool addVersionFromFile(const Id &documentId, const QString &path, QString *error = nullptr,
                            const QString &comment = {});
    /// Writes the document's current (or given) version to a temporary file and returns its path;
    /// empty with *error set on failure.
    QString exportToTemporaryFile(const Id &documentId, int version = 0, QString *error = nullptr);

private:
    bool attachTo(const Id &projectId, const DocumentFile &file, QString *error);
    void newRequest();
    void logCommunication();
    void recordRating();
    void attachDocument();
    void openSelectedDocument();
    void addVersion();
    void editEntry(const QModelIndex &index);
    void deleteEntry(const QModelIndex &index);
    void onActivated(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    void updateActions();
    void updateKindLabels();
    void updatePlaceholder();
    void selectEntity(const Id &id);
    QModelIndex currentRow() const;
    Id selectedDocument(int *version = nullptr) const;
    /// The project new entries go to: the shown project, or one chosen among the client's.
    Id targetProject();
    void showError(const QString &message);

    WorkspaceDocument *m_document;
    ProjectTimelineModel *m_model;
    QToolBar *m_toolBar;
    std::array<QAction *, 4> m_kindActions{};
    PlaceholderTreeView *m_view;
    QAction *m_newRequest;
    QAction *m_logCommunication;
    QAction *m_recordRating;
    QAction *m_attach;
    QAction *m_open;
    QAction *m_newVersion;
    TemporaryDocumentFiles m_files;
};

} // namespace Keel
