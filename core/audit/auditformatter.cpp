#include "auditformatter.h"

#include <analytics/formatting.h>
#include <model/durationtext.h>
#include <model/recordjson.h>
#include <model/timeutil.h>
#include <model/workspace.h>

#include <QCoreApplication>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::AuditFormatter", text);
}

using Label = std::pair<const char *, const char *>;

// Field labels, by the change log's field name.
constexpr auto kFieldLabels = std::to_array<Label>({
    {"acceptance", QT_TRANSLATE_NOOP("Keel::AuditField", "Acceptance")},
    {"active", QT_TRANSLATE_NOOP("Keel::AuditField", "Active")},
    {"actual_finish", QT_TRANSLATE_NOOP("Keel::AuditField", "Actual finish")},
    {"actual_start", QT_TRANSLATE_NOOP("Keel::AuditField", "Actual start")},
    {"actual_work", QT_TRANSLATE_NOOP("Keel::AuditField", "Actual work")},
    {"address", QT_TRANSLATE_NOOP("Keel::AuditField", "Address")},
    {"amount", QT_TRANSLATE_NOOP("Keel::AuditField", "Amount")},
    {"approval", QT_TRANSLATE_NOOP("Keel::AuditField", "Approval")},
    {"author", QT_TRANSLATE_NOOP("Keel::AuditField", "Author")},
    {"availability", QT_TRANSLATE_NOOP("Keel::AuditField", "Availability")},
    {"base_calendar_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Base calendar")},
    {"baseline_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Baseline")},
    {"billable", QT_TRANSLATE_NOOP("Keel::AuditField", "Billable")},
    {"billing_model", QT_TRANSLATE_NOOP("Keel::AuditField", "Billing model")},
    {"budget", QT_TRANSLATE_NOOP("Keel::AuditField", "Budget")},
    {"calendar_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Calendar")},
    {"category", QT_TRANSLATE_NOOP("Keel::AuditField", "Category")},
    {"client_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Client")},
    {"client_visible", QT_TRANSLATE_NOOP("Keel::AuditField", "Visible to client")},
    {"code", QT_TRANSLATE_NOOP("Keel::AuditField", "Code")},
    {"comment", QT_TRANSLATE_NOOP("Keel::AuditField", "Comment")},
    {"constraint_date", QT_TRANSLATE_NOOP("Keel::AuditField", "Constraint date")},
    {"constraint_type", QT_TRANSLATE_NOOP("Keel::AuditField", "Constraint type")},
    {"contact_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Contact")},
    {"content", QT_TRANSLATE_NOOP("Keel::AuditField", "Content")},
    {"contract_value", QT_TRANSLATE_NOOP("Keel::AuditField", "Contract value")},
    {"cost", QT_TRANSLATE_NOOP("Keel::AuditField", "Cost")},
    {"created_utc_ms", QT_TRANSLATE_NOOP("Keel::AuditField", "Created")},
    {"currency", QT_TRANSLATE_NOOP("Keel::AuditField", "Currency")},
    {"current_version", QT_TRANSLATE_NOOP("Keel::AuditField", "Current version")},
    {"date", QT_TRANSLATE_NOOP("Keel::AuditField", "Date")},
    {"days_per_month", QT_TRANSLATE_NOOP("Keel::AuditField", "Days per month")},
    {"deadline", QT_TRANSLATE_NOOP("Keel::AuditField", "Deadline")},
    {"default_calendar_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Default calendar")},
    {"description", QT_TRANSLATE_NOOP("Keel::AuditField", "Description")},
    {"document_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Document")},
    {"due_date", QT_TRANSLATE_NOOP("Keel::AuditField", "Due date")},
    {"duration", QT_TRANSLATE_NOOP("Keel::AuditField", "Duration")},
    {"effective_from", QT_TRANSLATE_NOOP("Keel::AuditField", "Effective from")},
    {"elapsed", QT_TRANSLATE_NOOP("Keel::AuditField", "Elapsed duration")},
    {"email", QT_TRANSLATE_NOOP("Keel::AuditField", "Email")},
    {"exceptions", QT_TRANSLATE_NOOP("Keel::AuditField", "Exceptions")},
    {"filled_by", QT_TRANSLATE_NOOP("Keel::AuditField", "Filled by")},
    {"finish", QT_TRANSLATE_NOOP("Keel::AuditField", "Finish")},
    {"fixed_cost", QT_TRANSLATE_NOOP("Keel::AuditField", "Fixed cost")},
    {"from_currency", QT_TRANSLATE_NOOP("Keel::AuditField", "From currency")},
    {"health", QT_TRANSLATE_NOOP("Keel::AuditField", "Health")},
    {"impact", QT_TRANSLATE_NOOP("Keel::AuditField", "Impact")},
    {"in_scope", QT_TRANSLATE_NOOP("Keel::AuditField", "In scope")},
    {"industry", QT_TRANSLATE_NOOP("Keel::AuditField", "Industry")},
    {"kind", QT_TRANSLATE_NOOP("Keel::AuditField", "Kind")},
    {"lag", QT_TRANSLATE_NOOP("Keel::AuditField", "Lag")},
    {"lag_unit", QT_TRANSLATE_NOOP("Keel::AuditField", "Lag unit")},
    {"language", QT_TRANSLATE_NOOP("Keel::AuditField", "Language")},
    {"level", QT_TRANSLATE_NOOP("Keel::AuditField", "Level")},
    {"leveling_delay", QT_TRANSLATE_NOOP("Keel::AuditField", "Leveling delay")},
    {"manager_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Manager")},
    {"max_units", QT_TRANSLATE_NOOP("Keel::AuditField", "Maximum units")},
    {"milestone", QT_TRANSLATE_NOOP("Keel::AuditField", "Milestone")},
    {"mime_type", QT_TRANSLATE_NOOP("Keel::AuditField", "File type")},
    {"min_level", QT_TRANSLATE_NOOP("Keel::AuditField", "Minimum level")},
    {"minutes", QT_TRANSLATE_NOOP("Keel::AuditField", "Hours")},
    {"minutes_per_day", QT_TRANSLATE_NOOP("Keel::AuditField", "Hours per day")},
    {"minutes_per_week", QT_TRANSLATE_NOOP("Keel::AuditField", "Hours per week")},
    {"mitigation", QT_TRANSLATE_NOOP("Keel::AuditField", "Mitigation")},
    {"most_likely", QT_TRANSLATE_NOOP("Keel::AuditField", "Most likely duration")},
    {"name", QT_TRANSLATE_NOOP("Keel::AuditField", "Name")},
    {"note", QT_TRANSLATE_NOOP("Keel::AuditField", "Note")},
    {"notes", QT_TRANSLATE_NOOP("Keel::AuditField", "Notes")},
    {"number", QT_TRANSLATE_NOOP("Keel::AuditField", "Number")},
    {"optimistic", QT_TRANSLATE_NOOP("Keel::AuditField", "Optimistic duration")},
    {"owner_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Owner")},
    {"parent_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Summary task")},
    {"participants", QT_TRANSLATE_NOOP("Keel::AuditField", "Participants")},
    {"percent_complete", QT_TRANSLATE_NOOP("Keel::AuditField", "% complete")},
    {"pessimistic", QT_TRANSLATE_NOOP("Keel::AuditField", "Pessimistic duration")},
    {"phase", QT_TRANSLATE_NOOP("Keel::AuditField", "Phase")},
    {"phone", QT_TRANSLATE_NOOP("Keel::AuditField", "Phone")},
    {"portal_access", QT_TRANSLATE_NOOP("Keel::AuditField", "Portal access")},
    {"predecessor_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Predecessor")},
    {"priority", QT_TRANSLATE_NOOP("Keel::AuditField", "Priority")},
    {"probability", QT_TRANSLATE_NOOP("Keel::AuditField", "Probability")},
    {"project_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Project")},
    {"rate", QT_TRANSLATE_NOOP("Keel::AuditField", "Rate")},
    {"rates", QT_TRANSLATE_NOOP("Keel::AuditField", "Rates")},
    {"receipt_document_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Receipt")},
    {"recommendation", QT_TRANSLATE_NOOP("Keel::AuditField", "Recommendation")},
    {"resolved_utc_ms", QT_TRANSLATE_NOOP("Keel::AuditField", "Resolved")},
    {"resource_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Resource")},
    {"responded_utc_ms", QT_TRANSLATE_NOOP("Keel::AuditField", "Responded")},
    {"retainer_per_month", QT_TRANSLATE_NOOP("Keel::AuditField", "Retainer per month")},
    {"review_comment", QT_TRANSLATE_NOOP("Keel::AuditField", "Review comment")},
    {"role", QT_TRANSLATE_NOOP("Keel::AuditField", "Role")},
    {"saved_utc_ms", QT_TRANSLATE_NOOP("Keel::AuditField", "Saved")},
    {"schedule_from", QT_TRANSLATE_NOOP("Keel::AuditField", "Schedule from")},
    {"scheduling", QT_TRANSLATE_NOOP("Keel::AuditField", "Scheduling")},
    {"scope_statement", QT_TRANSLATE_NOOP("Keel::AuditField", "Scope statement")},
    {"score", QT_TRANSLATE_NOOP("Keel::AuditField", "Score")},
    {"skill_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Skill")},
    {"sort_order", QT_TRANSLATE_NOOP("Keel::AuditField", "Order")},
    {"source_uid", QT_TRANSLATE_NOOP("Keel::AuditField", "Source id")},
    {"start", QT_TRANSLATE_NOOP("Keel::AuditField", "Start")},
    {"status", QT_TRANSLATE_NOOP("Keel::AuditField", "Status")},
    {"status_date", QT_TRANSLATE_NOOP("Keel::AuditField", "Status date")},
    {"subject", QT_TRANSLATE_NOOP("Keel::AuditField", "Subject")},
    {"successor_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Successor")},
    {"summary", QT_TRANSLATE_NOOP("Keel::AuditField", "Summary")},
    {"task_id", QT_TRANSLATE_NOOP("Keel::AuditField", "Task")},
    {"team", QT_TRANSLATE_NOOP("Keel::AuditField", "Team")},
    {"time_utc_ms", QT_TRANSLATE_NOOP("Keel::AuditField", "Time")},
    {"title", QT_TRANSLATE_NOOP("Keel::AuditField", "Title")},
    {"to_currency", QT_TRANSLATE_NOOP("Keel::AuditField", "To currency")},
    {"type", QT_TRANSLATE_NOOP("Keel::AuditField", "Link type")},
    {"units", QT_TRANSLATE_NOOP("Keel::AuditField", "Units")},
    {"version", QT_TRANSLATE_NOOP("Keel::AuditField", "Version")},
    {"website", QT_TRANSLATE_NOOP("Keel::AuditField", "Website")},
    {"week", QT_TRANSLATE_NOOP("Keel::AuditField", "Working week")},
    {"work", QT_TRANSLATE_NOOP("Keel::AuditField", "Work")},
});

