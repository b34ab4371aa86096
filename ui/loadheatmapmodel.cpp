#include "loadheatmapmodel.h"

#include <model/workspace.h>

#include <QCollator>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace Keel {

namespace {

QString hours(Minutes minutes)
{
    return QLocale().toString(double(minutes) / 60.0, 'f', minutes % 60 == 0 ? 0 : 1);
}

bool affectsLoad(EntityType type)
{
    switch (type) {
    case EntityType::Task:
    case EntityType::Assignment:
    case EntityType::Resource:
    case EntityType::Calendar:
    case EntityType::Settings:
        return true;
    default:
        return false;
    }
}

} // namespace

LoadHeatmapModel::LoadHeatmapModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
    , m_start(defaultStartDate(workspace))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &LoadHeatmapModel::refresh);
    auto onChange = [this](EntityType type) {
        if (affectsLoad(type))
            scheduleRefresh();
    };
    connect(&workspace, &Workspace::entitiesInserted, this, [onChange](EntityType t, const QList<Id> &) { onChange(t); });
    connect(&workspace, &Workspace::entitiesRemoved, this, [onChange](EntityType t, const QList<Id> &) { onChange(t); });
    connect(&workspace, &Workspace::entitiesChanged, this,
            [onChange](EntityType t, const QList<Id> &, const QList<QByteArray> &) { onChange(t); });
    connect(&workspace, &Workspace::reset, this, &LoadHeatmapModel::refresh);
    refresh();
}

int LoadHeatmapModel::defaultPeriodCount(LoadPeriod period)
{
    switch (period) {
    case LoadPeriod::Day:
        return 42;
    case LoadPeriod::Week:
        return 16;
    case LoadPeriod::Month:
        return 12;
    }
    return 12;
}

QDate LoadHeatmapModel::defaultStartDate(const Workspace &workspace)
{
    Minutes latest = kNoTime;
    for (const Project &p : workspace.projects()) {
        if (p.phase != Phase::Closed && p.statusDate != kNoTime)
            latest = std::max(latest, p.statusDate);
    }
    return latest == kNoTime ? QDate::currentDate() : toDate(latest);
}

void LoadHeatmapModel::setPeriod(LoadPeriod period)
{
    if (period == m_period)
        return;
    m_period = period;
    refresh();
}

void LoadHeatmapModel::setPeriodCount(int count)
{
    count = std::clamp(count, 1, 400);
    if (count == m_count)
        return;
    m_count = count;
    refresh();
}

void LoadHeatmapModel::setStartDate(QDate date)
{
    if (!date.isValid() || date == m_start)
        return;
    m_start = date;
    refresh();
}

void LoadHeatmapModel::scheduleRefresh()
{
    m_timer->start();
}

void LoadHeatmapModel::refresh()
{
    m_timer->stop();
    beginResetModel();
    const qint64 firstDay = periodStartDay(dayNumber(m_start), m_period);
    qint64 endDay = firstDay;
    for (int i = 0; i < m_count; ++i)
        endDay = nextPeriodDay(endDay, m_period);
    LoadOptions options;
    options.period = m_period;
    options.from = firstDay * kMinutesPerDay;
    options.to = (endDay - 1) * kMinutesPerDay;
    m_report = computeLoad(m_workspace, options);

    m_order.clear();
    m_order.reserve(m_report.resources.size());
    for (int i = 0; i < m_report.resources.size(); ++i)
        m_order.append(i);
    QCollator collator;
    collator.setNumericMode(true);
    QList<QString> names;
    names.reserve(m_report.resources.size());
    for (const ResourceLoad &r : m_report.resources) {
        const Resource *res = m_workspace.get<Resource>(r.resourceId);
        names.append(res ? res->name : QString());
    }
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return collator.compare(names[a], names[b]) < 0; });
    m_rowOf.clear();
    m_rowOf.reserve(m_order.size());
    for (int row = 0; row < m_order.size(); ++row)
        m_rowOf.insert(m_report.resources[m_order[row]].resourceId, row);
    endResetModel();
    Q_EMIT recomputed();
}

Id LoadHeatmapModel::resourceAt(int row) const
{
    return row >= 0 && row < m_order.size() ? m_report.resources[m_order[row]].resourceId : Id();
}

