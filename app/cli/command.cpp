#include "command.h"

#include <model/timeutil.h>
#include <store/store.h>

#include <QDate>

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

Args::Args(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.startsWith(QStringLiteral("--"))) {
            QString name = a;
            QString inlineValue;
            const qsizetype eq = a.indexOf(u'=');
            if (eq > 0) {
                name = a.left(eq);
                inlineValue = a.mid(eq + 1);
            }
            if (valued.contains(name)) {
                if (eq > 0) {
                    m_values.insert(name, inlineValue);
                } else if (i + 1 < args.size()) {
                    m_values.insert(name, args[++i]);
                } else {
                    m_error = QStringLiteral("option %1 needs a value").arg(name);
                    return;
                }
            } else if (flags.contains(name) && eq < 0) {
                m_flags.append(name);
            } else {
                m_error = QStringLiteral("unknown option %1").arg(a);
                return;
            }
        } else {
            m_positional.append(a);
        }
    }
}

std::unique_ptr<Store> openWorkspace(const QString &command, const QString &path)
{
    QString error;
    auto store = Store::open(path, &error);
    if (!store)
        fail(command, error);
    return store;
}

bool Args::date(const QString &name, qint64 *into) const
{
    if (!has(name))
        return true;
    const QDate d = QDate::fromString(value(name), Qt::ISODate);
    if (!d.isValid())
        return false;
    *into = toMinutes(d);
    return true;
}

} // namespace Keel::Cli
