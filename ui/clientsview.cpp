#include "clientsview.h"

#include "clientmodel.h"
#include "contactdialog.h"
#include "contactmodel.h"
#include "pageheader.h"
#include "placeholdertreeview.h"
#include "projecttimelineview.h"
#include "searchfield.h"
#include "workspacedocument.h"

#include <edit/editservice.h>
#include <model/workspace.h>

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QJsonObject>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace Keel {

namespace {

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ClientsView::ClientsView(WorkspaceDocument *document, QWidget *parent)
    : TablePage(tr("Clients"), new ClientModel(document), QStringLiteral("views/clients/header"), parent)
    , m_document(document)
    , m_contacts(new ContactModel(document->workspace(), this))
    , m_contactFilter(new QSortFilterProxyModel(this))
    , m_contactsView(new PlaceholderTreeView(this))
    , m_contactsTitle(sectionTitle(this))
    , m_timelineTitle(sectionTitle(this))
    , m_timeline(new ProjectTimelineView(document, this))
{
    searchField()->setPlaceholderText(tr("Search code, name or industry"));
    view()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    restoreLayout(ClientModel::NameColumn, ClientModel::NameColumn);

    // Client actions, beside the search field.
    auto *clientBar = new QToolBar(this);
    clientBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newClient = clientBar->addAction(tr("New Client…"), this, &ClientsView::newClient);
    m_deleteClient = clientBar->addAction(tr("Delete Client"), this, &ClientsView::deleteClient);
    findChild<PageHeader *>()->addWidget(clientBar);

    // Contacts of the selected client.
    m_contactFilter->setSourceModel(m_contacts);
    m_contactFilter->setFilterRole(ContactModel::ClientIdRole);
    m_contactFilter->setFilterKeyColumn(ContactModel::NameColumn);
    m_contactFilter->setSortRole(EntityTableModel::SortRole);
    m_contactFilter->setSortLocaleAware(true);
    m_contactFilter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_contactsView->setModel(m_contactFilter);
    m_contactsView->setObjectName(QStringLiteral("contactsView"));
    m_contactsView->setSortingEnabled(true);
    m_contactsView->sortByColumn(ContactModel::NameColumn, Qt::AscendingOrder);
    m_contactsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactsView->setFrameShape(QFrame::NoFrame);
    m_contactsView->setPlaceholderText(tr("No contacts yet."));
    m_contactsView->fitColumnsWhenShown(ContactModel::EmailColumn);

    auto *contactBar = new QToolBar(this);
    contactBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    contactBar->addWidget(m_contactsTitle);
    auto *spacer = new QWidget(contactBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    contactBar->addWidget(spacer);
    m_newContact = contactBar->addAction(tr("Add…"), this, &ClientsView::newContact);
    m_editContact = contactBar->addAction(tr("Edit…"), this, &ClientsView::editContact);
    m_deleteContact = contactBar->addAction(tr("Delete"), this, &ClientsView::deleteContact);
    m_newContact->setToolTip(tr("Add a contact person to the client"));

    auto *contactsPane = new QWidget(this);
    auto *contactsLayout = new QVBoxLayout(contactsPane);
    contactsLayout->setContentsMargins(0, 0, 0, 0);
    contactsLayout->setSpacing(2);
    contactsLayout->addWidget(contactBar);
    contactsLayout->addWidget(m_contactsView, 1);

    auto *timelinePane = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 6, 0, 0);
    timelineLayout->setSpacing(2);
    timelineLayout->addWidget(m_timelineTitle);
    timelineLayout->addWidget(m_timeline, 1);

    // Clients above contacts on the left, the timeline on the right.
    auto *left = new QSplitter(Qt::Vertical, this);
    auto *pageLayout = static_cast<QVBoxLayout *>(layout());
    pageLayout->removeWidget(view());
    left->addWidget(view());
    left->addWidget(contactsPane);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setSizes({360, 240});
    left->setChildrenCollapsible(false);
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(timelinePane);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({520, 780});
    main->setChildrenCollapsible(false);
    pageLayout->addWidget(main, 1);
    pageLayout->setContentsMargins(18, 14, 18, 10);

    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsView::onCurrentClientChanged);
    connect(m_contactsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsView::updateActions);
    connect(m_contactsView, &QTreeView::activated, this, &ClientsView::editContact);
    connect(&document->workspace(), &Workspace::entitiesChanged, this,
            [this](EntityType type, const QList<Id> &ids, const QList<QByteArray> &) {
                if (type == EntityType::Client && ids.contains(currentClient()))
                    onCurrentClientChanged();
            });
    updateSummary();
    onCurrentClientChanged();
    if (proxy()->rowCount() > 0)
        view()->setCurrentIndex(proxy()->index(0, ClientModel::NameColumn));
}

Id ClientsView::currentClient() const
{
    return view()->currentIndex().data(EntityTableModel::IdRole).value<Id>();
}

void ClientsView::setCurrentClient(const Id &clientId)
{
    const QModelIndex index = proxy()->mapFromSource(model()->indexOf(clientId, ClientModel::NameColumn));
    if (index.isValid()) {
        view()->setCurrentIndex(index);
        view()->scrollTo(index);
    }
}

Id ClientsView::currentContact() const
{
    return m_contactsView->currentIndex().data(EntityTableModel::IdRole).value<Id>();
}

void ClientsView::onCurrentClientChanged()
{
    const Id id = currentClient();
    const Client *c = m_document->workspace().get<Client>(id);
    // An impossible pattern when no client is selected, so that no contact shows.
    m_contactFilter->setFilterFixedString(c ? id.toString() : QStringLiteral("-"));
    m_contactsTitle->setText(c ? tr("Contacts of %1").arg(c->name) : tr("Contacts"));
    m_timelineTitle->setText(c ? tr("Timeline of %1 across its projects").arg(c->name) : tr("Timeline"));
    m_timeline->setClientId(id);
    updateActions();
}

void ClientsView::updateActions()
{
    const bool client = !currentClient().isNull();
    const bool contact = !currentContact().isNull();
    m_deleteClient->setEnabled(client);
    m_newContact->setEnabled(client);
    m_editContact->setEnabled(contact);
    m_deleteContact->setEnabled(contact);
}

void ClientsView::newClient()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Client"), tr("Name of the client:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    const Edit edit = EditService(m_document->workspace()).add(EntityType::Client, QJsonObject{{QStringLiteral("name"), name}});
    QString error = edit.error;
    if (!edit.ok() || !m_document->apply(edit.changes, &error)) {
        QMessageBox::warning(this, tr("New Client"), error);
        return;
    }
    setCurrentClient(edit.id);
}

