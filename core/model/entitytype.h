#pragma once
// The kinds of entity a workspace holds. The order is part of nothing persistent: the database,
// the change log and sync use the names.

#include <QString>

namespace Keel {

enum class EntityType {
    Settings,
    Calendar,
    Skill,
    Client,
    Contact,
    Resource,
    ResourceSkill,
    Project,
    Requirement,
    Task,
    Dependency,
    SkillRequirement,
    Assignment,
    TimeEntry,
    Expense,
    Baseline,
    BaselineTask,
    Risk,
    Request,
    Document,
    DocumentVersion,
    CommunicationEntry,
    SatisfactionRating,
    LessonLearned,
    ExchangeRate,
    ProcessTemplate,
    Count,
    None = Count
};

inline constexpr int kEntityTypeCount = int(EntityType::Count);

} // namespace Keel
