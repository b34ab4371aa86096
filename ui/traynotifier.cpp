#include "traynotifier.h"

#include "icons.h"

#include <QSystemTrayIcon>

namespace Keel {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(Icons::application(), this);
    m_icon->setToolTip(tr("Keel"));
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    m_icon->show();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::setUnreadCount(int count)
{
    if (m_icon)
        m_icon->setToolTip(count > 0 ? tr("Keel — %n unread inbox item(s)", nullptr, count) : tr("Keel"));
}

void TrayNotifier::announce(int count, const QString &first)
{
    if (count <= 0)
        return;
    m_lastMessage = count == 1 ? first : tr("%1 and %n more", nullptr, count - 1).arg(first);
    if (m_icon && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(tr("%n new inbox item(s)", nullptr, count), m_lastMessage, QSystemTrayIcon::Information);
}

} // namespace Keel
