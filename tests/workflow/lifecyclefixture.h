#pragma once
// A workspace in memory with one client project walked through the lifecycle by the tests.

#include <model/workspace.h>
#include <store/store.h>

#include <catch2/catch.hpp>

#include <memory>

namespace KeelWorkflowTest {

struct LifecycleFixture
{
    std::unique_ptr<Keel::Store> store = Keel::Store::createInMemory(QStringLiteral("Lifecycle"));
    Keel::Id projectId = Keel::newId();
    Keel::Id resourceId = Keel::newId();

    LifecycleFixture()
    {
        Keel::Project p;
        p.id = projectId;
        p.code = QStringLiteral("LC-001");
        p.name = QStringLiteral("Service desk takeover");
        p.start = Keel::toMinutes(QDate(2025, 3, 3));
        Keel::Resource r;
        r.id = resourceId;
        r.name = QStringLiteral("Mei Chen");
        Keel::ChangeSet cs(QStringLiteral("fixture"));
        cs.insert(p).insert(r);
        apply(cs);
    }

    const Keel::Workspace &ws() const { return store->workspace(); }
    const Keel::Project &project() const { return *ws().get<Keel::Project>(projectId); }

    /// Applies and requires success.
    void apply(const Keel::ChangeSet &cs)
    {
        QString error;
        const bool ok = store->apply(cs, &error).has_value();
        INFO(error.toStdString());
        REQUIRE(ok);
    }
    /// Applies and returns the refusal ("" when applied).
    QString refusal(const Keel::ChangeSet &cs)
    {
        QString error;
        return store->apply(cs, &error) ? QString() : error;
    }
    void update(Keel::EntityType type, const Keel::Id &id, const char *field, const QVariant &value)
    {
        Keel::ChangeSet cs(QStringLiteral("edit"));
        cs.update(type, id, field, value);
        apply(cs);
    }
};

} // namespace KeelWorkflowTest
