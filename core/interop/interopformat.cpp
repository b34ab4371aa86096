#include "interopformat.h"

#include <QFileInfo>

namespace Keel {

QString interopFormatName(InteropFormat format)
{
    switch (format) {
    case InteropFormat::Mspdi: return QStringLiteral("mspdi");
    case InteropFormat::Gan: return QStringLiteral("gan");
    case InteropFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

QStringList interopFormatNames()
{
    return {QStringLiteral("mspdi"), QStringLiteral("gan"), QStringLiteral("csv")};
}

std::optional<InteropFormat> interopFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"mspdi" || n == u"xml" || n == u"msproject" || n == u"project")
        return InteropFormat::Mspdi;
    if (n == u"gan" || n == u"ganttproject")
        return InteropFormat::Gan;
    if (n == u"csv" || n == u"tsv")
        return InteropFormat::Csv;
    return std::nullopt;
}

std::optional<InteropFormat> interopFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xml" || suffix == u"mspdi")
        return InteropFormat::Mspdi;
    if (suffix == u"gan")
        return InteropFormat::Gan;
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt")
        return InteropFormat::Csv;
    return std::nullopt;
}

std::optional<InteropFormat> interopFormatFromContent(const QByteArray &head)
{
    const QByteArray start = head.left(4096);
    if (start.contains("schemas.microsoft.com/project"))
        return InteropFormat::Mspdi;
    if (start.contains("<project") && (start.contains("<tasks") || start.contains("ganttproject")
                                       || start.contains("<calendars") || start.contains("view-date")))
        return InteropFormat::Gan;
    return std::nullopt;
}

} // namespace Keel
