#pragma once
// The Clients view: the organisations projects are delivered for (editable in place), the contact
// people of the selected client, and one timeline of everything that happened with that client
// across its projects — requests, documents, communication and satisfaction ratings.

#include "tablepage.h"

#include <edit/edit.h>

#include <model/ids.h>

class QAction;
class QLabel;
class QSortFilterProxyModel;


namespace Keel {

class ContactModel;
class PlaceholderTreeView;
class ProjectTimelineView;
class WorkspaceDocument;

class ClientsView : public TablePage
{
    Q_OBJECT
public:
    explicit ClientsView(WorkspaceDocument *document, QWidget *parent = nullptr);

    Id currentClient() const;
    void setCurrentClient(const Id &clientId);
    ProjectTimelineView *timeline() const { return m_timeline; }
    PlaceholderTreeView *contactsView() const { return m_contactsView; }
    /// Asks for the name of a new client and adds it (one undo step).
    void newClient();

protected:
    QString summaryText(int total) const override;
    QString emptyText() const override;

private:
    void onCurrentClientChanged();
    void deleteClient();
    void newContact();
    void editContact();
    void deleteContact();
    void updateActions();
    Id currentContact() const;
    /// Applies an edit of the edit service, or says why it cannot be.
    bool applyEdit(const Edit &edit, const QString &title);

    WorkspaceDocument *m_document;
    ContactModel *m_contacts;
    QSortFilterProxyModel *m_contactFilter;
    PlaceholderTreeView *m_contactsView;
    QLabel *m_contactsTitle;
    QLabel *m_timelineTitle;
    ProjectTimelineView *m_timeline;
    QAction *m_newClient;
    QAction *m_deleteClient;
    QAction *m_newContact;
    QAction *m_editContact;
    QAction *m_deleteContact;
};

} // namespace Keel
