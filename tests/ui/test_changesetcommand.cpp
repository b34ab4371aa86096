#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <store/store.h>
#include <ui/changesetcommand.h>
#include <ui/workspacedocument.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

ChangeSet rename(const Id &id, const QString &name)
{
    ChangeSet cs(QStringLiteral("Rename"));
    cs.update(EntityType::Project, id, "name", name);
    return cs;
}

} // namespace

TEST_CASE("ChangeSetCommand applies through the store, undoes with the inverse and redoes", "[undo]")
{
    auto store = Store::createInMemory();
    QUndoStack stack;
    const Id id = newId();

    QString error;
    auto command = ChangeSetCommand::apply(
        *store, insertProject(id, QStringLiteral("P-1"), QStringLiteral("First")), &error);
    REQUIRE(command);
    CHECK(error.isEmpty());
    CHECK(command->text() == QStringLiteral("Insert project"));
    REQUIRE(store->workspace().get<Project>(id));
    const qint64 logged = store->changeSetCount();
    stack.push(command.release()); // the first redo() does not apply it twice
    CHECK(store->changeSetCount() == logged);
    REQUIRE(store->workspace().projects().size() == 1);

    stack.push(ChangeSetCommand::apply(*store, rename(id, QStringLiteral("Second")), &error).release());
    CHECK(store->workspace().get<Project>(id)->name == QStringLiteral("Second"));

    stack.undo();
    CHECK(store->workspace().get<Project>(id)->name == QStringLiteral("First"));
    stack.undo();
    CHECK(store->workspace().get<Project>(id) == nullptr);
    stack.redo();
    REQUIRE(store->workspace().get<Project>(id));
    CHECK(store->workspace().get<Project>(id)->name == QStringLiteral("First"));
    stack.redo();
    CHECK(store->workspace().get<Project>(id)->name == QStringLiteral("Second"));
    // Every undo and redo went through the one change path, so the change log has them all.
    CHECK(store->changeSetCount() == logged + 5);
}

TEST_CASE("ChangeSetCommand::apply refuses what the store refuses", "[undo]")
{
    auto store = Store::createInMemory();
    QString error;
    auto command = ChangeSetCommand::apply(*store, rename(newId(), QStringLiteral("Nobody")), &error);
    CHECK_FALSE(command);
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Undo is persisted: the file holds the undone state", "[undo][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("undo.keel"));
    const Id id = newId();
    {
        QString error;
        auto doc = WorkspaceDocument::openOrCreate(path, &error);
        REQUIRE(doc);
        REQUIRE(doc->apply(insertProject(id, QStringLiteral("F-1"), QStringLiteral("Filed"))));
        REQUIRE(doc->apply(rename(id, QStringLiteral("Renamed"))));
        doc->undoStack()->undo();
        CHECK(doc->workspace().get<Project>(id)->name == QStringLiteral("Filed"));
    }
    QString error;
    auto reopened = WorkspaceDocument::openOrCreate(path, &error);
    REQUIRE(reopened);
    REQUIRE(reopened->workspace().get<Project>(id));
    CHECK(reopened->workspace().get<Project>(id)->name == QStringLiteral("Filed"));
    CHECK(reopened->undoStack()->count() == 0);
}

TEST_CASE("Mergeable commands on the same fields fold into one undo step", "[undo][merge]")
{
    auto doc = sampleDocument();
    const Id id = projectId(*doc, QStringLiteral("MER-014"));
    QUndoStack *stack = doc->undoStack();

    REQUIRE(doc->apply(rename(id, QStringLiteral("P")), nullptr, true));
    REQUIRE(doc->apply(rename(id, QStringLiteral("Po")), nullptr, true));
    REQUIRE(doc->apply(rename(id, QStringLiteral("Portal")), nullptr, true));
    CHECK(stack->count() == 1);
    CHECK(doc->workspace().get<Project>(id)->name == QStringLiteral("Portal"));
    stack->undo();
    CHECK(doc->workspace().get<Project>(id)->name == QStringLiteral("Patient portal redesign"));
    stack->redo();
    CHECK(doc->workspace().get<Project>(id)->name == QStringLiteral("Portal"));

    // A different field, or a step not marked mergeable, starts a new step.
    ChangeSet phase(QStringLiteral("Phase"));
    phase.update(EntityType::Project, id, "phase", QStringLiteral("closing"));
    REQUIRE(doc->apply(phase, nullptr, true));
    REQUIRE(doc->apply(rename(id, QStringLiteral("Portal 2"))));
    CHECK(stack->count() == 3);

    // Merging back to the original value leaves nothing to undo.
    REQUIRE(doc->apply(rename(id, QStringLiteral("Temp")), nullptr, true));
    REQUIRE(doc->apply(rename(id, QStringLiteral("Portal 2")), nullptr, true));
    CHECK(stack->count() == 3);
}

TEST_CASE("An undo the store refuses is reported and dropped from the stack", "[undo]")
{
    auto doc = sampleDocument();
    const Id id = newId();
    REQUIRE(doc->apply(insertProject(id, QStringLiteral("GONE"), QStringLiteral("Soon gone"))));
    REQUIRE(doc->apply(rename(id, QStringLiteral("Gone soon"))));
    // Someone else (an import, a sync pull) deletes the project outside the undo stack.
    ChangeSet removal(QStringLiteral("Remove"));
    removal.remove(EntityType::Project, id);
    REQUIRE(doc->store().apply(removal));

    QSignalSpy refused(doc.get(), &WorkspaceDocument::changeRefused);
    doc->undoStack()->undo();
    CHECK(refused.count() == 1);
    CHECK(doc->undoStack()->count() == 1);
    CHECK(doc->workspace().get<Project>(id) == nullptr);
}
