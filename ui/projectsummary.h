#pragma once

#include <model/ids.h>

#include <QWidget>

class QFormLayout;
class QLabel;

namespace Keel {

class Workspace;

/// A read-only card with the essentials of one project: client, manager, phase, health, dates,
/// money and description. Follows the workspace live.
class ProjectSummary : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectSummary(const Workspace &workspace, QWidget *parent = nullptr);

    Id projectId() const { return m_projectId; }
    void setProjectId(const Id &id);

private:
    void refresh();
    QLabel *addRow(const QString &label);

    const Workspace &m_workspace;
    Id m_projectId;
    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_details;
    QFormLayout *m_form;
    QLabel *m_code;
    QLabel *m_client;
    QLabel *m_manager;
    QLabel *m_phase;
    QLabel *m_health;
    QLabel *m_dates;
    QLabel *m_budget;
    QLabel *m_contract;
    QLabel *m_billing;
    QLabel *m_description;
};

} // namespace Keel
