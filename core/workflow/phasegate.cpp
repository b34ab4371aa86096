#include "phasegate.h"

#include "signoff.h"

#include <model/workspace.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Keel {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Keel::PhaseGate", text, nullptr, n);
}

/// "A, B, C and 4 more" for messages.
QString listOf(const QStringList &names)
{
    constexpr int kShown = 3;
    QStringList shown = names.mid(0, kShown);
    QString text = shown.join(QLatin1String(", "));
    if (names.size() > kShown)
        text = tr("%1 and %n more", int(names.size() - kShown)).arg(text);
    return text;
}

GateItem item(const char *key, const char *title, bool met, const QString &reason)
{
    return GateItem{QString::fromLatin1(key), tr(title), met, reason};
}

QString requirementLabel(const Requirement &r)
{
    return r.code.isEmpty() ? r.title : r.code;
}

QList<const Requirement *> requirementsInScope(const Workspace &ws, const Id &projectId)
{
    QList<const Requirement *> list;
    for (const Requirement &r : ws.table<Requirement>()) {
        if (r.projectId == projectId && r.inScope)
            list.append(&r);
    }
    std::sort(list.begin(), list.end(), [](const Requirement *a, const Requirement *b) {
        return a->code < b->code || (a->code == b->code && a->title < b->title);
    });
    return list;
}

/// Tasks that carry work: leaves of the WBS that are not milestones.
QList<const Task *> workTasks(const Workspace &ws, const Id &projectId)
{
    QList<const Task *> list;
    for (const Id &id : ws.projectTasks(projectId)) {
        const Task *t = ws.get<Task>(id);
        if (t && !t->milestone && !ws.isSummary(id))
            list.append(t);
    }
    return list;
}

QList<const Task *> leafTasks(const Workspace &ws, const Id &projectId)
{
    QList<const Task *> list;
    for (const Id &id : ws.projectTasks(projectId)) {
        if (!ws.isSummary(id))
            list.append(ws.get<Task>(id));
    }
    return list;
}

void initiationGate(const Workspace &ws, const Project &p, QList<GateItem> &items)
{
    const QString scope = p.scopeStatement.trimmed();
    items << item("scope_statement", QT_TRANSLATE_NOOP("Keel::PhaseGate", "Scope statement written"), !scope.isEmpty(),
                  scope.isEmpty() ? tr("The project has no scope statement yet.")
                                  : tr("%n word(s) agreed as the scope.", int(scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).size())));

    const QList<const Requirement *> reqs = requirementsInScope(ws, p.id);
    items << item("requirements", QT_TRANSLATE_NOOP("Keel::PhaseGate", "At least one requirement"), !reqs.isEmpty(),
                  reqs.isEmpty() ? tr("No requirement is in scope yet.")
                                 : tr("%n requirement(s) in scope.", int(reqs.size())));

    QStringList proposed;
    for (const Requirement *r : reqs) {
        if (r->acceptance == AcceptanceState::Proposed)
            proposed << requirementLabel(*r);
    }
    QString reason;
    if (reqs.isEmpty())
        reason = tr("There is nothing to review yet.");
    else if (proposed.isEmpty())
        reason = tr("Every requirement has been approved or rejected.");
    else
        reason = tr("%n requirement(s) still proposed: %1.", int(proposed.size())).arg(listOf(proposed));
    items << item("requirements_reviewed", QT_TRANSLATE_NOOP("Keel::PhaseGate", "All requirements reviewed"),
                  !reqs.isEmpty() && proposed.isEmpty(), reason);
}

