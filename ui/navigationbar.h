#pragma once

#include "page.h"

#include <QListWidget>

namespace Keel {

/// The side bar that switches between the main window's views: an icon and a name per Page,
/// selectable with the mouse and the arrow keys.
class NavigationBar : public QListWidget
{
    Q_OBJECT
public:
    explicit NavigationBar(QWidget *parent = nullptr);

    static QString title(Page page);

    Page currentPage() const;
    void setCurrentPage(Page page);
    QSize sizeHint() const override;

Q_SIGNALS:
    void pageSelected(Keel::Page page);
};

} // namespace Keel
