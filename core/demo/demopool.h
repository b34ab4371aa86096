#pragma once
// DemoPool: what the demo's projects share — calendars (with their working time), skills, the
// people of the resource pool and the clients with their contacts. build() creates them all as one
// ChangeSet; the project builders then staff projects from it and keep each person's load.

#include "democatalog.h"
#include "demoworktime.h"

#include <model/changeset.h>
#include <model/resource.h>

#include <QHash>
#include <QList>

#include <map>
#include <vector>
#include <memory>

namespace Keel {

class DemoRandom;
class Workspace;

namespace Demo {

struct DemoPerson
{
    Resource resource;
    PersonSeed seed;
    int copy = 0;
    Minutes load = 0;       ///< planned minutes staffed so far, to spread work over the pool
};

struct DemoClient
{
    Id id;
    ClientSeed seed;
    QList<Id> contacts;
};

class DemoPool
{
public:
    /// `ws` gives the workspace's default (Standard) calendar.
    explicit DemoPool(const Workspace &ws);
    ~DemoPool();

    /// Calendars, skills, `scale` copies of the 40 people and 5 clients, and a few material and
    /// cost resources.
    ChangeSet build(int scale, DemoRandom &rng);

    Id calendarOf(Region region) const;
    const DemoWorkTime &workTime(Region region) const;
    /// The working time of any of the workspace's calendars (a person's own, part-time…).
    const DemoWorkTime &workTimeOf(const Id &calendarId);
    Id skill(int index) const { return m_skills.value(index); }
    QList<DemoPerson> &people() { return m_people; }
    const QList<DemoClient> &clients() const { return m_clients; }
    /// Indices of people with `role`, in `copy` first, from `region` first; least loaded first.
    QList<int> candidates(Role role, Region region, int copy) const;
    /// People with `role` in `copy`, those least booked on fromDay..toDay first; people from other
    /// regions count as booked for a share of the window, so a project stays with its region's
    /// team unless that team is busy.
    QList<int> rankedFor(Role role, Region region, int copy, qint64 fromDay, qint64 toDay) const;
    /// Records that `person` works `minutes` on `day` (for later projects' staffing).
    void book(int person, qint64 day, Minutes minutes);
    Minutes booked(int person, qint64 fromDay, qint64 toDay) const;

private:
    const Calendar *calendar(const Id &id) const;
    Resource makePerson(const PersonSeed &seed, DemoRandom &rng) const;

    Id m_standard;
    QHash<Id, Calendar> m_calendars;
    std::map<Region, Id> m_regionCalendar;
    std::map<Region, std::unique_ptr<DemoWorkTime>> m_work;
    QHash<Id, std::shared_ptr<DemoWorkTime>> m_workOf;
    Id m_partTime;
    QList<Id> m_skills;
    QList<DemoPerson> m_people;
    QList<DemoClient> m_clients;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
    std::vector<std::vector<quint16>> m_booked;  ///< per person, minutes per day from m_firstDay
};

} // namespace Demo

} // namespace Keel
