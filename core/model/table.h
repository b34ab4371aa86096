#pragma once
// Table<T>: the entities of one type, contiguous, with an index by id. Order is not meaningful
// (removal swaps the last entity into the hole); views keep their own order.

#include "anytable.h"

#include <QHash>

#include <vector>

namespace Keel {

template<class T> class Table final : public AnyTable
{
public:
    const T *get(const Id &id) const
    {
        const auto it = m_index.constFind(id);
        return it == m_index.cend() ? nullptr : &m_rows[size_t(*it)];
    }
    std::unique_ptr<AnyTable> clone() const override { return std::make_unique<Table<T>>(*this); }
    auto begin() const { return m_rows.cbegin(); }
    auto end() const { return m_rows.cend(); }
    const std::vector<T> &all() const { return m_rows; }

    const EntityMeta &meta() const override { return entityMeta(EntityTraits<T>::type); }
    qsizetype size() const override { return qsizetype(m_rows.size()); }
    bool contains(const Id &id) const override { return m_index.contains(id); }
    QList<Id> ids() const override
    {
        QList<Id> list;
        list.reserve(size());
        for (const T &e : m_rows)
            list.append(e.id);
        return list;
    }
    QVariant value(const Id &id, int field) const override
    {
        const T *e = get(id);
        return e ? meta().fields[field].get(e) : QVariant();
    }
    bool setValue(const Id &id, int field, const QVariant &value) override
    {
        T *e = mutableGet(id);
        return e && meta().fields[field].set(e, value);
    }
    QVariantList record(const Id &id) const override
    {
        QVariantList r;
        const T *e = get(id);
        if (!e)
            return r;
        const auto &fields = meta().fields;
        r.reserve(fields.size());
        for (const FieldDef &f : fields)
            r.append(f.get(e));
        return r;
    }
    QVariantList defaultRecord() const override
    {
        const T e{};
        QVariantList r;
        for (const FieldDef &f : meta().fields)
            r.append(f.get(&e));
        return r;
    }
    bool insertRecord(const QVariantList &record, int *badField) override
    {
        const auto &fields = meta().fields;
        T e;
        for (int i = 0; i < fields.size(); ++i) {
            if (i >= record.size() || !fields[i].set(&e, record[i])) {
                if (badField)
                    *badField = i;
                return false;
            }
        }
        insert(std::move(e));
        return true;
    }
    bool insertFrom(const FieldSource &source, int *badField) override
    {
        const auto &fields = meta().fields;
        T e;
        for (int i = 0; i < fields.size(); ++i) {
            if (!fields[i].read(&e, source, i)) {
                if (badField)
                    *badField = i;
                return false;
            }
        }
        insert(std::move(e));
        return true;
    }
    void insert(T e)
    {
        m_index.insert(e.id, qsizetype(m_rows.size()));
        m_rows.push_back(std::move(e));
    }
    bool remove(const Id &id) override
    {
        const auto it = m_index.find(id);
        if (it == m_index.end())
            return false;
        const qsizetype pos = *it;
        m_index.erase(it);
        const qsizetype last = qsizetype(m_rows.size()) - 1;
        if (pos != last) {
            m_rows[size_t(pos)] = std::move(m_rows[size_t(last)]);
            m_index[m_rows[size_t(pos)].id] = pos;
        }
        m_rows.pop_back();
        return true;
    }
    void clear() override
    {
        m_rows.clear();
        m_index.clear();
    }
    void reserve(qsizetype n) override
    {
        m_rows.reserve(size_t(n));
        m_index.reserve(n);
    }
    QString validate(const Id &id, const Workspace &ws) const override
    {
        const T *e = get(id);
        return e && meta().validate ? meta().validate(e, ws) : QString();
    }
    void forEachValue(int field, const std::function<void(const Id &, const QVariant &)> &f) const override
    {
        const FieldDef &def = meta().fields[field];
        for (const T &e : m_rows)
            f(e.id, def.get(&e));
    }
    const void *find(const Id &id) const override { return get(id); }

private:
    T *mutableGet(const Id &id)
    {
        const auto it = m_index.constFind(id);
        return it == m_index.cend() ? nullptr : &m_rows[size_t(*it)];
    }

    std::vector<T> m_rows;
    QHash<Id, qsizetype> m_index;
};

} // namespace Keel
