#include "command.h"

#include <store/store.h>

using namespace Keel;
using namespace Keel::Cli;

namespace {

int run(const QStringList &argv)
{
    const Args args(argv, {QStringLiteral("--name")}, {});
    if (!args.ok())
        return usage(QStringLiteral("new"), args.error());
    if (args.positional().size() != 1)
        return usage(QStringLiteral("new"), QStringLiteral("expected one FILE"));
    QString error;
    auto store = Store::create(args.positional().first(), &error, args.value(QStringLiteral("--name")));
    if (!store)
        return fail(QStringLiteral("new"), error);
    out(QStringLiteral("Created %1\n").arg(store->path()));
    return Ok;
}

const Registration reg{{
    QStringLiteral("new"),
    QStringLiteral("new FILE [--name NAME]"),
    QStringLiteral("Creates an empty workspace file."),
    QStringLiteral("Creates FILE, an empty Keel workspace with the standard calendar.\n"
                   "Fails if FILE exists.\n\n  --name NAME   the workspace's name (default: the file's name)"),
    run,
}};

} // namespace
