#include "money.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace detail {
extern const char kIso4217Table[];
}

namespace {

struct Table
{
    QHash<QString, int> digits; ///< -1: the standard gives none
};

const Table &table()
{
    static const Table t = [] {
        Table result;
        const QStringList lines = QString::fromUtf8(detail::kIso4217Table).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() != 2)
                continue;
            bool ok = false;
            const int d = parts[1].trimmed().toInt(&ok);
            result.digits.insert(parts[0].trimmed(), ok ? d : -1);
        }
        return result;
    }();
    return t;
}

} // namespace

namespace Currency {

bool isKnown(QStringView code)
{
    return table().digits.contains(code.toString().toUpper());
}

int minorDigits(QStringView code)
{
    const int d = table().digits.value(code.toString().toUpper(), 2);
    return d < 0 ? 0 : d;
}

qint64 minorPerMajor(QStringView code)
{
    qint64 f = 1;
    for (int i = minorDigits(code); i > 0; --i)
        f *= 10;
    return f;
}

QStringList codes()
{
    QStringList list = table().digits.keys();
    std::sort(list.begin(), list.end());
    return list;
}

double toMajor(double minor, QStringView code)
{
    return minor / double(minorPerMajor(code));
}

qint64 fromMajor(double major, QStringView code)
{
    return qint64(std::llround(major * double(minorPerMajor(code))));
}

std::optional<qint64> parse(const QString &text, QStringView code, const QLocale &locale)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const int digits = minorDigits(code);
    for (const QLocale &l : {locale, QLocale::c()}) {
        bool ok = false;
        const double value = l.toDouble(t, &ok);
        if (!ok || !std::isfinite(value))
            continue;
        const qsizetype dot = t.lastIndexOf(l.decimalPoint());
        if (dot >= 0 && t.size() - dot - 1 > digits)
            return std::nullopt;
        return fromMajor(value, code);
    }
    return std::nullopt;
}

} // namespace Currency

} // namespace Keel
