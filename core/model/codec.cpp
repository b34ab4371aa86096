#include "codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Keel {

bool Codec<QString>::set(QString &m, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        m.clear();
        return true;
    }
    if (v.typeId() != QMetaType::QString)
        return false;
    m = v.toString();
    return true;
}

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

bool Codec<qint64>::set(qint64 &m, const QVariant &v)
{
    if (!isNumber(v))
        return false;
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (d != double(qint64(d)))
            return false;
    }
    m = v.toLongLong();
    return true;
}

bool Codec<int>::set(int &m, const QVariant &v)
{
    qint64 wide = 0;
    if (!Codec<qint64>::set(wide, v) || wide < std::numeric_limits<int>::min()
        || wide > std::numeric_limits<int>::max())
        return false;
    m = int(wide);
    return true;
}

bool Codec<double>::set(double &m, const QVariant &v)
{
    if (!isNumber(v))
        return false;
    m = v.toDouble();
    return std::isfinite(m);
}

bool Codec<bool>::set(bool &m, const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool) {
        m = v.toBool();
        return true;
    }
    if (isNumber(v) && (v.toLongLong() == 0 || v.toLongLong() == 1)) {
        m = v.toLongLong() == 1;
        return true;
    }
    return false;
}

bool Codec<Id>::set(Id &m, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        m = Id();
        return true;
    }
    if (v.typeId() == QMetaType::QUuid) {
        m = v.value<QUuid>();
        return true;
    }
    if (v.typeId() == QMetaType::QString) {
        const QString s = v.toString();
        if (s.isEmpty()) {
            m = Id();
            return true;
        }
        const QUuid id(s);
        if (id.isNull())
            return false;
        m = id;
        return true;
    }
    return false;
}

bool Codec<QByteArray>::set(QByteArray &m, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        m.clear();
        return true;
    }
    if (v.typeId() != QMetaType::QByteArray)
        return false;
    m = v.toByteArray();
    return true;
}

namespace {

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

bool parseArray(const QVariant &v, QJsonArray &out)
{
    if (!v.isValid() || v.isNull()) {
        out = {};
        return true;
    }
    if (v.typeId() != QMetaType::QString)
        return false;
    const QString s = v.toString();
    if (s.isEmpty()) {
        out = {};
        return true;
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    out = doc.array();
    return true;
}

QJsonValue timeJson(Minutes m)
{
    return m == kNoTime ? QJsonValue() : QJsonValue(double(m));
}

Minutes timeFromJson(const QJsonValue &v)
{
    return v.isDouble() ? Minutes(v.toDouble()) : kNoTime;
}

QJsonArray intervalsJson(const QList<TimeInterval> &list)
{
    QJsonArray a;
    for (const TimeInterval &i : list)
        a.append(QJsonArray{i.start, i.end});
    return a;
}

bool intervalsFromJson(const QJsonValue &v, QList<TimeInterval> &out)
{
    out.clear();
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
            return false;
        TimeInterval i{pair[0].toInt(), pair[1].toInt()};
        if (i.start < 0 || i.end > kMinutesPerDay || i.start >= i.end)
            return false;
        out.append(i);
    }
    return true;
}

} // namespace

QVariant Codec<QList<RateEntry>>::get(const QList<RateEntry> &v)
{
    QJsonArray a;
    for (const RateEntry &r : v) {
        QJsonObject o{{QStringLiteral("from"), timeJson(r.effectiveFrom)},
                      {QStringLiteral("cost"), double(r.costPerHour)},
                      {QStringLiteral("bill"), double(r.billPerHour)}};
        if (r.overtimePerHour != 0)
            o.insert(QStringLiteral("overtime"), double(r.overtimePerHour));
        a.append(o);
    }
    return compact(a);
}

bool Codec<QList<RateEntry>>::set(QList<RateEntry> &m, const QVariant &v)
{
    QJsonArray a;
    if (!parseArray(v, a))
        return false;
    QList<RateEntry> list;
    for (const QJsonValue &item : a) {
        if (!item.isObject())
            return false;
        const QJsonObject o = item.toObject();
        list.append({timeFromJson(o.value(QStringLiteral("from"))),
                     qint64(o.value(QStringLiteral("cost")).toDouble()),
                     qint64(o.value(QStringLiteral("bill")).toDouble()),
                     qint64(o.value(QStringLiteral("overtime")).toDouble())});
    }
    m = list;
    return true;
}

QVariant Codec<QList<UnitsEntry>>::get(const QList<UnitsEntry> &v)
{
    QJsonArray a;
    for (const UnitsEntry &u : v)
        a.append(QJsonObject{{QStringLiteral("from"), timeJson(u.effectiveFrom)}, {QStringLiteral("units"), u.units}});
    return compact(a);
}

bool Codec<QList<UnitsEntry>>::set(QList<UnitsEntry> &m, const QVariant &v)
{
    QJsonArray a;
    if (!parseArray(v, a))
        return false;
    QList<UnitsEntry> list;
    for (const QJsonValue &item : a) {
        const QJsonObject o = item.toObject();
        if (!item.isObject() || !o.value(QStringLiteral("units")).isDouble())
            return false;
        list.append({timeFromJson(o.value(QStringLiteral("from"))), o.value(QStringLiteral("units")).toDouble()});
    }
    m = list;
    return true;
}

