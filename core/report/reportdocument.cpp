#include "reportdocument.h"

namespace Keel {

QList<const ReportTable *> ReportDocument::tables() const
{
    QList<const ReportTable *> list;
    for (const ReportSection &s : sections) {
        for (const ReportBlock &b : s.blocks) {
            if (const auto *t = std::get_if<ReportTable>(&b))
                list.append(t);
        }
    }
    return list;
}

const ReportTable *ReportDocument::primaryTable() const
{
    const QList<const ReportTable *> list = tables();
    for (const ReportTable *t : list) {
        if (t->primary)
            return t;
    }
    return list.isEmpty() ? nullptr : list.first();
}

const ReportTable *ReportDocument::table(const QString &name) const
{
    for (const ReportTable *t : tables()) {
        if (t->name.compare(name, Qt::CaseInsensitive) == 0)
            return t;
    }
    return nullptr;
}

} // namespace Keel
