#include "resourcesview.h"

#include "resourcemodel.h"
#include "searchfield.h"

namespace Keel {

ResourcesView::ResourcesView(const Workspace &workspace, QWidget *parent)
    : TablePage(tr("Resources"), new ResourceModel(workspace), QStringLiteral("views/resources/header"),
                parent)
{
    searchField()->setPlaceholderText(tr("Search name, role or team"));
    restoreLayout(ResourceModel::NameColumn, ResourceModel::NameColumn);
    updateSummary();
}

QString ResourcesView::summaryText(int total) const
{
    return tr("%n resource(s)", nullptr, total);
}

QString ResourcesView::emptyText() const
{
    return tr("The resource pool is empty.");
}

} // namespace Keel
