#pragma once
#include "ids.h"
#include <QByteArray>
#include <QString>

namespace Keel {

struct DocumentVersion
{
    Id id;
    Id documentId;
    int version = 1;
    QByteArray content;
    QString sha256;                   ///< lower-case hex of the content
    qint64 createdUtcMs = 0;
    QString author;
    QString comment;
};

} // namespace Keel
