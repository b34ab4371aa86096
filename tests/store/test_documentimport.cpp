#include <catch2/catch.hpp>

#include <model/documentimport.h>
#include <model/entityedit.h>
#include <store/store.h>

using namespace Keel;

TEST_CASE("documents attach, get new versions and undo through the store", "[store][documents]")
{
    auto store = Store::createInMemory();
    Project p;
    p.id = newId();
    p.code = QStringLiteral("P-1");
    p.name = QStringLiteral("Portal");
    REQUIRE(store->apply(ChangeSet(QStringLiteral("project")).insert(p)));

    const DocumentFile first{QStringLiteral("spec.md"), QStringLiteral("text/markdown"), QByteArray("# Spec\n")};
    QString error;
    Id documentId;
    const ChangeSet attach = attachDocumentChanges(store->workspace(), p.id, first,
                                                   {QStringLiteral("ana"), {}, 1000}, &documentId, &error);
    REQUIRE_FALSE(attach.isEmpty());
    const auto attached = store->apply(attach, &error);
    REQUIRE(attached);
    const Workspace &ws = store->workspace();
    const Document *d = ws.get<Document>(documentId);
    REQUIRE(d);
    CHECK(d->name == QStringLiteral("spec.md"));
    CHECK(d->currentVersion == 1);
    const DocumentVersion *v1 = documentVersion(ws, documentId);
    REQUIRE(v1);
    CHECK(v1->content == first.content);
    CHECK(v1->sha256 == documentSha256(first.content));
    CHECK(v1->author == QStringLiteral("ana"));
    CHECK(v1->createdUtcMs == 1000);

    const DocumentFile second{QStringLiteral("spec.md"), QStringLiteral("text/markdown"), QByteArray("# Spec v2\n")};
    const auto added = store->apply(newDocumentVersionChanges(ws, documentId, second,
                                                              {QStringLiteral("ana"), QStringLiteral("scope"), 2000},
                                                              &error));
    REQUIRE(added);
    CHECK(ws.get<Document>(documentId)->currentVersion == 2);
    REQUIRE(documentVersions(ws, documentId).size() == 2);
    CHECK(documentVersion(ws, documentId)->content == second.content);
    CHECK(documentVersion(ws, documentId, 1)->content == first.content);
    CHECK(documentVersion(ws, documentId, 3) == nullptr);

    REQUIRE(store->apply(added->inverse()));
    CHECK(ws.get<Document>(documentId)->currentVersion == 1);
    CHECK(documentVersions(ws, documentId).size() == 1);
    REQUIRE(store->apply(attached->inverse()));
    CHECK(ws.get<Document>(documentId) == nullptr);
    CHECK(documentVersions(ws, documentId).isEmpty());
}

TEST_CASE("appendUpdates turns an edited copy into field updates", "[store][edit]")
{
    auto store = Store::createInMemory();
    Client c;
    c.id = newId();
    c.name = QStringLiteral("Crescent Bank");
    REQUIRE(store->apply(ChangeSet(QStringLiteral("client")).insert(c)));

    Client edited = c;
    ChangeSet none;
    CHECK(appendUpdates(none, store->workspace(), edited) == 0);
    edited.name = QStringLiteral("Crescent Bank plc");
    edited.industry = QStringLiteral("Banking");
    ChangeSet changes(QStringLiteral("edit"));
    CHECK(appendUpdates(changes, store->workspace(), edited) == 2);
    REQUIRE(store->apply(changes));
    CHECK(store->workspace().get<Client>(c.id)->industry == QStringLiteral("Banking"));
}
