#include "lessonsearch.h"

#include <model/workspace.h>

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace Keel {

namespace {

QString projectLabel(const Project *p)
{
    if (!p)
        return {};
    return p->code.isEmpty() ? p->name : p->code + QStringLiteral(" · ") + p->name;
}

} // namespace

QList<LessonHit> LessonSearch::search(const Workspace &ws, const LessonFilter &filter)
{
    const QStringList words = filter.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString category = filter.category.trimmed();
    QList<LessonHit> hits;
    for (const LessonLearned &l : ws.table<LessonLearned>()) {
        const Project *p = ws.get<Project>(l.projectId);
        const Id clientId = p ? p->clientId : Id();
        if (!filter.clientId.isNull() && clientId != filter.clientId)
            continue;
        if (!category.isEmpty() && l.category.trimmed().compare(category, Qt::CaseInsensitive) != 0)
            continue;
        const QString project = projectLabel(p);
        const QString haystack = QStringList{l.title, l.description, l.recommendation, l.category, project}
                                     .join(QLatin1Char('\n'));
        if (!std::all_of(words.cbegin(), words.cend(),
                         [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); }))
            continue;
        LessonHit h;
        h.lessonId = l.id;
        h.projectId = l.projectId;
        h.clientId = clientId;
        h.title = l.title;
        h.category = l.category;
        h.project = project;
        if (const Client *c = ws.get<Client>(clientId))
            h.client = c->name;
        h.description = l.description;
        h.recommendation = l.recommendation;
        h.projectFinish = p && p->finish != kNoTime ? p->finish : 0;
        hits << h;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(hits.begin(), hits.end(), [&](const LessonHit &a, const LessonHit &b) {
        if (a.projectFinish != b.projectFinish)
            return a.projectFinish > b.projectFinish;
        if (a.projectId != b.projectId)
            return collator.compare(a.project, b.project) < 0;
        return collator.compare(a.title, b.title) < 0;
    });
    return hits;
}

QStringList LessonSearch::categories(const Workspace &ws)
{
    QSet<QString> seen;
    QStringList list;
    for (const LessonLearned &l : ws.table<LessonLearned>()) {
        const QString c = l.category.trimmed();
        if (!c.isEmpty() && !seen.contains(c.toCaseFolded())) {
            seen.insert(c.toCaseFolded());
            list << c;
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return list;
}

QList<std::pair<Id, QString>> LessonSearch::clients(const Workspace &ws)
{
    QSet<Id> seen;
    QList<std::pair<Id, QString>> list;
    for (const LessonLearned &l : ws.table<LessonLearned>()) {
        const Project *p = ws.get<Project>(l.projectId);
        if (!p || p->clientId.isNull() || seen.contains(p->clientId))
            continue;
        seen.insert(p->clientId);
        if (const Client *c = ws.get<Client>(p->clientId))
            list.append({c->id, c->name});
    }
    QCollator collator;
    std::sort(list.begin(), list.end(), [&](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    return list;
}

} // namespace Keel
