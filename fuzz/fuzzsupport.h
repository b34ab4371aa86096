#pragma once
// Shared by the libFuzzer targets: a QCoreApplication for Qt's services and the round-trip check
// (what imports must export and import again).

#include <interop/importresult.h>
#include <interop/projectbundle.h>

#include <QByteArray>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace KeelFuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "keel-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Aborts (a finding for libFuzzer) with @p what on stderr.
[[noreturn]] inline void finding(const char *what, const QString &detail)
{
    std::fprintf(stderr, "keel-fuzz: %s: %s\n", what, detail.toLocal8Bit().constData());
    std::abort();
}

/// read(data) → bundle; write(bundle) → readAgain must succeed with as many tasks. readAgain reads
/// what the writer writes (for CSV: without the options the input was read with).
template<class ReadBundle, class Write, class ReadAgain>
void roundTrip(const QByteArray &data, ReadBundle readBundle, Write write, ReadAgain readAgain)
{
    Keel::ImportError error;
    const std::optional<Keel::ProjectBundle> first = readBundle(data, &error);
    if (!first)
        return;
    // What imports must also make a valid ChangeSet.
    QStringList warnings;
    const Keel::ChangeSet changes = first->toChangeSet({}, &warnings);
    if (changes.isEmpty())
        finding("an imported project gave no changes", first->project.name);
    const QByteArray written = write(*first);
    const std::optional<Keel::ProjectBundle> second = readAgain(written, &error);
    if (!second)
        finding("the writer's output does not import", error.message());
    if (second->tasks.size() != first->tasks.size())
        finding("the round trip changed the number of tasks", first->project.name);
}

template<class ReadBundle, class Write>
void roundTrip(const QByteArray &data, ReadBundle readBundle, Write write)
{
    roundTrip(data, readBundle, write, readBundle);
}

} // namespace KeelFuzz
