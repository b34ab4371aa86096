// Applies numbered ChangeSets to a workspace until killed. ChangeSet k inserts task "t<k>", links it
// after "t<k-1>" and renames the project to "p<k>", so a reader can tell whether each is whole.

#include <store/store.h>

#include <QCoreApplication>

#include <cstdio>

using namespace Keel;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    QString error;
    auto store = Store::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const Workspace &ws = store->workspace();
    const Project &project = *ws.projects().begin();
    QHash<QString, Id> byName;
    for (const Task &t : ws.tasks())
        byName.insert(t.name, t.id);
    for (qsizetype k = ws.tasks().size() + 1;; ++k) {
        Task t;
        t.id = newId();
        t.projectId = project.id;
        t.name = QStringLiteral("t%1").arg(k);
        t.order = int(k);
        t.duration = 480;
        ChangeSet cs(QStringLiteral("step %1").arg(k));
        cs.insert(t);
        if (k > 1) {
            Dependency d;
            d.id = newId();
            d.predecessorId = byName.value(QStringLiteral("t%1").arg(k - 1));
            d.successorId = t.id;
            cs.insert(d);
        }
        cs.update(EntityType::Project, project.id, "name", QStringLiteral("p%1").arg(k));
        if (!store->apply(cs, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        byName.insert(t.name, t.id);
    }
}
