#include "command.h"

#include <edit/editservice.h>
#include <store/store.h>
#include <workflow/holidaycatalogue.h>

using namespace Keel;
using namespace Keel::Cli;

namespace {

int run(const QStringList &argv)
{
    const Args args(argv, {QStringLiteral("--name"), QStringLiteral("--holidays")}, {QStringLiteral("--zh")});
    if (!args.ok())
        return usage(QStringLiteral("new"), args.error());
    if (args.positional().size() != 1)
        return usage(QStringLiteral("new"), QStringLiteral("expected one FILE"));
    std::optional<HolidayRegion> holidays;
    if (args.has(QStringLiteral("--holidays"))) {
        holidays = HolidayCatalogue::region(args.value(QStringLiteral("--holidays")));
        if (!holidays)
            return usage(QStringLiteral("new"), QStringLiteral("--holidays: “%1” is not a built-in calendar; choose one of %2")
                                                    .arg(args.value(QStringLiteral("--holidays")),
                                                         HolidayCatalogue::codes().join(QStringLiteral(", "))));
    }
    QString error;
    auto store = Store::create(args.positional().first(), &error, args.value(QStringLiteral("--name")));
    if (!store)
        return fail(QStringLiteral("new"), error);
    if (holidays) {
        // The country's calendar becomes the workspace's default, in the same file.
        const Workspace &ws = store->workspace();
        const Calendar calendar = HolidayCatalogue::calendar(*holidays, args.flag(QStringLiteral("--zh")));
        ChangeSet useIt;
        useIt.update(EntityType::Settings, ws.settings().id, "default_calendar_id", QVariant::fromValue(calendar.id));
        const Edit edit = EditService(ws).addCalendarWith(calendar, useIt);
        if (!edit.ok() || !store->apply(edit.changes, &error))
            return fail(QStringLiteral("new"), edit.ok() ? error : edit.error);
        out(QStringLiteral("Default calendar: %1, %2 holidays and working days from %3 to %4\n")
                .arg(calendar.name)
                .arg(calendar.exceptions.size())
                .arg(holidays->firstYear)
                .arg(holidays->lastYear));
    }
    out(QStringLiteral("Created %1\n").arg(store->path()));
    return Ok;
}

const Registration reg{{
    QStringLiteral("new"),
    QStringLiteral("new FILE [--name NAME] [--holidays CODE [--zh]]"),
    QStringLiteral("Creates an empty workspace file."),
    QStringLiteral("Creates FILE, an empty Keel workspace with the standard calendar.\n"
                   "Fails if FILE exists.\n\n  --name NAME       the workspace's name (default: the file's name)\n"
                   "  --holidays CODE   make a built-in public-holiday calendar the default: cn (mainland China,\n"
                   "                    with the make-up working days), hk, sg, us, gb (England and Wales), de, nl\n"
                   "  --zh              name the holidays in Chinese"),
    run,
}};

} // namespace
