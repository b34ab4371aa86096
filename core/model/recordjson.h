#pragma once
// RecordJson: the one JSON shape of every kind of record, used by keel-cli's --json output and
// the REST API. Field names are the schema's snake_case names; ids are plain UUID strings (null
// for none); money is {"minor": 125000, "currency": "EUR"} in minor units of the record's
// currency; schedule dates are ISO 8601 local times ("2026-03-02T09:00:00", null for none);
// enumerations are their stable names; structured fields (a calendar's week, a resource's rates)
// are embedded JSON; bytes are base64.

#include "entitytype.h"
#include "ids.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariantList>

namespace Keel {

class Workspace;
struct FieldDef;

class RecordJson
{
    Q_DECLARE_TR_FUNCTIONS(Keel::RecordJson)
public:
    /// The stored record @p id of @p type as JSON; empty when there is none.
    static QJsonObject toJson(const Workspace &ws, EntityType type, const Id &id);
    /// A record given as its field values (EntityMeta order) as JSON.
    static QJsonObject toJson(const Workspace &ws, EntityType type, const QVariantList &record);

    /// The currency of the money fields of a record: a project's or an expense's own, a task's or
    /// a baseline task's project's, else the workspace's.
    static QString currencyOf(const Workspace &ws, EntityType type, const QVariantList &record);

    /// One field's value from JSON, in its canonical QVariant type. Invalid with *error set (naming
    /// the field and what was expected) when @p value does not fit.
    static QVariant fieldFromJson(const FieldDef &field, const QJsonValue &value, const QString &currency,
                                  QString *error);
    /// One field's value as JSON.
    static QJsonValue fieldToJson(const FieldDef &field, const QVariant &value, const QString &currency);

private:
    /// A structured (Json) field @p name in the one JSON shape, checked key by key, in its stored
    /// form (dates as minutes and day numbers); what is wrong, naming the item, otherwise.
    static QString shapeToStored(const QString &name, const QJsonValue &in, QJsonValue *out);
};

} // namespace Keel
