#pragma once
// ReportLayout: paginates a ReportDocument and paints its pages with QPainter.
//
// How it works. Layout happens once, in device-independent units of 1/10 point (fonts are sized in
// pixels of those units and unhinted, see ReportStyle::font), so the pages are the same on every
// device. Text is broken into lines here, not when painting, so measuring and painting cannot
// disagree. Blocks flow down the page: a heading stays with what follows it, key figures go by
// rows, a table breaks between rows and repeats its header, a chart moves whole to the next page.
// Every page carries a header (workspace, project, as-of date) and a footer ("Page x of y").
//
// paintPage() paints one page on a painter whose coordinate system is the layout's (callers scale
// by device dpi / 720); print() does that for every page of a QPagedPaintDevice (QPdfWriter,
// QPrinter), renderPage() paints one page into a QImage for previews and tests.

#include "reportdocument.h"

#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>

#include <map>
#include <memory>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace Keel {

class ReportLayout
{
public:
    explicit ReportLayout(ReportDocument document, const QLocale &locale = QLocale(),
                          const QPageSize &pageSize = QPageSize(QPageSize::A4));
    ~ReportLayout();
    ReportLayout(const ReportLayout &) = delete;
    ReportLayout &operator=(const ReportLayout &) = delete;

    const ReportDocument &document() const { return m_doc; }
    int pageCount() const { return int(m_pages.size()); }
    /// The page layout to give a QPdfWriter or QPrinter: size, orientation, no margins.
    QPageLayout pageLayout() const;
    /// Page size in points (orientation applied).
    QSizeF pageSizePoints() const { return m_pagePoints; }

    /// Paints page @p index (0-based) in layout units (1/10 point from the page's top left).
    void paintPage(QPainter &painter, int index) const;
    /// Paints every page on @p device (already set to pageLayout()); false if painting failed.
    bool print(QPagedPaintDevice &device) const;
    /// One page as an image at @p dpi, white background.
    QImage renderPage(int index, double dpi) const;

private:
    struct Item;
    struct TableGeometry;
    struct Page;

    void layout();
    void newPage();
    double bottom() const;
    void placeTitle();
    void placeHeading(int section);
    void placeParagraph(const ReportParagraph &p);
    void placeKeyFigures(const ReportKeyFigures &k);
    void placeTable(const ReportTable &t);
    void placeChart(const ReportChart &c);
    double minimumHeight(const ReportBlock &block);
    TableGeometry measureTable(const ReportTable &t) const;

    void paintHeaderFooter(QPainter &p, int index) const;
    void paintItem(QPainter &p, const Item &item) const;

    ReportDocument m_doc;
    QLocale m_locale;
    QPageSize m_pageSize;
    QSizeF m_pagePoints;
    double m_width = 0;   ///< page, layout units
    double m_height = 0;
    double m_left = 0;    ///< content box
    double m_right = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;       ///< layout cursor
    std::vector<std::unique_ptr<Page>> m_pages;
    std::vector<std::unique_ptr<TableGeometry>> m_tables;
};

} // namespace Keel
