#include "reportbuilders.h"

#include <analytics/formatting.h>
#include <analytics/satisfaction.h>

namespace Keel {

ReportDocument buildClientReport(ReportContext &ctx)
{
    // Only what the client may see: client-visible tasks and requests, progress and dates; no
    // costs, margins, risks, internal notes or the names of the people.
    const Project &p = *ctx.project;
    const QLocale &loc = ctx.locale;
    const Minutes status = statusMoment(ctx.asOf);
    EvmOptions options;
    options.statusDate = ctx.asOf;
    const ProjectEvm evm = EarnedValue(ctx.index, ctx.calendars, p, options).measure();

    ReportDocument doc = ctx.document(reportTr("Project progress report"),
                                      reportTr("%1 · prepared for %2 · as of %3")
                                          .arg(ctx.projectLabel(p), ctx.clientName(p.clientId),
                                               toDate(ctx.asOf).toString(Qt::ISODate)));

    int milestones = 0, reached = 0;
    for (const Task *t : ctx.index.leafTasks(p.id)) {
        if (t->milestone && t->clientVisible) {
            ++milestones;
            if (t->percentComplete >= 100)
                ++reached;
        }
    }
    int openRequests = 0;
    for (const Request *r : requestsByDate(ctx, p.id)) {
        if (r->clientVisible && r->status != RequestStatus::Resolved && r->status != RequestStatus::Closed
            && r->status != RequestStatus::Rejected)
            ++openRequests;
    }
    const Minutes expected = evm.currentFinish;
    ReportSection summary;
    summary.heading = reportTr("Summary");
    ReportKeyFigures k;
    k.figures = {
        {reportTr("Progress"), Format::percent(evm.figures.percentComplete, loc, 0), reportTr("of the planned work done"), Tone::Neutral},
        {reportTr("Planned completion"), Format::date(evm.plannedFinish), reportTr("as agreed"), Tone::Neutral},
        {reportTr("Expected completion"), Format::date(expected), reportTr("current schedule"),
         expected != kNoTime && evm.plannedFinish != kNoTime && expected > evm.plannedFinish ? Tone::Warning : Tone::Good},
        {reportTr("Milestones reached"), QStringLiteral("%1 / %2").arg(reached).arg(milestones), QString(), Tone::Neutral},
        {reportTr("Open requests"), QString::number(openRequests), QString(), Tone::Neutral},
        {reportTr("Phase"), phaseName(p.phase), QString(), Tone::Neutral},
    };
    summary.blocks.append(k);
    if (!p.scopeStatement.isEmpty())
        summary.blocks.append(ReportParagraph{p.scopeStatement, Tone::Neutral, false});
    doc.sections.append(summary);

    ReportSection ms;
    ms.heading = reportTr("Milestones");
    ReportTable mt = milestoneTable(ctx, p, true);
    mt.primary = true;
    ms.blocks.append(mt);
    doc.sections.append(ms);

    ReportSection work;
    work.heading = reportTr("Deliverables and activities");
    ReportTable wt;
    wt.name = reportTr("Activities");
    wt.addColumn(reportTr("Activity"), ColumnKind::Text, true);
    wt.addColumn(reportTr("Start"), ColumnKind::Date);
    wt.addColumn(reportTr("Finish"), ColumnKind::Date);
    wt.addColumn(reportTr("Progress"), ColumnKind::Percent);
    wt.addColumn(reportTr("Status"), ColumnKind::Status);
    for (const Task *t : ctx.index.tasks(p.id)) {
        if (!t->clientVisible || t->milestone)
            continue;
        const Minutes start = t->actualStart != kNoTime ? t->actualStart : t->start;
        const Minutes finish = t->actualFinish != kNoTime ? t->actualFinish : t->finish;
        ReportCell state;
        if (t->percentComplete >= 100)
            state = ctx.text(reportTr("done"), Tone::Good);
        else if (finish != kNoTime && finish < status)
            state = ctx.text(reportTr("overdue"), Tone::Bad);
        else if (t->percentComplete > 0 || (start != kNoTime && start < status))
            state = ctx.text(reportTr("in progress"), Tone::Neutral);
        else
            state = ctx.text(reportTr("planned"), Tone::Muted);
        ReportCell name = ctx.text(t->name);
        name.indent = qMax(0, qsizetype(ctx.ws.wbsCode(t->id).count(u'.')));
        name.bold = ctx.index.isSummary(t->id);
        wt.rows.append({name, ctx.dateCell(start), ctx.dateCell(finish),
                        ctx.percentCell(t->percentComplete / 100.0, 0), state});
    }
    wt.emptyText = reportTr("No activities are shared in this report.");
    work.blocks.append(wt);
    doc.sections.append(work);

    ReportSection req;
    req.heading = reportTr("Your requests");
    ReportTable rt;
    rt.name = reportTr("Requests");
    rt.addColumn(reportTr("Request"), ColumnKind::Text, true);
    rt.addColumn(reportTr("Kind"));
    rt.addColumn(reportTr("Status"), ColumnKind::Status);
    rt.addColumn(reportTr("Raised"), ColumnKind::Date);
    rt.addColumn(reportTr("Answered"), ColumnKind::Date);
    rt.addColumn(reportTr("Resolved"), ColumnKind::Date);
    for (const Request *r : requestsByDate(ctx, p.id)) {
        if (!r->clientVisible)
            continue;
        const bool done = r->status == RequestStatus::Resolved || r->status == RequestStatus::Closed;
        rt.rows.append({ctx.text(r->title), ctx.text(requestKindName(r->kind)),
                        ctx.text(requestStatusName(r->status), done ? Tone::Good : Tone::Neutral),
                        ctx.dateCell(minutesOfUtcMs(r->createdUtcMs)),
                        ctx.dateCell(r->respondedUtcMs > 0 ? minutesOfUtcMs(r->respondedUtcMs) : kNoTime),
                        ctx.dateCell(r->resolvedUtcMs > 0 ? minutesOfUtcMs(r->resolvedUtcMs) : kNoTime)});
    }
    rt.emptyText = reportTr("No requests yet.");
    req.blocks.append(rt);

    const Satisfaction sat = computeSatisfaction(ctx.index, Period(), Scope::ofProject(p.id));
    if (sat.count > 0) {
        req.blocks.append(ReportParagraph{reportTr("Your feedback: %1 of 5 on average over %n rating(s). Thank you.", nullptr, sat.count)
                                              .arg(loc.toString(sat.average, 'f', 1)),
                                          Tone::Neutral, false});
    }
    doc.sections.append(req);
    return doc;
}

} // namespace Keel
