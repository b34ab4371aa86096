#pragma once
// The audit trail: every change applied to the workspace — or the history of one record — with
// filters (kind of record, author, date range, text), a table sortable by any column that reads
// the change log a page at a time ("Load More", or scrolling), and "Export CSV…" of every
// matching row. Opened from View ▸ Audit Trail… (the whole workspace) and from "History…" on a
// task, a project or a person. It only reads: nothing here changes the workspace.

#include <model/entitytype.h>
#include <model/ids.h>

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;

namespace Keel {

class AuditTrailModel;
class PlaceholderTreeView;
class WorkspaceDocument;

class AuditTrailView : public QDialog
{
    Q_OBJECT
public:
    /// The whole workspace's trail, or (with a record) that record's history.
    explicit AuditTrailView(WorkspaceDocument *document, EntityType type = EntityType::None, const Id &record = {},
                              QWidget *parent = nullptr);
    ~AuditTrailView() override;

    /// Opens a non-modal trail that deletes itself when closed.
    static AuditTrailView *open(WorkspaceDocument *document, QWidget *parent, EntityType type = EntityType::None,
                                  const Id &record = {});

    AuditTrailModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    PlaceholderTreeView *table() const { return m_table; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *authorFilter() const { return m_author; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *loadMoreButton() const { return m_loadMore; }

    /// Applies the filter fields now (typing waits a moment first).
    void applyFilters();
    /// Writes every matching row to @p path; false with *error naming the file and the reason.
    bool exportCsv(const QString &path, QString *error = nullptr);

private:
    void exportInteractive();
    void updateStatus();

    WorkspaceDocument *m_document;
    EntityType m_recordType;
    Id m_record;
    AuditTrailModel *m_model;
    QSortFilterProxyModel *m_proxy;
    PlaceholderTreeView *m_table;
    QComboBox *m_type;
    QComboBox *m_author;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QLabel *m_status;
    QPushButton *m_loadMore;
};

} // namespace Keel
