// Scheduling fidelity against Microsoft Project, in C++, mirroring tools/mspdi_fidelity.py: each
// corpus MSPDI file is imported, the dates Microsoft Project computed are removed from the
// workspace (start and finish of automatically scheduled tasks, the project finish), the project
// is scheduled by Keel, and the auto-scheduled non-summary tasks' start and finish are compared
// with the file's, to the minute. At least 95 % of them must match over the whole corpus.

#include "interoptest.h"

#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>

#include <catch2/catch.hpp>

#include <QFileInfo>

#include <iostream>

using namespace Keel;
using namespace KeelTest;

TEST_CASE("Keel reproduces Microsoft Project's dates for at least 95% of the corpus tasks", "[interop][fidelity]")
{
    int compared = 0;
    int matched = 0;
    QStringList report;
    for (const QString &path : corpusFiles(QStringLiteral("mspdi"), QStringLiteral(".xml"))) {
        const QString name = QFileInfo(path).fileName();
        if (name == u"aspose-net__not-updated.xml")
            continue; // its stored dates were never recalculated (the checker skips it too)
        Imported imported = importInto(readFile(path), InteropFormat::Mspdi, path);
        INFO(name.toStdString() << ": " << imported.error.toStdString());
        REQUIRE(imported.error.isEmpty());
        const Workspace &ws = imported.store->workspace();

        // What Microsoft Project computed, then forget it.
        struct Expected
        {
            Id id;
            Minutes start;
            Minutes finish;
            QString name;
        };
        std::vector<Expected> expected;
        ChangeSet strip(QStringLiteral("Forget computed dates"));
        for (const Id &id : ws.projectTasks(imported.projectId)) {
            const Task &t = *ws.get<Task>(id);
            if (t.scheduling == SchedulingMode::Manual)
                continue;
            if (!ws.isSummary(id) && t.start != kNoTime && t.finish != kNoTime)
                expected.push_back({id, t.start, t.finish, t.name});
            strip.update(EntityType::Task, id, "start", QVariant::fromValue<qint64>(kNoTime));
            strip.update(EntityType::Task, id, "finish", QVariant::fromValue<qint64>(kNoTime));
        }
        const Project &project = *ws.get<Project>(imported.projectId);
        if (project.scheduleFrom == ScheduleFrom::Start)
            strip.update(EntityType::Project, project.id, "finish", QVariant::fromValue<qint64>(kNoTime));
        QString error;
        REQUIRE(imported.store->apply(strip, &error));

        const ProjectSnapshot snapshot = ProjectSnapshot::build(ws, imported.projectId);
        const ScheduleResult result = CpmScheduler::run(snapshot.snapshot());
        int fileMatched = 0;
        for (const Expected &e : expected) {
            const qint32 i = snapshot.indexOf(e.id);
            REQUIRE(i >= 0);
            const TaskSchedule &r = result.tasks[size_t(i)];
            if (r.start == e.start && r.finish == e.finish) {
                ++fileMatched;
            } else {
                report << QStringLiteral("  %1 “%2”: expected %3 → %4, got %5 → %6")
                              .arg(name, e.name, formatIso(e.start), formatIso(e.finish), formatIso(r.start), formatIso(r.finish));
            }
        }
        compared += int(expected.size());
        matched += fileMatched;

        // Scheduling again from the scheduled workspace changes nothing.
        const ChangeSet dates = snapshot.changes(ws, result);
        REQUIRE(imported.store->apply(dates, &error));
        const ProjectSnapshot again = ProjectSnapshot::build(ws, imported.projectId);
        CHECK(again.changes(ws, CpmScheduler::run(again.snapshot())).isEmpty());
    }
    const double share = compared ? double(matched) / compared : 0;
    std::cout << "MSPDI fidelity: " << matched << "/" << compared << " = " << share * 100 << "%\n"
              << report.join(u'\n').toStdString() << std::endl;
    CHECK(compared > 200);
    CHECK(share >= 0.95);
}
