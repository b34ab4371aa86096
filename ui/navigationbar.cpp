#include "navigationbar.h"

#include "icons.h"
#include "palettecolors.h"

#include <QKeySequence>

namespace Keel {

NavigationBar::NavigationBar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationBar"));
    setAccessibleName(tr("Navigation"));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setTextElideMode(Qt::ElideRight);
    const int iconSide = qRound(fontMetrics().height() * 1.25);
    setIconSize(QSize(iconSide, iconSide));
    setSpacing(2);
    // A shade apart from the views, in whatever palette the system uses.
    QPalette shaded = palette();
    shaded.setColor(QPalette::Base, PaletteColors::sideBar(shaded));
    setPalette(shaded);

    const int rowHeight = qRound(fontMetrics().height() * 2.1);
    for (int i = 0; i < kPageCount; ++i) {
        auto *item = new QListWidgetItem(Icons::page(Page(i)), title(Page(i)), this);
        item->setSizeHint(QSize(0, rowHeight));
        const QKeySequence shortcut(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i)));
        item->setToolTip(tr("%1 (%2)").arg(title(Page(i)), shortcut.toString(QKeySequence::NativeText)));
    }
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT pageSelected(Page(row));
    });
}

QString NavigationBar::title(Page page)
{
    switch (page) {
    case Page::Portfolio:
        return tr("Portfolio");
    case Page::Projects:
        return tr("Projects");
    case Page::Resources:
        return tr("Resources");
    case Page::Clients:
        return tr("Clients");
    case Page::Reports:
        return tr("Reports");
    case Page::Inbox:
        return tr("Inbox");
    }
    return {};
}

Page NavigationBar::currentPage() const
{
    return Page(qMax(0, currentRow()));
}

void NavigationBar::setCurrentPage(Page page)
{
    setCurrentRow(int(page));
}

QSize NavigationBar::sizeHint() const
{
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = qMax(widest, fontMetrics().horizontalAdvance(item(i)->text()));
    return QSize(widest + iconSize().width() + fontMetrics().averageCharWidth() * 8,
                 QListWidget::sizeHint().height());
}

} // namespace Keel
