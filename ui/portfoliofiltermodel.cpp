#include "portfoliofiltermodel.h"

#include "portfoliomodel.h"

namespace Keel {

PortfolioFilterModel::PortfolioFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntityTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void PortfolioFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void PortfolioFilterModel::setPhaseFilter(std::optional<Phase> phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    invalidateRowsFilter();
}

bool PortfolioFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_phase && index.data(PortfolioModel::PhaseRole).toInt() != int(*m_phase))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(PortfolioModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Keel
