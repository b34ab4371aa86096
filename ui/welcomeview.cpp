#include "welcomeview.h"

#include "emptystateview.h"
#include "icons.h"
#include "paddeditemdelegate.h"
#include "palettecolors.h"
#include "recentfiles.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keel {

WelcomeView::WelcomeView(RecentFiles *recent, QWidget *parent)
    : QWidget(parent)
    , m_recent(recent)
    , m_state(new EmptyStateView(QIcon(), tr("Welcome to Keel"),
                                 tr("A workspace holds your clients, projects and resource pool in one file. "
                                    "Create a new one or open an existing workspace."),
                                 this))
    , m_recentLabel(new QLabel(tr("Recent workspaces"), this))
    , m_list(new QListWidget(this))
{
    m_state->setIcon(qApp->windowIcon().isNull() ? Icons::application() : qApp->windowIcon(), QIcon::Normal);

    auto *buttons = new QWidget(this);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 8, 0, 12);
    auto *create = new QPushButton(tr("New Workspace…"), buttons);
    auto *open = new QPushButton(tr("Open Workspace…"), buttons);
    create->setDefault(true);
    row->addWidget(create);
    row->addWidget(open);
    m_state->addWidget(buttons);

    PaletteColors::makeQuiet(m_recentLabel);
    m_state->addWidget(m_recentLabel);
    m_list->setAccessibleName(tr("Recent workspaces"));
    m_list->setItemDelegate(new PaddedItemDelegate(m_list));
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_state->addWidget(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);

    connect(create, &QPushButton::clicked, this, &WelcomeView::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomeView::openRequested);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openFileRequested(item->data(Qt::UserRole).toString()); });
    connect(m_recent, &RecentFiles::changed, this, &WelcomeView::refresh);
    refresh();
}

void WelcomeView::refresh()
{
    m_list->clear();
    const QStringList files = m_recent->files();
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())),
            m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    const int rows = int(files.size());
    if (rows > 0)
        m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() +
                               fontMetrics().height() / 2);
    m_list->setVisible(rows > 0);
    m_recentLabel->setVisible(rows > 0);
}

} // namespace Keel
