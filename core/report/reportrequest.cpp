#include "reportrequest.h"

namespace Keel {

namespace {
const char *const kNames[] = {"status", "evm", "client", "risks", "portfolio", "utilization", "profitability"};
}

QString reportKindName(ReportKind kind)
{
    return QString::fromLatin1(kNames[int(kind)]);
}

std::optional<ReportKind> reportKindFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kNames)); ++i) {
        if (name.compare(QLatin1StringView(kNames[i]), Qt::CaseInsensitive) == 0)
            return ReportKind(i);
    }
    if (name.compare(u"utilisation", Qt::CaseInsensitive) == 0)
        return ReportKind::Utilization;
    return std::nullopt;
}

QStringList reportKindNames()
{
    QStringList list;
    for (const char *n : kNames)
        list << QString::fromLatin1(n);
    return list;
}

bool reportNeedsProject(ReportKind kind)
{
    return kind == ReportKind::Status || kind == ReportKind::Evm || kind == ReportKind::Client;
}

} // namespace Keel