bool ClientsView::applyEdit(const Edit &edit, const QString &title)
{
    QString error = edit.error;
    if (edit.ok() && m_document->apply(edit.changes, &error))
        return true;
    QMessageBox::warning(this, title, error);
    return false;
}

void ClientsView::deleteClient()
{
    const Client *c = m_document->workspace().get<Client>(currentClient());
    if (!c)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Client"),
        tr("Delete “%1” and its contacts? Projects that belong to it must be moved or deleted first.").arg(c->name));
    if (answer != QMessageBox::Yes)
        return;
    const Edit edit = EditService(m_document->workspace()).remove(EntityType::Client, c->id);
    if (!edit.ok()) {
        QMessageBox::warning(this, tr("Delete Client"), edit.error);
        return;
    }
    m_document->apply(edit.changes);
}

void ClientsView::newContact()
{
    const Id client = currentClient();
    if (client.isNull())
        return;
    Contact c;
    c.id = newId();
    c.clientId = client;
    ContactDialog dialog(c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Contact made = dialog.contact();
    if (applyEdit(EditService(m_document->workspace()).addRecord(made), tr("Add Contact"))) {
        const QModelIndex index = m_contactFilter->mapFromSource(m_contacts->indexOf(made.id));
        m_contactsView->setCurrentIndex(index);
    }
}

void ClientsView::editContact()
{
    const Contact *c = m_document->workspace().get<Contact>(currentContact());
    if (!c)
        return;
    ContactDialog dialog(*c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Contact edited = dialog.contact();
    applyEdit(EditService(m_document->workspace()).updateEntity(edited), tr("Edit Contact"));
}

void ClientsView::deleteContact()
{
    const Contact *c = m_document->workspace().get<Contact>(currentContact());
    if (!c)
        return;
    applyEdit(EditService(m_document->workspace()).remove(EntityType::Contact, c->id), tr("Delete Contact"));
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
