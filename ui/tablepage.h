#pragma once
// A view that is one searchable, sortable table: a PageHeader with a summary line and a search
// field over a PlaceholderTreeView. Resources and Clients are TablePages.

#include <QWidget>

class QSortFilterProxyModel;

namespace Keel {

class EntityTableModel;
class PageHeader;
class PlaceholderTreeView;
class SearchField;

class TablePage : public QWidget
{
    Q_OBJECT
public:
    /// `settingsKey` names where the column layout is remembered.
    TablePage(const QString &title, EntityTableModel *model, const QString &settingsKey,
              QWidget *parent = nullptr);
    ~TablePage() override;

    EntityTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    PlaceholderTreeView *view() const { return m_view; }
    SearchField *searchField() const { return m_search; }

protected:
    PageHeader *header() const { return m_header; }
    /// The summary line for `total` rows ("12 resources").
    virtual QString summaryText(int total) const = 0;
    virtual QString emptyText() const = 0;
    /// Restores the remembered column layout, else sorts by `sortColumn` and fits the columns to
    /// their contents with the spare width going to `stretchColumn`.
    void restoreLayout(int sortColumn, int stretchColumn);
    void updateSummary();

private:
    EntityTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    PageHeader *m_header;
    SearchField *m_search;
    PlaceholderTreeView *m_view;
    QString m_settingsKey;
};

} // namespace Keel
