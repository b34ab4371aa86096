#pragma once
// A WorkspaceDocument is one open workspace in the desktop: the Store (file and in-memory
// Workspace) together with its undo stack. Views read workspace() and listen to its signals;
// every edit goes through apply(), which runs the store's one change path and records an undo step.

#include <model/changeset.h>

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace Keel {

class PlanCache;
class Store;
class Workspace;

class WorkspaceDocument : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceDocument(std::unique_ptr<Store> store, QObject *parent = nullptr);
    ~WorkspaceDocument() override;

    /// Opens the workspace file at `path`, or creates it if it does not exist. On failure returns
    /// nullptr and *error holds the store's message, which names the file and the reason.
    static std::unique_ptr<WorkspaceDocument> openOrCreate(const QString &path, QString *error);

    const Workspace &workspace() const;
    Store &store() const { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack.get(); }
    /// The schedules of the workspace's projects kept between edits (incremental rescheduling).
    PlanCache *planCache() const { return m_planCache.get(); }
    /// The file's path; empty for a workspace in memory.
    QString filePath() const;
    /// The workspace's name from its settings, else the file's base name.
    QString displayName() const;

    /// Applies `changes` as one undoable step. Returns false, sets *error and emits
    /// changeRefused() when the store refuses them (nothing changed). An empty ChangeSet is a no-op.
    /// `mergeable`: a following step on the same fields of the same entities folds into this one.
    bool apply(const ChangeSet &changes, QString *error = nullptr, bool mergeable = false);

Q_SIGNALS:
    /// A change, an undo or a redo was refused; `message` says why, translated.
    void changeRefused(const QString &message);

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PlanCache> m_planCache;  // after m_store: it listens to its workspace
    std::unique_ptr<QUndoStack> m_undoStack; // after both: its commands go first
};

} // namespace Keel
