#pragma once
// Scope: what a measure covers — one project, one client's projects, one team, or the portfolio.
// Measures ask the scope which projects and which resources to count: a project or client scope
// counts everyone's time on its projects; a team scope counts its members' time on every project.

#include <model/workspace.h>

#include <QList>
#include <QString>

namespace Keel {

struct Scope
{
    enum class Kind { Portfolio, Client, Project, Team };
    Kind kind = Kind::Portfolio;
    Id id;          ///< the client or the project
    QString team;   ///< Kind::Team: Resource::team

    static Scope portfolio() { return {}; }
    static Scope ofClient(const Id &clientId) { return {Kind::Client, clientId, {}}; }
    static Scope ofProject(const Id &projectId) { return {Kind::Project, projectId, {}}; }
    static Scope ofTeam(const QString &team) { return {Kind::Team, {}, team}; }

    /// Whether work on @p project counts (always for a team scope).
    bool includesProject(const Project &project) const;
    /// Whether the time of @p resourceId counts (always except for a team scope).
    bool includesResource(const Workspace &ws, const Id &resourceId) const;
    /// The projects of the scope, ordered by code then name. A team's projects are those its
    /// members are assigned to or logged time on.
    QList<const Project *> projects(const Workspace &ws) const;
};

/// Projects ordered by code, then name (a stable order for tables).
void sortProjects(QList<const Project *> &projects);

} // namespace Keel
