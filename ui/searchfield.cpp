#include "searchfield.h"

#include "icons.h"

#include <QKeyEvent>

namespace Keel {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    addAction(Icons::search(), QLineEdit::LeadingPosition);
    setPlaceholderText(tr("Search"));
}

QSize SearchField::sizeHint() const
{
    QSize size = QLineEdit::sizeHint();
    // Text, plus room for the magnifier, the clear button and the frame.
    const int wanted = fontMetrics().horizontalAdvance(placeholderText()) + fontMetrics().height() * 4;
    size.setWidth(qMax(size.width(), wanted));
    return size;
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Keel
