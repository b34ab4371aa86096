#pragma once

#include "tablepage.h"

namespace Keel {

class Workspace;

/// The Clients view: the organisations projects are delivered for, with their contacts and projects.
class ClientsView : public TablePage
{
    Q_OBJECT
public:
    explicit ClientsView(const Workspace &workspace, QWidget *parent = nullptr);

protected:
    QString summaryText(int total) const override;
    QString emptyText() const override;
};

} // namespace Keel
