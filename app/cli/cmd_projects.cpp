#include "command.h"

#include <model/recordjson.h>
#include <store/store.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Keel;
using namespace Keel::Cli;

namespace {

int run(const QStringList &argv)
{
    const Args args(argv, {}, {QStringLiteral("--json")});
    if (!args.ok())
        return usage(QStringLiteral("projects"), args.error());
    if (args.positional().size() != 1)
        return usage(QStringLiteral("projects"), QStringLiteral("expected one FILE"));
    auto store = openWorkspace(QStringLiteral("projects"), args.positional().first());
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    std::vector<const Project *> list;
    for (const Project &p : ws.projects())
        list.push_back(&p);
    std::sort(list.begin(), list.end(), [](const Project *a, const Project *b) {
        return a->code < b->code || (a->code == b->code && a->name < b->name);
    });
    auto clientName = [&](const Project *p) {
        const Client *c = ws.get<Client>(p->clientId);
        return c ? c->name : QString();
    };
    if (args.flag(QStringLiteral("--json"))) {
        // The one JSON shape of a project record (model/recordjson.h), as `list WS project` prints.
        QJsonArray a;
        for (const Project *p : list)
            a.append(RecordJson::toJson(ws, EntityType::Project, p->id));
        out(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    for (const Project *p : list) {
        out(QStringLiteral("%1  %2  %3  %4  %5 → %6\n")
                .arg(p->code, -10)
                .arg(p->name, -36)
                .arg(clientName(p), -28)
                .arg(enumName(p->phase), -10)
                .arg(toDate(p->start).toString(Qt::ISODate), toDate(p->finish).toString(Qt::ISODate)));
    }
    return Ok;
}

const Registration reg{{
    QStringLiteral("projects"),
    QStringLiteral("projects FILE [--json]"),
    QStringLiteral("Lists the projects of a workspace."),
    QStringLiteral("Lists each project's code, name, client, lifecycle phase, start and finish.\n\n"
                   "  --json   the projects as records: [{\"id\", \"code\", \"name\", \"client_id\", \"phase\", …}], the shape\n"
                   "           `keel-cli list WS project --json` prints"),
    run,
}};

} // namespace