QVariant Codec<std::array<CalendarWeekDay, 7>>::get(const std::array<CalendarWeekDay, 7> &v)
{
    QJsonArray a;
    for (const CalendarWeekDay &d : v) {
        if (d.inherited)
            a.append(QJsonValue());
        else
            a.append(intervalsJson(d.intervals));
    }
    return compact(a);
}

bool Codec<std::array<CalendarWeekDay, 7>>::set(std::array<CalendarWeekDay, 7> &m, const QVariant &v)
{
    QJsonArray a;
    if (!parseArray(v, a))
        return false;
    std::array<CalendarWeekDay, 7> week;
    if (a.isEmpty()) {
        for (CalendarWeekDay &d : week)
            d.inherited = true;
        m = week;
        return true;
    }
    if (a.size() != 7)
        return false;
    for (int i = 0; i < 7; ++i) {
        week[size_t(i)].inherited = a[i].isNull();
        if (!week[size_t(i)].inherited && !intervalsFromJson(a[i], week[size_t(i)].intervals))
            return false;
    }
    m = week;
    return true;
}

QVariant Codec<QList<CalendarException>>::get(const QList<CalendarException> &v)
{
    QJsonArray a;
    for (const CalendarException &e : v) {
        QJsonObject o{{QStringLiteral("name"), e.name},
                      {QStringLiteral("from"), double(e.fromDay)},
                      {QStringLiteral("to"), double(e.toDay)},
                      {QStringLiteral("intervals"), intervalsJson(e.intervals)}};
        if (e.recurrence != Recurrence::None) {
            o.insert(QStringLiteral("recurrence"), int(e.recurrence));
            o.insert(QStringLiteral("period"), e.period);
            o.insert(QStringLiteral("occurrences"), e.occurrences);
            o.insert(QStringLiteral("weekdayMask"), e.weekdayMask);
            o.insert(QStringLiteral("weekday"), e.weekday);
            o.insert(QStringLiteral("weekOfMonth"), e.weekOfMonth);
            o.insert(QStringLiteral("month"), e.month);
            o.insert(QStringLiteral("monthDay"), e.monthDay);
        }
        a.append(o);
    }
    return compact(a);
}

bool Codec<QList<CalendarException>>::set(QList<CalendarException> &m, const QVariant &v)
{
    QJsonArray a;
    if (!parseArray(v, a))
        return false;
    QList<CalendarException> list;
    for (const QJsonValue &item : a) {
        if (!item.isObject())
            return false;
        const QJsonObject o = item.toObject();
        CalendarException e;
        e.name = o.value(QStringLiteral("name")).toString();
        e.fromDay = qint64(o.value(QStringLiteral("from")).toDouble());
        e.toDay = qint64(o.value(QStringLiteral("to")).toDouble());
        const int rec = o.value(QStringLiteral("recurrence")).toInt(0);
        if (rec < 0 || rec > int(Recurrence::YearlyByWeekday))
            return false;
        e.recurrence = Recurrence(rec);
        e.period = o.value(QStringLiteral("period")).toInt(1);
        e.occurrences = o.value(QStringLiteral("occurrences")).toInt(0);
        e.weekdayMask = o.value(QStringLiteral("weekdayMask")).toInt(0);
        e.weekday = o.value(QStringLiteral("weekday")).toInt(1);
        e.weekOfMonth = o.value(QStringLiteral("weekOfMonth")).toInt(1);
        e.month = o.value(QStringLiteral("month")).toInt(1);
        e.monthDay = o.value(QStringLiteral("monthDay")).toInt(1);
        if (!intervalsFromJson(o.value(QStringLiteral("intervals")), e.intervals))
            return false;
        list.append(e);
    }
    m = list;
    return true;
}

QVariant normalizedValue(const FieldDef &field, const QVariant &value)
{
    // Round-trip through a scratch member of the canonical type.
    switch (field.type) {
    case FieldType::Id: {
        Id id;
        return Codec<Id>::set(id, value) ? Codec<Id>::get(id) : QVariant();
    }
    case FieldType::Text:
    case FieldType::Json: {
        QString s;
        return Codec<QString>::set(s, value) ? QVariant(s) : QVariant();
    }
    case FieldType::Enum: {
        if (value.typeId() != QMetaType::QString || !field.enumValues.contains(value.toString()))
            return {};
        return value.toString();
    }
    case FieldType::Int:
    case FieldType::Time:
    case FieldType::Money: {
        qint64 n = 0;
        return Codec<qint64>::set(n, value) ? QVariant(n) : QVariant();
    }
    case FieldType::Real: {
        double d = 0;
        return Codec<double>::set(d, value) ? QVariant(d) : QVariant();
    }
    case FieldType::Bool: {
        bool b = false;
        return Codec<bool>::set(b, value) ? QVariant(b) : QVariant();
    }
    case FieldType::Blob: {
        QByteArray b;
        return Codec<QByteArray>::set(b, value) ? QVariant(b) : QVariant();
    }
    }
    return {};
}

QString displayValue(const FieldDef &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Id: {
        const QUuid id = value.value<QUuid>();
        return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
    }
    case FieldType::Time: {
        const qint64 m = value.toLongLong();
        return m == kNoTime ? QString() : formatIso(m);
    }
    case FieldType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Blob:
        return QStringLiteral("<%1 bytes>").arg(value.toByteArray().size());
    default:
        return value.toString();
    }
}

} // namespace Keel
