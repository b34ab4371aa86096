#pragma once

#include <QObject>
#include <QStringList>

namespace Keel {

/// The most recently opened workspaces, newest first, kept in QSettings.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    /// Moves `path` to the front (adding it if new) and drops the oldest beyond kMaximum.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace Keel
