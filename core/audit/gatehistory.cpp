#include "gatehistory.h"

#include "auditquery.h"

#include <model/workspace.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace Keel {

QList<GatePassage> GateHistory::of(Store &store, const Id &projectId)
{
    QList<GatePassage> passages;
    if (projectId.isNull())
        return passages;
    ChangeLogFilter filter;
    filter.entityIds = {projectId};
    filter.entities = {QStringLiteral("project")};
    filter.text = QStringLiteral("phase");
    for (const ChangeLogRow &row : store.findChanges(filter, 1000)) {
        if (row.item.op != QLatin1String("update") || row.item.field != QLatin1String("phase"))
            continue;
        const std::optional<Phase> from = enumFromName<Phase>(row.item.oldValue);
        const std::optional<Phase> to = enumFromName<Phase>(row.item.newValue);
        if (!from || !to)
            continue;
        GatePassage p;
        p.utcMs = row.utcMs;
        p.actor = row.actor;
        p.from = *from;
        p.to = *to;
        p.back = int(*to) < int(*from);
        for (const ChangeLogRow &other : store.changeSetRows(row.setSeq)) {
            if (other.item.op != QLatin1String("insert") || other.item.entity != QLatin1String("communication"))
                continue;
            const QJsonObject note = QJsonDocument::fromJson(other.item.newValue.toUtf8()).object();
            if (note.value(QLatin1String("project_id")).toString() != projectId.toString(QUuid::WithoutBraces))
                continue;
            p.reason = note.value(QLatin1String("summary")).toString();
            p.overridden = !p.back;
            p.withdrawn = !store.workspace().get<CommunicationEntry>(other.item.entityId);
            break;
        }
        passages << p;
    }
    return passages;
}

} // namespace Keel
