#include "reportlayout.h"

#include "reportchartpainter.h"
#include "reportstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

constexpr double U = 10.0; // layout units per point

// Sizes in points.
constexpr double kMargin = 42;
constexpr double kHeaderTop = 22;
constexpr double kContentTop = 54;
constexpr double kContentBottom = 46;
constexpr double kBlockGap = 9;
constexpr double kHeadingGap = 16;
constexpr double kCardHeight = 54;
constexpr double kCardGap = 6;
constexpr double kCellPadX = 4;
constexpr double kCellPadY = 2.6;
constexpr double kIndent = 9;

QFont titleFont() { return ReportStyle::font(18, true); }
QFont subtitleFont() { return ReportStyle::font(9.5); }
QFont headingFont() { return ReportStyle::font(12, true); }
QFont textFont() { return ReportStyle::font(9); }
QFont tableFont() { return ReportStyle::font(7.6); }
QFont tableBoldFont() { return ReportStyle::font(7.6, true); }
QFont captionFont() { return ReportStyle::font(8.5, true); }
QFont bandFont() { return ReportStyle::font(7); }
QFont cardLabelFont() { return ReportStyle::font(7); }
QFont cardValueFont() { return ReportStyle::font(14, true); }
QFont cardNoteFont() { return ReportStyle::font(6.6); }

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Report", text);
}

