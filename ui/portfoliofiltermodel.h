#pragma once
// Sorting and filtering for the portfolio: a search text (every word must occur in the code,
// name or client) and an optional phase. Sorts by EntityTableModel::SortRole, locale-aware.

#include <model/enums.h>

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace Keel {

class PortfolioFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PortfolioFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_words.join(u' '); }
    void setSearchText(const QString &text);
    std::optional<Phase> phaseFilter() const { return m_phase; }
    void setPhaseFilter(std::optional<Phase> phase);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<Phase> m_phase;
};

} // namespace Keel
