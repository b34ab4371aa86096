#include "demopool.h"

#include "democalendars.h"
#include "demorandom.h"

#include <model/workspace.h>

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>

namespace Keel::Demo {

namespace {

/// Labour cost level of a region relative to western Europe.
double costLevel(Region region)
{
    switch (region) {
    case Region::Europe: return 1.0;
    case Region::China: return 0.45;
    case Region::UnitedStates: return 1.15;
    case Region::UnitedKingdom: return 1.0;
    }
    return 1.0;
}

qint64 minorUnits(double amount)
{
    return qint64(std::llround(amount)) * 100;
}

qint64 utcMs(QDate date, int hour, Region region)
{
    return (toMinutes(date, hour * 60) - utcOffsetMinutes(region)) * 60000;
}

} // namespace

DemoPool::DemoPool(const Workspace &ws)
{
    m_standard = ws.settings().defaultCalendarId;
    if (const Calendar *standard = ws.get<Calendar>(m_standard))
        m_calendars.insert(m_standard, *standard);
}

DemoPool::~DemoPool() = default;

const Calendar *DemoPool::calendar(const Id &id) const
{
    const auto it = m_calendars.constFind(id);
    return it == m_calendars.cend() ? nullptr : &*it;
}

Id DemoPool::calendarOf(Region region) const
{
    return m_regionCalendar.at(region);
}

const DemoWorkTime &DemoPool::workTime(Region region) const
{
    return *m_work.at(region);
}

const DemoWorkTime &DemoPool::workTimeOf(const Id &calendarId)
{
    for (const auto &[region, id] : m_regionCalendar) {
        if (id == calendarId)
            return *m_work.at(region);
    }
    auto it = m_workOf.find(calendarId);
    if (it == m_workOf.end()) {
        const Calendar *c = calendar(calendarId);
        const Calendar &use = c ? *c : m_calendars[m_standard];
        it = m_workOf.insert(calendarId, std::make_shared<DemoWorkTime>(
                                             use, [this](const Id &id) { return calendar(id); }, m_firstDay, m_lastDay));
    }
    return **it;
}

QList<int> DemoPool::candidates(Role role, Region region, int copy) const
{
    QList<int> list;
    for (int i = 0; i < m_people.size(); ++i) {
        const DemoPerson &p = m_people[i];
        if (p.seed.role == role && p.copy == copy)
            list.append(i);
    }
    std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
        const DemoPerson &x = m_people[a];
        const DemoPerson &y = m_people[b];
        const bool xHome = x.seed.region == region, yHome = y.seed.region == region;
        if (xHome != yHome)
            return xHome;
        return x.load < y.load;
    });
    return list;
}

QList<int> DemoPool::rankedFor(Role role, Region region, int copy, qint64 fromDay, qint64 toDay) const
{
    const Minutes away = Minutes(double(toDay - fromDay + 1) * 480.0 * 5.0 / 7.0 * 0.3);
    QList<std::pair<Minutes, int>> scored;
    for (int i = 0; i < m_people.size(); ++i) {
        const DemoPerson &p = m_people[i];
        if (p.seed.role != role || p.copy != copy)
            continue;
        scored.append({booked(i, fromDay, toDay) + (p.seed.region == region ? 0 : away), i});
    }
    std::stable_sort(scored.begin(), scored.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return m_people[a.second].load < m_people[b.second].load;
    });
    QList<int> list;
    for (const auto &s : scored)
        list.append(s.second);
    return list;
}

void DemoPool::book(int person, qint64 day, Minutes minutes)
{
    if (day < m_firstDay || day > m_lastDay || person < 0)
        return;
    if (m_booked.size() <= size_t(person))
        m_booked.resize(size_t(m_people.size()));
    std::vector<quint16> &days = m_booked[size_t(person)];
    if (days.empty())
        days.resize(size_t(m_lastDay - m_firstDay + 1));
    quint16 &slot = days[size_t(day - m_firstDay)];
    slot = quint16(std::min<Minutes>(60000, slot + minutes));
}

Minutes DemoPool::booked(int person, qint64 fromDay, qint64 toDay) const
{
    if (person < 0 || size_t(person) >= m_booked.size() || m_booked[size_t(person)].empty())
        return 0;
    const std::vector<quint16> &days = m_booked[size_t(person)];
    Minutes sum = 0;
    for (qint64 d = std::max(fromDay, m_firstDay); d <= std::min(toDay, m_lastDay); ++d)
        sum += days[size_t(d - m_firstDay)];
    return sum;
}

