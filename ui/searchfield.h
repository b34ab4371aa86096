#pragma once

#include <QLineEdit>

namespace Keel {

/// A line edit for filtering a view: a magnifier, a clear button, Escape clears.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(QWidget *parent = nullptr);

    /// Wide enough to show the whole placeholder text.
    QSize sizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Keel
