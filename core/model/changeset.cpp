#include "changeset.h"

namespace Keel {

ChangeSet &ChangeSet::insertRecord(EntityType type, const QVariantList &record)
{
    Change c;
    c.op = Change::Op::Insert;
    c.type = type;
    c.id = record.isEmpty() ? Id() : record.first().value<QUuid>();
    c.record = record;
    m_changes.append(std::move(c));
    return *this;
}

ChangeSet &ChangeSet::update(EntityType type, const Id &id, QByteArrayView field, const QVariant &value)
{
    Change c;
    c.op = Change::Op::Update;
    c.type = type;
    c.id = id;
    c.field = QByteArray(field.data(), field.size());
    c.newValue = value;
    m_changes.append(std::move(c));
    return *this;
}

ChangeSet &ChangeSet::remove(EntityType type, const Id &id)
{
    Change c;
    c.op = Change::Op::Delete;
    c.type = type;
    c.id = id;
    m_changes.append(std::move(c));
    return *this;
}

ChangeSet ChangeSet::inverse() const
{
    ChangeSet inv(m_description);
    inv.m_changes.reserve(m_changes.size());
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        Change c = *it;
        switch (c.op) {
        case Change::Op::Insert:
            c.op = Change::Op::Delete;
            break;
        case Change::Op::Delete:
            c.op = Change::Op::Insert;
            break;
        case Change::Op::Update:
            std::swap(c.oldValue, c.newValue);
            break;
        }
        inv.m_changes.append(std::move(c));
    }
    return inv;
}

} // namespace Keel
