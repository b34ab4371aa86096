#pragma once
// Options of the demo workspace generator (demogenerator.h).

#include <QDate>
#include <QString>

#include <functional>

namespace Keel {

struct DemoOptions
{
    /// Multiplies projects, people, clients and tasks: 1 gives 15 projects and about 1,600 tasks,
    /// 62 gives 930 projects and about 100,000 tasks. 1..1000.
    int scale = 1;
    /// Same seed, same content (names, dates, durations, amounts); ids are fresh each time.
    quint64 seed = 20260105;
    /// The workspace's name; empty keeps the demo company's name.
    QString workspaceName;
};

/// Reports progress as units done of a total (one unit per project and shared-pool step).
using DemoProgress = std::function<void(qint64 done, qint64 total)>;

/// "Today" in the demo world: the status date of every running project (Monday 5 January 2026).
inline QDate demoToday()
{
    return QDate(2026, 1, 5);
}

} // namespace Keel
