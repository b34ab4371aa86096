#include "holidaycatalogue.h"

#include <model/timeutil.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Keel {

namespace {

constexpr const char *kBuiltIn[] = {"cn", "hk", "sg", "us", "gb", "de", "nl"};

/// The @p nth (-1 = last) @p weekday (1 = Monday) of @p month in @p year.
QDate nthWeekday(int year, int month, int weekday, int nth)
{
    if (nth < 0) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        return d.addDays(-((d.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate first(year, month, 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (nth - 1));
}

bool isWeekend(QDate d)
{
    return d.dayOfWeek() >= 6;
}

} // namespace

QDate HolidayCatalogue::easterSunday(int year)
{
    // The Gregorian computus (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

const PublicHoliday *HolidayRegion::dayOf(QDate day) const
{
    const PublicHoliday *found = nullptr;
    for (const PublicHoliday &h : days) {
        if (h.from <= day && day <= h.to)
            found = &h; // a later entry (a make-up day inside a range) wins, as in the calendar
    }
    return found;
}

std::optional<HolidayRegion> HolidayCatalogue::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<HolidayRegion> {
        if (error)
            *error = tr("%1: %2").arg(origin, why);
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at offset %1 (%2).").arg(parse.offset).arg(parse.errorString()));
    if (!doc.isObject())
        return fail(tr("expected an object with \"code\", \"name\" and \"years\" or \"rules\"."));
    const QJsonObject root = doc.object();
    HolidayRegion r;
    r.code = root.value(QLatin1String("code")).toString();
    r.name = root.value(QLatin1String("name")).toString();
    r.nameZh = root.value(QLatin1String("nameZh")).toString();
    r.note = root.value(QLatin1String("note")).toString();
    if (r.code.isEmpty() || r.name.isEmpty())
        return fail(tr("\"code\" and \"name\" must not be empty."));
    const auto date = [](const QJsonValue &v) { return QDate::fromString(v.toString(), Qt::ISODate); };

    // Dated years.
    int firstDated = 0;
    int lastDated = 0;
    const QJsonArray years = root.value(QLatin1String("years")).toArray();
    for (const QJsonValue &yv : years) {
        const QJsonObject y = yv.toObject();
        const int year = y.value(QLatin1String("year")).toInt();
        if (year < 1900 || year > 2200)
            return fail(tr("a block of \"years\" needs a \"year\" from 1900 to 2200."));
        firstDated = firstDated ? std::min(firstDated, year) : year;
        lastDated = std::max(lastDated, year);
        if (const QString source = y.value(QLatin1String("source")).toString(); !source.isEmpty())
            r.sources.append(QStringLiteral("%1: %2").arg(year).arg(source));
        for (const QJsonValue &hv : y.value(QLatin1String("holidays")).toArray()) {
            const QJsonObject h = hv.toObject();
            PublicHoliday p;
            p.name = h.value(QLatin1String("name")).toString();
            p.nameZh = h.value(QLatin1String("nameZh")).toString();
            p.from = date(h.value(QLatin1String("from")));
            p.to = h.contains(QLatin1String("to")) ? date(h.value(QLatin1String("to"))) : p.from;
            if (!p.from.isValid() || !p.to.isValid() || p.to < p.from || p.name.isEmpty())
                return fail(tr("year %1, holiday “%2”: expected a name and dates \"from\" (and \"to\", not before it) "
                               "such as 2024-10-01.")
                                .arg(year)
                                .arg(p.name));
            r.days.append(p);
        }
        for (const QJsonValue &wv : y.value(QLatin1String("workdays")).toArray()) {
            const QJsonObject w = wv.toObject();
            PublicHoliday p;
            p.name = w.value(QLatin1String("name")).toString();
            p.nameZh = w.value(QLatin1String("nameZh")).toString();
            p.from = p.to = date(w.value(QLatin1String("date")));
            p.working = true;
            if (!p.from.isValid() || p.name.isEmpty())
                return fail(tr("year %1, working day “%2”: expected a name and a \"date\" such as 2024-02-04.")
                                .arg(year)
                                .arg(p.name));
            r.days.append(p);
        }
    }

    // Rules.
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    r.firstYear = root.value(QLatin1String("firstYear")).toInt(firstDated);
    r.lastYear = root.value(QLatin1String("lastYear")).toInt(lastDated);
    if (!rules.isEmpty() && (r.firstYear < 1900 || r.lastYear > 2200 || r.lastYear < r.firstYear))
        return fail(tr("rules need \"firstYear\" and \"lastYear\" from 1900 to 2200."));
    if (firstDated)
        r.firstYear = std::min(r.firstYear, firstDated);
    r.lastYear = std::max(r.lastYear, lastDated);
    if (const QString source = root.value(QLatin1String("source")).toString(); !source.isEmpty())
        r.sources.prepend(source);
    const QString suffix = root.value(QLatin1String("observedSuffix")).toString();
    const QString suffixZh = root.value(QLatin1String("observedSuffixZh")).toString();
    const int lastRuleYear = root.value(QLatin1String("lastYear")).toInt(0);
    for (int year = root.value(QLatin1String("firstYear")).toInt(0); !rules.isEmpty() && year <= lastRuleYear; ++year) {
        // First every holiday on its own day; then the weekend ones move, in the order given.
        struct Placed
        {
            QDate day;
            QString observed;
            QJsonObject rule;
        };
        QList<Placed> placed;
        for (const QJsonValue &rv : rules) {
            const QJsonObject rule = rv.toObject();
            if (year < rule.value(QLatin1String("since")).toInt(0) || year > rule.value(QLatin1String("until")).toInt(9999))
                continue;
            if (const QJsonArray only = rule.value(QLatin1String("years")).toArray(); !only.isEmpty()
                && !only.contains(QJsonValue(year)))
                continue;
            QDate day;
            const QJsonValue moved = rule.value(QLatin1String("moved")).toObject().value(QString::number(year));
            if (!moved.isUndefined()) {
                day = date(moved);
            } else if (rule.contains(QLatin1String("easter"))) {
                day = easterSunday(year).addDays(rule.value(QLatin1String("easter")).toInt());
            } else {
                const int month = rule.value(QLatin1String("month")).toInt();
                if (month < 1 || month > 12)
                    return fail(tr("rule “%1”: expected a \"month\" from 1 to 12, or \"easter\".")
                                    .arg(rule.value(QLatin1String("name")).toString()));
                if (rule.contains(QLatin1String("weekday")))
                    day = nthWeekday(year, month, std::clamp(rule.value(QLatin1String("weekday")).toInt(), 1, 7),
                                     rule.value(QLatin1String("nth")).toInt(1));
                else
                    day = QDate(year, month, rule.value(QLatin1String("day")).toInt());
            }
            if (!day.isValid() || rule.value(QLatin1String("name")).toString().isEmpty())
                return fail(tr("rule “%1” gives no valid day in %2.").arg(rule.value(QLatin1String("name")).toString()).arg(year));
            placed.append({day, moved.isUndefined() ? rule.value(QLatin1String("observed")).toString() : QString(), rule});
        }
        QSet<QDate> taken;
        for (const Placed &p : placed) {
            if (!isWeekend(p.day))
                taken.insert(p.day);
        }
        for (const Placed &p : placed) {
            QDate day = p.day;
            if (isWeekend(day)) {
                if (p.observed == u"nearest-weekday")
                    day = day.addDays(day.dayOfWeek() == 6 ? -1 : 1);
                else if (p.observed == u"saturday-if-sunday" && day.dayOfWeek() == 7)
                    day = day.addDays(-1);
                else if (p.observed == u"next-weekday") {
                    while (isWeekend(day) || taken.contains(day))
                        day = day.addDays(1);
                    taken.insert(day);
                }
            }
            const bool moved = day != p.day && !p.observed.isEmpty() && p.observed != u"saturday-if-sunday";
            PublicHoliday h;
            h.from = h.to = day;
            h.name = p.rule.value(QLatin1String("name")).toString() + (moved ? suffix : QString());
            h.nameZh = p.rule.value(QLatin1String("nameZh")).toString();
            if (moved && !h.nameZh.isEmpty())
                h.nameZh += suffixZh;
            r.days.append(h);
        }
    }
    std::stable_sort(r.days.begin(), r.days.end(), [](const PublicHoliday &a, const PublicHoliday &b) { return a.from < b.from; });
    if (r.days.isEmpty())
        return fail(tr("it lists no holidays."));
    return r;
}

QList<HolidayRegion> HolidayCatalogue::builtIn()
{
    QList<HolidayRegion> list;
    for (const char *code : kBuiltIn) {
        const QString path = QStringLiteral(":/holidays/%1.json").arg(QLatin1String(code));
        QFile file(path);
        QString error;
        std::optional<HolidayRegion> r;
        if (file.open(QIODevice::ReadOnly))
            r = fromJson(file.readAll(), path, &error);
        else
            error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        if (r)
            list.append(*r);
        else
            qWarning("%s", qUtf8Printable(error));
    }
    return list;
}

std::optional<HolidayRegion> HolidayCatalogue::region(const QString &code)
{
    for (HolidayRegion &r : builtIn()) {
        if (r.code.compare(code, Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QStringList HolidayCatalogue::codes()
{
    QStringList list;
    for (const char *code : kBuiltIn)
        list.append(QLatin1String(code));
    return list;
}

QList<CalendarException> HolidayCatalogue::exceptions(const HolidayRegion &region, bool chinese,
                                                      const QList<TimeInterval> &workingDay)
{
    QList<CalendarException> list;
    for (const PublicHoliday &h : region.days) {
        CalendarException x;
        x.name = h.displayName(chinese);
        x.fromDay = dayNumber(h.from);
        x.toDay = dayNumber(h.to);
        if (h.working)
            x.intervals = workingDay;
        list.append(x);
    }
    return list;
}

Calendar HolidayCatalogue::calendar(const HolidayRegion &region, bool chinese, const QString &name,
                                    const QList<TimeInterval> &workingDay)
{
    Calendar c;
    c.id = newId();
    c.name = name.isEmpty() ? region.displayName(chinese) : name;
    for (int d = 0; d < 5; ++d)
        c.week[size_t(d)].intervals = workingDay;
    c.exceptions = exceptions(region, chinese, workingDay);
    return c;
}

} // namespace Keel
