#include "clienttext.h"

#include <algorithm>

namespace Keel {

namespace {

template<class E> QStringList allNames(QString (*text)(E))
{
    QStringList list;
    for (size_t i = 0; i < EnumNames<E>::names.size(); ++i)
        list << text(E(i));
    return list;
}

} // namespace

QString ClientText::requestKind(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Question:
        return tr("Question");
    case RequestKind::Change:
        return tr("Change request");
    case RequestKind::Issue:
        return tr("Issue");
    }
    return {};
}

QString ClientText::requestStatus(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return tr("New");
    case RequestStatus::InProgress:
        return tr("In progress");
    case RequestStatus::Waiting:
        return tr("Waiting");
    case RequestStatus::Resolved:
        return tr("Resolved");
    case RequestStatus::Closed:
        return tr("Closed");
    case RequestStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString ClientText::requestPriority(RequestPriority priority)
{
    switch (priority) {
    case RequestPriority::Low:
        return tr("Low");
    case RequestPriority::Normal:
        return tr("Normal");
    case RequestPriority::High:
        return tr("High");
    case RequestPriority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString ClientText::communicationKind(CommunicationKind kind)
{
    switch (kind) {
    case CommunicationKind::Email:
        return tr("Email");
    case CommunicationKind::Meeting:
        return tr("Meeting");
    case CommunicationKind::Call:
        return tr("Call");
    case CommunicationKind::Portal:
        return tr("Portal message");
    case CommunicationKind::Note:
        return tr("Note");
    }
    return {};
}

QString ClientText::stars(int score)
{
    const int s = std::clamp(score, 0, 5);
    return QString(s, QChar(0x2605)) + QString(5 - s, QChar(0x2606));
}

QStringList ClientText::requestKinds()
{
    return allNames<RequestKind>(&ClientText::requestKind);
}

QStringList ClientText::requestStatuses()
{
    return allNames<RequestStatus>(&ClientText::requestStatus);
}

QStringList ClientText::requestPriorities()
{
    return allNames<RequestPriority>(&ClientText::requestPriority);
}

QStringList ClientText::communicationKinds()
{
    return allNames<CommunicationKind>(&ClientText::communicationKind);
}

} // namespace Keel