Resource DemoPool::makePerson(const PersonSeed &seed, DemoRandom &rng) const
{
    Resource r;
    r.id = newId();
    r.name = seed.name;
    r.kind = ResourceKind::Person;
    r.email = seed.emailLocal + u'@' + kEmailDomain;
    r.role = (seed.senior ? QStringLiteral("Senior ") : QString()) + roleName(seed.role);
    r.team = teamOf(seed.region, seed.role);
    r.maxUnits = seed.partTime ? 0.6 : 1.0;
    r.currency = currencyOf(seed.region);
    r.calendarId = seed.partTime ? m_partTime : m_regionCalendar.at(seed.region);
    const auto [cost, bill] = roleRatesEur(seed.role);
    const double level = costLevel(seed.region) * perEuro(r.currency) * (seed.senior ? 1.2 : 1.0)
        * (0.92 + 0.16 * rng.real());
    RateEntry first;
    first.costPerHour = minorUnits(cost * level);
    first.billPerHour = minorUnits(bill * level);
    RateEntry raise;
    raise.effectiveFrom = toMinutes(QDate(2026, 1, 1));
    const double increase = 1.03 + 0.01 * double(rng.between(0, 3));
    raise.costPerHour = minorUnits(cost * level * increase);
    raise.billPerHour = minorUnits(bill * level * increase);
    r.rates = {first, raise};
    return r;
}