void planningGate(const Workspace &ws, const Project &p, QList<GateItem> &items)
{
    const QList<const Task *> tasks = workTasks(ws, p.id);
    QStringList noDuration;
    for (const Task *t : tasks) {
        if (t->duration <= 0)
            noDuration << t->name;
    }
    QString reason;
    if (tasks.isEmpty())
        reason = tr("The plan has no tasks yet.");
    else if (noDuration.isEmpty())
        reason = tr("%n task(s), each with a duration.", int(tasks.size()));
    else
        reason = tr("%n task(s) without a duration: %1.", int(noDuration.size())).arg(listOf(noDuration));
    items << item("task_durations", QT_TRANSLATE_NOOP("Keel::PhaseGate", "Tasks with durations"),
                  !tasks.isEmpty() && noDuration.isEmpty(), reason);

    int baselines = 0;
    for (const Baseline &b : ws.table<Baseline>())
        baselines += b.projectId == p.id ? 1 : 0;
    items << item("baseline", QT_TRANSLATE_NOOP("Keel::PhaseGate", "A baseline saved"), baselines > 0,
                  baselines > 0 ? tr("%n baseline(s) saved.", baselines)
                                : tr("Save a baseline of the agreed plan."));

    QSet<Id> staffed;
    for (const Assignment &a : ws.table<Assignment>())
        staffed.insert(a.taskId);
    QStringList unstaffed;
    for (const Task *t : tasks) {
        if (!staffed.contains(t->id))
            unstaffed << t->name;
    }
    if (tasks.isEmpty())
        reason = tr("There are no tasks to staff yet.");
    else if (unstaffed.isEmpty())
        reason = tr("Every task has someone assigned.");
    else
        reason = tr("%n task(s) with nobody assigned: %1.", int(unstaffed.size())).arg(listOf(unstaffed));
    items << item("resources_assigned", QT_TRANSLATE_NOOP("Keel::PhaseGate", "Resources assigned"),
                  !tasks.isEmpty() && unstaffed.isEmpty(), reason);

    items << item("budget", QT_TRANSLATE_NOOP("Keel::PhaseGate", "Budget set"), p.budget > 0,
                  p.budget > 0 ? tr("A budget of %1 %2.").arg(p.currency, QLocale().toString(double(p.budget) / 100.0, 'f', 0))
                               : tr("The project has no budget yet."));
}

void executionGate(const Workspace &ws, const Project &p, QList<GateItem> &items)
{
    int started = 0;
    for (const Task *t : leafTasks(ws, p.id))
        started += t && (t->percentComplete > 0 || t->actualStart != kNoTime) ? 1 : 0;
    items << item("progress_reported", QT_TRANSLATE_NOOP("Keel::PhaseGate", "Progress reported"), started > 0,
                  started > 0 ? tr("%n task(s) have progress recorded.", started)
                              : tr("No task has progress recorded yet."));
    items << item("status_date", QT_TRANSLATE_NOOP("Keel::PhaseGate", "Status date set"), p.statusDate != kNoTime,
                  p.statusDate != kNoTime ? tr("Progress is reported as of %1.").arg(formatIso(p.statusDate).left(10))
                                          : tr("Set the status date that progress is measured against."));
}

void monitoringGate(const Workspace &ws, const Project &p, QList<GateItem> &items)
{
    const QList<const Task *> tasks = leafTasks(ws, p.id);
    QStringList open;
    for (const Task *t : tasks) {
        if (t && t->percentComplete < 100)
            open << t->name;
    }
    items << item("tasks_complete", QT_TRANSLATE_NOOP("Keel::PhaseGate", "All tasks complete"), open.isEmpty(),
                  open.isEmpty() ? tr("Every task is 100% complete.")
                                 : tr("%n task(s) not complete: %1.", int(open.size())).arg(listOf(open)));

    QStringList risks;
    for (const Risk &r : ws.table<Risk>()) {
        if (r.projectId == p.id && (r.status == RiskStatus::Open || r.status == RiskStatus::Mitigating))
            risks << r.title;
    }
    items << item("risks_closed", QT_TRANSLATE_NOOP("Keel::PhaseGate", "Open risks closed"), risks.isEmpty(),
                  risks.isEmpty() ? tr("No risk is open or being mitigated.")
                                  : tr("%n risk(s) still open: %1.", int(risks.size())).arg(listOf(risks)));

    QStringList undelivered;
    for (const Requirement *r : requirementsInScope(ws, p.id)) {
        if (r->acceptance == AcceptanceState::Proposed || r->acceptance == AcceptanceState::Approved)
            undelivered << requirementLabel(*r);
    }
    items << item("requirements_delivered", QT_TRANSLATE_NOOP("Keel::PhaseGate", "Requirements delivered"),
                  undelivered.isEmpty(),
                  undelivered.isEmpty() ? tr("Every requirement in scope is delivered, accepted or rejected.")
                                        : tr("%n requirement(s) not delivered: %1.", int(undelivered.size())).arg(listOf(undelivered)));
}

void closingGate(const Workspace &ws, const Project &p, QList<GateItem> &items)
{
    const std::optional<SignOffRecord> signOff = SignOff::find(ws, p.id);
    items << item("client_sign_off", QT_TRANSLATE_NOOP("Keel::PhaseGate", "Client sign-off recorded"), signOff.has_value(),
                  signOff ? tr("Signed off by %1 on %2.")
                                .arg(signOff->signedBy,
                                     QDateTime::fromMSecsSinceEpoch(signOff->signedUtcMs, Qt::UTC).toLocalTime().date().toString(Qt::ISODate))
                          : tr("Record the client's acceptance of the deliverables."));
    int lessons = 0;
    for (const LessonLearned &l : ws.table<LessonLearned>())
        lessons += l.projectId == p.id ? 1 : 0;
    items << item("lessons_learned", QT_TRANSLATE_NOOP("Keel::PhaseGate", "At least one lesson learned"), lessons > 0,
                  lessons > 0 ? tr("%n lesson(s) learned recorded.", lessons)
                              : tr("Record what went well and what to do differently."));
}

