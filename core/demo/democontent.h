#pragma once
// Texts of the demo's project records — risks, client requests, lessons learned, expenses,
// requirements, communications and rating comments — in English and Chinese. Data only.

#include "democatalog.h"

#include <model/enums.h>

#include <QList>
#include <QString>

namespace Keel::Demo {

struct RiskText
{
    QString title;
    QString description;
    QString mitigation;
};

struct RequestText
{
    RequestKind kind = RequestKind::Question;
    QString title;
    QString description;
};

struct LessonText
{
    QString title;
    QString description;
    QString category;
    QString recommendation;
};

struct ExpenseText
{
    QString category;
    QString description;
    int minEur = 0;       ///< whole euros
    int maxEur = 0;
    bool travel = false;  ///< rebillable under time and materials
};

struct RequirementText
{
    QString title;
    QString description;
};

QList<RiskText> riskTexts(ProjectKind kind, bool chinese);
QList<RequestText> requestTexts(ProjectKind kind, bool chinese);
/// General lessons; DemoGenerator adds one measured from the project's own actuals.
QList<LessonText> lessonTexts(ProjectKind kind, bool chinese);
QList<ExpenseText> expenseTexts(bool chinese);
/// Scope items for a module, domain or discipline, then project-wide ones (module empty).
QList<RequirementText> requirementTexts(ProjectKind kind, bool chinese, const QString &module);
QString ratingComment(int score, bool chinese, int variant);
QStringList timeEntryNotes(bool chinese);
/// The name of a task category in the project's language.
QString categoryName(const QString &category, bool chinese);

} // namespace Keel::Demo
