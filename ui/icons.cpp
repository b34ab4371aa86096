#include "icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <functional>
#include <optional>

namespace Keel {

namespace {

// Glyphs are drawn in a 24 × 24 box; the engine scales them to the requested size.
using Glyph = std::function<void(QPainter &, const QColor &)>;

class PaintedIconEngine final : public QIconEngine
{
public:
    explicit PaintedIconEngine(Glyph glyph, std::optional<QColor> fixed = std::nullopt)
        : m_glyph(std::move(glyph))
        , m_fixed(fixed)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        m_glyph(*painter, colorFor(mode));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaintedIconEngine(m_glyph, m_fixed); }
    QString key() const override { return QStringLiteral("KeelPaintedIcon"); }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        if (m_fixed)
            return mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText)
                                           : *m_fixed;
        switch (mode) {
        case QIcon::Selected:
            return palette.color(QPalette::HighlightedText);
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::WindowText);
    }

    Glyph m_glyph;
    std::optional<QColor> m_fixed;
};

QIcon painted(Glyph glyph, std::optional<QColor> fixed = std::nullopt)
{
    return QIcon(new PaintedIconEngine(std::move(glyph), fixed));
}

QPen strokePen(const QColor &color, qreal width = 1.8)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void drawPortfolio(QPainter &p, const QColor &c)
{
    p.setPen(strokePen(c));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(3.5, 3.5, 7, 7), 1.8, 1.8);
    p.drawRoundedRect(QRectF(13.5, 3.5, 7, 7), 1.8, 1.8);
    p.drawRoundedRect(QRectF(3.5, 13.5, 7, 7), 1.8, 1.8);
    p.setBrush(c);
    p.drawRoundedRect(QRectF(13.5, 13.5, 7, 7), 1.8, 1.8);
}

void drawProjects(QPainter &p, const QColor &c)
{
    p.setPen(strokePen(c));
    p.drawLine(QPointF(3.5, 3), QPointF(3.5, 21));
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRoundedRect(QRectF(6, 4.5, 8, 3.4), 1.4, 1.4);
    p.drawRoundedRect(QRectF(10, 10.3, 10.5, 3.4), 1.4, 1.4);
    p.drawRoundedRect(QRectF(8, 16.1, 7, 3.4), 1.4, 1.4);
}

void drawResources(QPainter &p, const QColor &c)
{
    p.setPen(strokePen(c));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(9, 8), 3.4, 3.4);
    QPainterPath front;
    front.moveTo(2.8, 20.5);
    front.cubicTo(2.8, 16.2, 5.6, 14.2, 9, 14.2);
    front.cubicTo(12.4, 14.2, 15.2, 16.2, 15.2, 20.5);
    p.drawPath(front);
    QPainterPath back;
    back.moveTo(15.2, 4.9);
    back.arcTo(QRectF(13.6, 4.6, 6, 6), 120, -240);
    p.drawPath(back);
    QPainterPath backBody;
    backBody.moveTo(17.2, 13.6);
    backBody.cubicTo(19.6, 14, 21.2, 15.8, 21.2, 19.5);
    p.drawPath(backBody);
}

void drawClients(QPainter &p, const QColor &c)
{
    p.setPen(strokePen(c));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(4, 3.5, 10, 17), 1.2, 1.2);
    p.drawPolyline(
        QPolygonF({QPointF(14, 9), QPointF(19, 9), QPointF(20, 10), QPointF(20, 20.5), QPointF(14, 20.5)}));
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 2; ++col)
            p.drawRect(QRectF(6.6 + col * 3.2, 6.4 + row * 3.6, 1.8, 1.8));
    }
    p.drawRect(QRectF(16.2, 12, 1.8, 1.8));
    p.drawRect(QRectF(16.2, 15.6, 1.8, 1.8));
    p.drawRoundedRect(QRectF(7.8, 17, 2.4, 3.5), 0.4, 0.4);
}

