#pragma once
// Helpers shared by the interop tests: corpus access, importing into an in-memory store, and a
// semantic comparison of two ProjectBundles (calendars compared by the working time they give,
// links and assignments by the tasks and resources they join).

#include <interop/importer.h>
#include <interop/projectbundle.h>
#include <store/store.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace KeelTest {

QString corpusPath(const QString &relative);
/// Files of a corpus folder with the given suffix, sorted.
QStringList corpusFiles(const QString &folder, const QString &suffix);
QByteArray readFile(const QString &path);

struct Imported
{
    std::unique_ptr<Keel::Store> store;
    Keel::Id projectId;
    QStringList warnings;
    QString error;
};
/// Imports @p data into a new in-memory store (adopting the file's settings); error set on failure.
Imported importInto(const QByteArray &data, Keel::InteropFormat format, const QString &fileName = {});

struct CompareOptions
{
    bool ganttProject = false;   ///< days only: compare dates by day, durations by whole days
    bool compareCalendars = true;
    bool compareBaselines = true;
    bool compareResourceCalendars = true;
};
/// Human-readable differences between @p a and @p b (empty: the same content).
QStringList differences(const Keel::ProjectBundle &a, const Keel::ProjectBundle &b, const CompareOptions &options = {});

} // namespace KeelTest
