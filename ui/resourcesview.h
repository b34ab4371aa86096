#pragma once

#include "tablepage.h"

namespace Keel {

class Workspace;

/// The Resources view: the shared pool of people, material and cost resources.
class ResourcesView : public TablePage
{
    Q_OBJECT
public:
    explicit ResourcesView(const Workspace &workspace, QWidget *parent = nullptr);

protected:
    QString summaryText(int total) const override;
    QString emptyText() const override;
};

} // namespace Keel