ChangeSet DemoPool::build(int scale, DemoRandom &rng)
{
    ChangeSet cs(QStringLiteral("Demo: calendars, skills, people and clients"));

    // Calendars.
    Calendar netherlands = DemoCalendars::netherlands(m_standard);
    Calendar china = DemoCalendars::mainlandChina();
    Calendar uk = DemoCalendars::unitedKingdom();
    Calendar us = DemoCalendars::unitedStates();
    Calendar partTime = DemoCalendars::partTime(netherlands.id);
    m_partTime = partTime.id;
    m_regionCalendar = {{Region::Europe, netherlands.id},
                        {Region::China, china.id},
                        {Region::UnitedKingdom, uk.id},
                        {Region::UnitedStates, us.id}};
    for (const Calendar *c : {&netherlands, &china, &uk, &us, &partTime}) {
        m_calendars.insert(c->id, *c);
        cs.insert(*c);
    }
    const qint64 firstDay = dayNumber(QDate(2024, 7, 1));
    const qint64 lastDay = dayNumber(QDate(2027, 12, 31));
    m_firstDay = firstDay;
    m_lastDay = lastDay;
    const auto lookup = [this](const Id &id) { return calendar(id); };
    for (const auto &[region, id] : m_regionCalendar)
        m_work[region] = std::make_unique<DemoWorkTime>(m_calendars[id], lookup, firstDay, lastDay);

    // Exchange rates from the workspace's currency (EUR), the ones the demo's amounts were made at.
    for (const char *currency : {"USD", "CNY", "GBP"}) {
        ExchangeRate rate;
        rate.id = newId();
        rate.fromCurrency = QStringLiteral("EUR");
        rate.toCurrency = QString::fromLatin1(currency);
        rate.effectiveFrom = toMinutes(QDate(2024, 7, 1));
        rate.rate = perEuro(rate.toCurrency);
        cs.insert(rate);
    }

    // Skills.
    for (const SkillSeed &seed : skills()) {
        Skill s;
        s.id = newId();
        s.name = seed.name;
        s.category = seed.category;
        m_skills.append(s.id);
        cs.insert(s);
    }

    // People: the roster, and for larger scales more divisions with the same make-up.
    const QList<PersonSeed> &roster = Demo::people();
    for (int copy = 0; copy < scale; ++copy) {
        DemoRandom copyRng = rng.fork(quint64(copy) + 1);
        for (const PersonSeed &base : roster) {
            PersonSeed seed = copy == 0 ? base : generatedPerson(base.region, base.role, copy, copyRng);
            if (copy > 0)
                seed.partTime = base.partTime;
            DemoPerson p;
            p.seed = seed;
            p.copy = copy;
            p.resource = makePerson(seed, copyRng);
            // Everyone takes leave: a personal calendar on the team's, with the year's holidays.
            {
                Calendar own;
                own.id = newId();
                own.name = seed.name;
                own.resourceId = p.resource.id;
                own.baseCalendarId = p.resource.calendarId;
                for (CalendarWeekDay &d : own.week)
                    d.inherited = true;
                const bool chinese = seed.region == Region::China;
                // Staggered over the team so that a project never loses everyone at once.
                const int shift = int(copyRng.between(0, 5)) * 7;
                auto leave = [&](QDate from, int days) {
                    CalendarException e;
                    e.name = chinese ? QStringLiteral("年假 Annual leave") : QStringLiteral("Annual leave");
                    e.fromDay = dayNumber(from);
                    e.toDay = dayNumber(from.addDays(days - 1));
                    own.exceptions.append(e);
                };
                if (chinese) {
                    leave(QDate(2025, 4, 14).addDays(shift), 5);
                    leave(QDate(2025, 8, 11).addDays(shift), 5);
                    if (seed.ownCalendar)
                        leave(QDate(2026, 2, 24), 4);
                } else {
                    leave(QDate(2025, 4, 22).addDays(shift), 4);
                    leave(QDate(2025, 7, 14).addDays(shift), 12);
                    leave(QDate(2025, 10, 20).addDays(shift), 5);
                    if (seed.ownCalendar)
                        leave(QDate(2026, 7, 20), 12);
                }
                m_calendars.insert(own.id, own);
                p.resource.calendarId = own.id;
                cs.insert(own);
            }
            cs.insert(p.resource);
            for (const RoleSkill &rs : roleSkills(seed.role, seed.region)) {
                ResourceSkill s;
                s.id = newId();
                s.resourceId = p.resource.id;
                s.skillId = m_skills[rs.skill];
                s.level = int(std::clamp<qint64>(rs.level + (seed.senior ? 1 : 0) + copyRng.between(-1, 1), 1, 5));
                cs.insert(s);
            }
            if (seed.region != Region::China && copyRng.chance(0.25)) {
                ResourceSkill s;
                s.id = newId();
                s.resourceId = p.resource.id;
                s.skillId = m_skills[24];
                s.level = int(copyRng.between(2, 5));
                cs.insert(s);
            }
            m_people.append(std::move(p));
        }
    }

    // Material and cost resources.
    auto thing = [&](const QString &name, ResourceKind kind, const QString &currency, double cost, double bill) {
        Resource r;
        r.id = newId();
        r.name = name;
        r.kind = kind;
        r.currency = currency;
        r.maxUnits = kind == ResourceKind::Material ? 1.0 : 0.0;
        r.team = QStringLiteral("Shared");
        RateEntry rate;
        rate.costPerHour = minorUnits(cost);
        rate.billPerHour = minorUnits(bill);
        r.rates = {rate};
        cs.insert(r);
    };
    thing(QStringLiteral("Travel and subsistence"), ResourceKind::Cost, QStringLiteral("EUR"), 0, 0);
    thing(QStringLiteral("Cloud hosting"), ResourceKind::Cost, QStringLiteral("USD"), 0, 0);
    thing(QStringLiteral("3D laser scanner"), ResourceKind::Material, QStringLiteral("EUR"), 45, 90);
    thing(QStringLiteral("CAD workstation licence 设计软件许可"), ResourceKind::Material, QStringLiteral("CNY"), 35, 60);

    // Clients, contacts and each client's master services agreement.
    for (int copy = 0; copy < scale; ++copy) {
        DemoRandom copyRng = rng.fork(quint64(copy) + 100001);
        for (int base = 0; base < Demo::clients().size(); ++base) {
            DemoClient dc;
            dc.seed = copy == 0 ? Demo::clients()[base] : generatedClient(base, copy, copyRng);
            dc.id = newId();
            Client c;
            c.id = dc.id;
            c.code = dc.seed.code;
            c.name = dc.seed.name;
            c.industry = dc.seed.industry;
            c.address = dc.seed.address;
            c.website = dc.seed.website;
            c.notes = dc.seed.notes;
            cs.insert(c);
            for (const ContactSeed &k : dc.seed.contacts) {
                Contact contact;
                contact.id = newId();
                contact.clientId = c.id;
                contact.name = k.name;
                contact.email = k.email;
                contact.phone = k.phone;
                contact.role = k.role;
                contact.portalAccess = k.portalAccess;
                dc.contacts.append(contact.id);
                cs.insert(contact);
            }
            const bool chinese = isChinese(dc.seed.region);
            Document msa;
            msa.id = newId();
            msa.clientId = c.id;
            msa.name = chinese ? QStringLiteral("框架服务协议 Master services agreement.md")
                               : QStringLiteral("Master services agreement.md");
            msa.mimeType = QStringLiteral("text/markdown");
            msa.currentVersion = 1;
            msa.clientVisible = true;
            cs.insert(msa);
            const QDate signedOn = QDate(2024, 9, 2).addDays(copyRng.between(0, 120));
            DocumentVersion v;
            v.id = newId();
            v.documentId = msa.id;
            v.version = 1;
            v.content = QStringLiteral("# Master services agreement\n\nBetween %1 and %2.\n\nSigned on %3. "
                                       "Term: three years. Payment: 30 days from invoice. Liability capped at the "
                                       "fees of the preceding twelve months.\n")
                            .arg(kCompanyName, c.name, signedOn.toString(Qt::ISODate))
                            .toUtf8();
            v.sha256 = QString::fromLatin1(QCryptographicHash::hash(v.content, QCryptographicHash::Sha256).toHex());
            v.createdUtcMs = utcMs(signedOn, 15, dc.seed.region);
            v.author = QStringLiteral("Legal");
            v.comment = QStringLiteral("Signed");
            cs.insert(v);
            m_clients.append(std::move(dc));
        }
    }
    return cs;
}

} // namespace Keel::Demo
