#pragma once
// ProcessTemplate: a project template read from a JSON file (resources/templates/*.json, embedded
// under :/templates). A template has phases (summary tasks) holding tasks with durations in
// working days, finish-to-start links ("after": task keys), milestones, and the roles (skills) each
// task needs with a minimum level and hours of work; every name comes in English and Chinese.
// instantiate() turns a template into one ChangeSet that creates the project, its tasks, links,
// any missing skills and the skill requirements, ready to schedule and staff.

#include <model/changeset.h>
#include <model/enums.h>
#include <model/ids.h>

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Keel {

class Workspace;

/// Which language a template's names are instantiated in.
enum class TemplateLanguage { English, Chinese };

struct TemplateRole
{
    QString key;
    QString name;
    QString nameZh;
    QString category;
};

struct TemplateRoleNeed
{
    QString role;          ///< a TemplateRole key
    int level = 1;         ///< 1..5
    int hours = 0;
};

struct TemplateTask
{
    QString key;
    QString name;
    QString nameZh;
    double days = 0;       ///< working days; 0 for milestones
    bool milestone = false;
    QStringList after;     ///< keys of finish-to-start predecessors
    QList<TemplateRoleNeed> roles;
};

struct TemplatePhase
{
    QString name;
    QString nameZh;
    QList<TemplateTask> tasks;
};

struct ProcessTemplate
{
    QString key;
    QString name;
    QString nameZh;
    QString description;
    QString descriptionZh;
    BillingModel billingModel = BillingModel::TimeAndMaterials;
    QList<TemplateRole> roles;
    QList<TemplatePhase> phases;

    /// The name or description in `language`.
    QString displayName(TemplateLanguage language) const;
    QString displayDescription(TemplateLanguage language) const;
    int taskCount() const;

    /// Parses a template; on failure *error names `source` and what is wrong, and returns nullopt.
    static std::optional<ProcessTemplate> fromJson(const QByteArray &json, const QString &source, QString *error);
    /// Reads a template file.
    static std::optional<ProcessTemplate> load(const QString &path, QString *error);
    /// The templates shipped with Keel (IT outsourcing delivery, consulting engagement,
    /// engineering design), in that order.
    static QList<ProcessTemplate> builtIn();
};

/// What a new project is made of; `client` may be null.
struct NewProjectSpec
{
    QString name;
    QString code;
    Id clientId;
    QDate start;
    TemplateLanguage language = TemplateLanguage::English;
    Id calendarId;         ///< the project's calendar; null: the workspace's default calendar
};

class TemplateInstantiator
{
public:
    /// One ChangeSet creating the project of `spec` from `tmpl`, or nullopt with *error set
    /// (missing name or start, a code already in use). *projectId receives the new project's id.
    static std::optional<ChangeSet> instantiate(const ProcessTemplate &tmpl, const Workspace &ws,
                                                const NewProjectSpec &spec, Id *projectId = nullptr,
                                                QString *error = nullptr);
    /// A blank project (no tasks) from `spec`.
    static std::optional<ChangeSet> blank(const Workspace &ws, const NewProjectSpec &spec, Id *projectId = nullptr,
                                          QString *error = nullptr);
};

} // namespace Keel
