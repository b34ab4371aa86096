#pragma once
// A ChangeSet is the only way anything in a workspace changes: a list of entity inserts, field
// updates and deletes, applied through Store::apply (validate → mutate → persist → log → notify).
// Applying fills in the old values, so the applied ChangeSet's inverse() undoes it exactly.

#include "entitymeta.h"
#include "entitytype.h"
#include "ids.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <initializer_list>

namespace Keel {

struct Change
{
    enum class Op { Insert, Update, Delete };
    Op op = Op::Update;
    EntityType type = EntityType::None;
    Id id;
    QByteArray field;        ///< Update: the field's name
    QVariant oldValue;       ///< Update: filled in when applied
    QVariant newValue;       ///< Update
    QVariantList record;     ///< Insert: the new entity; Delete: the removed one (filled when applied)
};

class ChangeSet
{
public:
    ChangeSet() = default;
    explicit ChangeSet(QString description) : m_description(std::move(description)) {}

    const QString &description() const { return m_description; }
    void setDescription(const QString &d) { m_description = d; }
    const QList<Change> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    qsizetype size() const { return m_changes.size(); }

    /// Adds an insert of a whole entity value.
    template<class T> ChangeSet &insert(const T &entity)
    {
        const EntityMeta &meta = entityMeta(EntityTraits<T>::type);
        Change c;
        c.op = Change::Op::Insert;
        c.type = meta.type;
        c.id = entity.id;
        c.record.reserve(meta.fields.size());
        for (const FieldDef &f : meta.fields)
            c.record.append(f.get(&entity));
        m_changes.append(std::move(c));
        return *this;
    }
    ChangeSet &insertRecord(EntityType type, const QVariantList &record);
    /// Adds an update of each of @p fields of an existing entity to its value in @p entity.
    template<class T> ChangeSet &update(const T &entity, std::initializer_list<const char *> fields)
    {
        const EntityMeta &meta = entityMeta(EntityTraits<T>::type);
        for (const char *name : fields) {
            const int i = meta.indexOf(name);
            Q_ASSERT_X(i >= 0, "ChangeSet::update", name);
            update(meta.type, entity.id, name, meta.fields[i].get(&entity));
        }
        return *this;
    }
    ChangeSet &update(EntityType type, const Id &id, QByteArrayView field, const QVariant &value);
    ChangeSet &remove(EntityType type, const Id &id);
    void append(const Change &change) { m_changes.append(change); }
    void append(const ChangeSet &other) { m_changes.append(other.m_changes); }

    /// The ChangeSet that undoes this applied one: reversed order, inserts and deletes swapped,
    /// old and new values swapped.
    ChangeSet inverse() const;

private:
    QString m_description;
    QList<Change> m_changes;
};

} // namespace Keel
