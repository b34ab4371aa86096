#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Keel {

/// A calm, centred page: a large icon, a title and a sentence saying what will appear here.
/// Optional widgets (buttons, a list) go below the sentence.
class EmptyStateView : public QWidget
{
    Q_OBJECT
public:
    /// The icon is shown muted (QIcon::Disabled) unless setIcon() says otherwise.
    EmptyStateView(const QIcon &icon, const QString &title, const QString &text, QWidget *parent = nullptr);

    QString title() const;
    QString text() const;
    void setIcon(const QIcon &icon, QIcon::Mode mode = QIcon::Disabled);
    /// Adds a widget under the text, centred.
    void addWidget(QWidget *widget);

private:
    QWidget *m_content;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QVBoxLayout *m_column;
};

} // namespace Keel
