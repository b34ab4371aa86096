#include "emptystateview.h"

#include "palettecolors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Keel {

EmptyStateView::EmptyStateView(const QIcon &icon, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
    , m_icon(new QLabel(m_content))
    , m_title(new QLabel(title, m_content))
    , m_text(new QLabel(text, m_content))
    , m_column(new QVBoxLayout(m_content))
{
    setIcon(icon);
    m_icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    PaletteColors::makeQuiet(m_text);

    // A fixed reading width: wrapped labels then know how tall they are.
    m_content->setFixedWidth(fontMetrics().averageCharWidth() * 66);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(10);
    m_column->addWidget(m_icon);
    m_column->addSpacing(4);
    m_column->addWidget(m_title);
    m_column->addWidget(m_text);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);
    outer->addWidget(m_content, 0, Qt::AlignHCenter);
    outer->addStretch(3);
}

QString EmptyStateView::title() const
{
    return m_title->text();
}

QString EmptyStateView::text() const
{
    return m_text->text();
}

void EmptyStateView::setIcon(const QIcon &icon, QIcon::Mode mode)
{
    const int side = fontMetrics().height() * 4;
    m_icon->setPixmap(icon.pixmap(QSize(side, side), devicePixelRatioF(), mode));
}

void EmptyStateView::addWidget(QWidget *widget)
{
    m_column->addWidget(widget, 0, Qt::AlignHCenter);
}

} // namespace Keel
