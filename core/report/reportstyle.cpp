#include "reportstyle.h"

#include <cmath>

namespace Keel::ReportStyle {

QStringList fontFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("DejaVu Sans"), QStringLiteral("Arial")};
}

QFont font(double points, bool bold)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPixelSize(int(std::lround(points * 10)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

QColor ink()
{
    return QColor(0x1d, 0x24, 0x2e);
}

QColor muted()
{
    return QColor(0x6b, 0x77, 0x85);
}

QColor accent()
{
    return QColor(0x1f, 0x4e, 0x79);
}

QColor rule()
{
    return QColor(0xc9, 0xd3, 0xdf);
}

QColor headerFill()
{
    return QColor(0xe6, 0xed, 0xf5);
}

QColor zebra()
{
    return QColor(0xf6, 0xf8, 0xfb);
}

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case Tone::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case Tone::Muted:
        return muted();
    case Tone::Neutral:
        break;
    }
    return ink();
}

QColor toneFill(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0xe3, 0xf1, 0xe4);
    case Tone::Warning:
        return QColor(0xfd, 0xef, 0xd0);
    case Tone::Bad:
        return QColor(0xfb, 0xe0, 0xe0);
    case Tone::Muted:
    case Tone::Neutral:
        break;
    }
    return QColor(0xee, 0xf1, 0xf5);
}

QColor series(int index)
{
    static const QColor palette[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0x2e, 0x8b, 0x57), QColor(0xd0, 0x4a, 0x2f),
                                     QColor(0xe0, 0x9b, 0x1a), QColor(0x7b, 0x4f, 0xa8), QColor(0x17, 0x9c, 0xa8),
                                     QColor(0x8c, 0x6d, 0x46), QColor(0x5f, 0x6b, 0x78)};
    return palette[index % int(std::size(palette))];
}

} // namespace Keel::ReportStyle
