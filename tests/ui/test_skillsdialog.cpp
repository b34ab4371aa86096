// The skill catalogue: added, renamed and deleted from its dialog, each an undo step; deleting a
// skill takes the people's ratings with it and undo brings them back.

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <store/store.h>
#include <ui/skillsdialog.h>
#include <ui/workspacedocument.h>

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

TEST_CASE("Skill catalogue: add, rename, delete with the ratings, undo", "[resources][skills]")
{
    auto doc = std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Skills")));
    Resource ann;
    ann.id = newId();
    ann.name = QStringLiteral("Ann");
    REQUIRE(doc->apply(ChangeSet().insert(ann)));
    const Workspace &ws = doc->workspace();

    SkillsDialog d(doc.get());
    REQUIRE(d.addSkill(QStringLiteral("SQL"), QStringLiteral("Data")));
    REQUIRE(d.addSkill(QStringLiteral("Java")));
    REQUIRE(d.table()->rowCount() == 2);
    CHECK(d.table()->item(0, 0)->text() == u"Java"); // sorted by name
    Id sql;
    for (const Skill &s : ws.table<Skill>())
        if (s.name == u"SQL")
            sql = s.id;
    REQUIRE(!sql.isNull());
    ResourceSkill rating;
    rating.id = newId();
    rating.resourceId = ann.id;
    rating.skillId = sql;
    rating.level = 4;
    REQUIRE(doc->apply(ChangeSet().insert(rating)));

    // Rename in the table.
    d.table()->item(1, 0)->setText(QStringLiteral("SQL and databases"));
    CHECK(ws.get<Skill>(sql)->name == u"SQL and databases");
    const int steps = doc->undoStack()->count();

    // Delete, confirmed: the rating goes with it; undo brings both back.
    d.table()->setCurrentCell(1, 0);
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    d.deleteSkill();
    CHECK_FALSE(ws.get<Skill>(sql));
    CHECK_FALSE(ws.get<ResourceSkill>(rating.id));
    CHECK(doc->undoStack()->count() == steps + 1);
    doc->undoStack()->undo();
    CHECK(ws.get<Skill>(sql));
    CHECK(ws.get<ResourceSkill>(rating.id));

    // A skill needs a name: refused, with the reason shown, and nothing added.
    MessageCatcher messages;
    messages.arm();
    CHECK_FALSE(d.addSkill(QStringLiteral(" ")));
    CHECK(messages.texts.size() == 1);
    CHECK(ws.table<Skill>().size() == 2);
}
