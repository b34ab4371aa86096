// libFuzzer: Microsoft Project XML import (and export → import of what imports).

#include "fuzzsupport.h"

#include <interop/mspdireader.h>
#include <interop/mspdiwriter.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KeelFuzz::ensureApplication();
    KeelFuzz::roundTrip(
        KeelFuzz::bytes(data, size),
        [](const QByteArray &d, Keel::ImportError *e) { return Keel::MspdiReader::readBundle(d, {}, e, nullptr); },
        [](const Keel::ProjectBundle &b) { return Keel::MspdiWriter::write(b); });
    return 0;
}
