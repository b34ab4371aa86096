// libFuzzer: CSV import (and export → import of what imports). The first byte picks a column
// mapping option so that mapped delimiters and date formats are exercised too.

#include "fuzzsupport.h"

#include <interop/csvreader.h>
#include <interop/csvwriter.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KeelFuzz::ensureApplication();
    Keel::ImportOptions options;
    if (size > 0) {
        switch (data[0] % 4) {
        case 1: options.csvMapping.delimiter = u';'; break;
        case 2: options.csvMapping.dateFormat = QStringLiteral("dd.MM.yyyy HH:mm"); break;
        case 3: options.csvMapping.encoding = QStringLiteral("GB18030"); break;
        default: break;
        }
        ++data;
        --size;
    }
    KeelFuzz::roundTrip(
        KeelFuzz::bytes(data, size),
        [&options](const QByteArray &d, Keel::ImportError *e) { return Keel::CsvReader::readBundle(d, options, e, nullptr); },
        [](const Keel::ProjectBundle &b) { return Keel::CsvWriter::write(b); },
        [](const QByteArray &d, Keel::ImportError *e) { return Keel::CsvReader::readBundle(d, {}, e, nullptr); });
    return 0;
}
