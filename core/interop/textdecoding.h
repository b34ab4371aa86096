#pragma once
// TextDecoding: bytes of a text file to a QString. A byte-order mark decides (UTF-8, UTF-16 LE/BE);
// without one, text that is valid UTF-8 is UTF-8 and anything else is read as GB18030 (the
// Chinese national encoding, a superset of GBK and GB2312 that Excel on Chinese Windows writes).

#include <QByteArray>
#include <QString>

#include <optional>

namespace Keel {

class TextDecoding
{
public:
    /// Decodes @p bytes; @p forced names an encoding to use instead of detecting one. Sets
    /// *used to the encoding's name. nullopt with *error when the bytes are not valid text.
    static std::optional<QString> decode(const QByteArray &bytes, const QString &forced, QString *used, QString *error);
    static bool isValidUtf8(const QByteArray &bytes);
};

} // namespace Keel
