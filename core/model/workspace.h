#pragma once
// The Workspace is the in-memory truth of an open workspace: one Table per entity type. It changes
// only through applyChanges(), which Store::apply calls as step 2 of the one change path; views
// listen to its signals, which Store emits through notifyApplied() once the change is persisted.

#include "assignment.h"
#include "baseline.h"
#include "baselinetask.h"
#include "calendar.h"
#include "changeset.h"
#include "client.h"
#include "communicationentry.h"
#include "contact.h"
#include "dependency.h"
#include "document.h"
#include "documentversion.h"
#include "exchangerate.h"
#include "expense.h"
#include "lessonlearned.h"
#include "processtemplaterecord.h"
#include "project.h"
#include "request.h"
#include "requirement.h"
#include "resource.h"
#include "resourceskill.h"
#include "risk.h"
#include "satisfactionrating.h"
#include "settings.h"
#include "skill.h"
#include "skillrequirement.h"
#include "table.h"
#include "task.h"
#include "timeentry.h"

#include <QObject>

#include <array>
#include <memory>
#include <optional>

namespace Keel {

#define KEEL_ENTITY(T) \
    template<> struct EntityTraits<T> { static constexpr EntityType type = EntityType::T; };
KEEL_ENTITY(Settings)
KEEL_ENTITY(Calendar)
KEEL_ENTITY(Skill)
KEEL_ENTITY(Client)
KEEL_ENTITY(Contact)
KEEL_ENTITY(Resource)
KEEL_ENTITY(ResourceSkill)
KEEL_ENTITY(Project)
KEEL_ENTITY(Requirement)
KEEL_ENTITY(Task)
KEEL_ENTITY(Dependency)
KEEL_ENTITY(SkillRequirement)
KEEL_ENTITY(Assignment)
KEEL_ENTITY(TimeEntry)
KEEL_ENTITY(Expense)
KEEL_ENTITY(Baseline)
KEEL_ENTITY(BaselineTask)
KEEL_ENTITY(Risk)
KEEL_ENTITY(Request)
KEEL_ENTITY(Document)
KEEL_ENTITY(DocumentVersion)
KEEL_ENTITY(CommunicationEntry)
KEEL_ENTITY(SatisfactionRating)
KEEL_ENTITY(LessonLearned)
KEEL_ENTITY(ExchangeRate)
template<> struct EntityTraits<ProcessTemplateRecord> { static constexpr EntityType type = EntityType::ProcessTemplate; };
#undef KEEL_ENTITY

class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    template<class T> const Table<T> &table() const
    {
        return static_cast<const Table<T> &>(*m_tables[size_t(EntityTraits<T>::type)]);
    }
    template<class T> const T *get(const Id &id) const { return table<T>().get(id); }
    const AnyTable &table(EntityType type) const { return *m_tables[size_t(type)]; }

    const Settings &settings() const;

    /// A copy of every entity and index, without a parent, for reading on another thread while
    /// this workspace goes on changing (Qt's containers share their data until one side writes).
    std::unique_ptr<Workspace> clone() const;
    /// A clone with @p changes applied and checked as Store::apply would (nothing here changes):
    /// what the workspace would be after them, for computing their consequences. nullptr with
    /// *error set when they would be refused.
    std::unique_ptr<Workspace> withChanges(const ChangeSet &changes, QString *error = nullptr,
                                           ChangeSet *applied = nullptr) const;
    const Table<Project> &projects() const { return table<Project>(); }
    const Table<Task> &tasks() const { return table<Task>(); }
    const Table<Resource> &resources() const { return table<Resource>(); }
    const Table<Client> &clients() const { return table<Client>(); }
    const Table<Dependency> &dependencies() const { return table<Dependency>(); }

    /// A task's children in WBS order.
    QList<Id> childTasks(const Id &taskId) const;
    /// The top-level tasks of a project in WBS order.
    QList<Id> rootTasks(const Id &projectId) const;
    bool isSummary(const Id &taskId) const;
    /// The dependencies in which a task is the predecessor or the successor (unordered).
    QList<Id> taskDependencies(const Id &taskId) const { return m_linksOfTask.value(taskId); }
    /// All tasks of a project in WBS (depth-first) order.
    QList<Id> projectTasks(const Id &projectId) const;
    /// "1.2.3" for a task.
    QString wbsCode(const Id &taskId) const;
    /// A project by its code, its name, or its id; nullptr if none or ambiguous.
    const Project *findProject(const QString &codeOrName) const;
    /// "task “Design”" — the type and label of an entity, for messages.
    QString describe(EntityType type, const Id &id) const;

Q_SIGNALS:
    void entitiesInserted(Keel::EntityType type, const QList<Keel::Id> &ids);
    void entitiesRemoved(Keel::EntityType type, const QList<Keel::Id> &ids);
    void entitiesChanged(Keel::EntityType type, const QList<Keel::Id> &ids, const QList<QByteArray> &fields);
    void changeSetApplied(const Keel::ChangeSet &applied);
    void reset();

private:
    // Only the Store changes a workspace: these are steps of its one change path.
    friend class Store;
    /// Checks and applies `changes` to memory, all or nothing. Returns the applied ChangeSet with
    /// old values filled in, or nullopt with *error set (nothing changed).
    std::optional<ChangeSet> applyChanges(const ChangeSet &changes, QString *error);
    /// Undoes an applied ChangeSet in memory without checks (the database refused it).
    void revert(const ChangeSet &applied);
    /// Direct access for loading from the store's own file; call rebuildIndexes() afterwards.
    AnyTable &loadTable(EntityType type) { return *m_tables[size_t(type)]; }
    void rebuildIndexes();
    void clear();
    void notifyApplied(const ChangeSet &applied);
    void notifyReset();

    QString checkReferences(const ChangeSet &applied) const;

    /// Keeps the task and link indexes in step with one applied change.
    void indexChange(const Change &c);
    void indexTask(const Id &task, const Id &parent, const Id &project, bool add);
    void indexLink(const Id &link, const Id &pred, const Id &succ, bool add);
    QList<Id> sortedTasks(const QList<Id> &ids) const;

    std::array<std::unique_ptr<AnyTable>, kEntityTypeCount> m_tables;
    QHash<Id, QList<Id>> m_childrenOf;   ///< parent task → children (unordered)
    QHash<Id, QList<Id>> m_rootsOf;      ///< project → top-level tasks (unordered)
    QHash<Id, QList<Id>> m_linksOfTask;  ///< task → dependencies touching it
};

} // namespace Keel
