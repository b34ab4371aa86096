#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace Keel {

/// The title row of a view: a large title, a quieter summary ("12 projects") and room for the
/// view's own controls on the right.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setSummary(const QString &summary);
    QString summary() const;
    /// Adds a control at the right end of the row.
    void addWidget(QWidget *widget);

private:
    QLabel *m_title;
    QLabel *m_summary;
    QHBoxLayout *m_layout;
};

} // namespace Keel
