#include "command.h"

#include <cstdio>

namespace Keel::Cli {

std::map<QString, CommandInfo> &registry()
{
    static std::map<QString, CommandInfo> commands;
    return commands;
}

Registration::Registration(CommandInfo info)
{
    const QString name = info.name;
    registry().emplace(name, std::move(info));
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int fail(const QString &command, const QString &message)
{
    err(QStringLiteral("keel-cli %1: %2\n").arg(command, message));
    return Failure;
}

int usage(const QString &command, const QString &message)
{
    const auto it = registry().find(command);
    const QString synopsis = it == registry().end() ? command : it->second.synopsis;
    err(QStringLiteral("keel-cli %1: %2\nUsage: keel-cli %3\n").arg(command, message, synopsis));
    return Usage;
}

} // namespace Keel::Cli
