#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Keel {

class EmptyStateView;
class RecentFiles;

/// What the window shows while no workspace is open: create, open, or pick a recent workspace.
class WelcomeView : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeView(RecentFiles *recent, QWidget *parent = nullptr);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &path);

private:
    void refresh();

    RecentFiles *m_recent;
    EmptyStateView *m_state;
    QLabel *m_recentLabel;
    QListWidget *m_list;
};

} // namespace Keel