// Enumeration values, by their stable names (the same name means the same thing in every enum).
constexpr auto kEnumLabels = std::to_array<Label>({
    {"initiation", QT_TRANSLATE_NOOP("Keel::AuditValue", "Initiation")},
    {"planning", QT_TRANSLATE_NOOP("Keel::AuditValue", "Planning")},
    {"execution", QT_TRANSLATE_NOOP("Keel::AuditValue", "Execution")},
    {"monitoring", QT_TRANSLATE_NOOP("Keel::AuditValue", "Monitoring")},
    {"closing", QT_TRANSLATE_NOOP("Keel::AuditValue", "Closing")},
    {"closed", QT_TRANSLATE_NOOP("Keel::AuditValue", "Closed")},
    {"green", QT_TRANSLATE_NOOP("Keel::AuditValue", "On track")},
    {"amber", QT_TRANSLATE_NOOP("Keel::AuditValue", "At risk")},
    {"red", QT_TRANSLATE_NOOP("Keel::AuditValue", "Off track")},
    {"start", QT_TRANSLATE_NOOP("Keel::AuditValue", "Project start")},
    {"finish", QT_TRANSLATE_NOOP("Keel::AuditValue", "Project finish")},
    {"fixed_fee", QT_TRANSLATE_NOOP("Keel::AuditValue", "Fixed fee")},
    {"time_and_materials", QT_TRANSLATE_NOOP("Keel::AuditValue", "Time and materials")},
    {"retainer", QT_TRANSLATE_NOOP("Keel::AuditValue", "Retainer")},
    {"proposed", QT_TRANSLATE_NOOP("Keel::AuditValue", "Proposed")},
    {"approved", QT_TRANSLATE_NOOP("Keel::AuditValue", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("Keel::AuditValue", "Rejected")},
    {"delivered", QT_TRANSLATE_NOOP("Keel::AuditValue", "Delivered")},
    {"accepted", QT_TRANSLATE_NOOP("Keel::AuditValue", "Accepted")},
    {"auto", QT_TRANSLATE_NOOP("Keel::AuditValue", "Auto scheduled")},
    {"manual", QT_TRANSLATE_NOOP("Keel::AuditValue", "Manually scheduled")},
    {"asap", QT_TRANSLATE_NOOP("Keel::AuditValue", "As soon as possible")},
    {"alap", QT_TRANSLATE_NOOP("Keel::AuditValue", "As late as possible")},
    {"snet", QT_TRANSLATE_NOOP("Keel::AuditValue", "Start no earlier than")},
    {"snlt", QT_TRANSLATE_NOOP("Keel::AuditValue", "Start no later than")},
    {"fnet", QT_TRANSLATE_NOOP("Keel::AuditValue", "Finish no earlier than")},
    {"fnlt", QT_TRANSLATE_NOOP("Keel::AuditValue", "Finish no later than")},
    {"mso", QT_TRANSLATE_NOOP("Keel::AuditValue", "Must start on")},
    {"mfo", QT_TRANSLATE_NOOP("Keel::AuditValue", "Must finish on")},
    {"fs", QT_TRANSLATE_NOOP("Keel::AuditValue", "Finish-to-start")},
    {"ss", QT_TRANSLATE_NOOP("Keel::AuditValue", "Start-to-start")},
    {"ff", QT_TRANSLATE_NOOP("Keel::AuditValue", "Finish-to-finish")},
    {"sf", QT_TRANSLATE_NOOP("Keel::AuditValue", "Start-to-finish")},
    {"working", QT_TRANSLATE_NOOP("Keel::AuditValue", "Working time")},
    {"elapsed", QT_TRANSLATE_NOOP("Keel::AuditValue", "Elapsed time")},
    {"percent", QT_TRANSLATE_NOOP("Keel::AuditValue", "Percent of predecessor")},
    {"person", QT_TRANSLATE_NOOP("Keel::AuditValue", "Person")},
    {"material", QT_TRANSLATE_NOOP("Keel::AuditValue", "Material")},
    {"cost", QT_TRANSLATE_NOOP("Keel::AuditValue", "Cost")},
    {"draft", QT_TRANSLATE_NOOP("Keel::AuditValue", "Draft")},
    {"submitted", QT_TRANSLATE_NOOP("Keel::AuditValue", "Submitted")},
    {"open", QT_TRANSLATE_NOOP("Keel::AuditValue", "Open")},
    {"mitigating", QT_TRANSLATE_NOOP("Keel::AuditValue", "Mitigating")},
    {"occurred", QT_TRANSLATE_NOOP("Keel::AuditValue", "Occurred")},
    {"question", QT_TRANSLATE_NOOP("Keel::AuditValue", "Question")},
    {"change", QT_TRANSLATE_NOOP("Keel::AuditValue", "Change")},
    {"issue", QT_TRANSLATE_NOOP("Keel::AuditValue", "Issue")},
    {"new", QT_TRANSLATE_NOOP("Keel::AuditValue", "New")},
    {"in_progress", QT_TRANSLATE_NOOP("Keel::AuditValue", "In progress")},
    {"waiting", QT_TRANSLATE_NOOP("Keel::AuditValue", "Waiting")},
    {"resolved", QT_TRANSLATE_NOOP("Keel::AuditValue", "Resolved")},
    {"low", QT_TRANSLATE_NOOP("Keel::AuditValue", "Low")},
    {"normal", QT_TRANSLATE_NOOP("Keel::AuditValue", "Normal")},
    {"high", QT_TRANSLATE_NOOP("Keel::AuditValue", "High")},
    {"urgent", QT_TRANSLATE_NOOP("Keel::AuditValue", "Urgent")},
    {"email", QT_TRANSLATE_NOOP("Keel::AuditValue", "Email")},
    {"meeting", QT_TRANSLATE_NOOP("Keel::AuditValue", "Meeting")},
    {"call", QT_TRANSLATE_NOOP("Keel::AuditValue", "Call")},
    {"portal", QT_TRANSLATE_NOOP("Keel::AuditValue", "Portal")},
    {"note", QT_TRANSLATE_NOOP("Keel::AuditValue", "Note")},
});

const char *lookup(const auto &table, QByteArrayView key)
{
    for (const Label &l : table) {
        if (key == QByteArrayView(l.first))
            return l.second;
    }
    return nullptr;
}

bool isDurationField(QByteArrayView f)
{
    for (const char *name : {"duration", "work", "actual_work", "lag", "minutes", "optimistic", "most_likely",
                             "pessimistic", "leveling_delay", "minutes_per_day", "minutes_per_week"}) {
        if (f == QByteArrayView(name))
            return true;
    }
    return false;
}

QString shortId(const Id &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

QJsonObject parseRecord(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.trimmed();
}

} // namespace

AuditFormatter::AuditFormatter(Store &store, const QLocale &locale)
    : m_store(store)
    , m_locale(locale)
{
}

QString AuditFormatter::fieldLabel(QByteArrayView field)
{
    if (const char *label = lookup(kFieldLabels, field))
        return QCoreApplication::translate("Keel::AuditField", label);
    return QString::fromLatin1(field.data(), field.size());
}

QString AuditFormatter::enumLabel(const QString &stableName)
{
    if (const char *label = lookup(kEnumLabels, stableName.toLatin1()))
        return QCoreApplication::translate("Keel::AuditValue", label);
    return stableName;
}

QString AuditFormatter::typeLabel(EntityType type)
{
    QString name = entityTypeDisplayName(type);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString AuditFormatter::dateTime(qint64 utcMs) const
{
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString AuditFormatter::refName(EntityType type, const QString &idText, int depth)
{
    const Id id = QUuid::fromString(idText);
    if (id.isNull())
        return {};
    if (type == EntityType::None)
        return shortId(id);
    if (depth > 2)
        return shortId(id);
    if (const auto it = m_names.constFind(id); it != m_names.cend())
        return *it;
    const Workspace &ws = m_store.workspace();
    const AnyTable &table = ws.table(type);
    const EntityMeta &meta = entityMeta(type);
    QString name;
    if (table.contains(id)) {
        name = nameFrom(type, id, [&](const char *field) { return table.value(id, meta.indexOf(field)); }, depth);
    } else {
        const QJsonObject record = parseRecord(m_store.lastRecordJson(id));
        name = record.isEmpty() ? shortId(id)
                                : nameFrom(type, id, [&](const char *field) {
                                      return record.value(QLatin1String(field)).toVariant();
                                  }, depth);
    }
    m_names.insert(id, name);
    return name;
}

QString AuditFormatter::nameFrom(EntityType type, const Id &id, const Getter &get, int depth)
{
    const EntityMeta &meta = entityMeta(type);
    if (meta.labelField >= 0) {
        const QString label = oneLine(get(meta.fields[meta.labelField].name.constData()).toString());
        if (!label.isEmpty())
            return label;
    }
    auto ref = [&](EntityType t, const char *field) {
        const QVariant v = get(field);
        return refName(t, v.metaType().id() == QMetaType::QUuid ? v.toUuid().toString() : v.toString(), depth + 1);
    };
    auto day = [&](const char *field) {
        const qint64 m = get(field).toLongLong();
        return get(field).isNull() || m == kNoTime ? QString() : Format::date(m);
    };
    switch (type) {
    case EntityType::Assignment:
        return tr("%1 on %2").arg(ref(EntityType::Resource, "resource_id"), ref(EntityType::Task, "task_id"));
    case EntityType::Dependency:
        return tr("%1 → %2").arg(ref(EntityType::Task, "predecessor_id"), ref(EntityType::Task, "successor_id"));
    case EntityType::ResourceSkill:
        return tr("%1 · %2").arg(ref(EntityType::Resource, "resource_id"), ref(EntityType::Skill, "skill_id"));
    case EntityType::SkillRequirement:
        return tr("%1 · %2").arg(ref(EntityType::Task, "task_id"), ref(EntityType::Skill, "skill_id"));
    case EntityType::TimeEntry:
        return tr("%1 · %2 · %3").arg(ref(EntityType::Resource, "resource_id"), ref(EntityType::Task, "task_id"),
                                      day("date"));
    case EntityType::BaselineTask:
        return tr("%1 · %2").arg(ref(EntityType::Baseline, "baseline_id"), ref(EntityType::Task, "task_id"));
    case EntityType::DocumentVersion:
        return tr("%1, version %2").arg(ref(EntityType::Document, "document_id")).arg(get("version").toLongLong());
    case EntityType::SatisfactionRating:
        return tr("%1 · %2").arg(ref(EntityType::Project, "project_id"), ref(EntityType::Contact, "contact_id"));
    case EntityType::ExchangeRate:
        return tr("%1 → %2").arg(get("from_currency").toString(), get("to_currency").toString());
    default:
        return shortId(id);
    }
}

QString AuditFormatter::recordName(EntityType type, const Id &id)
{
    return refName(type, id.toString(), 0);
}

QString AuditFormatter::currencyOf(EntityType type, const Id &id, const QJsonObject &deletedRecord)
{
    const Workspace &ws = m_store.workspace();
    if (ws.table(type).contains(id))
        return RecordJson::currencyOf(ws, type, ws.table(type).record(id));
    const QString own = deletedRecord.value(QLatin1String("currency")).toString();
    if (!own.isEmpty())
        return own;
    const Project *p = ws.get<Project>(QUuid::fromString(deletedRecord.value(QLatin1String("project_id")).toString()));
    return p && !p->currency.isEmpty() ? p->currency : ws.settings().currency;
}

QString AuditFormatter::value(EntityType type, const Id &id, QByteArrayView fieldName, const QString &logValue,
                              const QJsonObject &deletedRecord)
{
    if (type == EntityType::None)
        return logValue;
    const EntityMeta &meta = entityMeta(type);
    const int index = meta.indexOf(fieldName);
    if (index < 0 || logValue.isEmpty())
        return logValue;
    const FieldDef &field = meta.fields[index];
    const Settings &settings = m_store.workspace().settings();
    switch (field.type) {
    case FieldType::Id:
        return refName(field.ref, logValue, 0);
    case FieldType::Time: {
        const qint64 m = logValue.toLongLong();
        const QDateTime t = toDateTime(m);
        return t.time() == QTime(0, 0) ? Format::date(m) : t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case FieldType::Bool:
        return logValue == QLatin1String("1") || logValue == QLatin1String("true") ? tr("Yes") : tr("No");
    case FieldType::Money: {
        const QString currency = currencyOf(type, id, deletedRecord);
        const int digits = Format::minorDigits(currency);
        return tr("%1 %2").arg(m_locale.toString(Format::majorUnits(logValue.toDouble(), currency), 'f', digits),
                               currency);
    }
    case FieldType::Enum:
        return enumLabel(logValue);
    case FieldType::Real: {
        const double v = logValue.toDouble();
        if (fieldName == "units" || fieldName == "max_units")
            return tr("%1 %").arg(m_locale.toString(v * 100, 'f', 0));
        return m_locale.toString(v, 'g', 6);
    }
    case FieldType::Int: {
        const qint64 v = logValue.toLongLong();
        if (fieldName.endsWith("_utc_ms"))
            return v > 0 ? dateTime(v) : QString();
        if (fieldName == "percent_complete")
            return tr("%1 %").arg(v);
        if (isDurationField(fieldName)) {
            const DurationUnits units{settings.minutesPerDay, settings.minutesPerWeek, settings.daysPerMonth};
            const bool hours = fieldName == "minutes" || fieldName.startsWith("minutes_per");
            if (hours)
                return tr("%1 h").arg(m_locale.toString(double(v) / 60.0, 'g', 4));
            return DurationText::format(v, false, units);
        }
        return m_locale.toString(v);
    }
    case FieldType::Json: {
        const QString text = oneLine(logValue);
        return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
    }
    case FieldType::Blob:
        return tr("%1 bytes").arg(m_locale.toString(QByteArray::fromBase64(logValue.toLatin1()).size()));
    case FieldType::Text:
        break;
    }
    return oneLine(logValue);
}

AuditRow AuditFormatter::format(const ChangeLogRow &row)
{
    AuditRow r;
    r.seq = row.seq;
    r.setSeq = row.setSeq;
    r.utcMs = row.utcMs;
    r.when = dateTime(row.utcMs);
    r.who = row.actor;
    r.description = row.description;
    r.recordId = row.item.entityId;
    r.type = entityTypeFromName(row.item.entity.toLatin1());
    r.recordType = r.type == EntityType::None ? row.item.entity : typeLabel(r.type);
    if (row.item.op == QLatin1String("insert") || row.item.op == QLatin1String("delete")) {
        const bool inserted = row.item.op == QLatin1String("insert");
        r.op = inserted ? Change::Op::Insert : Change::Op::Delete;
        const QJsonObject record = parseRecord(inserted ? row.item.newValue : row.item.oldValue);
        const QString name = r.type == EntityType::None
            ? shortId(r.recordId)
            : nameFrom(r.type, r.recordId, [&](const char *field) {
                  return record.value(QLatin1String(field)).toVariant();
              }, 0);
        const bool live = r.type != EntityType::None && m_store.workspace().table(r.type).contains(r.recordId);
        if (!live && r.type != EntityType::None)
            m_names.insert(r.recordId, name);
        r.record = live ? recordName(r.type, r.recordId) : name;
        r.field = inserted ? tr("Created") : tr("Deleted");
        (inserted ? r.newValue : r.oldValue) = name;
        return r;
    }
    r.op = Change::Op::Update;
    r.record = r.type == EntityType::None ? shortId(r.recordId) : recordName(r.type, r.recordId);
    const QByteArray field = row.item.field.toLatin1();
    r.field = fieldLabel(field);
    QJsonObject deleted;
    if (r.type != EntityType::None && !m_store.workspace().table(r.type).contains(r.recordId))
        deleted = parseRecord(m_store.lastRecordJson(r.recordId));
    r.oldValue = value(r.type, r.recordId, field, row.item.oldValue, deleted);
    r.newValue = value(r.type, r.recordId, field, row.item.newValue, deleted);
    return r;
}

QList<AuditRow> AuditFormatter::format(const QList<ChangeLogRow> &rows)
{
    QList<AuditRow> out;
    out.reserve(rows.size());
    for (const ChangeLogRow &row : rows)
        out << format(row);
    return out;
}

} // namespace Keel
