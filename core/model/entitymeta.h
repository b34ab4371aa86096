#pragma once
// EntityMeta describes one entity type: its names, its fields (field 0 is always "id") and its
// validation rule. entityMeta(type) returns the one instance per type; schema.cpp defines them.

#include "codec.h"
#include "entitytype.h"
#include "field.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace Keel {

class AnyTable;
class Workspace;

struct EntityMeta
{
    EntityType type = EntityType::None;
    QByteArray name;       ///< "task": the change log's entity name
    QByteArray table;      ///< "tasks": the database table
    QList<FieldDef> fields;
    QHash<QByteArray, int> fieldIndex;
    /// Field whose value names an entity to people ("name", "title"…); -1 for none.
    int labelField = -1;
    /// Returns an empty string when valid, else a translated message naming the problem.
    std::function<QString(const void *entity, const Workspace &ws)> validate;
    std::function<std::unique_ptr<AnyTable>()> makeTable;

    int indexOf(QByteArrayView field) const
    {
        return fieldIndex.value(QByteArray(field.data(), field.size()), -1);
    }
};

const EntityMeta &entityMeta(EntityType type);
/// EntityType of a change-log entity name, or EntityType::None.
EntityType entityTypeFromName(QByteArrayView name);
/// A translated, human name of the type ("task", "任务").
QString entityTypeDisplayName(EntityType type);

template<class T> struct EntityTraits;

/// Builds an EntityMeta for struct E from member pointers.
template<class E> class MetaBuilder
{
public:
    MetaBuilder(EntityType type, const char *name, const char *table)
    {
        m_meta.type = type;
        m_meta.name = name;
        m_meta.table = table;
        field("id", &E::id);
    }

    template<class T> MetaBuilder &field(const char *name, T E::*member, FieldType type = Codec<T>::type)
    {
        FieldDef f;
        f.name = name;
        f.type = type;
        f.get = [member](const void *e) { return Codec<T>::get(static_cast<const E *>(e)->*member); };
        f.set = [member](void *e, const QVariant &v) { return Codec<T>::set(static_cast<E *>(e)->*member, v); };
        if constexpr (std::is_same_v<T, qint64>) {
            if (type == FieldType::Time) {
                f.read = [member](void *e, const FieldSource &s, int c) {
                    static_cast<E *>(e)->*member = s.isNull(c) ? kNoTime : s.intValue(c);
                    return true;
                };
            }
        }
        if (!f.read) {
            f.read = [member](void *e, const FieldSource &s, int c) {
                return Codec<T>::read(static_cast<E *>(e)->*member, s, c);
            };
        }
        if constexpr (std::is_enum_v<T>)
            f.enumValues = enumNames<T>();
        return add(std::move(f));
    }
    MetaBuilder &time(const char *name, qint64 E::*member) { return field(name, member, FieldType::Time); }
    MetaBuilder &money(const char *name, qint64 E::*member) { return field(name, member, FieldType::Money); }
    MetaBuilder &ref(const char *name, Id E::*member, EntityType target, bool required)
    {
        field(name, member);
        m_meta.fields.last().ref = target;
        m_meta.fields.last().refRequired = required;
        return *this;
    }
    /// Marks the field added last as derived (see FieldDef::derived).
    MetaBuilder &derived()
    {
        m_meta.fields.last().derived = true;
        return *this;
    }
    MetaBuilder &label(const char *name)
    {
        m_meta.labelField = m_meta.indexOf(name);
        return *this;
    }
    MetaBuilder &validate(std::function<QString(const E &, const Workspace &)> rule)
    {
        m_meta.validate = [rule](const void *e, const Workspace &ws) {
            return rule(*static_cast<const E *>(e), ws);
        };
        return *this;
    }
    EntityMeta build(std::function<std::unique_ptr<AnyTable>()> makeTable)
    {
        m_meta.makeTable = std::move(makeTable);
        return m_meta;
    }

private:
    MetaBuilder &add(FieldDef f)
    {
        m_meta.fieldIndex.insert(f.name, int(m_meta.fields.size()));
        m_meta.fields.append(std::move(f));
        return *this;
    }
    EntityMeta m_meta;
};

} // namespace Keel
