#include "mspdiformat.h"

#include <cmath>

namespace Keel::Mspdi {

namespace {

/// Reads exactly @p digits decimal digits at @p pos; -1 when they are not there.
int readDigits(QStringView s, qsizetype pos, int digits)
{
    if (pos + digits > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < digits; ++i) {
        const QChar c = s[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

} // namespace

std::optional<Minutes> parseDateTime(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return kNoTime;
    const int year = readDigits(s, 0, 4);
    if (year < 0 || s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return std::nullopt;
    const int month = readDigits(s, 5, 2);
    const int day = readDigits(s, 8, 2);
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    int minuteOfDay = 0;
    qsizetype pos = 10;
    if (pos < s.size() && (s[pos] == u'T' || s[pos] == u' ')) {
        const int hour = readDigits(s, pos + 1, 2);
        if (hour < 0 || pos + 3 >= s.size() || s[pos + 3] != u':')
            return std::nullopt;
        const int minute = readDigits(s, pos + 4, 2);
        if (minute < 0 || minute > 59 || hour > 24 || (hour == 24 && minute != 0))
            return std::nullopt;
        minuteOfDay = hour * 60 + minute;
        pos += 6;
        if (pos < s.size() && s[pos] == u':') {
            const int second = readDigits(s, pos + 1, 2);
            if (second < 0 || second > 60)
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && s[pos] == u'.') {
                ++pos;
                while (pos < s.size() && s[pos].isDigit())
                    ++pos;
            }
        }
    }
    // A zone designator is accepted and ignored: MSPDI dates are wall-clock times.
    if (pos < s.size()) {
        const QStringView zone = s.mid(pos);
        const bool utc = zone == u"Z";
        const bool offset = zone.size() == 6 && (zone[0] == u'+' || zone[0] == u'-') && zone[3] == u':'
                            && readDigits(zone, 1, 2) >= 0 && readDigits(zone, 4, 2) >= 0;
        if (!utc && !offset)
            return std::nullopt;
    }
    return toMinutes(date, minuteOfDay);
}

QString formatDateTime(Minutes m)
{
    if (m == kNoTime)
        return {};
    return formatIso(m);
}

std::optional<int> parseTime(QStringView text)
{
    const QStringView s = text.trimmed();
    const int hour = readDigits(s, 0, 2);
    if (hour < 0 || s.size() < 5 || s[2] != u':')
        return std::nullopt;
    const int minute = readDigits(s, 3, 2);
    if (minute < 0 || minute > 59 || hour > 24 || (hour == 24 && minute != 0))
        return std::nullopt;
    qsizetype pos = 5;
    if (pos < s.size() && s[pos] == u':') {
        if (readDigits(s, pos + 1, 2) < 0)
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && s[pos] == u'.') {
            ++pos;
            while (pos < s.size() && s[pos].isDigit())
                ++pos;
        }
    }
    if (pos != s.size())
        return std::nullopt;
    return hour * 60 + minute;
}

QString formatTime(int minuteOfDay)
{
    const int m = minuteOfDay % int(kMinutesPerDay);
    return QStringLiteral("%1:%2:00").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

std::optional<double> parseDuration(QStringView text, int minutesPerDay, int daysPerMonth)
{
    QStringView s = text.trimmed();
    double sign = 1;
    if (s.startsWith(u'-')) {
        sign = -1;
        s = s.mid(1);
    } else if (s.startsWith(u'+')) {
        s = s.mid(1);
    }
    if (!s.startsWith(u'P') || s.size() < 2)
        return std::nullopt;
    s = s.mid(1);
    bool timePart = false;
    bool any = false;
    double minutes = 0;
    while (!s.isEmpty()) {
        if (s.front() == u'T') {
            if (timePart)
                return std::nullopt;
            timePart = true;
            s = s.mid(1);
            continue;
        }
        qsizetype n = 0;
        while (n < s.size() && (s[n].isDigit() || s[n] == u'.'))
            ++n;
        if (n == 0 || n >= s.size())
            return std::nullopt;
        bool ok = false;
        const double value = s.left(n).toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return std::nullopt;
        const QChar unit = s[n];
        s = s.mid(n + 1);
        any = true;
        if (timePart) {
            if (unit == u'H')
                minutes += value * 60;
            else if (unit == u'M')
                minutes += value;
            else if (unit == u'S')
                minutes += value / 60;
            else
                return std::nullopt;
        } else {
            if (unit == u'Y')
                minutes += value * 12 * daysPerMonth * minutesPerDay;
            else if (unit == u'M')
                minutes += value * daysPerMonth * minutesPerDay;
            else if (unit == u'W')
                minutes += value * 5 * minutesPerDay;
            else if (unit == u'D')
                minutes += value * minutesPerDay;
            else
                return std::nullopt;
        }
    }
    if (!any || std::abs(minutes) > 1e12)
        return std::nullopt;
    return sign * minutes;
}

QString formatDuration(Minutes minutes)
{
    const bool negative = minutes < 0;
    const qint64 m = negative ? -minutes : minutes;
    return (negative ? QStringLiteral("-") : QString())
           + QStringLiteral("PT%1H%2M0S").arg(m / 60).arg(m % 60);
}

bool isElapsedFormat(int code)
{
    switch (code) {
    case 4: case 6: case 8: case 10: case 12: case 20:
    case 36: case 38: case 40: case 42: case 44: case 52:
        return true;
    default:
        return false;
    }
}

bool isPercentFormat(int code)
{
    return code == 19 || code == 20 || code == 51 || code == 52;
}

int formatCodeFor(Minutes minutes, bool elapsed, int minutesPerDay)
{
    const qint64 m = minutes < 0 ? -minutes : minutes;
    const qint64 day = elapsed ? kMinutesPerDay : minutesPerDay;
    if (m == 0 || (day > 0 && m % day == 0))
        return elapsed ? 8 : 7;
    if (m % 60 == 0)
        return elapsed ? 6 : 5;
    return elapsed ? 4 : 3;
}

std::optional<ConstraintType> constraintFromCode(int code)
{
    switch (code) {
    case 0: return ConstraintType::Asap;
    case 1: return ConstraintType::Alap;
    case 2: return ConstraintType::Mso;
    case 3: return ConstraintType::Mfo;
    case 4: return ConstraintType::Snet;
    case 5: return ConstraintType::Snlt;
    case 6: return ConstraintType::Fnet;
    case 7: return ConstraintType::Fnlt;
    default: return std::nullopt;
    }
}

int constraintCode(ConstraintType type)
{
    switch (type) {
    case ConstraintType::Asap: return 0;
    case ConstraintType::Alap: return 1;
    case ConstraintType::Mso: return 2;
    case ConstraintType::Mfo: return 3;
    case ConstraintType::Snet: return 4;
    case ConstraintType::Snlt: return 5;
    case ConstraintType::Fnet: return 6;
    case ConstraintType::Fnlt: return 7;
    }
    return 0;
}

std::optional<DependencyType> linkTypeFromCode(int code)
{
    switch (code) {
    case 0: return DependencyType::FinishFinish;
    case 1: return DependencyType::FinishStart;
    case 2: return DependencyType::StartFinish;
    case 3: return DependencyType::StartStart;
    default: return std::nullopt;
    }
}

int linkTypeCode(DependencyType type)
{
    switch (type) {
    case DependencyType::FinishFinish: return 0;
    case DependencyType::FinishStart: return 1;
    case DependencyType::StartFinish: return 2;
    case DependencyType::StartStart: return 3;
    }
    return 1;
}

} // namespace Keel::Mspdi
