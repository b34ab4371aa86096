#include "durationtext.h"

#include <cmath>

namespace Keel {

namespace {

struct UnitName
{
    const char16_t *name;
    DurationText::Unit unit;
};

// Longest names first so that "mo" is not read as "m" followed by "o".
const UnitName kUnits[] = {
    {u"minutes", DurationText::Unit::Minute}, {u"minute", DurationText::Unit::Minute},
    {u"mins", DurationText::Unit::Minute},    {u"min", DurationText::Unit::Minute},
    {u"months", DurationText::Unit::Month},   {u"month", DurationText::Unit::Month},
    {u"mons", DurationText::Unit::Month},     {u"mon", DurationText::Unit::Month},
    {u"mo", DurationText::Unit::Month},       {u"m", DurationText::Unit::Minute},
    {u"hours", DurationText::Unit::Hour},     {u"hour", DurationText::Unit::Hour},
    {u"hrs", DurationText::Unit::Hour},       {u"hr", DurationText::Unit::Hour},
    {u"h", DurationText::Unit::Hour},
    {u"days", DurationText::Unit::Day},       {u"day", DurationText::Unit::Day},
    {u"dys", DurationText::Unit::Day},        {u"dy", DurationText::Unit::Day},
    {u"d", DurationText::Unit::Day},
    {u"weeks", DurationText::Unit::Week},     {u"week", DurationText::Unit::Week},
    {u"wks", DurationText::Unit::Week},       {u"wk", DurationText::Unit::Week},
    {u"w", DurationText::Unit::Week},
    {u"个工作日", DurationText::Unit::Day},   {u"工作日", DurationText::Unit::Day},
    {u"分钟", DurationText::Unit::Minute},    {u"小时", DurationText::Unit::Hour},
    {u"工时", DurationText::Unit::Hour},      {u"天", DurationText::Unit::Day},
    {u"日", DurationText::Unit::Day},         {u"个星期", DurationText::Unit::Week},
    {u"星期", DurationText::Unit::Week},      {u"周", DurationText::Unit::Week},
    {u"个月", DurationText::Unit::Month},     {u"月", DurationText::Unit::Month},
};

double minutesOf(DurationText::Unit unit, bool elapsed, const DurationUnits &u)
{
    switch (unit) {
    case DurationText::Unit::Minute:
        return 1;
    case DurationText::Unit::Hour:
        return 60;
    case DurationText::Unit::Day:
        return elapsed ? 1440 : u.minutesPerDay;
    case DurationText::Unit::Week:
        return elapsed ? 7 * 1440 : u.minutesPerWeek;
    case DurationText::Unit::Month:
        return elapsed ? 30 * 1440 : double(u.daysPerMonth) * u.minutesPerDay;
    }
    return 1;
}

} // namespace

std::optional<ParsedDuration> DurationText::parse(QStringView text, const DurationUnits &units, Unit defaultUnit)
{
    QStringView s = text.trimmed();
    ParsedDuration result;
    if (s.endsWith(u'?')) {
        result.estimated = true;
        s = s.chopped(1).trimmed();
    }
    double sign = 1;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        sign = s.front() == u'-' ? -1 : 1;
        s = s.mid(1).trimmed();
    }
    qsizetype n = 0;
    bool seenSeparator = false;
    while (n < s.size()) {
        const QChar c = s[n];
        if (c.isDigit() && c.unicode() < 128) {
            ++n;
        } else if ((c == u'.' || c == u',') && !seenSeparator) {
            seenSeparator = true;
            ++n;
        } else {
            break;
        }
    }
    if (n == 0)
        return std::nullopt;
    QString number = s.left(n).toString();
    number.replace(u',', u'.');
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    QString unitText = s.mid(n).trimmed().toString().toLower();

    Unit unit = defaultUnit;
    if (unitText == u"%" || unitText == u"e%") {
        result.percent = true;
        result.elapsed = unitText.startsWith(u'e');
        const double pct = sign * value;
        if (std::abs(pct) > 1e9)
            return std::nullopt;
        result.minutes = Minutes(std::llround(pct));
        return result;
    }
    if (!unitText.isEmpty()) {
        // An "e" before a unit means elapsed time: "ed", "eh", "emo", "e days".
        if (unitText.size() > 1 && unitText.startsWith(u'e') && unitText != u"e") {
            const QString rest = unitText.mid(1).trimmed();
            for (const UnitName &u : kUnits) {
                if (rest == QStringView(u.name)) {
                    result.elapsed = true;
                    unitText = rest;
                    break;
                }
            }
        }
        bool found = false;
        for (const UnitName &u : kUnits) {
            if (unitText == QStringView(u.name)) {
                unit = u.unit;
                found = true;
                break;
            }
        }
        if (!found) {
            for (const char16_t *elapsedName : {u"elapsed days", u"elapsed hours", u"elapsed minutes",
                                                u"elapsed weeks", u"elapsed months"}) {
                if (unitText == QStringView(elapsedName)) {
                    result.elapsed = true;
                    const QString rest = unitText.mid(8);
                    for (const UnitName &u : kUnits) {
                        if (rest == QStringView(u.name)) {
                            unit = u.unit;
                            found = true;
                        }
                    }
                }
            }
        }
        if (!found)
            return std::nullopt;
    }
    const double minutes = sign * value * minutesOf(unit, result.elapsed, units);
    if (std::abs(minutes) > 1e12)
        return std::nullopt;
    result.minutes = Minutes(std::llround(minutes));
    return result;
}

QString DurationText::format(Minutes minutes, bool elapsed, const DurationUnits &units)
{
    const QString prefix = elapsed ? QStringLiteral("e") : QString();
    const qint64 m = minutes < 0 ? -minutes : minutes;
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    const qint64 day = elapsed ? 1440 : units.minutesPerDay;
    if (m == 0)
        return QStringLiteral("0") + prefix + QStringLiteral("d");
    if (day > 0 && m % day == 0)
        return sign + QString::number(m / day) + prefix + QStringLiteral("d");
    if (m % 60 == 0)
        return sign + QString::number(m / 60) + prefix + QStringLiteral("h");
    return sign + QString::number(m) + prefix + QStringLiteral("m");
}

} // namespace Keel
