// libFuzzer: import (format from the first byte) → apply to an in-memory workspace → schedule →
// apply the computed dates. Whatever imports must be accepted by the workspace's rules, and the
// schedule must be a valid change.

#include "fuzzsupport.h"

#include <interop/importer.h>
#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>
#include <store/store.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KeelFuzz::ensureApplication();
    if (size < 1)
        return 0;
    const Keel::InteropFormat format = Keel::InteropFormat(data[0] % 3);
    const QByteArray input = KeelFuzz::bytes(data + 1, size - 1);
    static std::unique_ptr<Keel::Store> store;
    store = Keel::Store::createInMemory();
    Keel::ImportOptions options;
    options.target = &store->workspace();
    options.adoptSettings = true;
    const Keel::ImportResult imported = Keel::Importer::importData(input, format, options);
    if (!imported.ok)
        return 0;
    QString error;
    if (!store->apply(imported.changes, &error))
        KeelFuzz::finding("the workspace refused an import", error);
    const Keel::Workspace &ws = store->workspace();
    const Keel::ProjectSnapshot snapshot = Keel::ProjectSnapshot::build(ws, imported.projectId);
    const Keel::ScheduleResult result = Keel::CpmScheduler::run(snapshot.snapshot());
    const Keel::ChangeSet dates = snapshot.changes(ws, result);
    if (!dates.isEmpty() && !store->apply(dates, &error))
        KeelFuzz::finding("the workspace refused the schedule", error);
    return 0;
}
