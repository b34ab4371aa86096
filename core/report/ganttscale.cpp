#include "ganttscale.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("Keel::Gantt", text, disambiguation);
}

/// The nominal length of a unit in days, for choosing a zoom.
double unitDays(GanttUnit unit)
{
    switch (unit) {
    case GanttUnit::Hour: return 1.0 / 24.0;
    case GanttUnit::Day: return 1.0;
    case GanttUnit::Week: return 7.0;
    case GanttUnit::Month: return 28.0;
    case GanttUnit::Quarter: return 90.0;
    case GanttUnit::Year: return 365.0;
    }
    return 1.0;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

GanttScale::GanttScale(GanttZoom zoom, Minutes origin, double pixelsPerDay)
    : m_zoom(zoom)
    , m_origin(origin)
    , m_pixelsPerMinute(std::max(pixelsPerDay, 1e-6) / double(kMinutesPerDay))
{
}

double GanttScale::defaultPixelsPerDay(GanttZoom zoom)
{
    switch (zoom) {
    case GanttZoom::Hour: return 24.0 * 36.0;
    case GanttZoom::Day: return 30.0;
    case GanttZoom::Week: return 10.0;
    case GanttZoom::Month: return 3.0;
    case GanttZoom::Quarter: return 1.0;
    }
    return 30.0;
}

GanttZoom GanttScale::zoomForPixelsPerDay(double pixelsPerDay, double minTickWidth)
{
    for (const GanttZoom z : {GanttZoom::Hour, GanttZoom::Day, GanttZoom::Week, GanttZoom::Month}) {
        if (unitDays(minorUnit(z)) * pixelsPerDay >= minTickWidth)
            return z;
    }
    return GanttZoom::Quarter;
}

GanttZoom GanttScale::zoomIn(GanttZoom zoom)
{
    return zoom == GanttZoom::Hour ? zoom : GanttZoom(int(zoom) - 1);
}

GanttZoom GanttScale::zoomOut(GanttZoom zoom)
{
    return zoom == GanttZoom::Quarter ? zoom : GanttZoom(int(zoom) + 1);
}

GanttUnit GanttScale::minorUnit(GanttZoom zoom)
{
    switch (zoom) {
    case GanttZoom::Hour: return GanttUnit::Hour;
    case GanttZoom::Day: return GanttUnit::Day;
    case GanttZoom::Week: return GanttUnit::Week;
    case GanttZoom::Month: return GanttUnit::Month;
    case GanttZoom::Quarter: return GanttUnit::Quarter;
    }
    return GanttUnit::Day;
}

GanttUnit GanttScale::majorUnit(GanttZoom zoom)
{
    switch (zoom) {
    case GanttZoom::Hour: return GanttUnit::Day;
    case GanttZoom::Day:
    case GanttZoom::Week: return GanttUnit::Month;
    case GanttZoom::Month:
    case GanttZoom::Quarter: return GanttUnit::Year;
    }
    return GanttUnit::Month;
}

Minutes GanttScale::unitStart(GanttUnit unit, Minutes t, Qt::DayOfWeek firstDay)
{
    const qint64 day = floorDiv(t, kMinutesPerDay);
    switch (unit) {
    case GanttUnit::Hour:
        return floorDiv(t, 60) * 60;
    case GanttUnit::Day:
        return day * kMinutesPerDay;
    case GanttUnit::Week: {
        const int back = (weekdayOfDay(day) - int(firstDay) + 7) % 7;
        return (day - back) * kMinutesPerDay;
    }
    case GanttUnit::Month:
    case GanttUnit::Quarter:
    case GanttUnit::Year: {
        const QDate d = dateOfDay(day);
        int month = d.month();
        if (unit == GanttUnit::Quarter)
            month = (month - 1) / 3 * 3 + 1;
        else if (unit == GanttUnit::Year)
            month = 1;
        return toMinutes(QDate(d.year(), month, 1));
    }
    }
    return t;
}

Minutes GanttScale::nextUnit(GanttUnit unit, Minutes start)
{
    switch (unit) {
    case GanttUnit::Hour: return start + 60;
    case GanttUnit::Day: return start + kMinutesPerDay;
    case GanttUnit::Week: return start + 7 * kMinutesPerDay;
    case GanttUnit::Month: return toMinutes(toDate(start).addMonths(1));
    case GanttUnit::Quarter: return toMinutes(toDate(start).addMonths(3));
    case GanttUnit::Year: return toMinutes(toDate(start).addYears(1));
    }
    return start + kMinutesPerDay;
}

Minutes GanttScale::timeAt(double x) const
{
    return m_origin + Minutes(std::llround(x / m_pixelsPerMinute));
}

Minutes GanttScale::snapUnit() const
{
    switch (m_zoom) {
    case GanttZoom::Hour: return 60;
    case GanttZoom::Day:
    case GanttZoom::Week: return kMinutesPerDay;
    case GanttZoom::Month:
    case GanttZoom::Quarter: return 7 * kMinutesPerDay;
    }
    return kMinutesPerDay;
}

Minutes GanttScale::snapDelta(Minutes delta) const
{
    const Minutes unit = snapUnit();
    const double steps = std::round(double(delta) / double(unit));
    return Minutes(steps) * unit;
}

QString GanttScale::formatDate(const QLocale &locale, QDate date)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QStringLiteral("dddd, ")).remove(QStringLiteral(", dddd")).remove(QStringLiteral("dddd"));
    return locale.toString(date, format.trimmed());
}

std::vector<GanttScale::Tick> GanttScale::ticks(bool major, Minutes from, Minutes to, const QLocale &locale) const
{
    std::vector<Tick> result;
    if (to <= from)
        return result;
    const GanttUnit unit = major ? majorUnit(m_zoom) : minorUnit(m_zoom);
    Minutes start = unitStart(unit, from, locale.firstDayOfWeek());
    // A tick wider than a few pixels each: the range is bounded by what is visible.
    while (start < to && result.size() < 100000) {
        const Minutes end = nextUnit(unit, start);
        result.push_back({start, end, label(unit, major, start, locale)});
        start = end;
    }
    return result;
}

QString GanttScale::label(GanttUnit unit, bool major, Minutes start, const QLocale &locale) const
{
    const QDate date = toDate(start);
    switch (unit) {
    case GanttUnit::Hour:
        return locale.toString((start % kMinutesPerDay + kMinutesPerDay) % kMinutesPerDay / 60);
    case GanttUnit::Day:
        if (major)
            return locale.toString(date, QLocale::LongFormat);
        return locale.toString(date.day());
    case GanttUnit::Week:
        return locale.toString(date.day());
    case GanttUnit::Month:
        if (major)
            return tr("%1 %2", "month name, year").arg(locale.standaloneMonthName(date.month(), QLocale::LongFormat),
                                                       locale.toString(date.year()).remove(locale.groupSeparator()));
        if (m_zoom == GanttZoom::Month)
            return locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
        return locale.standaloneMonthName(date.month(), QLocale::LongFormat);
    case GanttUnit::Quarter:
        return tr("Q%1", "quarter of the year").arg(locale.toString((date.month() - 1) / 3 + 1));
    case GanttUnit::Year:
        return QString::number(date.year());
    }
    return {};
}

} // namespace Keel
