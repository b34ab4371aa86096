#include <catch2/catch.hpp>

#include <model/documentimport.h>
#include <model/requeststatus.h>
#include <model/workspace.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Keel;

TEST_CASE("document content is hashed with SHA-256 in lower-case hex", "[model][documents]")
{
    CHECK(documentSha256(QByteArray("abc")) ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(documentSha256({}) ==
          QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

TEST_CASE("reading a document file gives its name, type and bytes or a clear error", "[model][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("minutes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Kick-off minutes\n");
    f.close();

    QString error;
    const std::optional<DocumentFile> file = readDocumentFile(path, &error);
    REQUIRE(file);
    CHECK(file->name == QStringLiteral("minutes.txt"));
    CHECK(file->mimeType == QStringLiteral("text/plain"));
    CHECK(file->content == QByteArray("Kick-off minutes\n"));

    CHECK_FALSE(readDocumentFile(dir.filePath(QStringLiteral("missing.pdf")), &error));
    CHECK(error.contains(QStringLiteral("missing.pdf")));
    CHECK(error.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(readDocumentFile(dir.path(), &error));
    CHECK(error.contains(QStringLiteral("folder")));
}

TEST_CASE("attaching needs a project; a new version needs a document", "[model][documents]")
{
    Workspace ws;
    const DocumentFile file{QStringLiteral("plan.pdf"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.7")};
    QString error;
    Id documentId;
    CHECK(attachDocumentChanges(ws, newId(), file, {}, &documentId, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("plan.pdf")));
    error.clear();
    CHECK(newDocumentVersionChanges(ws, newId(), file, {}, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("no longer exists")));
    CHECK(documentVersions(ws, newId()).isEmpty());
    CHECK(documentVersion(ws, newId()) == nullptr);
}

TEST_CASE("request status changes record response and resolution times", "[model][requests]")
{
    Request r;
    setRequestStatus(r, RequestStatus::InProgress, 1000);
    CHECK(r.status == RequestStatus::InProgress);
    CHECK(r.respondedUtcMs == 1000);
    CHECK(r.resolvedUtcMs == 0);
    setRequestStatus(r, RequestStatus::Resolved, 2000);
    CHECK(r.respondedUtcMs == 1000);
    CHECK(r.resolvedUtcMs == 2000);
    setRequestStatus(r, RequestStatus::Resolved, 3000);
    CHECK(r.resolvedUtcMs == 2000);
    setRequestStatus(r, RequestStatus::Waiting, 4000);
    CHECK(r.resolvedUtcMs == 0);
    CHECK(isRequestDone(RequestStatus::Rejected));
    CHECK_FALSE(isRequestDone(RequestStatus::Waiting));
}
