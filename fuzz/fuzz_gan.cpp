// libFuzzer: GanttProject import (and export → import of what imports).

#include "fuzzsupport.h"

#include <interop/ganreader.h>
#include <interop/ganwriter.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KeelFuzz::ensureApplication();
    KeelFuzz::roundTrip(
        KeelFuzz::bytes(data, size),
        [](const QByteArray &d, Keel::ImportError *e) { return Keel::GanReader::readBundle(d, {}, e, nullptr); },
        [](const Keel::ProjectBundle &b) { return Keel::GanWriter::write(b); });
    return 0;
}
