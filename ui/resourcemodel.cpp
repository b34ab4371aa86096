#include "resourcemodel.h"

#include "enumtext.h"
#include "formatting.h"
#include "workspacedocument.h"

#include <model/workspace.h>

#include <QCollator>
#include <QDate>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace Keel {

ResourceModel::ResourceModel(const Workspace &workspace, QObject *parent)
    : EntityTableModel(workspace, EntityType::Resource, parent)
{
    collectSkills();
}

ResourceModel::ResourceModel(WorkspaceDocument *document, QObject *parent)
    : EntityTableModel(document->workspace(), EntityType::Resource, parent)
    , m_document(document)
{
    collectSkills();
}

int ResourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Resource *ResourceModel::resourceAt(int row) const
{
    return workspace().get<Resource>(idAt(row));
}

void ResourceModel::reloadRelated()
{
    collectSkills();
}

void ResourceModel::collectSkills()
{
    struct Level
    {
        QString name;
        int level;
    };
    QHash<Id, QList<Level>> levels;
    for (const ResourceSkill &rs : workspace().table<ResourceSkill>()) {
        const Skill *s = workspace().get<Skill>(rs.skillId);
        if (s)
            levels[rs.resourceId].append({s->name, rs.level});
    }
    QCollator collator;
    m_skills.clear();
    m_skillsFull.clear();
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        std::sort(it->begin(), it->end(), [&](const Level &a, const Level &b) {
            return a.level != b.level ? a.level > b.level : collator.compare(a.name, b.name) < 0;
        });
        QStringList parts;
        for (const Level &l : *it)
            parts << tr("%1 %2").arg(l.name).arg(l.level);
        m_skillsFull.insert(it.key(), parts.join(QStringLiteral(", ")));
        constexpr int kShown = 3;
        if (parts.size() > kShown) {
            const int more = int(parts.size()) - kShown;
            parts.resize(kShown);
            parts << tr("+%1").arg(more);
        }
        m_skills.insert(it.key(), parts.join(QStringLiteral(", ")));
    }
}

QString ResourceModel::calendarName(const Resource &r) const
{
    const Id id = r.calendarId.isNull() ? workspace().settings().defaultCalendarId : r.calendarId;
    const Calendar *c = workspace().get<Calendar>(id);
    if (!c)
        return {};
    // A resource's own calendar is named after its base calendar, which says more.
    if (!c->resourceId.isNull() && !c->baseCalendarId.isNull()) {
        if (const Calendar *base = workspace().get<Calendar>(c->baseCalendarId))
            return base->name;
    }
    return c->name;
}

QVariant ResourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Resource *r = resourceAt(index.row());
    if (!r)
        return {};
    const Minutes today = toMinutes(QDate::currentDate());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return r->name;
        case RoleColumn:
            return r->role;
        case TeamColumn:
            return r->team;
        case SkillsColumn:
            return skillsText(r->id);
        case CostRateColumn:
            return r->rates.isEmpty() ? QString() : Format::money(r->rateAt(today).costPerHour, r->currency);
        case BillRateColumn:
            return r->rates.isEmpty() ? QString() : Format::money(r->rateAt(today).billPerHour, r->currency);
        case CalendarColumn:
            return calendarName(*r);
        case MaxUnitsColumn:
            return Format::units(r->maxUnits);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::EditRole:
        if (index.column() == MaxUnitsColumn)
            return r->maxUnits * 100.0;
        return index.column() <= TeamColumn ? data(index, Qt::DisplayRole) : QVariant();
    case SortRole:
        switch (Column(index.column())) {
        case MaxUnitsColumn:
            return r->maxUnits;
        case CostRateColumn:
            return r->rateAt(today).costPerHour;
        case BillRateColumn:
            return r->rateAt(today).billPerHour;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            QString tip = EnumText::resourceKind(r->kind);
            if (!r->email.isEmpty())
                tip += u'\n' + r->email;
            if (!r->active)
                tip += u'\n' + tr("Inactive");
            return tip;
        }
        if (index.column() == SkillsColumn)
            return m_skillsFull.value(r->id);
        if (index.column() == CostRateColumn || index.column() == BillRateColumn)
            return tr("Per hour, in effect today");
        return {};
    case Qt::ForegroundRole:
        if (!r->active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MaxUnitsColumn || index.column() == CostRateColumn ||
            index.column() == BillRateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return QVariant::fromValue(r->id);
    default:
        return {};
    }
}

Qt::ItemFlags ResourceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EntityTableModel::flags(index);
    if (!m_document || !index.isValid())
        return f;
    switch (index.column()) {
    case NameColumn:
    case RoleColumn:
    case TeamColumn:
    case MaxUnitsColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool ResourceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Resource *r = resourceAt(index.row());
    if (!r)
        return false;
    ChangeSet changes;
    auto text = [&](const QByteArray &field, const QString &old, const QString &description) {
        const QString now = value.toString().trimmed();
        if (now == old)
            return;
        changes.setDescription(description);
        changes.update(EntityType::Resource, r->id, field, now);
    };
    switch (index.column()) {
    case NameColumn:
        text("name", r->name, tr("Rename “%1”").arg(r->name));
        break;
    case RoleColumn:
        text("role", r->role, tr("Change role of “%1”").arg(r->name));
        break;
    case TeamColumn:
        text("team", r->team, tr("Change team of “%1”").arg(r->name));
        break;
    case MaxUnitsColumn: {
        bool ok = false;
        const double percent = value.toDouble(&ok);
        if (!ok)
            return false;
        const double units = percent / 100.0;
        if (qFuzzyCompare(units + 1.0, r->maxUnits + 1.0))
            return true;
        changes.setDescription(tr("Set maximum units of “%1” to %2").arg(r->name, Format::units(units)));
        changes.update(EntityType::Resource, r->id, "max_units", units);
        break;
    }
    default:
        return false;
    }
    return m_document->apply(changes);
}

QVariant ResourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole &&
        (section == MaxUnitsColumn || section == CostRateColumn || section == BillRateColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case TeamColumn:
        return tr("Team");
    case SkillsColumn:
        return tr("Skills");
    case CostRateColumn:
        return tr("Cost rate");
    case BillRateColumn:
        return tr("Bill rate");
    case CalendarColumn:
        return tr("Calendar");
    case MaxUnitsColumn:
        return tr("Max. units");
    case ColumnCount:
        break;
    }
    return {};
}

QList<int> ResourceModel::columnsForFields(const QList<QByteArray> &fields) const
{
    if (fields.contains("active") || fields.contains("kind") || fields.contains("email"))
        return EntityTableModel::columnsForFields(fields);
    QList<int> columns;
    if (fields.contains("name"))
        columns.append(NameColumn);
    if (fields.contains("role"))
        columns.append(RoleColumn);
    if (fields.contains("team"))
        columns.append(TeamColumn);
    if (fields.contains("rates") || fields.contains("currency"))
        columns << CostRateColumn << BillRateColumn;
    if (fields.contains("calendar_id"))
        columns.append(CalendarColumn);
    if (fields.contains("max_units"))
        columns.append(MaxUnitsColumn);
    return columns;
}

void ResourceModel::relatedEntitiesChanged(EntityType type, const QList<Id> &, const QList<QByteArray> &)
{
    if (type == EntityType::ResourceSkill || type == EntityType::Skill) {
        collectSkills();
        emitColumnsChanged({SkillsColumn});
    } else if (type == EntityType::Calendar) {
        emitColumnsChanged({CalendarColumn});
    }
}

} // namespace Keel