const LoadCell *LoadHeatmapModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_order.size())
        return nullptr;
    const ResourceLoad &r = m_report.resources[m_order[row]];
    return column >= 0 && column < r.cells.size() ? &r.cells[column] : nullptr;
}

int LoadHeatmapModel::overAllocatedCount() const
{
    return int(m_report.overAllocations.size());
}

int LoadHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int LoadHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.periods.size());
}

QString LoadHeatmapModel::periodLabel(int column, bool longForm) const
{
    if (column < 0 || column >= m_report.periods.size())
        return {};
    const QDate d = toDate(m_report.periods[column]);
    const QLocale locale;
    switch (m_period) {
    case LoadPeriod::Day:
        return longForm ? locale.toString(d, QLocale::LongFormat) : locale.toString(d, QStringLiteral("ddd d"));
    case LoadPeriod::Week:
        if (longForm)
            return tr("Week %1, from %2").arg(d.weekNumber()).arg(locale.toString(d, QLocale::ShortFormat));
        return locale.toString(d, QStringLiteral("d MMM"));
    case LoadPeriod::Month:
        return locale.toString(d, longForm ? QStringLiteral("MMMM yyyy") : QStringLiteral("MMM yy"));
    }
    return {};
}

QVariant LoadHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoadCell *c = cell(index.row(), index.column());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (c->available <= 0)
            return c->assigned > 0 ? QStringLiteral("!") : QString();
        return QString(QLocale().toString(qRound(100.0 * double(c->assigned) / double(c->available))) + u'%');
    case LoadRole:
        return c->available > 0 ? double(c->assigned) / double(c->available) : (c->assigned > 0 ? 99.0 : -1.0);
    case AssignedRole:
        return c->assigned;
    case AvailableRole:
        return c->available;
    case OverAllocatedRole:
        return c->overAllocated();
    case ResourceIdRole:
        return QVariant::fromValue(resourceAt(index.row()));
    case PeriodStartRole:
        return m_report.periods[index.column()];
    case Qt::ToolTipRole:
        return tooltip(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    default:
        return {};
    }
}

QString LoadHeatmapModel::tooltip(int row, int column) const
{
    const LoadCell *c = cell(row, column);
    const Resource *r = m_workspace.get<Resource>(resourceAt(row));
    if (!c || !r)
        return {};
    QString text = r->name + u'\n' + periodLabel(column, true) + u'\n';
    text += tr("%1 h assigned of %2 h available").arg(hours(c->assigned), hours(c->available));
    if (c->overAllocated())
        text += u'\n' + tr("Over-allocated by %1 h").arg(hours(c->assigned - c->available));
    else if (c->available > 0)
        text += u'\n' + tr("%1 h free").arg(hours(c->remaining()));
    QList<LoadContribution> parts = c->contributions;
    std::sort(parts.begin(), parts.end(),
              [](const LoadContribution &a, const LoadContribution &b) { return a.minutes > b.minutes; });
    constexpr int kShown = 8;
    for (int i = 0; i < std::min<qsizetype>(parts.size(), kShown); ++i) {
        const Task *t = m_workspace.get<Task>(parts[i].taskId);
        const Project *p = t ? m_workspace.get<Project>(t->projectId) : nullptr;
        const QString name = t ? (p ? p->code + QStringLiteral(" · ") + t->name : t->name) : QString();
        text += u'\n' + tr("• %1: %2 h").arg(name, hours(parts[i].minutes));
    }
    if (parts.size() > kShown)
        text += u'\n' + tr("and %n more task(s)", nullptr, int(parts.size() - kShown));
    return text;
}

QVariant LoadHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole)
            return periodLabel(section);
        if (role == Qt::ToolTipRole)
            return periodLabel(section, true);
        return {};
    }
    if (role == Qt::DisplayRole) {
        const Resource *r = m_workspace.get<Resource>(resourceAt(section));
        return r ? r->name : QString();
    }
    return {};
}

QHash<int, QByteArray> LoadHeatmapModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LoadRole, "load");
    names.insert(AssignedRole, "assigned");
    names.insert(AvailableRole, "available");
    names.insert(OverAllocatedRole, "overAllocated");
    names.insert(ResourceIdRole, "resourceId");
    names.insert(PeriodStartRole, "periodStart");
    return names;
}

} // namespace Keel
