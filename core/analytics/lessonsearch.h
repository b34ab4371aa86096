#pragma once
// LessonSearch: the lessons learned of every project in the workspace, searched together — a text
// over the lesson's title and description, its recommendation, its category and its project's
// code and name (every word must appear somewhere, in any case), narrowed to a category and to
// the projects of a client. Results come newest project first (by the project's finish), then by
// title.

#include <model/ids.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Keel {

class Workspace;

struct LessonFilter
{
    QString text;       ///< words that must all appear; empty matches every lesson
    QString category;   ///< exactly this category (case-insensitive); empty for any
    Id clientId;        ///< only lessons of this client's projects; null for any
};

struct LessonHit
{
    Id lessonId;
    Id projectId;
    Id clientId;
    QString title;
    QString category;
    QString project;     ///< "CODE · Name", or the name
    QString client;
    QString description;
    QString recommendation;
    qint64 projectFinish = 0;  ///< the project's finish (wall-clock minutes), for ordering
};

class LessonSearch
{
public:
    static QList<LessonHit> search(const Workspace &ws, const LessonFilter &filter);
    /// The categories in use, sorted, each once.
    static QStringList categories(const Workspace &ws);
    /// The clients whose projects hold lessons, as (id, name), sorted by name.
    static QList<std::pair<Id, QString>> clients(const Workspace &ws);
};

} // namespace Keel
