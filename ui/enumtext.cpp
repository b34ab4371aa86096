#include "enumtext.h"

namespace Keel {

QString EnumText::phase(Phase phase)
{
    switch (phase) {
    case Phase::Initiation:
        return tr("Initiation");
    case Phase::Planning:
        return tr("Planning");
    case Phase::Execution:
        return tr("Execution");
    case Phase::Monitoring:
        return tr("Monitoring");
    case Phase::Closing:
        return tr("Closing");
    case Phase::Closed:
        return tr("Closed");
    }
    return {};
}

QString EnumText::health(Health health)
{
    switch (health) {
    case Health::Green:
        return tr("On track");
    case Health::Amber:
        return tr("At risk");
    case Health::Red:
        return tr("Off track");
    }
    return {};
}

QString EnumText::resourceKind(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Person:
        return tr("Person");
    case ResourceKind::Material:
        return tr("Material");
    case ResourceKind::Cost:
        return tr("Cost");
    }
    return {};
}

QString EnumText::billingModel(BillingModel model)
{
    switch (model) {
    case BillingModel::FixedFee:
        return tr("Fixed fee");
    case BillingModel::TimeAndMaterials:
        return tr("Time and materials");
    case BillingModel::Retainer:
        return tr("Retainer");
    }
    return {};
}

QStringList EnumText::phases()
{
    QStringList list;
    for (size_t i = 0; i < EnumNames<Phase>::names.size(); ++i)
        list << phase(Phase(i));
    return list;
}

QStringList EnumText::healths()
{
    QStringList list;
    for (size_t i = 0; i < EnumNames<Health>::names.size(); ++i)
        list << health(Health(i));
    return list;
}

} // namespace Keel
