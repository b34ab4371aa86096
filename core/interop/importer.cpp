#include "importer.h"

#include "csvreader.h"
#include "ganreader.h"
#include "mspdireader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Importer", text);
}

} // namespace

ImportResult Importer::importData(const QByteArray &data, InteropFormat format, const ImportOptions &options)
{
    switch (format) {
    case InteropFormat::Mspdi:
        return MspdiReader::read(data, options);
    case InteropFormat::Gan:
        return GanReader::read(data, options);
    case InteropFormat::Csv:
        return CsvReader::read(data, options);
    }
    return ImportResult::failure({options.fileName, 0, 0, {}, tr("unknown format")});
}

ImportResult Importer::importFile(const QString &path, std::optional<InteropFormat> format, ImportOptions options)
{
    if (options.fileName.isEmpty())
        options.fileName = path;
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return ImportResult::failure({options.fileName, 0, 0, {}, tr("is a folder, not a file")});
    if (!file.open(QIODevice::ReadOnly))
        return ImportResult::failure({options.fileName, 0, 0, {}, file.errorString()});
    if (file.size() > kMaxFileSize)
        return ImportResult::failure({options.fileName, 0, 0, {}, tr("the file is too large to be a project file")});
    const QByteArray data = file.readAll();
    if (!format)
        format = interopFormatFromPath(path);
    if (!format)
        format = interopFormatFromContent(data);
    if (!format)
        return ImportResult::failure({options.fileName, 0, 0, {},
                                      tr("the format cannot be told from the file; name it with --format (%1)")
                                          .arg(interopFormatNames().join(QStringLiteral(", ")))});
    return importData(data, *format, options);
}

} // namespace Keel
