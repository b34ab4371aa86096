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
};

template<> struct Codec<qint64>
{
    static constexpr FieldType type = FieldType::Int;
    static QVariant get(qint64 v) { return v; }
    static bool set(qint64 &m, const QVariant &v);
};

template<> struct Codec<int>
{
    static constexpr FieldType type = FieldType::Int;
    static QVariant get(int v) { return qint64(v); }
    static bool set(int &m, const QVariant &v);
};

template<> struct Codec<double>
{
    static constexpr FieldType type = FieldType::Real;
    static QVariant get(double v) { return v; }
    static bool set(double &m, const QVariant &v);
};

template<> struct Codec<bool>
{
    static constexpr FieldType type = FieldType::Bool;
    static QVariant get(bool v) { return v; }
    static bool set(bool &m, const QVariant &v);
};

template<> struct Codec<Id>
{
    static constexpr FieldType type = FieldType::Id;
    static QVariant get(const Id &v) { return QVariant::fromValue(v); }
    static bool set(Id &m, const QVariant &v);
};

template<> struct Codec<QByteArray>
{
    static constexpr FieldType type = FieldType::Blob;
    static QVariant get(const QByteArray &v) { return v; }
    static bool set(QByteArray &m, const QVariant &v);
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
};

/// Structured members kept as JSON text.
template<> struct Codec<QList<RateEntry>>
{
    static constexpr FieldType type = FieldType::Json;
    static QVariant get(const QList<RateEntry> &v);
    static bool set(QList<RateEntry> &m, const QVariant &v);
};

template<> struct Codec<std::array<CalendarWeekDay, 7>>
{
    static constexpr FieldType type = FieldType::Json;
    static QVariant get(const std::array<CalendarWeekDay, 7> &v);
    static bool set(std::array<CalendarWeekDay, 7> &m, const QVariant &v);
};

template<> struct Codec<QList<CalendarException>>
{
    static constexpr FieldType type = FieldType::Json;
    static QVariant get(const QList<CalendarException> &v);
    static bool set(QList<CalendarException> &m, const QVariant &v);
};

} // namespace Keel
