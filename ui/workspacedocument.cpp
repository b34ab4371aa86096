#include "workspacedocument.h"

#include "changesetcommand.h"

#include <edit/plancache.h>
#include <store/store.h>

#include <QFileInfo>
#include <QUndoStack>

namespace Keel {

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_planCache(std::make_unique<PlanCache>(m_store->workspace()))
    , m_undoStack(std::make_unique<QUndoStack>())
{
    Q_ASSERT(m_store);
}

WorkspaceDocument::~WorkspaceDocument()
{
    m_undoStack.reset();
}

std::unique_ptr<WorkspaceDocument> WorkspaceDocument::openOrCreate(const QString &path, QString *error)
{
    std::unique_ptr<Store> store =
        QFileInfo::exists(path) ? Store::open(path, error) : Store::create(path, error);
    if (!store)
        return nullptr;
    return std::make_unique<WorkspaceDocument>(std::move(store));
}

const Workspace &WorkspaceDocument::workspace() const
{
    return m_store->workspace();
}

QString WorkspaceDocument::filePath() const
{
    return m_store->path();
}

QString WorkspaceDocument::displayName() const
{
    const QString name = workspace().settings().name;
    if (!name.trimmed().isEmpty())
        return name;
    return m_store->isInMemory() ? QString() : QFileInfo(m_store->path()).completeBaseName();
}

bool WorkspaceDocument::apply(const ChangeSet &changes, QString *error, bool mergeable)
{
    if (changes.isEmpty())
        return true;
    QString why;
    auto command = ChangeSetCommand::apply(*m_store, changes, &why,
                                           [this](const QString &message) { Q_EMIT changeRefused(message); });
    if (!command) {
        if (error)
            *error = why;
        Q_EMIT changeRefused(why);
        return false;
    }
    command->setMergeable(mergeable);
    command->setPlanCache(m_planCache.get());
    m_undoStack->push(command.release());
    return true;
}

} // namespace Keel
