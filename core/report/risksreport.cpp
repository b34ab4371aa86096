#include "reportbuilders.h"

#include <analytics/projecthealth.h>
#include <analytics/scope.h>

#include <algorithm>

namespace Keel {

ReportDocument buildRisksReport(ReportContext &ctx)
{
    const Scope scope = ctx.project ? Scope::ofProject(ctx.project->id) : Scope::portfolio();
    QList<const Project *> projects = scope.projects(ctx.ws);
    if (!ctx.project) {
        projects.erase(std::remove_if(projects.begin(), projects.end(),
                                      [](const Project *p) { return p->phase == Phase::Closed; }),
                       projects.end());
    }
    QList<const Risk *> all;
    QHash<Id, const Project *> projectOf;
    for (const Project *p : projects) {
        for (const Risk *r : ctx.index.risks(p->id)) {
            all.append(r);
            projectOf.insert(r->id, p);
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const Risk *a, const Risk *b) {
        const bool ca = a->status == RiskStatus::Closed, cb = b->status == RiskStatus::Closed;
        if (ca != cb)
            return cb;
        return a->probability * a->impact > b->probability * b->impact;
    });
    const HealthThresholds th;
    int open = 0, high = 0, occurred = 0, mitigating = 0;
    for (const Risk *r : all) {
        if (r->status != RiskStatus::Closed)
            ++open;
        if (isOpenHighRisk(*r, th.highRiskScore))
            ++high;
        if (r->status == RiskStatus::Occurred)
            ++occurred;
        if (r->status == RiskStatus::Mitigating)
            ++mitigating;
    }

    ReportDocument doc = ctx.document(reportTr("Risk register"),
                                      ctx.project ? reportTr("%1 · as of %2").arg(ctx.projectLabel(*ctx.project),
                                                                                   toDate(ctx.asOf).toString(Qt::ISODate))
                                                  : reportTr("All open projects · as of %1").arg(toDate(ctx.asOf).toString(Qt::ISODate)));
    ReportSection summary;
    summary.heading = reportTr("Summary");
    ReportKeyFigures k;
    k.figures = {
        {reportTr("Open risks"), QString::number(open), reportTr("%n project(s)", nullptr, int(projects.size())), Tone::Neutral},
        {reportTr("High risks"), QString::number(high), reportTr("probability × impact ≥ %1").arg(th.highRiskScore), high ? Tone::Bad : Tone::Good},
        {reportTr("Being mitigated"), QString::number(mitigating), QString(), Tone::Neutral},
        {reportTr("Occurred"), QString::number(occurred), reportTr("now issues"), occurred ? Tone::Warning : Tone::Neutral},
    };
    summary.blocks.append(k);
    summary.blocks.append(ReportCharts::riskMatrix(all));
    doc.sections.append(summary);

    ReportSection reg;
    reg.heading = reportTr("Register");
    ReportTable t;
    t.name = reportTr("Risks");
    t.primary = true;
    if (!ctx.project)
        t.addColumn(reportTr("Project"));
    t.addColumn(reportTr("Risk"), ColumnKind::Text, true);
    t.addColumn(reportTr("P"), ColumnKind::Number);
    t.addColumn(reportTr("I"), ColumnKind::Number);
    t.addColumn(reportTr("Score"), ColumnKind::Number);
    t.addColumn(reportTr("Status"));
    t.addColumn(reportTr("Owner"));
    t.addColumn(reportTr("Due"), ColumnKind::Date);
    t.addColumn(reportTr("Mitigation"), ColumnKind::Text, true);
    const Minutes status = statusMoment(ctx.asOf);
    for (const Risk *r : all) {
        const int score = r->probability * r->impact;
        const bool closed = r->status == RiskStatus::Closed;
        QList<ReportCell> row;
        if (!ctx.project)
            row << ctx.text(projectOf.value(r->id)->code);
        ReportCell title = ctx.text(r->title, closed ? Tone::Muted : Tone::Neutral);
        row << title << ctx.numberCell(r->probability) << ctx.numberCell(r->impact)
            << ReportCell(QString::number(score), score,
                          closed ? Tone::Muted : (score >= th.highRiskScore ? Tone::Bad : (score >= 8 ? Tone::Warning : Tone::Good)))
            << ctx.text(riskStatusName(r->status), closed ? Tone::Muted : Tone::Neutral)
            << ctx.text(ctx.resourceName(r->ownerId))
            << ctx.dateCell(r->dueDate, !closed && r->dueDate != kNoTime && r->dueDate < status ? Tone::Bad : Tone::Neutral)
            << ctx.text(r->mitigation);
        t.rows.append(row);
    }
    t.emptyText = reportTr("No risks recorded.");
    reg.blocks.append(t);
    doc.sections.append(reg);
    doc.landscape = !ctx.project;
    return doc;
}

} // namespace Keel
