#pragma once
// FieldSource lets a storage layer hand raw column values straight to an entity's fields, without
// building a QVariant per value: loading a large workspace is dominated by this path.

#include <QByteArrayView>
#include <QtGlobal>

namespace Keel {

class FieldSource
{
public:
    virtual ~FieldSource() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 intValue(int column) const = 0;
    virtual double realValue(int column) const = 0;
    /// Text as UTF-8, or the bytes of a blob; valid until the source moves on.
    virtual QByteArrayView bytes(int column) const = 0;
};

} // namespace Keel
