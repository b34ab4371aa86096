#pragma once
// Edit: what every intent of the edit service returns: the one ChangeSet to apply (it already
// holds the edit's consequences), or the translated reason it is refused and the field it is
// about; and the id of the record an add created.

#include <model/changeset.h>
#include <model/ids.h>

#include <QByteArray>
#include <QString>

namespace Keel {

struct Edit
{
    ChangeSet changes;
    QString error;        ///< translated; empty when the edit can be made
    QByteArray field;     ///< the field the error is about, when it is about one
    Id id;                ///< the record an add created

    bool ok() const { return error.isEmpty(); }
    static Edit refused(const QString &error, const QByteArray &field = {})
    {
        Edit e;
        e.error = error;
        e.field = field;
        return e;
    }
};

} // namespace Keel
