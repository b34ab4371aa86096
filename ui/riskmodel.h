#pragma once
// RiskModel: the risk register of one project as a table (title, probability, impact, score,
// owner, status, due date). Live through EntityTableModel; rows of other projects are hidden by
// the view's proxy through ProjectRole. Title, probability, impact, status and due date are
// edited in place; each edit is one ChangeSet (one undo step). An open or mitigating risk whose
// due date has passed is "past due" (PastDueRole, shown in red).

#include "entitytablemodel.h"

#include <model/enums.h>

#include <QDate>

namespace Keel {

struct Risk;
class WorkspaceDocument;

class RiskModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ProbabilityColumn, ImpactColumn, ScoreColumn, OwnerColumn, StatusColumn,
                  DueColumn, ColumnCount };
    enum Role { ProjectRole = FirstCustomRole, PastDueRole };

    explicit RiskModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Risk *riskAt(int row) const;
    /// The day against which due dates are judged; today unless set (tests).
    void setToday(QDate today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    bool isPastDue(const Risk &risk) const;

    static QString statusName(RiskStatus status);
    static QStringList statusNames();
    /// Probability × impact, 1..25, and its band: 0 low (≤ 4), 1 medium (≤ 12), 2 high.
    static int score(const Risk &risk);
    static int band(int score);

protected:
    QList<int> columnsForFields(const QList<QByteArray> &fields) const override;
    void relatedEntitiesChanged(EntityType type, const QList<Id> &ids, const QList<QByteArray> &fields) override;

private:
    WorkspaceDocument *m_document;
    QDate m_today;
};

} // namespace Keel
