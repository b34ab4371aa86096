#include "planfixture.h"

#include "fixtures.h"

#include <model/workspace.h>
#include <schedule/taskedits.h>
#include <store/store.h>
#include <ui/workspacedocument.h>

#include <QDateTime>

using namespace Keel;

namespace KeelTest {

Id PlanFixture::task(const QString &name) const
{
    for (const Task &t : document->workspace().tasks()) {
        if (t.projectId == project && t.name == name)
            return t.id;
    }
    return {};
}

PlanFixture planFixture()
{
    PlanFixture f;
    f.document = sampleDocument();
    Store &store = f.document->store();
    const auto apply = [&store](const ChangeSet &c) {
        QString error;
        if (!store.apply(c, &error))
            qFatal("plan fixture refused: %s", qPrintable(error));
    };
    f.project = newId();
    ChangeSet c = insertProject(f.project, QStringLiteral("PLAN"), QStringLiteral("Customer portal"));
    apply(c);
    apply(ChangeSet().update(EntityType::Project, f.project, "start", toMinutes(QDate(2025, 3, 3), 8 * 60)));

    struct Row
    {
        const char *name;
        const char *parent;
        int days;
    };
    const Row rows[] = {{"Discovery", nullptr, 0},   {"Interviews", "Discovery", 3}, {"Requirements", "Discovery", 4},
                        {"Build", nullptr, 0},       {"Backend", "Build", 10},       {"Frontend", "Build", 8},
                        {"Integration", "Build", 3}, {"Go-live", nullptr, 0},        {"Support", nullptr, 5}};
    QHash<QString, Id> ids;
    QHash<QString, int> children;
    ChangeSet tasks;
    for (const Row &r : rows) {
        Task t;
        t.id = newId();
        t.projectId = f.project;
        t.name = QString::fromUtf8(r.name);
        t.parentId = r.parent ? ids.value(QString::fromUtf8(r.parent)) : Id();
        t.order = children[r.parent ? QString::fromUtf8(r.parent) : QString()]++;
        t.duration = r.days * 480;
        t.milestone = t.name == QStringLiteral("Go-live");
        ids.insert(t.name, t.id);
        tasks.insert(t);
    }
    apply(tasks);
    const Workspace &ws = f.document->workspace();
    const QList<QPair<const char *, const char *>> links = {{"Interviews", "Requirements"}, {"Requirements", "Backend"},
                                                            {"Requirements", "Frontend"},  {"Backend", "Integration"},
                                                            {"Frontend", "Integration"},   {"Build", "Go-live"},
                                                            {"Go-live", "Support"}};
    for (const auto &[from, to] : links)
        apply(TaskEdits::link(ws, ids.value(QString::fromUtf8(from)), ids.value(QString::fromUtf8(to))).changes);

    ChangeSet people;
    int n = 0;
    for (const Resource &r : ws.resources()) {
        if (n >= 3)
            break;
        Assignment a;
        a.id = newId();
        a.taskId = ids.value(n == 0 ? QStringLiteral("Backend") : n == 1 ? QStringLiteral("Frontend") : QStringLiteral("Interviews"));
        a.resourceId = r.id;
        a.units = n == 2 ? 0.5 : 1.0;
        a.work = 8 * 480;
        people.insert(a);
        ++n;
    }
    apply(people);
    apply(TaskEdits::reschedule(ws, f.project));

    Baseline b;
    b.id = newId();
    b.projectId = f.project;
    b.name = QStringLiteral("Signed plan");
    b.savedUtcMs = QDateTime::currentMSecsSinceEpoch();
    ChangeSet baseline;
    baseline.insert(b);
    for (const Id &id : ws.projectTasks(f.project)) {
        const Task *t = ws.get<Task>(id);
        BaselineTask bt;
        bt.id = newId();
        bt.baselineId = b.id;
        bt.taskId = id;
        bt.start = t->start;
        bt.finish = t->finish;
        bt.duration = t->duration;
        baseline.insert(bt);
    }
    apply(baseline);
    return f;
}

} // namespace KeelTest
