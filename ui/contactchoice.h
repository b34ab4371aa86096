#pragma once
// Fills a combo box with the contacts of a project's client (and "No contact"), and reads the
// choice back; shared by the request and rating dialogs.

#include <model/ids.h>

class QComboBox;

namespace Keel {

class Workspace;

class ContactChoice
{
public:
    /// Offers the contacts of `projectId`'s client, selecting `current`.
    static void fill(QComboBox *combo, const Workspace &workspace, const Id &projectId, const Id &current);
    static Id chosen(const QComboBox *combo);
};

} // namespace Keel
