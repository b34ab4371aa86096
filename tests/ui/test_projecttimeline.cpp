#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/documentimport.h>
#include <model/workspace.h>
#include <store/store.h>
#include <ui/clientsview.h>
#include <ui/placeholdertreeview.h>
#include <ui/projecttimelinemodel.h>
#include <ui/projecttimelineview.h>
#include <ui/workspacedocument.h>

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

struct TimelineFixture
{
    std::unique_ptr<WorkspaceDocument> document = sampleDocument();
    Id project;
    Id client;

    TimelineFixture()
    {
        const Workspace &ws = document->workspace();
        for (const Project &p : ws.projects()) {
            if (!p.clientId.isNull()) {
                project = p.id;
                client = p.clientId;
                break;
            }
        }
        REQUIRE_FALSE(project.isNull());
        Request r;
        r.id = newId();
        r.projectId = project;
        r.title = QStringLiteral("Add a CSV export");
        r.kind = RequestKind::Change;
        r.priority = RequestPriority::High;
        r.status = RequestStatus::InProgress;
        r.createdUtcMs = 1'700'000'000'000;
        r.dueDate = toMinutes(QDate(2026, 4, 1));
        CommunicationEntry c;
        c.id = newId();
        c.projectId = project;
        c.clientId = client;
        c.kind = CommunicationKind::Meeting;
        c.subject = QStringLiteral("Steering committee");
        c.timeUtcMs = 1'700'100'000'000;
        SatisfactionRating s;
        s.id = newId();
        s.projectId = project;
        s.score = 4;
        s.comment = QStringLiteral("Good pace");
        s.timeUtcMs = 1'699'000'000'000;
        REQUIRE(document->store().apply(ChangeSet().insert(r).insert(c).insert(s)));
    }
};

int rowOfKind(const QAbstractItemModel &model, ProjectTimelineModel::Kind kind)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(ProjectTimelineModel::KindRole).toInt() == int(kind))
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("ProjectTimelineModel lists a project's client history newest first", "[timeline][modeltest]")
{
    TimelineFixture f;
    ProjectTimelineModel model(f.document->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setProjectId(f.project);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, 0).data(ProjectTimelineModel::KindRole).toInt() == int(ProjectTimelineModel::Kind::Communication));
    CHECK(model.index(1, 0).data(ProjectTimelineModel::KindRole).toInt() == int(ProjectTimelineModel::Kind::Request));
    CHECK(model.index(2, 0).data(ProjectTimelineModel::KindRole).toInt() == int(ProjectTimelineModel::Kind::Rating));
    CHECK(model.index(1, ProjectTimelineModel::TitleColumn).data().toString() == QStringLiteral("Add a CSV export"));
    const QString details = model.index(1, ProjectTimelineModel::DetailsColumn).data().toString();
    CHECK(details.contains(QStringLiteral("In progress")));
    CHECK(details.contains(QStringLiteral("High")));
    CHECK(model.index(2, ProjectTimelineModel::TitleColumn).data().toString().contains(QStringLiteral("4 of 5")));

    model.setKindVisible(ProjectTimelineModel::Kind::Request, false);
    CHECK(model.rowCount() == 2);
    CHECK(model.count(ProjectTimelineModel::Kind::Request) == 1);
    model.setKindVisible(ProjectTimelineModel::Kind::Request, true);
    CHECK(model.rowCount() == 3);

    model.setClientId(f.client);
    CHECK(model.rowCount() >= 3);
    CHECK(model.projectIds().contains(f.project));
}

TEST_CASE("attaching a file stores a document with its SHA-256; undo removes it", "[timeline]")
{
    TimelineFixture f;
    ProjectTimelineView view(f.document.get());
    view.setProjectId(f.project);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Statement of work.txt"));
    const QByteArray bytes("Scope: a CSV export of every report.\n");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QString error;
    REQUIRE(view.attachFile(path, &error));
    const Workspace &ws = f.document->workspace();
    REQUIRE(ws.table<Document>().size() == 1);
    const Document &doc = *ws.table<Document>().begin();
    CHECK(doc.name == QStringLiteral("Statement of work.txt"));
    CHECK(doc.projectId == f.project);
    CHECK(doc.currentVersion == 1);
    const DocumentVersion *v = documentVersion(ws, doc.id);
    REQUIRE(v);
    CHECK(v->content == bytes);
    CHECK(v->sha256 == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

    const int row = rowOfKind(*view.model(), ProjectTimelineModel::Kind::Document);
    REQUIRE(row >= 0);
    const QModelIndex docIndex = view.model()->index(row, 0);
    CHECK(view.model()->rowCount(docIndex) == 1);

    SECTION("a new version becomes current and shows as a child row")
    {
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("Scope: CSV and XLSX exports.\n");
        }
        REQUIRE(view.addVersionFromFile(doc.id, path, &error, QStringLiteral("XLSX too")));
        CHECK(ws.get<Document>(doc.id)->currentVersion == 2);
        const QModelIndex again = view.model()->index(rowOfKind(*view.model(), ProjectTimelineModel::Kind::Document), 0);
        CHECK(view.model()->rowCount(again) == 2);
        CHECK(view.model()->index(0, 0, again).data(ProjectTimelineModel::VersionRole).toInt() == 2);

        const QString exported = view.exportToTemporaryFile(doc.id, 1, &error);
        REQUIRE_FALSE(exported.isEmpty());
        QFile out(exported);
        REQUIRE(out.open(QIODevice::ReadOnly));
        CHECK(out.readAll() == bytes);
        f.document->undoStack()->undo();
        CHECK(ws.get<Document>(doc.id)->currentVersion == 1);
    }

    SECTION("undo removes the document and its content")
    {
        f.document->undoStack()->undo();
        CHECK(ws.table<Document>().size() == 0);
        CHECK(ws.table<DocumentVersion>().size() == 0);
        CHECK(rowOfKind(*view.model(), ProjectTimelineModel::Kind::Document) < 0);
        f.document->undoStack()->redo();
        CHECK(ws.table<Document>().size() == 1);
    }

    SECTION("a missing file is refused with a message naming it")
    {
        CHECK_FALSE(view.attachFile(dir.filePath(QStringLiteral("gone.pdf")), &error));
        CHECK(error.contains(QStringLiteral("gone.pdf")));
        CHECK(ws.table<Document>().size() == 1);
    }
}

TEST_CASE("the clients page shows the selected client's contacts and timeline", "[timeline][clients]")
{
    TimelineFixture f;
    ClientsView page(f.document.get());
    page.setCurrentClient(f.client);
    CHECK(page.currentClient() == f.client);
    CHECK(page.timeline()->clientId() == f.client);
    int contacts = 0;
    for (const Contact &c : f.document->workspace().table<Contact>())
        contacts += c.clientId == f.client ? 1 : 0;
    CHECK(page.contactsView()->model()->rowCount() == contacts);
    CHECK(page.timeline()->model()->rowCount() >= 3);
}
