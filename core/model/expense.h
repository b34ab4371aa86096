#pragma once
#include "ids.h"
#include "timeutil.h"
#include <QString>

namespace Keel {

struct Expense
{
    Id id;
    Id projectId;
    Id taskId;                        ///< optional
    Minutes date = kNoTime;
    qint64 amount = 0;                ///< minor units of currency
    QString currency;
    QString category;
    QString description;
    bool billable = false;
    Id receiptDocumentId;             ///< optional: the scanned receipt, a Document of the project
};

} // namespace Keel