QString projectLabel(const Project &p)
{
    return p.code.isEmpty() ? p.name : p.code;
}

} // namespace

bool GateCheck::allMet() const
{
    return to.has_value() && std::all_of(items.cbegin(), items.cend(), [](const GateItem &i) { return i.met; });
}

QList<GateItem> GateCheck::unmet() const
{
    QList<GateItem> list;
    for (const GateItem &i : items) {
        if (!i.met)
            list.append(i);
    }
    return list;
}

std::optional<Phase> PhaseGate::next(Phase phase)
{
    if (phase == Phase::Closed)
        return std::nullopt;
    return Phase(int(phase) + 1);
}

std::optional<Phase> PhaseGate::previous(Phase phase)
{
    if (phase == Phase::Initiation)
        return std::nullopt;
    return Phase(int(phase) - 1);
}

QString PhaseGate::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Initiation:
        return QCoreApplication::translate("Keel::EnumText", "Initiation");
    case Phase::Planning:
        return QCoreApplication::translate("Keel::EnumText", "Planning");
    case Phase::Execution:
        return QCoreApplication::translate("Keel::EnumText", "Execution");
    case Phase::Monitoring:
        return QCoreApplication::translate("Keel::EnumText", "Monitoring");
    case Phase::Closing:
        return QCoreApplication::translate("Keel::EnumText", "Closing");
    case Phase::Closed:
        return QCoreApplication::translate("Keel::EnumText", "Closed");
    }
    return {};
}

GateCheck PhaseGate::check(const Workspace &ws, const Id &projectId)
{
    GateCheck gate;
    const Project *p = ws.get<Project>(projectId);
    if (!p)
        return gate;
    gate.from = p->phase;
    gate.to = next(p->phase);
    switch (p->phase) {
    case Phase::Initiation:
        initiationGate(ws, *p, gate.items);
        break;
    case Phase::Planning:
        planningGate(ws, *p, gate.items);
        break;
    case Phase::Execution:
        executionGate(ws, *p, gate.items);
        break;
    case Phase::Monitoring:
        monitoringGate(ws, *p, gate.items);
        break;
    case Phase::Closing:
        closingGate(ws, *p, gate.items);
        break;
    case Phase::Closed:
        break;
    }
    return gate;
}

AdvanceResult PhaseGate::advance(const Workspace &ws, const Id &projectId)
{
    AdvanceResult result;
    const Project *p = ws.get<Project>(projectId);
    if (!p) {
        result.error = tr("There is no project with id %1.").arg(projectId.toString(QUuid::WithoutBraces));
        return result;
    }
    const GateCheck gate = check(ws, projectId);
    if (!gate.to) {
        result.error = tr("Project “%1” is already closed.").arg(projectLabel(*p));
        return result;
    }
    result.unmet = gate.unmet();
    if (!result.unmet.isEmpty())
        return result;
    result.changes.setDescription(tr("Advance project %1 to %2").arg(projectLabel(*p), phaseName(*gate.to)));
    result.changes.update(EntityType::Project, projectId, "phase", enumName(*gate.to));
    return result;
}

std::optional<ChangeSet> PhaseGate::goBack(const Workspace &ws, const Id &projectId, const QString &reason,
                                           QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ChangeSet> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const Project *p = ws.get<Project>(projectId);
    if (!p)
        return fail(tr("There is no project with id %1.").arg(projectId.toString(QUuid::WithoutBraces)));
    const std::optional<Phase> back = previous(p->phase);
    if (!back)
        return fail(tr("Project “%1” is in its first phase; there is no phase to go back to.").arg(projectLabel(*p)));
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why project “%1” goes back to %2.").arg(projectLabel(*p), phaseName(*back)));

    ChangeSet changes(tr("Move project %1 back to %2").arg(projectLabel(*p), phaseName(*back)));
    changes.update(EntityType::Project, projectId, "phase", enumName(*back));
    CommunicationEntry note;
    note.id = newId();
    note.projectId = projectId;
    note.clientId = p->clientId;
    note.kind = CommunicationKind::Note;
    note.subject = tr("Phase moved back from %1 to %2").arg(phaseName(p->phase), phaseName(*back));
    note.summary = reason.trimmed();
    note.timeUtcMs = QDateTime::currentMSecsSinceEpoch();
    changes.insert(note);
    return changes;
}

} // namespace Keel
