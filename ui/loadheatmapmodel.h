#pragma once
// LoadHeatmapModel: the load of the shared pool, one row per active person or material resource
// (by name) and one column per day, week or month from the current period on. A cell's value is
// the load in per cent of what the resource can work in that period (its calendar × max units);
// over-allocated cells say so. Computed by computeLoad (core/schedule/resourceload) across every
// project; recomputed shortly after the tasks, assignments, resources or calendars change.

#include <model/ids.h>
#include <model/timeutil.h>
#include <schedule/resourceload.h>

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

class QTimer;

namespace Keel {

class Workspace;

class LoadHeatmapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        LoadRole = Qt::UserRole + 1, ///< double: assigned / available (1.0 = full); -1 when nothing is available
        AssignedRole,                ///< qint64 minutes of work asked
        AvailableRole,               ///< qint64 minutes the resource can work
        OverAllocatedRole,           ///< bool
        ResourceIdRole,              ///< the row's resource (any column)
        PeriodStartRole,             ///< Minutes: 00:00 of the period's first day
    };

    explicit LoadHeatmapModel(const Workspace &workspace, QObject *parent = nullptr);

    LoadPeriod period() const { return m_period; }
    void setPeriod(LoadPeriod period);
    /// How many periods are shown (12 weeks by default).
    int periodCount() const { return m_count; }
    void setPeriodCount(int count);
    /// The first day shown lies in the period containing `date` (today by default).
    QDate startDate() const { return m_start; }
    void setStartDate(QDate date);
    /// Where the load starts by default: the latest status date of the projects still running,
    /// else today.
    static QDate defaultStartDate(const Workspace &workspace);
    /// The number of periods each period kind shows by default.
    static int defaultPeriodCount(LoadPeriod period);

    /// Recomputes now (it also happens by itself shortly after relevant changes).
    void refresh();

    const LoadReport &report() const { return m_report; }
    Id resourceAt(int row) const;
    int rowOf(const Id &resourceId) const { return m_rowOf.value(resourceId, -1); }
    const LoadCell *cell(int row, int column) const;
    /// "Week of 23 Nov 2026" style label of a period.
    QString periodLabel(int column, bool longForm = false) const;
    /// Over-allocated cells in the shown span.
    int overAllocatedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The model was recomputed (also emitted after a reset through setPeriod and friends).
    void recomputed();

private:
    void scheduleRefresh();
    QString tooltip(int row, int column) const;

    const Workspace &m_workspace;
    QTimer *m_timer;
    LoadPeriod m_period = LoadPeriod::Week;
    int m_count = 12;
    QDate m_start;
    LoadReport m_report;
    QList<int> m_order;            ///< row → index into m_report.resources, by name
    QHash<Id, int> m_rowOf;
};

} // namespace Keel
