#include "recordjson.h"

#include "money.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

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

} // namespace

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
            return doc.array();
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
    case FieldType::Json:
        if (!v.isArray() && !v.isObject())
            return refuse(tr("a JSON array or object"));
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
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
