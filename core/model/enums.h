#pragma once
// Enumerations of the domain, each with stable lower-case names used in the database, the change
// log, JSON and the REST API. Display names are translated in the UI, never here.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>

namespace Keel {

enum class Phase { Initiation, Planning, Execution, Monitoring, Closing, Closed };
enum class Health { Green, Amber, Red };
enum class ScheduleFrom { Start, Finish };
enum class BillingModel { FixedFee, TimeAndMaterials, Retainer };
enum class AcceptanceState { Proposed, Approved, Rejected, Delivered, Accepted };
enum class SchedulingMode { Auto, Manual };
enum class ConstraintType { Asap, Alap, Snet, Snlt, Fnet, Fnlt, Mso, Mfo };
enum class DependencyType { FinishStart, StartStart, FinishFinish, StartFinish };
enum class LagUnit { Working, Elapsed, Percent };
enum class ResourceKind { Person, Material, Cost };
enum class ApprovalState { Draft, Submitted, Approved, Rejected };
enum class RiskStatus { Open, Mitigating, Occurred, Closed };
enum class RequestKind { Question, Change, Issue };
enum class RequestStatus { New, InProgress, Waiting, Resolved, Closed, Rejected };
enum class RequestPriority { Low, Normal, High, Urgent };
enum class CommunicationKind { Email, Meeting, Call, Portal, Note };

/// EnumNames<E>::names lists the stable names in declaration order.
template<class E> struct EnumNames;

#define KEEL_ENUM_NAMES(E, ...)                                                                     \
    template<> struct EnumNames<E>                                                                  \
    {                                                                                               \
        static constexpr auto names = std::to_array<std::string_view>({__VA_ARGS__});               \
    };

KEEL_ENUM_NAMES(Phase, "initiation", "planning", "execution", "monitoring", "closing", "closed")
KEEL_ENUM_NAMES(Health, "green", "amber", "red")
KEEL_ENUM_NAMES(ScheduleFrom, "start", "finish")
KEEL_ENUM_NAMES(BillingModel, "fixed_fee", "time_and_materials", "retainer")
KEEL_ENUM_NAMES(AcceptanceState, "proposed", "approved", "rejected", "delivered", "accepted")
KEEL_ENUM_NAMES(SchedulingMode, "auto", "manual")
KEEL_ENUM_NAMES(ConstraintType, "asap", "alap", "snet", "snlt", "fnet", "fnlt", "mso", "mfo")
KEEL_ENUM_NAMES(DependencyType, "fs", "ss", "ff", "sf")
KEEL_ENUM_NAMES(LagUnit, "working", "elapsed", "percent")
KEEL_ENUM_NAMES(ResourceKind, "person", "material", "cost")
KEEL_ENUM_NAMES(ApprovalState, "draft", "submitted", "approved", "rejected")
KEEL_ENUM_NAMES(RiskStatus, "open", "mitigating", "occurred", "closed")
KEEL_ENUM_NAMES(RequestKind, "question", "change", "issue")
KEEL_ENUM_NAMES(RequestStatus, "new", "in_progress", "waiting", "resolved", "closed", "rejected")
KEEL_ENUM_NAMES(RequestPriority, "low", "normal", "high", "urgent")
KEEL_ENUM_NAMES(CommunicationKind, "email", "meeting", "call", "portal", "note")

#undef KEEL_ENUM_NAMES

template<class E> QString enumName(E value)
{
    const std::string_view n = EnumNames<E>::names[size_t(value)];
    return QString::fromLatin1(n.data(), qsizetype(n.size()));
}

template<class E> std::optional<E> enumFromName(QStringView name)
{
    const auto &names = EnumNames<E>::names;
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1StringView(names[i].data(), qsizetype(names[i].size())))
            return E(i);
    }
    return std::nullopt;
}

template<class E> QStringList enumNames()
{
    QStringList list;
    for (auto n : EnumNames<E>::names)
        list << QString::fromLatin1(n.data(), qsizetype(n.size()));
    return list;
}

} // namespace Keel
