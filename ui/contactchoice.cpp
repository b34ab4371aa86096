#include "contactchoice.h"

#include <model/workspace.h>

#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>

#include <algorithm>

namespace Keel {

void ContactChoice::fill(QComboBox *combo, const Workspace &workspace, const Id &projectId, const Id &current)
{
    combo->clear();
    combo->addItem(QCoreApplication::translate("Keel::ContactChoice", "No contact"), QVariant::fromValue(Id()));
    const Project *project = workspace.get<Project>(projectId);
    QList<const Contact *> contacts;
    for (const Contact &c : workspace.table<Contact>()) {
        if (project && c.clientId == project->clientId)
            contacts.append(&c);
    }
    QCollator collator;
    std::sort(contacts.begin(), contacts.end(),
              [&](const Contact *a, const Contact *b) { return collator.compare(a->name, b->name) < 0; });
    for (const Contact *c : contacts) {
        const QString label = c->role.isEmpty() ? c->name : c->name + QStringLiteral(" (") + c->role + u')';
        combo->addItem(label, QVariant::fromValue(c->id));
    }
    combo->setCurrentIndex(std::max(0, combo->findData(QVariant::fromValue(current))));
}

Id ContactChoice::chosen(const QComboBox *combo)
{
    return combo->currentData().value<Id>();
}

} // namespace Keel
