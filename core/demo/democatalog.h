#pragma once
// The demo's fixed content: the people of the demo company, its clients and their contacts, skills,
// and the eight project briefs; plus name pools from which larger scales draw more of each.
// Everything here is data; DemoGenerator decides what is inserted.

#include <model/enums.h>

#include <QDate>
#include <QList>
#include <QString>

namespace Keel {

class DemoRandom;

namespace Demo {

enum class Region { Europe, China, UnitedStates, UnitedKingdom };

enum class Role {
    ProjectManager,
    BusinessAnalyst,
    SolutionArchitect,
    Developer,
    TestEngineer,
    UxDesigner,
    DevOpsEngineer,
    DataEngineer,
    ServiceDeskAnalyst,
    Consultant,
    MechanicalEngineer,
    ElectricalEngineer,
    ProcessEngineer,
    StructuralEngineer,
    HvacEngineer,
    CadTechnician,
    None
};

enum class ProjectKind { ItImplementation, EngineeringDesign, Consulting, ManagedService };

struct PersonSeed
{
    QString name;
    QString emailLocal;     ///< before the @
    Role role = Role::Developer;
    Region region = Region::Europe;
    bool senior = false;
    bool partTime = false;
    /// How much more (> 1) or less (< 1) work this person needs than planned, on every task.
    double bias = 1.0;
    bool ownCalendar = false; ///< has a personal calendar with planned leave
};

struct ContactSeed
{
    QString name;
    QString email;
    QString phone;
    QString role;
    bool portalAccess = false;
};

struct ClientSeed
{
    QString code;
    QString name;
    QString industry;
    QString address;
    QString website;
    QString notes;
    Region region = Region::Europe;
    QList<ContactSeed> contacts;
};

struct SkillSeed
{
    QString name;
    QString category;
};

/// A skill a role brings, with the usual level.
struct RoleSkill
{
    int skill = 0;  ///< index into skills()
    int level = 3;
};

struct ModuleSeed
{
    QString name;           ///< module, discipline, domain or (managed services) unused
    Role role = Role::Developer;
};

struct ProjectSeed
{
    QString code;
    QString name;
    int client = 0;         ///< index into clients()
    ProjectKind kind = ProjectKind::ItImplementation;
    Phase phase = Phase::Execution;
    BillingModel billing = BillingModel::FixedFee;
    /// Either a fixed start, or (invalid start) the share of the work done at demoToday().
    QDate start;
    double progress = 0.5;
    QList<ModuleSeed> modules;
    QString scope;
    QString description;
    int priority = 500;
    /// The health the project's story leads to at demoToday(): green projects were estimated with
    /// what the closed ones taught (their actuals match the plan) and keep their risks in check; an
    /// amber one has one high risk and some slip; a red one overruns and carries two high risks.
    Health story = Health::Green;
};

const QList<PersonSeed> &people();
const QList<ClientSeed> &clients();
const QList<SkillSeed> &skills();
const QList<ProjectSeed> &projects();

QString roleName(Role role);
/// Skills a role brings; the first is the one a task for the role asks for.
QList<RoleSkill> roleSkills(Role role, Region region);
/// Cost and bill rate per hour in whole euros for a role.
std::pair<int, int> roleRatesEur(Role role);

bool isChinese(Region region);
QString currencyOf(Region region);
/// Minutes to add to UTC for local wall-clock time (winter time).
int utcOffsetMinutes(Region region);
QString teamOf(Region region, Role role);
/// Units of a currency worth one euro.
double perEuro(const QString &currency);

/// A made-up person for larger scales, in the region's naming style.
PersonSeed generatedPerson(Region region, Role role, int copy, DemoRandom &rng);
/// A made-up client for larger scales, modelled on clients()[base].
ClientSeed generatedClient(int base, int copy, DemoRandom &rng);

inline const QString kEmailDomain = QStringLiteral("meridian-services.example");
inline const QString kCompanyName = QStringLiteral("Meridian Services · 子午线服务");

} // namespace Demo

} // namespace Keel
