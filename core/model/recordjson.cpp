#include "recordjson.h"

#include "money.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLatin1StringView>

#include <string_view>

namespace Keel {

namespace {

QString idText(const QVariant &v)
{
    const QUuid id = v.value<QUuid>();
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString fieldName(const FieldDef &f)
{
    return QString::fromLatin1(f.name);
}

// The record fields held as JSON text have a structure of their own. In the one JSON shape their
// dates are ISO 8601 like every other date (the stored form keeps minutes and day numbers), and
// what comes in is checked key by key: an unknown key or a value of the wrong kind is refused.

QJsonValue timeShape(const QJsonValue &stored)
{
    return stored.isDouble() && Minutes(stored.toDouble()) != kNoTime ? QJsonValue(formatIso(Minutes(stored.toDouble())))
                                                                      : QJsonValue(QJsonValue::Null);
}

QJsonValue dayShape(const QJsonValue &stored)
{
    return stored.isDouble() ? QJsonValue(dateOfDay(qint64(stored.toDouble())).toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null);
}

QJsonValue storedToShape(const QString &name, const QJsonValue &stored)
{
    if (!stored.isArray() || (name != u"rates" && name != u"exceptions" && name != u"availability"))
        return stored;
    QJsonArray out;
    for (const QJsonValue &item : stored.toArray()) {
        QJsonObject o = item.toObject();
        if (name == u"rates" || name == u"availability") {
            o.insert(QStringLiteral("from"), timeShape(o.value(QStringLiteral("from"))));
        } else {
            o.insert(QStringLiteral("from"), dayShape(o.value(QStringLiteral("from"))));
            o.insert(QStringLiteral("to"), dayShape(o.value(QStringLiteral("to"))));
        }
        out.append(o);
    }
    return out;
}

bool wholeNumber(const QJsonValue &v, double low, double high)
{
    const double d = v.toDouble();
    return v.isDouble() && d == double(qint64(d)) && d >= low && d <= high;
}

/// Working intervals of a day: [[start, end], …] in minutes after midnight, or null.
bool checkIntervals(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonArray pair = item.toArray();
        if (!item.isArray() || pair.size() != 2 || !wholeNumber(pair[0], 0, kMinutesPerDay)
            || !wholeNumber(pair[1], 0, kMinutesPerDay) || pair[0].toDouble() >= pair[1].toDouble())
            return false;
    }
    return true;
}

} // namespace

QString RecordJson::shapeToStored(const QString &name, const QJsonValue &in, QJsonValue *out)
{
    if (name == u"week") {
        const QJsonArray days = in.toArray();
        if (!in.isArray() || (days.size() != 0 && days.size() != 7))
            return tr("it must be an array of 7 days, Monday first, each null (inherited) or [[start, end], …] in minutes after midnight");
        for (qsizetype i = 0; i < days.size(); ++i) {
            if (!checkIntervals(days[i]))
                return tr("day %1: null or working intervals [[start, end], …] in minutes after midnight (0–1440), each ending after it starts")
                    .arg(i + 1);
        }
        *out = in;
        return {};
    }
    if (name != u"rates" && name != u"exceptions" && name != u"availability") {
        *out = in;
        return {};
    }
    if (!in.isArray())
        return tr("it must be an array of objects");
    const bool availability = name == u"availability";
    const bool rates = name == u"rates" || availability;
    const QStringList keys = availability ? QStringList{QStringLiteral("from"), QStringLiteral("units")}
                             : rates      ? QStringList{QStringLiteral("from"), QStringLiteral("cost"), QStringLiteral("bill"),
                                                        QStringLiteral("overtime")}
                                          : QStringList{QStringLiteral("name"), QStringLiteral("from"), QStringLiteral("to"),
                                                 QStringLiteral("intervals"), QStringLiteral("recurrence"),
                                                 QStringLiteral("period"), QStringLiteral("occurrences"),
                                                 QStringLiteral("weekdayMask"), QStringLiteral("weekday"),
                                                 QStringLiteral("weekOfMonth"), QStringLiteral("month"),
                                                 QStringLiteral("monthDay")};
    QJsonArray stored;
    const QJsonArray items = in.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = tr("item %1").arg(i + 1);
        if (!items[i].isObject())
            return tr("%1: an object with %2").arg(item, keys.join(QStringLiteral(", ")));
        QJsonObject o = items[i].toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                return tr("%1: “%2” is not a key of it (expected %3)").arg(item, it.key(), keys.join(QStringLiteral(", ")));
        }
        if (rates) {
            const QJsonValue from = o.value(QStringLiteral("from"));
            if (from.isNull() || from.isUndefined()) {
                o.insert(QStringLiteral("from"), double(kNoTime));
            } else {
                const Minutes m = from.isString() ? parseIso(from.toString()) : kNoTime;
                if (m == kNoTime)
                    return tr("%1: “from” must be a date such as 2026-03-02, or null for always").arg(item);
                o.insert(QStringLiteral("from"), double(m));
            }
            if (availability) {
                const QJsonValue units = o.value(QStringLiteral("units"));
                if (!units.isDouble() || units.toDouble() < 0 || units.toDouble() > 100)
                    return tr("%1: “units” must be a number from 0 to 100 (1 is one person full time)").arg(item);
                stored.append(o);
                continue;
            }
            for (const char *key : {"cost", "bill", "overtime"}) {
                if (key == std::string_view("overtime") && !o.contains(QStringLiteral("overtime")))
                    continue;
                if (!wholeNumber(o.value(QLatin1StringView(key)), 0, 1e15))
                    return tr("%1: “%2” must be minor units per hour, a whole number of 0 or more").arg(item, QLatin1StringView(key));
            }
        } else {
            for (const char *key : {"from", "to"}) {
                const QJsonValue v = o.value(QLatin1StringView(key));
                const QDate day = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
                if (!day.isValid())
                    return tr("%1: “%2” must be a date such as 2026-03-02").arg(item, QLatin1StringView(key));
                o.insert(QLatin1StringView(key), double(dayNumber(day)));
            }
            if (o.contains(QStringLiteral("name")) && !o.value(QStringLiteral("name")).isString())
                return tr("%1: “name” must be text").arg(item);
            if (!checkIntervals(o.value(QStringLiteral("intervals"))))
                return tr("%1: “intervals” must be null (a day off) or [[start, end], …] in minutes after midnight").arg(item);
            for (const char *key : {"recurrence", "period", "occurrences", "weekdayMask", "weekday", "weekOfMonth", "month", "monthDay"}) {
                if (o.contains(QLatin1StringView(key)) && !wholeNumber(o.value(QLatin1StringView(key)), 0, 100000))
                    return tr("%1: “%2” must be a whole number").arg(item, QLatin1StringView(key));
            }
        }
        stored.append(o);
    }
    *out = stored;
    return {};
}

