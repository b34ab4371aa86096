#include "reportpreview.h"

#include "palettecolors.h"

#include <report/reportlayout.h>

#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace Keel {

namespace {
constexpr double kRenderDpi = 120;
constexpr int kDeskMargin = 24;
} // namespace

ReportPreview::ReportPreview(QWidget *parent)
    : QScrollArea(parent)
    , m_desk(new QWidget)
    , m_column(new QVBoxLayout(m_desk))
    , m_message(new QLabel(m_desk))
{
    setObjectName(QStringLiteral("reportPreview"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QPalette desk = palette();
    const QColor window = desk.color(QPalette::Window);
    desk.setColor(QPalette::Window, window.lightness() > 128 ? window.darker(112) : window.darker(130));
    m_desk->setPalette(desk);
    m_desk->setAutoFillBackground(true);
    m_column->setContentsMargins(kDeskMargin, kDeskMargin, kDeskMargin, kDeskMargin);
    m_column->setSpacing(kDeskMargin);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    PaletteColors::makeQuiet(m_message);
    m_column->addWidget(m_message, 1);
    setWidget(m_desk);
}

ReportPreview::~ReportPreview()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker.data();
    }
}

void ReportPreview::showMessage(const QString &text)
{
    ++m_generation;
    qDeleteAll(m_pageLabels);
    m_pageLabels.clear();
    m_pages.clear();
    m_message->setText(text);
    m_message->show();
}

void ReportPreview::setDocument(const ReportDocument &document, const QLocale &locale)
{
    const int generation = m_generation + 1;
    showMessage(tr("Rendering the report…"));
    m_generation = generation;
    auto result = std::make_shared<QList<QImage>>();
    QThread *worker = QThread::create([document, locale, result] {
        const ReportLayout layout(document, locale);
        for (int i = 0; i < layout.pageCount(); ++i)
            result->append(layout.renderPage(i, kRenderDpi));
    });
    // A newer document replaces an older one still rendering: the old result is dropped.
    if (m_worker) {
        QThread *previous = m_worker.data();
        previous->disconnect(this);
        connect(previous, &QThread::finished, previous, &QObject::deleteLater);
    }
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker, result, generation] {
        if (m_worker == worker)
            m_worker = nullptr;
        worker->deleteLater();
        showPages(*result, generation);
    });
    worker->start(QThread::LowPriority);
}

void ReportPreview::showPages(const QList<QImage> &pages, int generation)
{
    if (generation != m_generation)
        return;
    m_pages = pages;
    m_message->setVisible(pages.isEmpty());
    if (pages.isEmpty())
        m_message->setText(tr("The report has no pages."));
    for (int i = 0; i < pages.size(); ++i) {
        auto *label = new QLabel(m_desk);
        label->setAlignment(Qt::AlignHCenter);
        label->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        auto *shadow = new QGraphicsDropShadowEffect(label);
        shadow->setBlurRadius(12);
        shadow->setOffset(0, 2);
        shadow->setColor(QColor(0, 0, 0, 90));
        label->setGraphicsEffect(shadow);
        m_column->addWidget(label, 0, Qt::AlignHCenter);
        label->show();
        m_pageLabels << label;
    }
    layoutPages();
    m_column->activate();
    verticalScrollBar()->setValue(0);
    Q_EMIT rendered(int(pages.size()));
}

void ReportPreview::layoutPages()
{
    const int width = viewport()->width() - 2 * kDeskMargin;
    for (int i = 0; i < m_pageLabels.size(); ++i) {
        const QImage &page = m_pages[i];
        const int shown = std::max(200, std::min(width, int(page.width() * 1.25)));
        const double dpr = devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(page.scaledToWidth(int(shown * dpr), Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(dpr);
        m_pageLabels[i]->setPixmap(pixmap);
        m_pageLabels[i]->setFixedSize(pixmap.deviceIndependentSize().toSize());
    }
}

void ReportPreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        layoutPages();
}

} // namespace Keel