void drawReports(QPainter &p, const QColor &c)
{
    p.setPen(strokePen(c));
    p.drawLine(QPointF(3, 20.5), QPointF(21, 20.5));
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRoundedRect(QRectF(5, 12, 3.6, 6.5), 1, 1);
    p.drawRoundedRect(QRectF(10.2, 5, 3.6, 13.5), 1, 1);
    p.drawRoundedRect(QRectF(15.4, 9, 3.6, 9.5), 1, 1);
}

void drawInbox(QPainter &p, const QColor &c)
{
    p.setPen(strokePen(c));
    p.setBrush(Qt::NoBrush);
    QPainterPath tray;
    tray.moveTo(3, 13);
    tray.lineTo(5.8, 5.2);
    tray.quadTo(6.2, 4.2, 7.2, 4.2);
    tray.lineTo(16.8, 4.2);
    tray.quadTo(17.8, 4.2, 18.2, 5.2);
    tray.lineTo(21, 13);
    tray.lineTo(21, 18.5);
    tray.quadTo(21, 20, 19.5, 20);
    tray.lineTo(4.5, 20);
    tray.quadTo(3, 20, 3, 18.5);
    tray.closeSubpath();
    p.drawPath(tray);
    p.drawPolyline(QPolygonF({QPointF(3, 13), QPointF(8, 13), QPointF(9.5, 15.6), QPointF(14.5, 15.6),
                              QPointF(16, 13), QPointF(21, 13)}));
}

void drawSearch(QPainter &p, const QColor &c)
{
    p.setPen(strokePen(c, 2.0));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(10.5, 10.5), 6, 6);
    p.drawLine(QPointF(15, 15), QPointF(20, 20));
}

void drawDot(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c.darker(125), 1.2));
    p.setBrush(c);
    p.drawEllipse(QPointF(12, 12), 5.5, 5.5);
}

void drawKeelMark(QPainter &p, const QColor &)
{
    // The same drawing as resources/icons/keel.svg: a hull's keel line over a rounded tile.
    QLinearGradient tile(0, 0, 0, 24);
    tile.setColorAt(0, QColor(0x2b, 0x6c, 0xb0));
    tile.setColorAt(1, QColor(0x1a, 0x44, 0x80));
    p.setPen(Qt::NoPen);
    p.setBrush(tile);
    p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
    p.setBrush(QColor(0xff, 0xff, 0xff, 0xe6));
    p.drawRoundedRect(QRectF(5, 6, 8, 2.6), 1.3, 1.3);
    p.drawRoundedRect(QRectF(9, 10.7, 10, 2.6), 1.3, 1.3);
    p.setBrush(QColor(0xf5, 0xb7, 0x2d));
    p.drawRoundedRect(QRectF(7, 15.4, 7, 2.6), 1.3, 1.3);
}

} // namespace

QIcon Icons::page(Page page)
{
    switch (page) {
    case Page::Portfolio:
        return painted(drawPortfolio);
    case Page::Projects:
        return painted(drawProjects);
    case Page::Resources:
        return painted(drawResources);
    case Page::Clients:
        return painted(drawClients);
    case Page::Reports:
        return painted(drawReports);
    case Page::Inbox:
        return painted(drawInbox);
    }
    return {};
}

QIcon Icons::search()
{
    return painted(drawSearch);
}

QIcon Icons::dot(const QColor &color)
{
    return painted(drawDot, color);
}

QColor Icons::healthColor(Health health)
{
    switch (health) {
    case Health::Green:
        return QColor(0x2e, 0xa0, 0x5a);
    case Health::Amber:
        return QColor(0xe8, 0xa3, 0x17);
    case Health::Red:
        return QColor(0xd9, 0x3f, 0x3f);
    }
    return {};
}

QIcon Icons::health(Health health)
{
    return dot(healthColor(health));
}

QIcon Icons::application()
{
    return painted(drawKeelMark, QColor());
}

} // namespace Keel
