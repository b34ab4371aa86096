#pragma once
// AnyTable is the type-erased face of Table<T>: what the ChangeSet path, the store and sync use to
// read and write any entity by field without knowing its C++ type.

#include "entitymeta.h"
#include "ids.h"

#include <QList>
#include <QVariantList>

#include <memory>

namespace Keel {

class AnyTable
{
public:
    virtual ~AnyTable() = default;
    virtual const EntityMeta &meta() const = 0;
    virtual qsizetype size() const = 0;
    virtual bool contains(const Id &id) const = 0;
    virtual QList<Id> ids() const = 0;
    virtual QVariant value(const Id &id, int field) const = 0;
    /// false: no such entity, or the value does not convert to the field's type.
    virtual bool setValue(const Id &id, int field, const QVariant &value) = 0;
    /// All fields in meta().fields order.
    virtual QVariantList record(const Id &id) const = 0;
    /// The field values of a default-constructed entity (a new record before its fields are set).
    virtual QVariantList defaultRecord() const = 0;
    /// Inserts from a full record; on failure returns false and sets *badField.
    virtual bool insertRecord(const QVariantList &record, int *badField) = 0;
    /// Inserts from a storage row whose columns are the fields in order; sets *badField on failure.
    virtual bool insertFrom(const FieldSource &source, int *badField) = 0;
    virtual bool remove(const Id &id) = 0;
    virtual void clear() = 0;
    virtual void reserve(qsizetype n) = 0;
    virtual QString validate(const Id &id, const Workspace &ws) const = 0;
    /// Calls f(id, value) for each entity's value of `field`.
    virtual void forEachValue(int field, const std::function<void(const Id &, const QVariant &)> &f) const = 0;
    /// Direct pointer to an entity (for generic readers); nullptr if absent.
    virtual const void *find(const Id &id) const = 0;
    /// A copy of the table (its entities and index).
    virtual std::unique_ptr<AnyTable> clone() const = 0;
};

} // namespace Keel
