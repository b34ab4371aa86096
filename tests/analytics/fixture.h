#pragma once
// Test data for the analytics, built through ChangeSets on an in-memory store, as users' edits
// are. Dates are in March 2026 on the Standard calendar (Mon–Fri 08:00–12:00, 13:00–17:00)
// unless a test says otherwise.

#include <store/store.h>

#include <catch2/catch.hpp>

#include <memory>

namespace Keel::Test {

inline Minutes at(int year, int month, int day, int hour = 0, int minute = 0)
{
    return toMinutes(QDate(year, month, day), hour * 60 + minute);
}

class Fixture
{
public:
    Fixture() : m_store(Store::createInMemory(QStringLiteral("Analytics test"))) {}

    template<class T> const T &add(const T &entity)
    {
        m_changes.insert(entity);
        return entity;
    }

    Id resource(const QString &name, qint64 costPerHour, qint64 billPerHour, const QString &team = {},
                double maxUnits = 1.0)
    {
        Resource r;
        r.id = newId();
        r.name = name;
        r.team = team;
        r.maxUnits = maxUnits;
        r.currency = QStringLiteral("EUR");
        r.rates = {{kNoTime, costPerHour, billPerHour}};
        add(r);
        return r.id;
    }

    Id client(const QString &name)
    {
        Client c;
        c.id = newId();
        c.name = name;
        add(c);
        return c.id;
    }

    Project project(const QString &code, BillingModel billing = BillingModel::TimeAndMaterials)
    {
        Project p;
        p.id = newId();
        p.code = code;
        p.name = QStringLiteral("Project ") + code;
        p.billingModel = billing;
        p.phase = Phase::Execution;
        p.start = at(2026, 3, 2, 8);
        return p;
    }

    Task task(const Id &project, const QString &name, Minutes start, Minutes finish, Minutes duration, int order = 0)
    {
        Task t;
        t.id = newId();
        t.projectId = project;
        t.name = name;
        t.order = order;
        t.start = start;
        t.finish = finish;
        t.duration = duration;
        return t;
    }

    Id baseline(const Id &project)
    {
        Baseline b;
        b.id = newId();
        b.projectId = project;
        b.number = 0;
        b.name = QStringLiteral("Baseline");
        add(b);
        return b.id;
    }

    void baselineTask(const Id &baseline, const Task &t, qint64 cost, Minutes work = 0)
    {
        BaselineTask bt;
        bt.id = newId();
        bt.baselineId = baseline;
        bt.taskId = t.id;
        bt.start = t.start;
        bt.finish = t.finish;
        bt.duration = t.duration;
        bt.work = work;
        bt.cost = cost;
        add(bt);
    }

    void assign(const Id &task, const Id &resource, Minutes work, Minutes actualWork = 0)
    {
        Assignment a;
        a.id = newId();
        a.taskId = task;
        a.resourceId = resource;
        a.work = work;
        a.actualWork = actualWork;
        add(a);
    }

    void log(const Id &resource, const Id &task, QDate day, Minutes minutes, bool billable = true)
    {
        TimeEntry e;
        e.id = newId();
        e.resourceId = resource;
        e.taskId = task;
        e.date = toMinutes(day);
        e.minutes = minutes;
        e.billable = billable;
        e.approval = ApprovalState::Approved;
        add(e);
    }

    void link(const Id &from, const Id &to, DependencyType type = DependencyType::FinishStart, qint64 lag = 0)
    {
        Dependency d;
        d.id = newId();
        d.predecessorId = from;
        d.successorId = to;
        d.type = type;
        d.lag = lag;
        add(d);
    }

    /// Changes one field (applied with the next commit()).
    void update(EntityType type, const Id &id, QByteArrayView field, const QVariant &value)
    {
        m_changes.update(type, id, field, value);
    }

    /// Applies everything added so far; fails the test when the store refuses it.
    const Workspace &commit()
    {
        QString error;
        const auto applied = m_store->apply(m_changes, &error);
        INFO(error.toStdString());
        REQUIRE(applied.has_value());
        m_changes = ChangeSet();
        return m_store->workspace();
    }

    const Workspace &workspace() const { return m_store->workspace(); }

private:
    std::unique_ptr<Store> m_store;
    ChangeSet m_changes;
};

} // namespace Keel::Test
