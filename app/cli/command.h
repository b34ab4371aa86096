#pragma once
// keel-cli sub-commands register themselves: each lives in its own cmd_*.cpp with one
// `static const Keel::Cli::Registration reg{...};`, so main.cpp never grows a list.

#include <QString>
#include <QMap>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace Keel {
class Store;
}

namespace Keel::Cli {

/// Exit codes shared by every command.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

struct CommandInfo
{
    QString name;
    QString synopsis;  ///< one line: "new FILE"
    QString summary;   ///< one sentence for `keel-cli --help`
    QString help;      ///< the full text of `keel-cli NAME --help`
    std::function<int(const QStringList &args)> run; ///< args after the command name
};

std::map<QString, CommandInfo> &registry();

struct Registration
{
    explicit Registration(CommandInfo info);
};

/// Writes to stdout / stderr as UTF-8.
void out(const QString &text);
void err(const QString &text);
/// Prints "keel-cli NAME: message" to stderr and returns Failure.
int fail(const QString &command, const QString &message);
/// Prints a usage error with the command's synopsis and returns Usage.
int usage(const QString &command, const QString &message);

/// Simple option parsing over a command's arguments: flags, options with values, positionals.
class Args
{
public:
    /// `valued` lists the options that take a value ("--limit"); others starting with -- are flags.
    Args(const QStringList &args, const QStringList &valued, const QStringList &flags);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    bool has(const QString &name) const { return m_values.contains(name); }
    const QStringList &positional() const { return m_positional; }
    /// Reads option @p name as a YYYY-MM-DD date into *into (midnight, in Keel minutes). An absent
    /// option leaves *into unchanged and is fine; a malformed date returns false.
    bool date(const QString &name, qint64 *into) const;

private:
    QStringList m_flags;
    QMap<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

/// Opens a workspace for a command; on failure prints the store's error and returns nullptr.
std::unique_ptr<Store> openWorkspace(const QString &command, const QString &path);

} // namespace Keel::Cli
