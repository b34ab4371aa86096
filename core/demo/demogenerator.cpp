#include "demogenerator.h"

#include "democatalog.h"
#include "demopool.h"
#include "demoproject.h"
#include "demorandom.h"

#include <edit/editservice.h>
#include <store/store.h>

#include <QCoreApplication>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Demo", text);
}

/// Modules a larger-scale project may have beyond its brief's.
QList<Demo::ModuleSeed> extraModules(const Demo::ProjectSeed &base)
{
    using namespace Demo;
    const bool chinese = isChinese(clients()[base.client].region);
    auto m = [&](const char16_t *en, const char16_t *zh, Role role) {
        return ModuleSeed{QString::fromUtf16(chinese ? zh : en), role};
    };
    switch (base.kind) {
    case ProjectKind::ItImplementation:
        return {m(u"Reporting and analytics", u"报表与分析", Role::Developer),
                m(u"Mobile app", u"移动应用", Role::Developer),
                m(u"User administration", u"用户与权限管理", Role::Developer)};
    case ProjectKind::EngineeringDesign:
        return {m(u"Lighting and small power", u"照明与动力", Role::ElectricalEngineer),
                m(u"Building management system", u"楼宇自控", Role::ElectricalEngineer)};
    case ProjectKind::Consulting:
        return {m(u"Procurement", u"采购管理", Role::Consultant), m(u"Risk and compliance", u"风险与合规", Role::Consultant)};
    case ProjectKind::ManagedService:
        break;
    }
    return {};
}

/// A project of a larger scale: the brief of `base`, for the client copy `copy`, with some variety.
Demo::ProjectSeed variant(const Demo::ProjectSeed &base, int copy, DemoRandom &rng)
{
    using namespace Demo;
    ProjectSeed seed = base;
    if (copy == 0)
        return seed;
    const QString clientCode = clients()[base.client].code + QString::number(copy + 1);
    seed.code = clientCode + base.code.mid(base.code.indexOf(u'-'));
    for (qsizetype i = seed.modules.size() - 1; i > 0; --i)
        seed.modules.swapItemsAt(i, qsizetype(rng.between(0, i)));
    const double u = rng.real();
    if (u < 0.2 && seed.modules.size() > 4) {
        seed.modules.removeLast();
    } else if (u > 0.45 && !seed.modules.isEmpty()) {
        const QList<ModuleSeed> extra = extraModules(base);
        if (!extra.isEmpty())
            seed.modules.append(extra[qsizetype(rng.between(0, extra.size() - 1))]);
    }
    if (seed.start.isValid()) {
        if (seed.kind == ProjectKind::ManagedService)
            seed.start = QDate(seed.start.year(), seed.start.month(), 1).addMonths(-rng.between(0, 2));
        else
            seed.start = seed.start.addDays(7 * rng.between(0, seed.phase == Phase::Closed ? 10 : 12));
    } else {
        const double low = seed.phase == Phase::Closing ? 0.95 : 0.05;
        seed.progress = std::clamp(seed.progress + (rng.real() - 0.5) * 0.2, low, 0.99);
    }
    seed.priority = int(std::clamp<qint64>(seed.priority + rng.between(-100, 100), 0, 1000));
    return seed;
}

} // namespace

bool generateDemo(Store &store, const DemoOptions &options, QString *error, const DemoProgress &progress)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (options.scale < 1 || options.scale > 1000)
        return failWith(tr("The demo scale must be between 1 and 1000 (it is %1).").arg(options.scale));
    if (store.workspace().projects().size() > 0)
        return failWith(tr("The demo can only fill an empty workspace; this one already has projects."));

    const QList<Demo::ProjectSeed> &briefs = Demo::projects();
    const qint64 total = 1 + qint64(briefs.size()) * options.scale;
    qint64 done = 0;
    DemoRandom rng(options.seed);
    DemoRandom poolRng = rng.fork(1);
    DemoRandom variantRng = rng.fork(2);

    Demo::DemoPool pool(store.workspace());
    ChangeSet shared = pool.build(options.scale, poolRng);
    const QString name = options.workspaceName.isEmpty() ? Demo::kCompanyName + QStringLiteral(" (demo)")
                                                         : options.workspaceName;
    shared.update(EntityType::Settings, kSettingsId, "name", name);
    QString why;
    if (!store.apply(shared, &why))
        return failWith(tr("The demo's calendars, people and clients were refused: %1").arg(why));
    if (progress)
        progress(++done, total);

    const qsizetype clientsPerCopy = Demo::clients().size();
    for (int copy = 0; copy < options.scale; ++copy) {
        for (qsizetype b = 0; b < briefs.size(); ++b) {
            const Demo::ProjectSeed seed = variant(briefs[b], copy, variantRng);
            DemoRandom projectRng = rng.fork(quint64(copy) * 1000 + quint64(b) + 10);
            Demo::DemoProjectBuilder builder(pool, seed, int(copy * clientsPerCopy + seed.client), copy, projectRng);
            // Through the edit service, as a user's import is: validated, and scheduled by the
            // engine (which finds the builder's dates and so changes none of them).
            const Edit edit = EditService(store.workspace()).complete(builder.build());
            if (!edit.error.isEmpty())
                return failWith(tr("The demo project %1 was refused: %2").arg(seed.code, edit.error));
            if (!store.apply(edit.changes, &why))
                return failWith(tr("The demo project %1 was refused: %2").arg(seed.code, why));
            if (progress)
                progress(++done, total);
        }
    }
    return true;
}

} // namespace Keel
