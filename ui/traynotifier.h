#pragma once
// The system-tray notification of the Inbox: an icon whose tool tip says how many items are
// unread, and a balloon message when new ones arrive. Where the platform has no system tray (or
// runs offscreen) it does nothing.

#include <QObject>

class QSystemTrayIcon;

namespace Keel {

class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    /// Whether a tray icon is shown.
    bool isActive() const { return m_icon != nullptr; }
    /// The last message announced (kept also without a tray, for tests and accessibility).
    QString lastMessage() const { return m_lastMessage; }

public Q_SLOTS:
    void setUnreadCount(int count);
    /// Announces @p count new items; @p first names the most important one.
    void announce(int count, const QString &first);

Q_SIGNALS:
    /// The icon or its message was clicked: show the Inbox.
    void activated();

private:
    QSystemTrayIcon *m_icon = nullptr;
    QString m_lastMessage;
};

} // namespace Keel
