#include "riskmodel.h"

#include "formatting.h"
#include "workspacedocument.h"

#include <model/workspace.h>

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Keel {

RiskModel::RiskModel(WorkspaceDocument *document, QObject *parent)
    : EntityTableModel(document->workspace(), EntityType::Risk, parent)
    , m_document(document)
{
}

int RiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Risk *RiskModel::riskAt(int row) const
{
    return workspace().get<Risk>(idAt(row));
}

void RiskModel::setToday(QDate today)
{
    m_today = today;
    emitColumnsChanged({TitleColumn, DueColumn});
}

bool RiskModel::isPastDue(const Risk &risk) const
{
    const bool active = risk.status == RiskStatus::Open || risk.status == RiskStatus::Mitigating;
    return active && risk.dueDate != kNoTime && toDate(risk.dueDate) < today();
}

QString RiskModel::statusName(RiskStatus status)
{
    switch (status) {
    case RiskStatus::Open:
        return tr("Open");
    case RiskStatus::Mitigating:
        return tr("Mitigating");
    case RiskStatus::Occurred:
        return tr("Occurred");
    case RiskStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QStringList RiskModel::statusNames()
{
    QStringList names;
    for (int s = 0; s < int(EnumNames<RiskStatus>::names.size()); ++s)
        names << statusName(RiskStatus(s));
    return names;
}

int RiskModel::score(const Risk &risk)
{
    return risk.probability * risk.impact;
}

int RiskModel::band(int score)
{
    return score <= 4 ? 0 : score <= 12 ? 1 : 2;
}

QVariant RiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Risk *r = riskAt(index.row());
    if (!r)
        return {};
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return r->title;
        case ProbabilityColumn:
            return r->probability;
        case ImpactColumn:
            return r->impact;
        case ScoreColumn:
            return score(*r);
        case OwnerColumn: {
            const Resource *owner = workspace().get<Resource>(r->ownerId);
            return owner ? owner->name : QString();
        }
        case StatusColumn:
            return statusName(r->status);
        case DueColumn:
            return Format::date(r->dueDate);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case TitleColumn:
            return r->title;
        case ProbabilityColumn:
            return r->probability;
        case ImpactColumn:
            return r->impact;
        case StatusColumn:
            return int(r->status);
        case DueColumn:
            return r->dueDate == kNoTime ? today() : toDate(r->dueDate);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case DueColumn:
            return r->dueDate == kNoTime ? std::numeric_limits<qint64>::max() : r->dueDate;
        case StatusColumn:
            return int(r->status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if ((column == DueColumn || column == TitleColumn) && isPastDue(*r))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (column == ScoreColumn || (column == DueColumn && isPastDue(*r))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (column == ScoreColumn && r->status != RiskStatus::Closed) {
            static const QColor bands[] = {QColor(0x2e, 0x7d, 0x32, 60), QColor(0xf9, 0xa8, 0x25, 80),
                                           QColor(0xc6, 0x28, 0x28, 70)};
            return QBrush(bands[band(score(*r))]);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ProbabilityColumn || column == ImpactColumn || column == ScoreColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (isPastDue(*r))
            return tr("Past due: the response to this risk was due on %1.").arg(Format::date(r->dueDate));
        if (column == TitleColumn && !r->mitigation.isEmpty())
            return tr("Mitigation: %1").arg(r->mitigation);
        return {};
    case IdRole:
        return QVariant::fromValue(r->id);
    case ProjectRole:
        return r->projectId.toString(QUuid::WithoutBraces);
    case PastDueRole:
        return isPastDue(*r);
    default:
        return {};
    }
}

QVariant RiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == ProbabilityColumn || section == ImpactColumn || section == ScoreColumn))
        return QVariant::fromValue(Qt::AlignCenter);
    if (role == Qt::ToolTipRole) {
        if (section == ProbabilityColumn)
            return tr("How likely the risk is, from 1 (rare) to 5 (almost certain).");
        if (section == ImpactColumn)
            return tr("How much harm it would do, from 1 (negligible) to 5 (severe).");
        if (section == ScoreColumn)
            return tr("Probability × impact: up to 4 is low, up to 12 medium, above that high.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TitleColumn:
        return tr("Risk");
    case ProbabilityColumn:
        return tr("Probability");
    case ImpactColumn:
        return tr("Impact");
    case ScoreColumn:
        return tr("Score");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Due");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags RiskModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EntityTableModel::flags(index);
    if (!index.isValid())
        return f;
    switch (Column(index.column())) {
    case TitleColumn:
    case ProbabilityColumn:
    case ImpactColumn:
    case StatusColumn:
    case DueColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool RiskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Risk *r = riskAt(index.row());
    if (!r)
        return false;
    ChangeSet changes;
    switch (Column(index.column())) {
    case TitleColumn: {
        const QString title = value.toString().trimmed();
        if (title == r->title)
            return true;
        changes.setDescription(tr("Rename risk “%1”").arg(r->title));
        changes.update(EntityType::Risk, r->id, "title", title);
        break;
    }
    case ProbabilityColumn:
    case ImpactColumn: {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok)
            return false;
        const bool probability = index.column() == ProbabilityColumn;
        if (v == (probability ? r->probability : r->impact))
            return true;
        changes.setDescription(probability ? tr("Set probability of risk “%1”").arg(r->title)
                                           : tr("Set impact of risk “%1”").arg(r->title));
        changes.update(EntityType::Risk, r->id, probability ? "probability" : "impact", v);
        break;
    }
    case StatusColumn: {
        bool ok = false;
        const int s = value.toInt(&ok);
        if (!ok || s < 0 || s >= int(EnumNames<RiskStatus>::names.size()))
            return false;
        if (RiskStatus(s) == r->status)
            return true;
        changes.setDescription(tr("Set risk “%1” to %2").arg(r->title, statusName(RiskStatus(s))));
        changes.update(EntityType::Risk, r->id, "status", enumName(RiskStatus(s)));
        break;
    }
    case DueColumn: {
        const QDate date = value.toDate();
        const Minutes due = date.isValid() ? toMinutes(date) : kNoTime;
        if (due == r->dueDate)
            return true;
        changes.setDescription(tr("Set due date of risk “%1”").arg(r->title));
        changes.update(EntityType::Risk, r->id, "due_date", due);
        break;
    }
    default:
        return false;
    }
    return m_document->apply(changes);
}

QList<int> RiskModel::columnsForFields(const QList<QByteArray> &fields) const
{
    QList<int> columns;
    if (fields.contains("title") || fields.contains("mitigation"))
        columns << TitleColumn;
    if (fields.contains("probability"))
        columns << ProbabilityColumn << ScoreColumn;
    if (fields.contains("impact"))
        columns << ImpactColumn << ScoreColumn;
    if (fields.contains("owner_id"))
        columns << OwnerColumn;
    if (fields.contains("status"))
        columns << StatusColumn << ScoreColumn << TitleColumn << DueColumn;
    if (fields.contains("due_date"))
        columns << DueColumn << TitleColumn;
    if (fields.contains("project_id"))
        columns << TitleColumn;
    return columns;
}

void RiskModel::relatedEntitiesChanged(EntityType type, const QList<Id> &, const QList<QByteArray> &fields)
{
    if (type == EntityType::Resource && (fields.isEmpty() || fields.contains("name")))
        emitColumnsChanged({OwnerColumn});
}

} // namespace Keel
