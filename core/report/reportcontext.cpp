#include "reportcontext.h"

#include <analytics/earnedvalue.h>
#include <analytics/formatting.h>
#include <analytics/projecthealth.h>

#include <QCoreApplication>

#include <cmath>

namespace Keel {

QString reportTr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Keel::Report", text, disambiguation, n);
}

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Initiation:
        return reportTr("initiation");
    case Phase::Planning:
        return reportTr("planning");
    case Phase::Execution:
        return reportTr("execution");
    case Phase::Monitoring:
        return reportTr("monitoring");
    case Phase::Closing:
        return reportTr("closing");
    case Phase::Closed:
        return reportTr("closed");
    }
    return {};
}

QString billingModelName(BillingModel model)
{
    switch (model) {
    case BillingModel::FixedFee:
        return reportTr("fixed fee");
    case BillingModel::TimeAndMaterials:
        return reportTr("time and materials");
    case BillingModel::Retainer:
        return reportTr("retainer");
    }
    return {};
}

QString riskStatusName(RiskStatus status)
{
    switch (status) {
    case RiskStatus::Open:
        return reportTr("open");
    case RiskStatus::Mitigating:
        return reportTr("mitigating");
    case RiskStatus::Occurred:
        return reportTr("occurred");
    case RiskStatus::Closed:
        return reportTr("closed");
    }
    return {};
}

QString requestKindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Question:
        return reportTr("question");
    case RequestKind::Change:
        return reportTr("change");
    case RequestKind::Issue:
        return reportTr("issue");
    }
    return {};
}

QString requestStatusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return reportTr("new");
    case RequestStatus::InProgress:
        return reportTr("in progress");
    case RequestStatus::Waiting:
        return reportTr("waiting");
    case RequestStatus::Resolved:
        return reportTr("resolved");
    case RequestStatus::Closed:
        return reportTr("closed", "request");
    case RequestStatus::Rejected:
        return reportTr("rejected");
    }
    return {};
}

QString priorityName(RequestPriority priority)
{
    switch (priority) {
    case RequestPriority::Low:
        return reportTr("low");
    case RequestPriority::Normal:
        return reportTr("normal");
    case RequestPriority::High:
        return reportTr("high");
    case RequestPriority::Urgent:
        return reportTr("urgent");
    }
    return {};
}

ReportContext::ReportContext(const Workspace &w, const ReportRequest &r)
    : ws(w)
    , index(w)
    , calendars(w)
    , request(r)
    , locale(r.locale)
    , minutesPerDay(std::max(1, w.settings().minutesPerDay))
{
    project = r.projectId.isNull() ? nullptr : w.get<Project>(r.projectId);
    if (r.asOf != kNoTime) {
        asOf = r.asOf;
    } else if (project) {
        asOf = defaultStatusDate(*project);
    } else {
        for (const Project &p : w.projects()) {
            if (p.phase != Phase::Closed && p.statusDate != kNoTime && (asOf == kNoTime || p.statusDate > asOf))
                asOf = p.statusDate;
        }
        if (asOf == kNoTime)
            asOf = toMinutes(QDate::currentDate());
    }
}

ReportDocument ReportContext::document(const QString &title, const QString &subtitle) const
{
    ReportDocument d;
    d.kind = reportKindName(request.kind);
    d.title = title;
    d.subtitle = subtitle;
    d.workspaceName = ws.settings().name;
    d.projectName = project ? projectLabel(*project) : QString();
    d.asOf = toDate(asOf);
    return d;
}

Period ReportContext::period() const
{
    Period p = request.period;
    if (p.to == kNoTime)
        p.to = toMinutes(toDate(asOf).addDays(1));
    if (p.from == kNoTime) {
        const QDate last = toDate(p.to - 1);
        p.from = toMinutes(QDate(last.year(), last.month(), 1).addMonths(-11));
    }
    return p;
}

QString ReportContext::periodText(const Period &p) const
{
    return reportTr("%1 to %2").arg(p.firstDay().toString(Qt::ISODate), p.lastDay().toString(Qt::ISODate));
}

QString ReportContext::projectLabel(const Project &p) const
{
    return p.code.isEmpty() ? p.name : p.code + QStringLiteral(" · ") + p.name;
}

QString ReportContext::clientName(const Id &clientId) const
{
    const Client *c = ws.get<Client>(clientId);
    return c ? c->name : QString();
}

QString ReportContext::resourceName(const Id &resourceId) const
{
    const Resource *r = ws.get<Resource>(resourceId);
    return r ? r->name : QString();
}

QString ReportContext::money(double minor, const QString &currency) const
{
    return Format::money(minor, currency, locale);
}

namespace {

/// An exported value rounded to @p decimals (machine-readable, free of float noise).
double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

} // namespace

ReportCell ReportContext::text(const QString &t, Tone tone) const
{
    return ReportCell(t, QVariant(), tone);
}

ReportCell ReportContext::moneyCell(double minor, const QString &currency, Tone tone) const
{
    if (std::isnan(minor))
        return ReportCell(Format::none(), QVariant(), Tone::Muted);
    return ReportCell(Format::amount(minor, currency, locale), Format::majorUnits(std::round(minor), currency), tone);
}

ReportCell ReportContext::ratioCell(double value, Tone tone) const
{
    if (std::isnan(value) || std::isinf(value))
        return ReportCell(Format::none(), QVariant(), Tone::Muted);
    return ReportCell(Format::index(value, locale), rounded(value, 4), tone);
}

ReportCell ReportContext::indexCell(double value) const
{
    return ratioCell(value, indexTone(value));
}

ReportCell ReportContext::percentCell(double ratio, int decimals, Tone tone) const
{
    if (std::isnan(ratio) || std::isinf(ratio))
        return ReportCell(Format::none(), QVariant(), Tone::Muted);
    return ReportCell(Format::percent(ratio, locale, decimals), rounded(ratio, decimals + 4), tone);
}

ReportCell ReportContext::dateCell(Minutes t, Tone tone) const
{
    if (t == kNoTime)
        return ReportCell(Format::none(), QVariant(), Tone::Muted);
    return ReportCell(Format::date(t), toDate(t), tone);
}

ReportCell ReportContext::daysCell(double workingMinutes, Tone tone) const
{
    if (std::isnan(workingMinutes))
        return ReportCell(Format::none(), QVariant(), Tone::Muted);
    const double d = workingMinutes / minutesPerDay;
    return ReportCell(locale.toString(d, 'f', 1), rounded(d, 2), tone);
}

ReportCell ReportContext::hoursCell(double hours) const
{
    return ReportCell(locale.toString(hours, 'f', 1), rounded(hours, 2));
}

ReportCell ReportContext::numberCell(double value, int decimals) const
{
    if (std::isnan(value))
        return ReportCell(Format::none(), QVariant(), Tone::Muted);
    return ReportCell(locale.toString(value, 'f', decimals), rounded(value, decimals + 2));
}

ReportCell ReportContext::healthCell(Health h) const
{
    return ReportCell(healthName(h), enumName(h), healthTone(h));
}

Tone ReportContext::indexTone(double value)
{
    if (std::isnan(value))
        return Tone::Muted;
    const HealthThresholds th;
    if (value < th.redIndex)
        return Tone::Bad;
    if (value < th.amberIndex)
        return Tone::Warning;
    return Tone::Good;
}

Tone ReportContext::healthTone(Health h)
{
    switch (h) {
    case Health::Green:
        return Tone::Good;
    case Health::Amber:
        return Tone::Warning;
    case Health::Red:
        return Tone::Bad;
    }
    return Tone::Neutral;
}

} // namespace Keel
