#pragma once
// Codec<T> converts a member of type T to and from its canonical QVariant; FieldType comes from it.

#include "calendar.h"
#include "enums.h"
#include "field.h"
#include "ids.h"
#include "resource.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <type_traits>

namespace Keel {

template<class T, class Enable = void> struct Codec;

template<> struct Codec<QString>
{
    static constexpr FieldType type = FieldType::Text;
    static QVariant get(const QString &v) { return v; }
    static bool set(QString &m, const QVariant &v);
    static bool read(QString &m, const FieldSource &s, int c)
    {
        m = QString::fromUtf8(s.bytes(c));
        return true;
    }
};

template<> struct Codec<qint64>
{
    static constexpr FieldType type = FieldType::Int;
    static QVariant get(qint64 v) { return v; }
    static bool set(qint64 &m, const QVariant &v);
    /// NULL reads as 0; Time fields map NULL to kNoTime in MetaBuilder.
    static bool read(qint64 &m, const FieldSource &s, int c)
    {
        m = s.intValue(c);
        return true;
    }
};

template<> struct Codec<int>
{
    static constexpr FieldType type = FieldType::Int;
    static QVariant get(int v) { return qint64(v); }
    static bool set(int &m, const QVariant &v);
    static bool read(int &m, const FieldSource &s, int c)
    {
        const qint64 v = s.intValue(c);
        m = int(v);
        return v == m;
    }
};

template<> struct Codec<double>
{
    static constexpr FieldType type = FieldType::Real;
    static QVariant get(double v) { return v; }
    static bool set(double &m, const QVariant &v);
    static bool read(double &m, const FieldSource &s, int c)
    {
        m = s.realValue(c);
        return true;
    }
};

template<> struct Codec<bool>
{
    static constexpr FieldType type = FieldType::Bool;
    static QVariant get(bool v) { return v; }
    static bool set(bool &m, const QVariant &v);
    static bool read(bool &m, const FieldSource &s, int c)
    {
        m = s.intValue(c) != 0;
        return true;
    }
};

template<> struct Codec<Id>
{
    static constexpr FieldType type = FieldType::Id;
    static QVariant get(const Id &v) { return QVariant::fromValue(v); }
    static bool set(Id &m, const QVariant &v);
    static bool read(Id &m, const FieldSource &s, int c)
    {
        if (s.isNull(c)) {
            m = Id();
            return true;
        }
        const QByteArrayView b = s.bytes(c);
        if (b.size() != 16)
            return false;
        m = QUuid::fromRfc4122(b);
        return true;
    }
};

template<> struct Codec<QByteArray>
{
    static constexpr FieldType type = FieldType::Blob;
    static QVariant get(const QByteArray &v) { return v; }
    static bool set(QByteArray &m, const QVariant &v);
    static bool read(QByteArray &m, const FieldSource &s, int c)
    {
        m = s.bytes(c).toByteArray();
        return true;
    }
};

template<class E> struct Codec<E, std::enable_if_t<std::is_enum_v<E>>>
{
    static constexpr FieldType type = FieldType::Enum;
    static QVariant get(E v) { return enumName(v); }
    static bool set(E &m, const QVariant &v)
    {
        if (v.typeId() != QMetaType::QString)
            return false;
        const auto e = enumFromName<E>(v.toString());
        if (!e)
            return false;
        m = *e;
        return true;
    }
    static bool read(E &m, const FieldSource &s, int c)
    {
        const QByteArrayView b = s.bytes(c);
        const auto &names = EnumNames<E>::names;
        for (size_t i = 0; i < names.size(); ++i) {
            if (b == QByteArrayView(names[i].data(), qsizetype(names[i].size()))) {
                m = E(i);
                return true;
            }
        }
        return false;
    }
};

/// Structured members kept as JSON text; they read through their QVariant form.
template<class T> bool readJson(T &m, const FieldSource &s, int c)
{
    return Codec<T>::set(m, QVariant(QString::fromUtf8(s.bytes(c))));
}

/// Structured members kept as JSON text.
template<> struct Codec<QList<RateEntry>>
{
    static constexpr FieldType type = FieldType::Json;
    static QVariant get(const QList<RateEntry> &v);
    static bool set(QList<RateEntry> &m, const QVariant &v);
    static bool read(QList<RateEntry> &m, const FieldSource &s, int c) { return readJson(m, s, c); }
};

template<> struct Codec<QList<UnitsEntry>>
{
    static constexpr FieldType type = FieldType::Json;
    static QVariant get(const QList<UnitsEntry> &v);
    static bool set(QList<UnitsEntry> &m, const QVariant &v);
    static bool read(QList<UnitsEntry> &m, const FieldSource &s, int c) { return readJson(m, s, c); }
};

template<> struct Codec<std::array<CalendarWeekDay, 7>>
{
    static constexpr FieldType type = FieldType::Json;
    static QVariant get(const std::array<CalendarWeekDay, 7> &v);
    static bool set(std::array<CalendarWeekDay, 7> &m, const QVariant &v);
    static bool read(std::array<CalendarWeekDay, 7> &m, const FieldSource &s, int c) { return readJson(m, s, c); }
};

template<> struct Codec<QList<CalendarException>>
{
    static constexpr FieldType type = FieldType::Json;
    static QVariant get(const QList<CalendarException> &v);
    static bool set(QList<CalendarException> &m, const QVariant &v);
    static bool read(QList<CalendarException> &m, const FieldSource &s, int c) { return readJson(m, s, c); }
};

} // namespace Keel
