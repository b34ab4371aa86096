#include "importerror.h"

namespace Keel {

QString ImportError::message() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    QString text = where + QStringLiteral(": ");
    if (!element.isEmpty())
        text += element + QStringLiteral(": ");
    return text + reason;
}

} // namespace Keel
