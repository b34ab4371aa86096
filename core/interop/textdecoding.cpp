#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::TextDecoding", text);
}

std::optional<QString> decodeWith(QStringDecoder &decoder, const QByteArray &bytes, const QString &name, QString *error)
{
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = tr("the file is not valid %1 text").arg(name);
        return std::nullopt;
    }
    return text;
}

} // namespace

bool TextDecoding::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

std::optional<QString> TextDecoding::decode(const QByteArray &bytes, const QString &forced, QString *used, QString *error)
{
    if (!forced.isEmpty()) {
        QStringDecoder decoder(forced.toLatin1().constData(), QStringDecoder::Flag::Stateless);
        if (!decoder.isValid()) {
            *error = tr("the encoding “%1” is not known").arg(forced);
            return std::nullopt;
        }
        *used = forced;
        QByteArray data = bytes;
        if (data.startsWith("\xEF\xBB\xBF") && forced.compare(u"UTF-8", Qt::CaseInsensitive) == 0)
            data.remove(0, 3);
        return decodeWith(decoder, data, forced, error);
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *used = QStringLiteral("UTF-8");
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        return decodeWith(decoder, bytes.mid(3), *used, error);
    }
    if (bytes.startsWith("\xFF\xFE")) {
        *used = QStringLiteral("UTF-16LE");
        QStringDecoder decoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
        return decodeWith(decoder, bytes.mid(2), *used, error);
    }
    if (bytes.startsWith("\xFE\xFF")) {
        *used = QStringLiteral("UTF-16BE");
        QStringDecoder decoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        return decodeWith(decoder, bytes.mid(2), *used, error);
    }
    if (isValidUtf8(bytes)) {
        *used = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes);
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid()) {
        *error = tr("the file is not UTF-8, and GB18030 is not available to read it");
        return std::nullopt;
    }
    *used = QStringLiteral("GB18030");
    return decodeWith(gb, bytes, *used, error);
}

} // namespace Keel
