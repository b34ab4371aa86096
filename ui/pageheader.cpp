#include "pageheader.h"

#include "palettecolors.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Keel {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_summary(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(title);

    PaletteColors::makeQuiet(m_summary);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    m_layout->addWidget(m_title, 0, Qt::AlignBaseline);
    m_layout->addWidget(m_summary, 0, Qt::AlignBaseline);
    m_layout->addStretch(1);
}

void PageHeader::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

QString PageHeader::summary() const
{
    return m_summary->text();
}

void PageHeader::addWidget(QWidget *widget)
{
    m_layout->addWidget(widget, 0, Qt::AlignVCenter);
}

} // namespace Keel
