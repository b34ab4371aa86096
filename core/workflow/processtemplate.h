#pragma once
// ProcessTemplate: a project template read from a JSON file (resources/templates/*.json, embedded
// under :/templates). A template has phases (summary tasks) holding tasks with durations in
// working days, finish-to-start links ("after": task keys), milestones, and the roles (skills) each
// task needs with a minimum level and hours of work; every name comes in English and Chinese.
// instantiate() turns a template into one ChangeSet that creates the project, its tasks, links,
// any missing skills and the skill requirements, ready to schedule and staff.
//
// Besides the built-in files a workspace holds templates of its own (ProcessTemplateRecord, the
// same JSON in its body): available() lists both, built-in first; fromProject() turns a project's
// plan into a template (its WBS, durations, links, milestones and skill needs, never its dates,
// actuals, people or money); outline() and fromOutline() give a template as editable rows.

#include <model/changeset.h>
#include <model/enums.h>
#include <model/ids.h>

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Keel {

class Workspace;
struct ProcessTemplateRecord;

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

/// A link from a predecessor task (its key) to the task that lists it.
struct TemplateLink
{
    QString task;
    DependencyType type = DependencyType::FinishStart;
    double lag = 0;            ///< working days (elapsed days when lagUnit is Elapsed; a percent when Percent)
    LagUnit lagUnit = LagUnit::Working;
};

struct TemplateTask
{
    QString key;
    QString name;
    QString nameZh;
    double days = 0;       ///< working days; 0 for milestones
    bool milestone = false;
    QList<TemplateLink> after;   ///< predecessors, each a task defined before this one
    QList<TemplateRoleNeed> roles;
    double optimisticDays = 0;   ///< three-point estimate in working days; 0 when none
    double mostLikelyDays = 0;
    double pessimisticDays = 0;
};

/// One row of a template's task outline: a phase (level 0) or a task in it (level 1).
struct TemplateOutlineRow
{
    int level = 0;
    QString key;               ///< the task's key; empty for a phase or a new row
    QString name;
    double days = 0;
    bool milestone = false;
    QList<int> predecessors;   ///< row numbers (1-based) of the predecessors
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
    Id recordId;   ///< the ProcessTemplateRecord of a workspace template; null for a built-in one

    bool isBuiltIn() const { return recordId.isNull(); }
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
    /// The template stored in @p record, with the record's key, name and description.
    static std::optional<ProcessTemplate> fromRecord(const ProcessTemplateRecord &record, QString *error);
    /// The built-in templates, then the workspace's own by name (a record that does not parse is
    /// left out).
    static QList<ProcessTemplate> available(const Workspace &ws);
    /// The template of available() whose key or name (in either language) is @p keyOrName.
    static std::optional<ProcessTemplate> find(const Workspace &ws, const QString &keyOrName);
    /// The plan of @p project as a template: each top-level summary task is a phase holding the
    /// tasks below it (top-level tasks that are not summaries make one phase), with durations,
    /// milestones, links, three-point estimates and skill requirements.
    static ProcessTemplate fromProject(const Workspace &ws, const Id &project);
    /// The template as JSON in the format fromJson() reads.
    QByteArray toJson() const;

    /// The phases and tasks as rows, predecessors by row number.
    QList<TemplateOutlineRow> outline() const;
    /// This template with its phases and tasks replaced by @p rows; what rows keep of their
    /// task (by key) stays: roles, estimates, link types and lags. nullopt with *error naming the
    /// row when the rows are not a valid outline.
    std::optional<ProcessTemplate> withOutline(const QList<TemplateOutlineRow> &rows, QString *error) const;
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
