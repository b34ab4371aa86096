#pragma once
// keel-cli sub-commands register themselves: each lives in its own cmd_*.cpp with one
// `static const Keel::Cli::Registration reg{...};`, so main.cpp never grows a list.

#include <QString>
#include <QStringList>

#include <functional>
#include <map>

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

} // namespace Keel::Cli
