#include "editing.h"

#include "command.h"

#include <model/workspace.h>
#include <store/store.h>

namespace Keel::Cli {

EntityType kindOf(const QString &kind)
{
    const EntityType t = entityTypeFromName(kind.toUtf8());
    return t == EntityType::Settings ? EntityType::None : t;
}

QString kindNames()
{
    QStringList names;
    for (int t = 0; t < kEntityTypeCount; ++t) {
        if (EntityType(t) != EntityType::Settings)
            names << QString::fromLatin1(entityMeta(EntityType(t)).name);
    }
    return names.join(QStringLiteral(", "));
}

Id findRecord(const Workspace &ws, EntityType type, const QString &text, QString *error)
{
    const QUuid asId = QUuid::fromString(text);
    if (!asId.isNull()) {
        if (ws.table(type).contains(asId))
            return asId;
        *error = QStringLiteral("there is no %1 with id %2").arg(QString::fromLatin1(entityMeta(type).name), text);
        return {};
    }
    const EntityMeta &meta = entityMeta(type);
    QList<int> fields;
    for (const char *name : {"code", "name", "email", "title"}) {
        if (const int i = meta.indexOf(name); i > 0)
            fields << i;
    }
    for (const int f : std::as_const(fields)) {
        QList<Id> matches;
        ws.table(type).forEachValue(f, [&](const Id &id, const QVariant &v) {
            if (v.toString().compare(text, Qt::CaseInsensitive) == 0)
                matches << id;
        });
        if (matches.size() == 1)
            return matches.first();
        if (matches.size() > 1) {
            *error = QStringLiteral("%1 records of kind %2 are called “%3”; give the id")
                         .arg(matches.size()).arg(QString::fromLatin1(meta.name), text);
            return {};
        }
    }
    *error = QStringLiteral("there is no %1 “%2”").arg(QString::fromLatin1(meta.name), text);
    return {};
}

bool applyEdit(const QString &command, Store &store, const Edit &edit)
{
    if (!edit.ok()) {
        fail(command, edit.field.isEmpty() ? edit.error
                                           : QStringLiteral("%1 (field %2)").arg(edit.error, QString::fromLatin1(edit.field)));
        return false;
    }
    if (edit.changes.isEmpty())
        return true;
    QString error;
    if (!store.apply(edit.changes, &error)) {
        fail(command, error);
        return false;
    }
    return true;
}

} // namespace Keel::Cli