QString RecordJson::currencyOf(const Workspace &ws, EntityType type, const QVariantList &record)
{
    const EntityMeta &meta = entityMeta(type);
    auto value = [&](const char *name) {
        const int i = meta.indexOf(name);
        return i >= 0 && i < record.size() ? record[i] : QVariant();
    };
    auto projectCurrency = [&](const Id &projectId) {
        const Project *p = ws.get<Project>(projectId);
        return p ? p->currency : ws.settings().currency;
    };
    switch (type) {
    case EntityType::Project:
    case EntityType::Expense:
    case EntityType::Resource: {
        const QString c = value("currency").toString();
        return c.isEmpty() ? ws.settings().currency : c;
    }
    case EntityType::Task:
        return projectCurrency(value("project_id").value<QUuid>());
    case EntityType::BaselineTask: {
        const Baseline *b = ws.get<Baseline>(value("baseline_id").value<QUuid>());
        return projectCurrency(b ? b->projectId : Id());
    }
    default:
        return ws.settings().currency;
    }
}

QJsonValue RecordJson::fieldToJson(const FieldDef &f, const QVariant &v, const QString &currency)
{
    switch (f.type) {
    case FieldType::Id: {
        const QString s = idText(v);
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    }
    case FieldType::Text:
    case FieldType::Enum:
        return v.toString();
    case FieldType::Int:
        return v.toLongLong();
    case FieldType::Real:
        return v.toDouble();
    case FieldType::Bool:
        return v.toBool();
    case FieldType::Time: {
        const qint64 m = v.toLongLong();
        return m == kNoTime ? QJsonValue(QJsonValue::Null) : QJsonValue(formatIso(m));
    }
    case FieldType::Money:
        return QJsonObject{{QStringLiteral("minor"), v.toLongLong()}, {QStringLiteral("currency"), currency}};
    case FieldType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (doc.isArray())
            return storedToShape(fieldName(f), doc.array());
        if (doc.isObject())
            return doc.object();
        return QJsonValue(QJsonValue::Null);
    }
    case FieldType::Blob:
        return QString::fromLatin1(v.toByteArray().toBase64());
    }
    return {};
}

