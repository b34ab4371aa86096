#include "clientsview.h"

#include "clientmodel.h"
#include "searchfield.h"

namespace Keel {

ClientsView::ClientsView(const Workspace &workspace, QWidget *parent)
    : TablePage(tr("Clients"), new ClientModel(workspace), QStringLiteral("views/clients/header"), parent)
{
    searchField()->setPlaceholderText(tr("Search code, name or industry"));
    restoreLayout(ClientModel::NameColumn, ClientModel::NameColumn);
    updateSummary();
}

QString ClientsView::summaryText(int total) const
{
    return tr("%n client(s)", nullptr, total);
}

QString ClientsView::emptyText() const
{
    return tr("No clients yet.");
}

} // namespace Keel
