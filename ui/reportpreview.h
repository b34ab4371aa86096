#pragma once
// A scrollable preview of a report's pages: the document is laid out and its pages painted into
// images on a worker thread (ReportLayout over a copy of the document), then shown one under the
// other on a grey desk, scaled to the width of the view. Shows a busy message while it renders.

#include <report/reportdocument.h>

#include <QImage>
#include <QLocale>
#include <QPointer>
#include <QScrollArea>
#include <QThread>

class QLabel;
class QVBoxLayout;

namespace Keel {

class ReportPreview : public QScrollArea
{
    Q_OBJECT
public:
    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    /// Renders @p document's pages in the background; replaces what is shown when done.
    void setDocument(const ReportDocument &document, const QLocale &locale);
    /// Shows a message in place of pages (no report, or why it could not be built).
    void showMessage(const QString &text);
    bool isRendering() const { return m_worker != nullptr; }
    int pageCount() const { return int(m_pages.size()); }
    const QList<QImage> &pages() const { return m_pages; }

Q_SIGNALS:
    /// The pages of the latest document are shown.
    void rendered(int pageCount);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showPages(const QList<QImage> &pages, int generation);
    void layoutPages();

    QWidget *m_desk;
    QVBoxLayout *m_column;
    QLabel *m_message;
    QList<QImage> m_pages;
    QList<QLabel *> m_pageLabels;
    QPointer<QThread> m_worker;
    int m_generation = 0;
};

} // namespace Keel
