#pragma once
// Field descriptors: each entity type lists its fields once (schema.cpp), and validation,
// persistence, the change log, sync and JSON all work from that list. Values travel as QVariant in
// a canonical type per FieldType (see FieldType).

#include "entitytype.h"
#include "fieldsource.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Keel {

enum class FieldType {
    Id,     ///< QUuid; a null id means "none"
    Text,   ///< QString
    Int,    ///< qint64
    Real,   ///< double
    Bool,   ///< bool
    Time,   ///< qint64 wall-clock minutes (timeutil.h), kNoTime when unset
    Money,  ///< qint64 minor units
    Enum,   ///< QString, one of FieldDef::enumValues
    Json,   ///< QString holding compact JSON of a structured value
    Blob,   ///< QByteArray
};

struct FieldDef
{
    QByteArray name;                    ///< snake_case; the database column and the log's field name
    FieldType type = FieldType::Text;
    EntityType ref = EntityType::None;  ///< Id fields: the entity type it refers to
    bool refRequired = false;           ///< Id fields: must not be null
    QStringList enumValues;             ///< Enum fields
    /// Computed from other fields by the edit service (scheduled dates): undo and a sync pull
    /// recompute it from the restored inputs instead of restoring an old value. For a manually
    /// scheduled task its dates are the user's, so edit/derivedfields.h decides per record.
    bool derived = false;
    std::function<QVariant(const void *entity)> get;
    /// Stores a value given in (or convertible to) the canonical type; false if it does not convert.
    std::function<bool(void *entity, const QVariant &value)> set;
    /// Stores column `column` of a storage row directly; false if the stored value does not fit.
    std::function<bool(void *entity, const FieldSource &source, int column)> read;
};

/// Converts `value` to the canonical QVariant type of `type`; an invalid QVariant if it cannot.
QVariant normalizedValue(const FieldDef &field, const QVariant &value);

/// Human-readable text of a value, for the audit log and messages.
QString displayValue(const FieldDef &field, const QVariant &value);

} // namespace Keel
