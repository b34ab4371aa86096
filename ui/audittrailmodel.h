#pragma once
// AuditTrailModel: the change log as a table — when, who, record type, record, field, old value,
// new value and the user action — read through AuditQuery a page at a time (canFetchMore /
// fetchMore), so a log of millions of rows opens at once and grows as the view scrolls. Rows are
// formatted by AuditFormatter. A change applied while the model is shown reloads it.

#include <audit/auditquery.h>
#include <audit/auditformatter.h>

#include <QAbstractTableModel>

#include <memory>

namespace Keel {

class WorkspaceDocument;

class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, TypeColumn, RecordColumn, FieldColumn, OldColumn, NewColumn, ActionColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;   ///< UTC time for When, else the text
    static constexpr int IdRole = Qt::UserRole + 2;     ///< the record's id
    static constexpr int SeqRole = Qt::UserRole + 3;    ///< the change-log row
    /// Rows read per page.
    static constexpr int kPageSize = 200;

    explicit AuditTrailModel(WorkspaceDocument *document, QObject *parent = nullptr);
    ~AuditTrailModel() override;

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_query->filter(); }
    /// Reads the first page again (after a change, or to pick up new names).
    void reload();
    const AuditRow &row(int r) const { return m_rows.at(r); }
    /// Every row matching the filter, not only the ones read so far (for export).
    QList<AuditRow> allRows();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    WorkspaceDocument *m_document;
    std::unique_ptr<AuditQuery> m_query;
    std::unique_ptr<AuditFormatter> m_formatter;
    QList<AuditRow> m_rows;
    bool m_reloadQueued = false;
};

} // namespace Keel