/// Breaks @p text into lines no wider than @p width (explicit newlines kept).
QStringList wrapText(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &para : paragraphs) {
        if (para.isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(para, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            lines << para.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

double longestWord(const QString &text, const QFont &font)
{
    const QFontMetricsF fm(font);
    double w = 0;
    // Words of Latin text; a CJK run may break anywhere, so its widest character counts.
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool cjk = false;
        for (const QChar c : word) {
            if (c.unicode() >= 0x2e80) {
                cjk = true;
                break;
            }
        }
        w = std::max(w, cjk ? fm.horizontalAdvance(QStringLiteral("国国国国")) : fm.horizontalAdvance(word));
    }
    return w;
}

bool isNumeric(ColumnKind k)
{
    switch (k) {
    case ColumnKind::Number:
    case ColumnKind::Money:
    case ColumnKind::Percent:
    case ColumnKind::Ratio:
    case ColumnKind::Hours:
    case ColumnKind::Days:
        return true;
    default:
        return false;
    }
}

} // namespace

struct ReportLayout::TableGeometry
{
    const ReportTable *table = nullptr;
    std::vector<double> x;        ///< left of each column, relative to the content box
    std::vector<double> width;
    std::vector<QStringList> header;
    double headerHeight = 0;
    std::vector<std::vector<QStringList>> cells; ///< per row, per column: lines
    std::vector<double> rowHeight;
    std::vector<QStringList> totals;
    double totalsHeight = 0;
    double lineHeight = 0;
};

struct ReportLayout::Item
{
    enum class Kind { Title, Heading, Line, Card, Caption, TableHeader, TableRow, TableTotals, TableEmpty, Chart };
    Kind kind = Kind::Line;
    QRectF rect;
    QString text;
    QString text2;
    Tone tone = Tone::Neutral;
    bool bullet = false;    ///< the first line of a list item: draws the bullet
    bool listItem = false;  ///< any line of a list item
    const KeyFigure *figure = nullptr;
    const TableGeometry *table = nullptr;
    int row = 0;
    const ReportChart *chart = nullptr;
};

struct ReportLayout::Page
{
    std::vector<Item> items;
};

ReportLayout::ReportLayout(ReportDocument document, const QLocale &locale, const QPageSize &pageSize)
    : m_doc(std::move(document))
    , m_locale(locale)
    , m_pageSize(pageSize)
{
    QSizeF points = pageSize.size(QPageSize::Point);
    if (m_doc.landscape != (points.width() > points.height()))
        points.transpose();
    m_pagePoints = points;
    m_width = points.width() * U;
    m_height = points.height() * U;
    m_left = kMargin * U;
    m_right = m_width - kMargin * U;
    m_top = kContentTop * U;
    m_bottom = m_height - kContentBottom * U;
    layout();
}

ReportLayout::~ReportLayout() = default;

QPageLayout ReportLayout::pageLayout() const
{
    return QPageLayout(m_pageSize, m_doc.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

double ReportLayout::bottom() const
{
    return m_bottom;
}

void ReportLayout::newPage()
{
    m_pages.push_back(std::make_unique<Page>());
    m_y = m_top;
}

void ReportLayout::layout()
{
    newPage();
    placeTitle();
    for (int s = 0; s < int(m_doc.sections.size()); ++s) {
        const ReportSection &section = m_doc.sections[s];
        if (!section.heading.isEmpty()) {
            const double need = QFontMetricsF(headingFont()).height() + 8 * U
                + (section.blocks.isEmpty() ? 0.0 : minimumHeight(section.blocks.first()));
            if (m_y > m_top && m_y + kHeadingGap * U + need > bottom())
                newPage();
            placeHeading(s);
        }
        for (const ReportBlock &block : section.blocks) {
            if (m_y > m_top)
                m_y += kBlockGap * U;
            if (const auto *p = std::get_if<ReportParagraph>(&block))
                placeParagraph(*p);
            else if (const auto *k = std::get_if<ReportKeyFigures>(&block))
                placeKeyFigures(*k);
            else if (const auto *t = std::get_if<ReportTable>(&block))
                placeTable(*t);
            else if (const auto *c = std::get_if<ReportChart>(&block))
                placeChart(*c);
        }
    }
}

double ReportLayout::minimumHeight(const ReportBlock &block)
{
    if (std::get_if<ReportParagraph>(&block))
        return QFontMetricsF(textFont()).height() * 2;
    if (std::get_if<ReportKeyFigures>(&block))
        return kCardHeight * U;
    if (const auto *c = std::get_if<ReportChart>(&block))
        return ReportChartPainter::defaultHeight(*c) * U;
    return 50 * U; // caption, header and a row or two of a table
}

void ReportLayout::placeTitle()
{
    Item item;
    item.kind = Item::Kind::Title;
    item.text = m_doc.title;
    item.text2 = m_doc.subtitle;
    const double h = QFontMetricsF(titleFont()).height() + 4 * U
        + (m_doc.subtitle.isEmpty() ? 0.0 : QFontMetricsF(subtitleFont()).height()) + 8 * U;
    item.rect = QRectF(m_left, m_y, m_right - m_left, h);
    m_pages.back()->items.push_back(item);
    m_y += h;
}

void ReportLayout::placeHeading(int section)
{
    if (m_y > m_top)
        m_y += kHeadingGap * U;
    Item item;
    item.kind = Item::Kind::Heading;
    item.text = m_doc.sections[section].heading;
    const double h = QFontMetricsF(headingFont()).height() + 5 * U;
    item.rect = QRectF(m_left, m_y, m_right - m_left, h);
    m_pages.back()->items.push_back(item);
    m_y += h + 3 * U;
}

void ReportLayout::placeParagraph(const ReportParagraph &p)
{
    const QFont font = textFont();
    const double lineHeight = QFontMetricsF(font).height() * 1.18;
    const double indent = p.bullet ? 12 * U : 0;
    const QStringList lines = wrapText(p.text, font, m_right - m_left - indent);
    for (int i = 0; i < lines.size(); ++i) {
        if (m_y + lineHeight > bottom())
            newPage();
        Item item;
        item.kind = Item::Kind::Line;
        item.text = lines[i];
        item.tone = p.tone;
        item.bullet = p.bullet && i == 0;
        item.listItem = p.bullet;
        item.rect = QRectF(m_left + indent, m_y, m_right - m_left - indent, lineHeight);
        m_pages.back()->items.push_back(item);
        m_y += lineHeight;
    }
    if (p.bullet)
        m_y -= kBlockGap * U * 0.6; // list items sit closer together
}

void ReportLayout::placeKeyFigures(const ReportKeyFigures &k)
{
    const double width = m_right - m_left;
    const int perRow = std::max(1, int((width + kCardGap * U) / (122 * U)));
    const double cardWidth = (width - (perRow - 1) * kCardGap * U) / perRow;
    for (int i = 0; i < k.figures.size(); ++i) {
        const int col = i % perRow;
        if (col == 0) {
            if (i > 0)
                m_y += kCardHeight * U + kCardGap * U;
            if (m_y + kCardHeight * U > bottom())
                newPage();
        }
        Item item;
        item.kind = Item::Kind::Card;
        item.figure = &k.figures[i];
        item.rect = QRectF(m_left + col * (cardWidth + kCardGap * U), m_y, cardWidth, kCardHeight * U);
        m_pages.back()->items.push_back(item);
    }
    if (!k.figures.isEmpty())
        m_y += kCardHeight * U;
}

ReportLayout::TableGeometry ReportLayout::measureTable(const ReportTable &t) const
{
    TableGeometry g;
    g.table = &t;
    const QFont font = tableFont();
    const QFont bold = tableBoldFont();
    const QFontMetricsF fm(font), bm(bold);
    g.lineHeight = fm.height() * 1.08;
    const int n = int(t.columns.size());
    const double available = m_right - m_left;
    const double pad = 2 * kCellPadX * U;

    std::vector<double> natural(size_t(n), 0.0), minimum(size_t(n), 0.0);
    auto cellWidth = [&](const ReportCell &c, int col) {
        const double extra = c.indent * kIndent * U + (t.columns[col].kind == ColumnKind::Status ? 8 * U : 0.0);
        return (c.bold ? bm : fm).horizontalAdvance(c.text) + extra;
    };
    for (int c = 0; c < n; ++c) {
        const ReportColumn &col = t.columns[c];
        double widest = 0, word = longestWord(col.header, bold);
        auto see = [&](const ReportCell &cell) {
            widest = std::max(widest, cellWidth(cell, c));
            if (col.wrap)
                word = std::max(word, longestWord(cell.text, cell.bold ? bold : font) + cell.indent * kIndent * U);
        };
        for (const auto &row : t.rows) {
            if (c < row.size())
                see(row[c]);
        }
        if (c < t.totals.size())
            see(t.totals[c]);
        const double headerFull = bm.horizontalAdvance(col.header);
        if (col.wrap) {
            natural[size_t(c)] = std::min(std::max(widest, word), 240 * U) + pad;
            minimum[size_t(c)] = std::min(std::max(word, 44 * U), 120 * U) + pad;
        } else {
            // A short header stays on one line; a long one may wrap over a narrow column.
            const double header = headerFull <= 52 * U ? headerFull : std::min(headerFull, std::max(word, widest * 1.6));
            natural[size_t(c)] = std::max(widest, header) + pad;
            minimum[size_t(c)] = natural[size_t(c)];
        }
        natural[size_t(c)] = std::max(natural[size_t(c)], word + pad);
        minimum[size_t(c)] = std::max(minimum[size_t(c)], std::min(word + pad, natural[size_t(c)]));
    }
    double sum = 0;
    for (const double w : natural)
        sum += w;
    g.width = natural;
    if (sum <= available) {
        // Spread the spare width: to the wrapping columns when there are any, else to all.
        double weight = 0;
        for (int c = 0; c < n; ++c)
            weight += t.columns[c].wrap ? natural[size_t(c)] : 0.0;
        const bool toWrap = weight > 0;
        if (!toWrap)
            weight = sum;
        for (int c = 0; c < n; ++c) {
            if (!toWrap || t.columns[c].wrap)
                g.width[size_t(c)] += (available - sum) * natural[size_t(c)] / weight;
        }
    } else {
        double shrinkable = 0;
        for (int c = 0; c < n; ++c)
            shrinkable += natural[size_t(c)] - minimum[size_t(c)];
        const double need = sum - available;
        if (shrinkable >= need) {
            for (int c = 0; c < n; ++c)
                g.width[size_t(c)] -= need * (natural[size_t(c)] - minimum[size_t(c)]) / shrinkable;
        } else {
            double minSum = 0;
            for (const double w : minimum)
                minSum += w;
            for (int c = 0; c < n; ++c)
                g.width[size_t(c)] = minimum[size_t(c)] * available / minSum;
        }
    }
    double x = 0;
    for (int c = 0; c < n; ++c) {
        g.x.push_back(x);
        x += g.width[size_t(c)];
    }

    auto linesOf = [&](const ReportCell &cell, int c) {
        const ReportColumn &col = t.columns[c];
        const QFont &f = cell.bold ? bold : font;
        const double w = g.width[size_t(c)] - pad - cell.indent * kIndent * U - (col.kind == ColumnKind::Status ? 8 * U : 0.0);
        if (col.wrap)
            return wrapText(cell.text, f, w);
        return QStringList{QFontMetricsF(f).elidedText(cell.text, Qt::ElideRight, w + 0.5 * U)};
    };
    int headerLines = 1;
    for (int c = 0; c < n; ++c) {
        g.header.push_back(wrapText(t.columns[c].header, bold, g.width[size_t(c)] - pad + 0.5 * U));
        headerLines = std::max(headerLines, int(g.header.back().size()));
    }
    g.headerHeight = headerLines * g.lineHeight + 2 * kCellPadY * U + 1.5 * U;
    for (const auto &row : t.rows) {
        std::vector<QStringList> cells;
        int lines = 1;
        for (int c = 0; c < n; ++c) {
            cells.push_back(c < row.size() ? linesOf(row[c], c) : QStringList());
            lines = std::max(lines, int(cells.back().size()));
        }
        g.cells.push_back(std::move(cells));
        g.rowHeight.push_back(lines * g.lineHeight + 2 * kCellPadY * U);
    }
    if (!t.totals.isEmpty()) {
        int lines = 1;
        for (int c = 0; c < n; ++c) {
            ReportCell cell = c < t.totals.size() ? t.totals[c] : ReportCell();
            cell.bold = true;
            g.totals.push_back(linesOf(cell, c));
            lines = std::max(lines, int(g.totals.back().size()));
        }
        g.totalsHeight = lines * g.lineHeight + 2 * kCellPadY * U + 1.5 * U;
    }
    return g;
}

void ReportLayout::placeTable(const ReportTable &t)
{
    m_tables.push_back(std::make_unique<TableGeometry>(measureTable(t)));
    const TableGeometry &g = *m_tables.back();
    const double width = m_right - m_left;
    const double captionHeight = QFontMetricsF(captionFont()).height() + 3 * U;
    const double firstRow = g.rowHeight.empty() ? g.lineHeight + 2 * kCellPadY * U : g.rowHeight.front();
    auto placeCaption = [&](bool continued) {
        if (t.caption.isEmpty() && !continued)
            return;
        Item c;
        c.kind = Item::Kind::Caption;
        const QString caption = t.caption.isEmpty() ? t.name : t.caption;
        c.text = continued ? tr("%1 (continued)").arg(caption) : caption;
        c.rect = QRectF(m_left, m_y, width, captionHeight);
        m_pages.back()->items.push_back(c);
        m_y += captionHeight;
    };
    auto placeHeader = [&]() {
        Item h;
        h.kind = Item::Kind::TableHeader;
        h.table = &g;
        h.rect = QRectF(m_left, m_y, width, g.headerHeight);
        m_pages.back()->items.push_back(h);
        m_y += g.headerHeight;
    };
    if (m_y + (t.caption.isEmpty() ? 0 : captionHeight) + g.headerHeight + firstRow > bottom() && m_y > m_top)
        newPage();
    placeCaption(false);
    placeHeader();
    if (t.rows.isEmpty()) {
        Item e;
        e.kind = Item::Kind::TableEmpty;
        e.text = t.emptyText.isEmpty() ? tr("Nothing to show.") : t.emptyText;
        e.rect = QRectF(m_left, m_y, width, g.lineHeight + 2 * kCellPadY * U);
        m_pages.back()->items.push_back(e);
        m_y += e.rect.height();
    }
    for (int r = 0; r < int(g.rowHeight.size()); ++r) {
        const double h = g.rowHeight[size_t(r)];
        const bool last = r + 1 == int(g.rowHeight.size());
        const double need = h + (last ? g.totalsHeight : 0.0);
        if (m_y + need > bottom()) {
            newPage();
            placeCaption(true);
            placeHeader();
        }
        Item row;
        row.kind = Item::Kind::TableRow;
        row.table = &g;
        row.row = r;
        row.rect = QRectF(m_left, m_y, width, h);
        m_pages.back()->items.push_back(row);
        m_y += h;
    }
    if (!g.totals.empty()) {
        if (m_y + g.totalsHeight > bottom()) {
            newPage();
            placeHeader();
        }
        Item tot;
        tot.kind = Item::Kind::TableTotals;
        tot.table = &g;
        tot.rect = QRectF(m_left, m_y, width, g.totalsHeight);
        m_pages.back()->items.push_back(tot);
        m_y += g.totalsHeight;
    }
}

void ReportLayout::placeChart(const ReportChart &c)
{
    const double h = ReportChartPainter::defaultHeight(c) * U;
    if (m_y + h > bottom() && m_y > m_top)
        newPage();
    Item item;
    item.kind = Item::Kind::Chart;
    item.chart = &c;
    item.rect = QRectF(m_left, m_y, m_right - m_left, h);
    m_pages.back()->items.push_back(item);
    m_y += h;
}

void ReportLayout::paintHeaderFooter(QPainter &p, int index) const
{
    const QFont font = bandFont();
    const QFontMetricsF fm(font);
    p.setFont(font);
    p.setPen(ReportStyle::muted());
    QString left = m_doc.workspaceName;
    if (!m_doc.projectName.isEmpty())
        left = left.isEmpty() ? m_doc.projectName : left + QStringLiteral("  ·  ") + m_doc.projectName;
    const QString right = m_doc.asOf.isValid() ? tr("As of %1").arg(m_doc.asOf.toString(Qt::ISODate)) : QString();
    const double base = kHeaderTop * U + fm.ascent();
    const double rightWidth = fm.horizontalAdvance(right);
    p.drawText(QPointF(m_left, base), fm.elidedText(left, Qt::ElideRight, m_right - m_left - rightWidth - 20 * U));
    p.drawText(QPointF(m_right - rightWidth, base), right);
    p.setPen(QPen(ReportStyle::rule(), 0.6 * U));
    p.drawLine(QPointF(m_left, base + fm.descent() + 4 * U), QPointF(m_right, base + fm.descent() + 4 * U));

    const double footerRule = m_height - (kContentBottom - 14) * U;
    p.drawLine(QPointF(m_left, footerRule), QPointF(m_right, footerRule));
    p.setPen(ReportStyle::muted());
    const double footBase = footerRule + 5 * U + fm.ascent();
    const QString page = tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    const double pageWidth = fm.horizontalAdvance(page);
    p.drawText(QPointF(m_left, footBase), fm.elidedText(m_doc.title + QStringLiteral("  ·  Keel"), Qt::ElideRight,
                                                         m_right - m_left - pageWidth - 20 * U));
    p.drawText(QPointF(m_right - pageWidth, footBase), page);
}

void ReportLayout::paintItem(QPainter &p, const Item &item) const
{
    const QRectF &r = item.rect;
    switch (item.kind) {
    case Item::Kind::Title: {
        const QFont tf = titleFont();
        const QFontMetricsF tm(tf);
        p.setFont(tf);
        p.setPen(ReportStyle::accent());
        p.drawText(QPointF(r.left(), r.top() + tm.ascent()), item.text);
        if (!item.text2.isEmpty()) {
            const QFont sf = subtitleFont();
            p.setFont(sf);
            p.setPen(ReportStyle::muted());
            p.drawText(QPointF(r.left(), r.top() + tm.height() + 4 * U + QFontMetricsF(sf).ascent()),
                       QFontMetricsF(sf).elidedText(item.text2, Qt::ElideRight, r.width()));
        }
        break;
    }
    case Item::Kind::Heading: {
        const QFont hf = headingFont();
        const QFontMetricsF hm(hf);
        p.setFont(hf);
        p.setPen(ReportStyle::accent());
        p.drawText(QPointF(r.left(), r.top() + hm.ascent()), item.text);
        p.setPen(QPen(ReportStyle::accent(), 1.0 * U));
        p.drawLine(QPointF(r.left(), r.bottom() - 1 * U), QPointF(r.right(), r.bottom() - 1 * U));
        break;
    }
    case Item::Kind::Line: {
        const QFont f = textFont();
        const QFontMetricsF fm(f);
        p.setFont(f);
        if (item.bullet) {
            p.setBrush(item.tone == Tone::Neutral ? ReportStyle::accent() : ReportStyle::toneColor(item.tone));
            p.setPen(Qt::NoPen);
            p.drawEllipse(QPointF(r.left() - 7 * U, r.top() + fm.ascent() * 0.62), 1.8 * U, 1.8 * U);
        }
        // A list item's text stays black beside its coloured bullet; a plain paragraph takes the tone.
        p.setPen(item.listItem && item.tone != Tone::Muted ? ReportStyle::ink() : ReportStyle::toneColor(item.tone));
        p.drawText(QPointF(r.left(), r.top() + fm.ascent()), item.text);
        break;
    }
    case Item::Kind::Card: {
        const KeyFigure &k = *item.figure;
        p.fillRect(r, QColor(0xf4, 0xf7, 0xfa));
        const QColor stripe = k.tone == Tone::Neutral ? ReportStyle::accent() : ReportStyle::toneColor(k.tone);
        p.fillRect(QRectF(r.left(), r.top(), 2.6 * U, r.height()), stripe);
        const double x = r.left() + 9 * U;
        const double w = r.width() - 14 * U;
        const QFont lf = cardLabelFont();
        const QFontMetricsF lm(lf);
        p.setFont(lf);
        p.setPen(ReportStyle::muted());
        double y = r.top() + 6 * U + lm.ascent();
        p.drawText(QPointF(x, y), lm.elidedText(k.label, Qt::ElideRight, w));
        QFont vf = cardValueFont();
        // Shrink a long value to fit the card before eliding it.
        for (double size = 14; size > 8.5; size -= 0.5) {
            vf = ReportStyle::font(size, true);
            if (QFontMetricsF(vf).horizontalAdvance(k.value) <= w)
                break;
        }
        const QFontMetricsF vm(vf);
        y = r.top() + 6 * U + lm.height() + 3 * U + vm.ascent();
        p.setFont(vf);
        p.setPen(k.tone == Tone::Neutral || k.tone == Tone::Muted ? ReportStyle::ink() : ReportStyle::toneColor(k.tone));
        p.drawText(QPointF(x, y), vm.elidedText(k.value, Qt::ElideRight, w));
        if (!k.note.isEmpty()) {
            const QFont nf = cardNoteFont();
            const QFontMetricsF nm(nf);
            p.setFont(nf);
            p.setPen(ReportStyle::muted());
            p.drawText(QPointF(x, r.bottom() - 6 * U - nm.descent()), nm.elidedText(k.note, Qt::ElideRight, w));
        }
        break;
    }
    case Item::Kind::Caption: {
        const QFont f = captionFont();
        p.setFont(f);
        p.setPen(ReportStyle::ink());
        p.drawText(QPointF(r.left(), r.top() + QFontMetricsF(f).ascent()), item.text);
        break;
    }
    case Item::Kind::TableEmpty: {
        const QFont f = tableFont();
        p.setFont(f);
        p.setPen(ReportStyle::muted());
        p.drawText(QPointF(r.left() + kCellPadX * U, r.top() + kCellPadY * U + QFontMetricsF(f).ascent()), item.text);
        p.setPen(QPen(ReportStyle::rule(), 0.5 * U));
        p.drawLine(r.bottomLeft(), r.bottomRight());
        break;
    }
    case Item::Kind::TableHeader:
    case Item::Kind::TableRow:
    case Item::Kind::TableTotals: {
        const TableGeometry &g = *item.table;
        const ReportTable &t = *g.table;
        const bool header = item.kind == Item::Kind::TableHeader;
        const bool totals = item.kind == Item::Kind::TableTotals;
        if (header)
            p.fillRect(r, ReportStyle::headerFill());
        else if (!totals && item.row % 2 == 1)
            p.fillRect(r, ReportStyle::zebra());
        const QFont font = tableFont();
        const QFont bold = tableBoldFont();
        for (int c = 0; c < int(t.columns.size()); ++c) {
            const ReportColumn &col = t.columns[c];
            const double cx = r.left() + g.x[size_t(c)];
            const double cw = g.width[size_t(c)];
            ReportCell cell;
            QStringList lines;
            if (header) {
                lines = g.header[size_t(c)];
            } else if (totals) {
                cell = c < t.totals.size() ? t.totals[c] : ReportCell();
                cell.bold = true;
                lines = g.totals[size_t(c)];
            } else {
                const auto &row = t.rows[item.row];
                cell = c < row.size() ? row[c] : ReportCell();
                lines = g.cells[size_t(item.row)][size_t(c)];
            }
            const QFont &f = header || cell.bold ? bold : font;
            const QFontMetricsF fm(f);
            p.setFont(f);
            const bool right = isNumeric(col.kind);
            double textLeft = cx + kCellPadX * U + cell.indent * kIndent * U;
            double y = r.top() + kCellPadY * U + (header ? 0.8 * U : 0.0) + fm.ascent();
            if (header) {
                p.setPen(ReportStyle::accent());
                // Header text sits at the bottom of the header band, numbers' headers to the right.
                y += (g.headerHeight - 2 * kCellPadY * U - 1.5 * U - lines.size() * g.lineHeight);
            } else if (col.kind == ColumnKind::Status && !cell.text.isEmpty() && cell.text != QStringLiteral("–")) {
                p.setPen(Qt::NoPen);
                p.setBrush(cell.tone == Tone::Neutral ? ReportStyle::accent() : ReportStyle::toneColor(cell.tone));
                p.drawEllipse(QPointF(textLeft + 2.6 * U, r.top() + kCellPadY * U + fm.ascent() * 0.62), 2.6 * U, 2.6 * U);
                textLeft += 8 * U;
                p.setPen(ReportStyle::ink());
            } else {
                p.setPen(ReportStyle::toneColor(cell.tone));
            }
            for (const QString &line : lines) {
                const double w = fm.horizontalAdvance(line);
                const double x = right ? cx + cw - kCellPadX * U - w : textLeft;
                p.drawText(QPointF(x, y), line);
                y += g.lineHeight;
            }
        }
        if (header) {
            p.setPen(QPen(ReportStyle::accent(), 0.8 * U));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        } else if (totals) {
            p.setPen(QPen(ReportStyle::accent(), 0.8 * U));
            p.drawLine(r.topLeft(), r.topRight());
            p.drawLine(r.bottomLeft(), r.bottomRight());
        } else {
            p.setPen(QPen(ReportStyle::rule(), 0.4 * U));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        }
        break;
    }
    case Item::Kind::Chart:
        ReportChartPainter(m_locale).paint(p, r, *item.chart);
        break;
    }
}

void ReportLayout::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintHeaderFooter(painter, index);
    for (const Item &item : m_pages[size_t(index)]->items) {
        painter.save();
        paintItem(painter, item);
        painter.restore();
    }
    painter.restore();
}

bool ReportLayout::print(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const double sx = device.logicalDpiX() / (72.0 * U);
    const double sy = device.logicalDpiY() / (72.0 * U);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return false;
        }
        painter.save();
        painter.scale(sx, sy);
        paintPage(painter, i);
        painter.restore();
    }
    return painter.end();
}

QImage ReportLayout::renderPage(int index, double dpi) const
{
    const double scale = dpi / (72.0 * U);
    QImage image(int(std::ceil(m_width * scale)), int(std::ceil(m_height * scale)), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(painter, index);
    painter.end();
    return image;
}

} // namespace Keel