QJsonObject RecordJson::toJson(const Workspace &ws, EntityType type, const QVariantList &record)
{
    const EntityMeta &meta = entityMeta(type);
    const QString currency = currencyOf(ws, type, record);
    QJsonObject o;
    for (qsizetype i = 0; i < meta.fields.size() && i < record.size(); ++i)
        o.insert(fieldName(meta.fields[i]), fieldToJson(meta.fields[i], record[i], currency));
    return o;
}

QJsonObject RecordJson::toJson(const Workspace &ws, EntityType type, const Id &id)
{
    const QVariantList record = ws.table(type).record(id);
    return record.isEmpty() ? QJsonObject() : toJson(ws, type, record);
}

QVariant RecordJson::fieldFromJson(const FieldDef &f, const QJsonValue &v, const QString &currency, QString *error)
{
    auto refuse = [&](const QString &expected) {
        if (error)
            *error = tr("Field “%1”: expected %2.").arg(fieldName(f), expected);
        return QVariant();
    };
    switch (f.type) {
    case FieldType::Id: {
        if (v.isNull())
            return QVariant::fromValue(Id());
        const QUuid id = QUuid::fromString(v.toString());
        if (!v.isString() || id.isNull())
            return refuse(tr("an id (a UUID string) or null"));
        return QVariant::fromValue(id);
    }
    case FieldType::Text:
        if (!v.isString())
            return refuse(tr("a string"));
        return v.toString();
    case FieldType::Enum:
        if (!v.isString() || !f.enumValues.contains(v.toString()))
            return refuse(tr("one of %1").arg(f.enumValues.join(QStringLiteral(", "))));
        return v.toString();
    case FieldType::Int: {
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)))
            return refuse(tr("a whole number"));
        return QVariant::fromValue(qint64(d));
    }
    case FieldType::Real:
        if (!v.isDouble())
            return refuse(tr("a number"));
        return v.toDouble();
    case FieldType::Bool:
        if (!v.isBool())
            return refuse(tr("true or false"));
        return v.toBool();
    case FieldType::Time: {
        if (v.isNull())
            return QVariant::fromValue(kNoTime);
        const qint64 m = v.isString() ? parseIso(v.toString()) : kNoTime;
        if (m == kNoTime)
            return refuse(tr("a date such as 2026-03-02 or 2026-03-02T09:00, or null"));
        return QVariant::fromValue(m);
    }
    case FieldType::Money: {
        QJsonValue minor = v;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const QString c = o.value(QStringLiteral("currency")).toString();
            if (!c.isEmpty() && c.compare(currency, Qt::CaseInsensitive) != 0)
                return refuse(tr("an amount in %1 (the record's currency), not %2").arg(currency, c));
            minor = o.value(QStringLiteral("minor"));
        }
        const double d = minor.toDouble();
        if (!minor.isDouble() || d != double(qint64(d)))
            return refuse(tr("minor units of %1 as a whole number, or {\"minor\": N, \"currency\": \"%1\"}").arg(currency));
        return QVariant::fromValue(qint64(d));
    }
    case FieldType::Json: {
        if (!v.isArray() && !v.isObject())
            return refuse(tr("a JSON array or object"));
        QJsonValue stored;
        const QString problem = shapeToStored(fieldName(f), v, &stored);
        if (!problem.isEmpty()) {
            if (error)
                *error = tr("Field “%1”, %2.").arg(fieldName(f), problem);
            return QVariant();
        }
        return QString::fromUtf8(stored.isArray() ? QJsonDocument(stored.toArray()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(stored.toObject()).toJson(QJsonDocument::Compact));
    }
    case FieldType::Blob: {
        if (!v.isString())
            return refuse(tr("base64 text"));
        auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return refuse(tr("base64 text"));
        return *decoded;
    }
    }
    return refuse(tr("a value"));
}

} // namespace Keel
