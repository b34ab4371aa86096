#include "timeutil.h"

namespace Keel {

namespace {
const QDate kEpoch(1970, 1, 1);
}

qint64 dayNumber(QDate date)
{
    return kEpoch.daysTo(date);
}

QDate dateOfDay(qint64 day)
{
    return kEpoch.addDays(day);
}

int weekdayOfDay(qint64 day)
{
    // 1970-01-01 was a Thursday (4).
    qint64 w = (day + 3) % 7;
    if (w < 0)
        w += 7;
    return int(w) + 1;
}

Minutes toMinutes(QDate date, int minuteOfDay)
{
    return dayNumber(date) * kMinutesPerDay + minuteOfDay;
}

Minutes toMinutes(const QDateTime &wallClock)
{
    if (!wallClock.isValid())
        return kNoTime;
    const QTime t = wallClock.time();
    return toMinutes(wallClock.date(), t.hour() * 60 + t.minute());
}

QDate toDate(Minutes m)
{
    if (m == kNoTime)
        return {};
    qint64 day = m / kMinutesPerDay;
    if (m % kMinutesPerDay < 0)
        --day;
    return dateOfDay(day);
}

QDateTime toDateTime(Minutes m)
{
    if (m == kNoTime)
        return {};
    qint64 minuteOfDay = m % kMinutesPerDay;
    if (minuteOfDay < 0)
        minuteOfDay += kMinutesPerDay;
    return QDateTime(toDate(m), QTime(int(minuteOfDay / 60), int(minuteOfDay % 60)), Qt::UTC);
}

QString formatIso(Minutes m)
{
    if (m == kNoTime)
        return {};
    return toDateTime(m).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

Minutes parseIso(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return d.isValid() ? toMinutes(d) : kNoTime;
    }
    QString s = t;
    if (s.endsWith(u'Z'))
        s.chop(1);
    const int dot = s.indexOf(u'.');
    if (dot > 0)
        s.truncate(dot);
    QDateTime dt = QDateTime::fromString(s, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!dt.isValid())
        dt = QDateTime::fromString(s, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!dt.isValid())
        return kNoTime;
    dt.setTimeSpec(Qt::UTC);
    return toMinutes(dt);
}

} // namespace Keel
