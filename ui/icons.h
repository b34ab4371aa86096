#pragma once
// Keel's interface icons, drawn as vectors at whatever size and device pixel ratio they are shown,
// in the colours of the current palette (so they follow light and dark themes).

#include "page.h"

#include <model/enums.h>

#include <QColor>
#include <QIcon>

namespace Keel {

class Icons
{
public:
    static QIcon page(Page page);
    static QIcon search();
    /// A filled dot of one colour, such as a health indicator.
    static QIcon dot(const QColor &color);
    static QIcon health(Health health);
    static QColor healthColor(Health health);
    /// The Keel mark, drawn: the window icon when the resource PNGs are not linked in.
    static QIcon application();
};

} // namespace Keel
