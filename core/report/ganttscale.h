#pragma once
// GanttScale: the time axis of a Gantt chart. It maps wall-clock Minutes (model/timeutil.h) to an x
// coordinate and back (x = (t - origin) × pixels per minute, in whatever unit the caller paints:
// screen pixels, or 1/10 point on paper) and lists the ticks of the two-tier header for a zoom
// level: hours under days, days under months, weeks under months, months under years, quarters
// under years. Labels come from QLocale (month and day names, digits) so they follow the language.

#include "model/timeutil.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace Keel {

enum class GanttZoom { Hour, Day, Week, Month, Quarter };

/// Calendar units of header ticks and snapping.
enum class GanttUnit { Hour, Day, Week, Month, Quarter, Year };

class GanttScale
{
public:
    struct Tick
    {
        Minutes start = 0;
        Minutes end = 0;
        QString label;
    };

    GanttScale() = default;
    GanttScale(GanttZoom zoom, Minutes origin, double pixelsPerDay);

    /// A readable width of one day on screen (pixels) at @p zoom.
    static double defaultPixelsPerDay(GanttZoom zoom);
    /// The finest zoom whose smallest header tick is at least @p minTickWidth wide when a day is
    /// @p pixelsPerDay wide.
    static GanttZoom zoomForPixelsPerDay(double pixelsPerDay, double minTickWidth);
    static GanttZoom zoomIn(GanttZoom zoom);
    static GanttZoom zoomOut(GanttZoom zoom);
    /// The tick units of the header's lower (minor) and upper (major) tiers at @p zoom.
    static GanttUnit minorUnit(GanttZoom zoom);
    static GanttUnit majorUnit(GanttZoom zoom);
    /// The start of the @p unit containing @p t (weeks start on @p firstDay).
    static Minutes unitStart(GanttUnit unit, Minutes t, Qt::DayOfWeek firstDay = Qt::Monday);
    /// The start of the next @p unit after the one starting at @p start.
    static Minutes nextUnit(GanttUnit unit, Minutes start);

    GanttZoom zoom() const { return m_zoom; }
    Minutes origin() const { return m_origin; }
    double pixelsPerDay() const { return m_pixelsPerMinute * double(kMinutesPerDay); }
    double pixelsPerMinute() const { return m_pixelsPerMinute; }

    double x(Minutes t) const { return double(t - m_origin) * m_pixelsPerMinute; }
    double width(Minutes span) const { return double(span) * m_pixelsPerMinute; }
    /// The time at @p x, to the nearest minute.
    Minutes timeAt(double x) const;

    /// The step a dragged bar snaps to: an hour, a day or a week, by zoom.
    Minutes snapUnit() const;
    /// @p delta rounded to a whole number of snap units.
    Minutes snapDelta(Minutes delta) const;

    /// @p date in @p locale's long format without the weekday ("March 3, 2025", "2025年3月3日").
    static QString formatDate(const QLocale &locale, QDate date);

    /// The ticks of one header tier overlapping [from, to), labelled for @p locale.
    std::vector<Tick> ticks(bool major, Minutes from, Minutes to, const QLocale &locale) const;

private:
    QString label(GanttUnit unit, bool major, Minutes start, const QLocale &locale) const;

    GanttZoom m_zoom = GanttZoom::Day;
    Minutes m_origin = 0;
    double m_pixelsPerMinute = 30.0 / double(kMinutesPerDay);
};

} // namespace Keel
