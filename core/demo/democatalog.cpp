#include "democatalog.h"

#include "demorandom.h"

namespace Keel::Demo {

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

PersonSeed person(const char16_t *name, const char *email, Role role, Region region, bool senior = false,
                  double bias = 1.0)
{
    PersonSeed p;
    p.name = s(name);
    p.emailLocal = QString::fromLatin1(email);
    p.role = role;
    p.region = region;
    p.senior = senior;
    p.bias = bias;
    return p;
}

ContactSeed contact(const char16_t *name, const char *email, const char *phone, const char16_t *role, bool portal)
{
    return {s(name), QString::fromLatin1(email), QString::fromLatin1(phone), s(role), portal};
}

ModuleSeed module(const char16_t *name, Role role = Role::Developer)
{
    return {s(name), role};
}

} // namespace

const QList<PersonSeed> &people()
{
    static const QList<PersonSeed> list = [] {
        using R = Role;
        const Region eu = Region::Europe, cn = Region::China, us = Region::UnitedStates, uk = Region::UnitedKingdom;
        QList<PersonSeed> l{
            person(u"Sophie Laurent", "sophie.laurent", R::ProjectManager, eu, true),
            person(u"Daniel Meyer", "daniel.meyer", R::ProjectManager, eu),
            person(u"Emma de Vries", "emma.devries", R::BusinessAnalyst, eu),
            person(u"Lukas Becker", "lukas.becker", R::Developer, eu, true, 1.15),
            person(u"Anna Kowalska", "anna.kowalska", R::Developer, eu),
            person(u"Marco Rossi", "marco.rossi", R::SolutionArchitect, eu, true),
            person(u"Jonas Schmidt", "jonas.schmidt", R::Developer, eu),
            person(u"Elena García", "elena.garcia", R::TestEngineer, eu),
            person(u"Tom Jansen", "tom.jansen", R::DevOpsEngineer, eu),
            person(u"Lisa Müller", "lisa.mueller", R::UxDesigner, eu),
            person(u"Pieter Visser", "pieter.visser", R::ServiceDeskAnalyst, eu),
            person(u"Sara Lindqvist", "sara.lindqvist", R::DataEngineer, eu),

            person(u"张伟", "zhang.wei", R::ProjectManager, cn, true),
            person(u"李娜", "li.na", R::BusinessAnalyst, cn),
            person(u"王磊", "wang.lei", R::MechanicalEngineer, cn, false, 1.10),
            person(u"刘洋", "liu.yang", R::ElectricalEngineer, cn),
            person(u"陈静", "chen.jing", R::Developer, cn, true, 0.92),
            person(u"杨帆", "yang.fan", R::Developer, cn),
            person(u"赵敏", "zhao.min", R::TestEngineer, cn),
            person(u"黄晓明", "huang.xiaoming", R::SolutionArchitect, cn, true),
            person(u"周婷", "zhou.ting", R::ProcessEngineer, cn, true),
            person(u"吴昊", "wu.hao", R::StructuralEngineer, cn),
            person(u"徐磊", "xu.lei", R::HvacEngineer, cn),
            person(u"孙悦", "sun.yue", R::Consultant, cn),
            person(u"马超", "ma.chao", R::Consultant, cn, true),
            person(u"朱琳", "zhu.lin", R::ProjectManager, cn),
            person(u"胡军", "hu.jun", R::DevOpsEngineer, cn),
            person(u"郭芳", "guo.fang", R::CadTechnician, cn),

            person(u"Michael Johnson", "michael.johnson", R::ProjectManager, us, true),
            person(u"Jennifer Lee", "jennifer.lee", R::BusinessAnalyst, us),
            person(u"David Kim", "david.kim", R::Developer, us),
            person(u"Priya Nair", "priya.nair", R::Developer, us, true, 0.90),
            person(u"Carlos Hernández", "carlos.hernandez", R::TestEngineer, us),
            person(u"Rachel Thompson", "rachel.thompson", R::DataEngineer, us),

            person(u"James Whitaker", "james.whitaker", R::ProjectManager, uk, true),
            person(u"Olivia Bennett", "olivia.bennett", R::MechanicalEngineer, uk),
            person(u"Harry Patel", "harry.patel", R::ElectricalEngineer, uk),
            person(u"Charlotte Hughes", "charlotte.hughes", R::CadTechnician, uk),
            person(u"林梅 Lin Mei", "lin.mei", R::StructuralEngineer, uk, false, 1.05),
            person(u"Grace O'Connor", "grace.oconnor", R::HvacEngineer, uk),
        };
        l[9].partTime = true;   // Lisa Müller
        l[0].ownCalendar = true; // Sophie Laurent
        l[12].ownCalendar = true; // 张伟
        return l;
    }();
    return list;
}

const QList<ClientSeed> &clients()
{
    static const QList<ClientSeed> list{
        {QStringLiteral("NWL"), QStringLiteral("Northwind Logistics B.V."), QStringLiteral("Logistics and warehousing"),
         QStringLiteral("Waalhaven Oostzijde 85, 3087 BM Rotterdam, Netherlands"),
         QStringLiteral("https://northwind-logistics.example"),
         QStringLiteral("Key account since 2019. Framework agreement renewed in 2025; invoices monthly, 30 days."),
         Region::Europe,
         {contact(u"Pieter van Dijk", "p.vandijk@northwind-logistics.example", "+31 10 555 0142", u"Head of IT", true),
          contact(u"Maria Schulz", "m.schulz@northwind-logistics.example", "+31 10 555 0178", u"Warehouse Operations Manager", true),
          contact(u"Jan Bakker", "j.bakker@northwind-logistics.example", "+31 10 555 0110", u"Procurement", false)}},
        {QStringLiteral("HDJM"), s(u"华东精密制造有限公司"), s(u"精密制造 Precision manufacturing"),
         s(u"江苏省苏州市工业园区星湖街 328 号"), QStringLiteral("https://hdjm.example.cn"),
         s(u"汽车零部件与精密机加工。付款条件：按里程碑验收后 45 天。"),
         Region::China,
         {contact(u"王建国", "wang.jianguo@hdjm.example.cn", "+86 512 6555 0101", u"厂长 Plant Director", true),
          contact(u"陈晓燕", "chen.xiaoyan@hdjm.example.cn", "+86 512 6555 0126", u"IT 经理 IT Manager", true),
          contact(u"李明", "li.ming@hdjm.example.cn", "+86 512 6555 0188", u"设备部主管 Head of Facilities", false)}},
        {QStringLiteral("CTH"), QStringLiteral("Contoso Health"), QStringLiteral("Healthcare provider"),
         QStringLiteral("400 N Lake Shore Drive, Chicago, IL 60611, USA"), QStringLiteral("https://contoso-health.example"),
         QStringLiteral("Regional hospital network, 6 hospitals and 40 clinics. HIPAA business associate agreement in place."),
         Region::UnitedStates,
         {contact(u"Sarah Mitchell", "sarah.mitchell@contoso-health.example", "+1 312 555 0190", u"Chief Information Officer", true),
          contact(u"Kevin O'Brien", "kevin.obrien@contoso-health.example", "+1 312 555 0134", u"Clinical Applications Lead", true),
          contact(u"Laura Chen", "laura.chen@contoso-health.example", "+1 312 555 0157", u"Compliance Officer", false)}},
        {QStringLiteral("YJZX"), s(u"上海远景咨询有限公司"), s(u"专业服务 Professional services"),
         s(u"上海市浦东新区世纪大道 100 号 36 楼"), QStringLiteral("https://yuanjing.example.cn"),
         s(u"集团下属 12 家子公司，计划 2026 年启动 ERP 升级。"),
         Region::China,
         {contact(u"刘芳", "liu.fang@yuanjing.example.cn", "+86 21 5555 0168", u"合伙人 Partner", true),
          contact(u"周杰", "zhou.jie@yuanjing.example.cn", "+86 21 5555 0172", u"运营总监 Operations Director", false)}},
        {QStringLiteral("AFE"), QStringLiteral("Alder & Finch Engineering Ltd"), QStringLiteral("Real estate development"),
         QStringLiteral("22 Queen Street, Manchester M2 5HX, United Kingdom"), QStringLiteral("https://alderfinch.example.co.uk"),
         QStringLiteral("New client (2025). Developer of the Queen Street headquarters building, 9 storeys, BREEAM Excellent."),
         Region::UnitedKingdom,
         {contact(u"Eleanor Shaw", "eleanor.shaw@alderfinch.example.co.uk", "+44 161 555 0123", u"Development Director", true),
          contact(u"George Patel", "george.patel@alderfinch.example.co.uk", "+44 161 555 0145", u"Facilities Manager", false)}},
    };
    return list;
}

const QList<SkillSeed> &skills()
{
    static const QList<SkillSeed> list{
        {QStringLiteral("Project management (PRINCE2, PMP)"), QStringLiteral("Management")},  // 0
        {QStringLiteral("Agile delivery (Scrum)"), QStringLiteral("Management")},             // 1
        {QStringLiteral("Business analysis"), QStringLiteral("Analysis")},                    // 2
        {QStringLiteral("Process modelling (BPMN)"), QStringLiteral("Analysis")},             // 3
        {QStringLiteral("Solution architecture"), QStringLiteral("Technology")},              // 4
        {QStringLiteral("Java"), QStringLiteral("Technology")},                               // 5
        {QStringLiteral("C# / .NET"), QStringLiteral("Technology")},                          // 6
        {QStringLiteral("Python"), QStringLiteral("Technology")},                             // 7
        {QStringLiteral("SQL and databases"), QStringLiteral("Technology")},                  // 8
        {QStringLiteral("React / TypeScript"), QStringLiteral("Technology")},                 // 9
        {QStringLiteral("Test automation"), QStringLiteral("Quality")},                       // 10
        {QStringLiteral("Performance testing"), QStringLiteral("Quality")},                   // 11
        {QStringLiteral("UX and UI design"), QStringLiteral("Design")},                       // 12
        {QStringLiteral("Cloud and DevOps (Azure, Kubernetes)"), QStringLiteral("Technology")}, // 13
        {QStringLiteral("Data engineering (ETL)"), QStringLiteral("Technology")},             // 14
        {QStringLiteral("IT service management (ITIL 4)"), QStringLiteral("Service")},        // 15
        {QStringLiteral("Mechanical design (SolidWorks)"), QStringLiteral("Engineering")},    // 16
        {QStringLiteral("Electrical design (EPLAN)"), QStringLiteral("Engineering")},         // 17
        {QStringLiteral("HVAC and MEP design"), QStringLiteral("Engineering")},               // 18
        {QStringLiteral("Structural analysis"), QStringLiteral("Engineering")},               // 19
        {QStringLiteral("BIM (Revit) and AutoCAD"), QStringLiteral("Engineering")},           // 20
        {QStringLiteral("Process and layout engineering 工艺布局"), QStringLiteral("Engineering")}, // 21
        {QStringLiteral("Management consulting"), QStringLiteral("Consulting")},              // 22
        {QStringLiteral("Mandarin Chinese 普通话"), QStringLiteral("Language")},              // 23
        {QStringLiteral("German"), QStringLiteral("Language")},                               // 24
        {QStringLiteral("HL7 / FHIR"), QStringLiteral("Domain")},                             // 25
        {QStringLiteral("SAP S/4HANA"), QStringLiteral("Domain")},                            // 26
        {QStringLiteral("Warehouse logistics"), QStringLiteral("Domain")},                    // 27
    };
    return list;
}

QList<RoleSkill> roleSkills(Role role, Region region)
{
    QList<RoleSkill> list;
    switch (role) {
    case Role::ProjectManager:
        list = {{0, 4}, {1, 3}};
        break;
    case Role::BusinessAnalyst:
        list = {{2, 4}, {3, 3}, {8, 2}};
        if (region == Region::Europe)
            list.append({27, 3});
        break;
    case Role::SolutionArchitect:
        list = {{4, 5}, {13, 3}, {5, 3}, {8, 3}};
        break;
    case Role::Developer:
        if (region == Region::UnitedStates)
            list = {{6, 4}, {8, 3}, {9, 3}, {25, 2}};
        else
            list = {{5, 4}, {8, 3}, {9, 3}, {7, 2}};
        break;
    case Role::TestEngineer:
        list = {{10, 4}, {11, 3}, {8, 2}};
        break;
    case Role::UxDesigner:
        list = {{12, 5}, {9, 2}};
        break;
    case Role::DevOpsEngineer:
        list = {{13, 4}, {7, 3}};
        break;
    case Role::DataEngineer:
        list = {{14, 4}, {8, 4}, {7, 3}};
        if (region == Region::UnitedStates)
            list.append({25, 3});
        break;
    case Role::ServiceDeskAnalyst:
        list = {{15, 4}, {8, 2}, {27, 2}};
        break;
    case Role::Consultant:
        list = {{22, 4}, {3, 3}, {26, 3}, {0, 2}};
        break;
    case Role::MechanicalEngineer:
        list = {{16, 4}, {20, 3}, {18, 2}};
        break;
    case Role::ElectricalEngineer:
        list = {{17, 4}, {20, 2}};
        break;
    case Role::ProcessEngineer:
        list = {{21, 4}, {16, 2}, {20, 2}};
        break;
    case Role::StructuralEngineer:
        list = {{19, 4}, {20, 3}};
        break;
    case Role::HvacEngineer:
        list = {{18, 4}, {20, 3}};
        break;
    case Role::CadTechnician:
        list = {{20, 5}};
        break;
    case Role::None:
        break;
    }
    if (region == Region::China)
        list.append({23, 5});
    return list;
}

std::pair<int, int> roleRatesEur(Role role)
{
    switch (role) {
    case Role::ProjectManager: return {68, 135};
    case Role::BusinessAnalyst: return {55, 110};
    case Role::SolutionArchitect: return {80, 165};
    case Role::Developer: return {52, 105};
    case Role::TestEngineer: return {45, 90};
    case Role::UxDesigner: return {50, 100};
    case Role::DevOpsEngineer: return {58, 115};
    case Role::DataEngineer: return {60, 120};
    case Role::ServiceDeskAnalyst: return {34, 65};
    case Role::Consultant: return {75, 170};
    case Role::MechanicalEngineer: return {55, 105};
    case Role::ElectricalEngineer: return {55, 105};
    case Role::ProcessEngineer: return {58, 110};
    case Role::StructuralEngineer: return {60, 115};
    case Role::HvacEngineer: return {55, 105};
    case Role::CadTechnician: return {38, 70};
    case Role::None: break;
    }
    return {50, 100};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::ProjectManager: return QStringLiteral("Project Manager");
    case Role::BusinessAnalyst: return QStringLiteral("Business Analyst");
    case Role::SolutionArchitect: return QStringLiteral("Solution Architect");
    case Role::Developer: return QStringLiteral("Software Developer");
    case Role::TestEngineer: return QStringLiteral("Test Engineer");
    case Role::UxDesigner: return QStringLiteral("UX Designer");
    case Role::DevOpsEngineer: return QStringLiteral("DevOps Engineer");
    case Role::DataEngineer: return QStringLiteral("Data Engineer");
    case Role::ServiceDeskAnalyst: return QStringLiteral("Service Desk Analyst");
    case Role::Consultant: return QStringLiteral("Management Consultant");
    case Role::MechanicalEngineer: return QStringLiteral("Mechanical Engineer");
    case Role::ElectricalEngineer: return QStringLiteral("Electrical Engineer");
    case Role::ProcessEngineer: return QStringLiteral("Process Engineer");
    case Role::StructuralEngineer: return QStringLiteral("Structural Engineer");
    case Role::HvacEngineer: return QStringLiteral("HVAC Engineer");
    case Role::CadTechnician: return QStringLiteral("CAD / BIM Technician");
    case Role::None: break;
    }
    return {};
}

bool isChinese(Region region)
{
    return region == Region::China;
}

QString currencyOf(Region region)
{
    switch (region) {
    case Region::Europe: return QStringLiteral("EUR");
    case Region::China: return QStringLiteral("CNY");
    case Region::UnitedStates: return QStringLiteral("USD");
    case Region::UnitedKingdom: return QStringLiteral("GBP");
    }
    return QStringLiteral("EUR");
}

int utcOffsetMinutes(Region region)
{
    switch (region) {
    case Region::Europe: return 60;
    case Region::China: return 480;
    case Region::UnitedStates: return -360;
    case Region::UnitedKingdom: return 0;
    }
    return 0;
}

double perEuro(const QString &currency)
{
    if (currency == u"CNY")
        return 7.8;
    if (currency == u"USD")
        return 1.08;
    if (currency == u"GBP")
        return 0.85;
    return 1.0;
}

QString teamOf(Region region, Role role)
{
    const bool engineering = role >= Role::MechanicalEngineer && role <= Role::CadTechnician;
    switch (region) {
    case Region::Europe:
        if (role == Role::ServiceDeskAnalyst)
            return QStringLiteral("Managed Services (Amsterdam)");
        return QStringLiteral("Delivery Europe (Amsterdam)");
    case Region::China:
        if (engineering)
            return s(u"工程设计部 Engineering Design (Suzhou)");
        if (role == Role::Consultant)
            return s(u"咨询部 Consulting (Shanghai)");
        return s(u"交付中心 Delivery China (Shanghai)");
    case Region::UnitedStates:
        return QStringLiteral("Delivery Americas (Chicago)");
    case Region::UnitedKingdom:
        return QStringLiteral("Engineering UK (Manchester)");
    }
    return {};
}

const QList<ProjectSeed> &projects()
{
    static const QList<ProjectSeed> list = [] {
        using R = Role;
        QList<ProjectSeed> l;
        {
            ProjectSeed p;
            p.code = QStringLiteral("NWL-WMS");
            p.name = QStringLiteral("Warehouse management system rollout");
            p.client = 0;
            p.kind = ProjectKind::ItImplementation;
            p.phase = Phase::Closed;
            p.billing = BillingModel::FixedFee;
            p.start = QDate(2025, 1, 13);
            p.modules = {module(u"Inbound receiving"), module(u"Putaway and storage"), module(u"Order picking"),
                         module(u"Outbound shipping"), module(u"Inventory control"), module(u"Carrier integration")};
            p.scope = QStringLiteral(
                "Replace the legacy warehouse system of the Rotterdam and Venlo distribution centres with a cloud WMS: "
                "inbound receiving, putaway, picking, shipping and inventory control; interfaces to SAP S/4HANA and to "
                "three parcel carriers; migration of item and location master data; training of 120 warehouse staff. "
                "Out of scope: transport management, yard management, hardware procurement.");
            p.description = QStringLiteral("Fixed-fee implementation, go-live before the peak season.");
            p.priority = 700;
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("HDJM-LINE");
            p.name = s(u"二号工厂自动化产线改造工程设计");
            p.client = 1;
            p.kind = ProjectKind::EngineeringDesign;
            p.phase = Phase::Closed;
            p.billing = BillingModel::FixedFee;
            p.start = QDate(2025, 2, 10);
            p.modules = {module(u"工艺布局", R::ProcessEngineer), module(u"结构", R::StructuralEngineer),
                         module(u"机械", R::MechanicalEngineer), module(u"电气", R::ElectricalEngineer),
                         module(u"暖通", R::HvacEngineer), module(u"给排水", R::MechanicalEngineer)};
            p.scope = s(u"苏州二号工厂 8,000 平方米车间的自动化产线改造工程设计：工艺布局、结构加固、设备基础、"
                        u"电气与自动化控制、暖通及给排水专业的方案设计、初步设计与施工图设计，以及施工配合。"
                        u"不含：设备采购、施工总承包、消防报审。");
            p.description = s(u"固定总价合同，按方案、初设、施工图三个里程碑付款。");
            p.priority = 600;
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("CTH-PORTAL");
            p.name = QStringLiteral("Patient portal");
            p.client = 2;
            p.kind = ProjectKind::ItImplementation;
            p.phase = Phase::Closing;
            p.billing = BillingModel::TimeAndMaterials;
            p.progress = 0.985;
            p.modules = {module(u"Patient registration"), module(u"Appointment booking"), module(u"Secure messaging"),
                         module(u"Test results"), module(u"Billing and payments")};
            p.scope = QStringLiteral(
                "A web and mobile patient portal on top of the existing EHR: registration with identity proofing, "
                "appointment booking for 40 clinics, secure messaging with care teams, release of lab results, and "
                "online bill payment. HIPAA-compliant hosting and audit logging. Out of scope: telehealth video.");
            p.description = QStringLiteral("Time and materials with a not-to-exceed estimate; monthly invoicing.");
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("YJZX-DT");
            p.name = s(u"数字化转型咨询与 ERP 选型");
            p.client = 3;
            p.kind = ProjectKind::Consulting;
            p.phase = Phase::Monitoring;
            p.billing = BillingModel::TimeAndMaterials;
            p.progress = 0.6;
            p.modules = {module(u"财务管理", R::Consultant), module(u"供应链管理", R::Consultant),
                         module(u"销售与客户服务", R::Consultant), module(u"人力资源", R::Consultant),
                         module(u"IT 治理", R::SolutionArchitect)};
            p.scope = s(u"对集团 12 家子公司开展数字化现状诊断，设计财务、供应链、销售、人力资源与 IT 治理的目标蓝图，"
                        u"完成 ERP 选型（三家供应商演示评估）并输出三年实施路线图与投资回报分析。");
            p.description = s(u"按人天计费，每月结算。");
            p.story = Health::Amber;
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("NWL-AMS");
            p.name = QStringLiteral("Application managed services 2025–2026");
            p.client = 0;
            p.kind = ProjectKind::ManagedService;
            p.phase = Phase::Execution;
            p.billing = BillingModel::Retainer;
            p.start = QDate(2025, 6, 2);
            p.scope = QStringLiteral(
                "Second- and third-line support of the WMS and its interfaces, 08:00–17:00 CET on working days: "
                "incident and service request handling (P1 response within 30 minutes), monthly patching, up to 40 "
                "hours of minor enhancements a month, and a monthly service report and review.");
            p.description = QStringLiteral("Monthly retainer; enhancements beyond 40 hours a month are billed separately.");
            p.priority = 800;
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("CTH-DATA");
            p.name = QStringLiteral("Clinical data platform migration");
            p.client = 2;
            p.kind = ProjectKind::ItImplementation;
            p.phase = Phase::Execution;
            p.billing = BillingModel::FixedFee;
            p.progress = 0.3;
            p.modules = {module(u"Patient master data"), module(u"Encounters and admissions"),
                         module(u"Laboratory results"), module(u"Pharmacy orders"), module(u"Claims and billing"),
                         module(u"Analytics data marts")};
            p.scope = QStringLiteral(
                "Move the clinical data warehouse from on-premises SQL Server to a cloud lakehouse: ingestion of six "
                "source domains via HL7/FHIR and batch extracts, data quality rules, de-identified analytics marts, "
                "and decommissioning of the old warehouse. Out of scope: new dashboards beyond the 12 existing ones.");
            p.description = QStringLiteral("Fixed fee in four payment milestones.");
            p.priority = 650;
            p.story = Health::Red;
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("HDJM-MES");
            p.name = s(u"MES 制造执行系统集成");
            p.client = 1;
            p.kind = ProjectKind::ItImplementation;
            p.phase = Phase::Planning;
            p.billing = BillingModel::FixedFee;
            p.start = QDate(2026, 2, 2);
            p.modules = {module(u"生产计划排程"), module(u"工单管理"), module(u"质量管理"), module(u"设备管理"),
                         module(u"仓储物流"), module(u"数据采集与看板")};
            p.scope = s(u"在二号工厂新产线上线 MES：生产计划排程、工单与报工、质量检验与追溯、设备 OEE、"
                        u"线边仓物流，以及与 SAP ERP 和 PLC 数据采集的集成。不含：一号工厂推广。");
            p.description = s(u"固定总价，计划于 2026 年二季度末上线。");
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("AFE-HQ");
            p.name = QStringLiteral("Queen Street headquarters MEP design");
            p.client = 4;
            p.kind = ProjectKind::EngineeringDesign;
            p.phase = Phase::Initiation;
            p.billing = BillingModel::FixedFee;
            p.start = QDate(2026, 3, 2);
            p.modules = {module(u"Mechanical services (HVAC)", R::HvacEngineer),
                         module(u"Electrical services", R::ElectricalEngineer),
                         module(u"Public health engineering", R::MechanicalEngineer),
                         module(u"Fire protection", R::MechanicalEngineer),
                         module(u"Structural coordination", R::StructuralEngineer)};
            p.scope = QStringLiteral(
                "Mechanical, electrical and public health (MEP) design for the refurbishment of a 9-storey 1970s office "
                "building into the client's headquarters, RIBA stages 2 to 4: "
                "concept, spatial coordination and technical design, BIM level 2 model, tender documents, and support "
                "during construction. Target BREEAM Excellent.");
            p.description = QStringLiteral("Proposal under negotiation; fee per RIBA stage.");
            l.append(p);
        }

        // Earlier engagements of 2025 for the same clients: the history the year's utilisation,
        // profitability and the forecasts' calibration rest on.
        {
            ProjectSeed p;
            p.code = QStringLiteral("AFE-LAB");
            p.name = QStringLiteral("Riverside laboratory fit-out design");
            p.client = 4;
            p.kind = ProjectKind::EngineeringDesign;
            p.phase = Phase::Closed;
            p.billing = BillingModel::FixedFee;
            p.start = QDate(2025, 1, 20);
            p.modules = {module(u"Laboratory ventilation", R::HvacEngineer),
                         module(u"Electrical and data", R::ElectricalEngineer),
                         module(u"Laboratory gases and drainage", R::MechanicalEngineer),
                         module(u"Structural openings", R::StructuralEngineer)};
            p.scope = QStringLiteral(
                "MEP design for the fit-out of two floors of an existing building as wet and dry laboratories: fume "
                "cupboard extract, laboratory gases, trade waste drainage, power and data, RIBA stages 3 and 4.");
            p.description = QStringLiteral("Fixed fee per RIBA stage.");
            p.priority = 550;
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("AFE-SCH");
            p.name = QStringLiteral("Oakfield school extension services design");
            p.client = 4;
            p.kind = ProjectKind::EngineeringDesign;
            p.phase = Phase::Closed;
            p.billing = BillingModel::FixedFee;
            p.start = QDate(2025, 6, 30);
            p.modules = {module(u"Heating and ventilation", R::HvacEngineer),
                         module(u"Lighting and small power", R::ElectricalEngineer),
                         module(u"Public health engineering", R::MechanicalEngineer),
                         module(u"Structural coordination", R::StructuralEngineer)};
            p.scope = QStringLiteral(
                "Building services for a two-storey, twelve-classroom extension: low-carbon heating, natural and "
                "mechanical ventilation, lighting, small power, water services and drainage; tender package.");
            p.description = QStringLiteral("Fixed fee; tender issue in November.");
            p.priority = 500;
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("CTH-CHECKIN");
            p.name = QStringLiteral("Self-service check-in kiosks");
            p.client = 2;
            p.kind = ProjectKind::ItImplementation;
            p.phase = Phase::Closed;
            p.billing = BillingModel::TimeAndMaterials;
            p.start = QDate(2025, 1, 13);
            p.modules = {module(u"Kiosk application"), module(u"Insurance verification"), module(u"EHR integration"),
                         module(u"Device management")};
            p.scope = QStringLiteral(
                "Check-in kiosks for 14 outpatient clinics: identification, insurance eligibility check, co-payment, "
                "and arrival messages to the EHR; remote device management. Out of scope: kiosk hardware.");
            p.description = QStringLiteral("Time and materials; monthly invoicing.");
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("NWL-EDI");
            p.name = QStringLiteral("Carrier EDI hub");
            p.client = 0;
            p.kind = ProjectKind::ItImplementation;
            p.phase = Phase::Closed;
            p.billing = BillingModel::FixedFee;
            p.start = QDate(2025, 6, 16);
            p.modules = {module(u"Message mapping"), module(u"Partner onboarding"), module(u"Monitoring and alerts"),
                         module(u"Archive and audit")};
            p.scope = QStringLiteral(
                "One EDI hub for the parcel and freight carriers: EDIFACT and API message mapping, onboarding of 11 "
                "carriers, monitoring with alerts, seven-year message archive.");
            p.description = QStringLiteral("Fixed fee, two payment milestones.");
            p.priority = 600;
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("YJZX-BI");
            p.name = s(u"集团经营分析平台");
            p.client = 3;
            p.kind = ProjectKind::ItImplementation;
            p.phase = Phase::Closed;
            p.billing = BillingModel::FixedFee;
            p.start = QDate(2025, 3, 3);
            p.modules = {module(u"数据集成"), module(u"财务分析"), module(u"销售分析"), module(u"管理驾驶舱")};
            p.scope = s(u"建设集团经营分析平台：12 家子公司财务与销售数据集成、指标体系、财务与销售分析报表、"
                        u"管理驾驶舱及移动端查看。不含：预算编制系统。");
            p.description = s(u"固定总价，上线验收后付尾款。");
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("HDJM-WH");
            p.name = s(u"三号仓库扩建工程设计");
            p.client = 1;
            p.kind = ProjectKind::EngineeringDesign;
            p.phase = Phase::Execution;
            p.billing = BillingModel::FixedFee;
            p.progress = 0.55;
            p.modules = {module(u"建筑与结构", R::StructuralEngineer), module(u"消防与给排水", R::MechanicalEngineer),
                         module(u"电气", R::ElectricalEngineer), module(u"暖通", R::HvacEngineer)};
            p.scope = s(u"苏州三号仓库 12,000 平方米扩建的工程设计：结构、消防与给排水、电气、暖通专业的初步设计与"
                        u"施工图设计，以及施工配合。不含：立体库设备。");
            p.description = s(u"固定总价，按初设、施工图两个里程碑付款。");
            l.append(p);
        }
        {
            ProjectSeed p;
            p.code = QStringLiteral("HDJM-LEAN");
            p.name = s(u"精益运营诊断");
            p.client = 1;
            p.kind = ProjectKind::Consulting;
            p.phase = Phase::Closed;
            p.billing = BillingModel::TimeAndMaterials;
            p.start = QDate(2025, 4, 7);
            p.modules = {module(u"生产运营", R::Consultant), module(u"质量体系", R::Consultant),
                         module(u"供应链协同", R::Consultant)};
            p.scope = s(u"对一号、二号工厂开展精益运营诊断：价值流分析、质量体系评估、供应链协同改进建议，"
                        u"输出改进路线图。");
            p.description = s(u"按人天计费，每月结算。");
            l.append(p);
        }
        return l;
    }();
    return list;
}

PersonSeed generatedPerson(Region region, Role role, int copy, DemoRandom &rng)
{
    static const QList<std::pair<QString, QString>> chineseSurnames{
        {s(u"王"), QStringLiteral("wang")}, {s(u"李"), QStringLiteral("li")}, {s(u"张"), QStringLiteral("zhang")},
        {s(u"刘"), QStringLiteral("liu")}, {s(u"陈"), QStringLiteral("chen")}, {s(u"杨"), QStringLiteral("yang")},
        {s(u"赵"), QStringLiteral("zhao")}, {s(u"黄"), QStringLiteral("huang")}, {s(u"周"), QStringLiteral("zhou")},
        {s(u"吴"), QStringLiteral("wu")}, {s(u"徐"), QStringLiteral("xu")}, {s(u"孙"), QStringLiteral("sun")},
        {s(u"胡"), QStringLiteral("hu")}, {s(u"朱"), QStringLiteral("zhu")}, {s(u"高"), QStringLiteral("gao")},
        {s(u"林"), QStringLiteral("lin")}, {s(u"何"), QStringLiteral("he")}, {s(u"郭"), QStringLiteral("guo")},
        {s(u"马"), QStringLiteral("ma")}, {s(u"罗"), QStringLiteral("luo")}};
    static const QList<std::pair<QString, QString>> chineseGiven{
        {s(u"伟"), QStringLiteral("wei")}, {s(u"芳"), QStringLiteral("fang")}, {s(u"娜"), QStringLiteral("na")},
        {s(u"敏"), QStringLiteral("min")}, {s(u"静"), QStringLiteral("jing")}, {s(u"磊"), QStringLiteral("lei")},
        {s(u"强"), QStringLiteral("qiang")}, {s(u"洋"), QStringLiteral("yang")}, {s(u"艳"), QStringLiteral("yan")},
        {s(u"勇"), QStringLiteral("yong")}, {s(u"军"), QStringLiteral("jun")}, {s(u"杰"), QStringLiteral("jie")},
        {s(u"婷"), QStringLiteral("ting")}, {s(u"浩然"), QStringLiteral("haoran")}, {s(u"子涵"), QStringLiteral("zihan")},
        {s(u"雨桐"), QStringLiteral("yutong")}, {s(u"思远"), QStringLiteral("siyuan")}, {s(u"佳怡"), QStringLiteral("jiayi")},
        {s(u"建华"), QStringLiteral("jianhua")}, {s(u"晓东"), QStringLiteral("xiaodong")}, {s(u"欣然"), QStringLiteral("xinran")},
        {s(u"宇航"), QStringLiteral("yuhang")}, {s(u"梦琪"), QStringLiteral("mengqi")}, {s(u"志强"), QStringLiteral("zhiqiang")}};
    static const QStringList europeFirst{
        QStringLiteral("Anna"), QStringLiteral("Bram"), QStringLiteral("Clara"), QStringLiteral("Daan"),
        QStringLiteral("Eva"), QStringLiteral("Felix"), QStringLiteral("Greta"), QStringLiteral("Hugo"),
        QStringLiteral("Ines"), QStringLiteral("Julien"), QStringLiteral("Katarzyna"), QStringLiteral("Lars"),
        QStringLiteral("Mila"), QStringLiteral("Niels"), QStringLiteral("Olga"), QStringLiteral("Paolo"),
        QStringLiteral("Rosa"), QStringLiteral("Stefan"), QStringLiteral("Tessa"), QStringLiteral("Viktor")};
    static const QStringList europeLast{
        QStringLiteral("Bakker"), QStringLiteral("Dubois"), QStringLiteral("Fischer"), QStringLiteral("Hansen"),
        QStringLiteral("Jansen"), QStringLiteral("Kovač"), QStringLiteral("Lambert"), QStringLiteral("Martens"),
        QStringLiteral("Nowak"), QStringLiteral("Peeters"), QStringLiteral("Romano"), QStringLiteral("Schneider"),
        QStringLiteral("Smit"), QStringLiteral("Vermeulen"), QStringLiteral("Weber"), QStringLiteral("Zielińska")};
    static const QStringList englishFirst{
        QStringLiteral("Aaron"), QStringLiteral("Beth"), QStringLiteral("Chris"), QStringLiteral("Dana"),
        QStringLiteral("Ethan"), QStringLiteral("Fiona"), QStringLiteral("Grace"), QStringLiteral("Henry"),
        QStringLiteral("Isla"), QStringLiteral("Jack"), QStringLiteral("Kate"), QStringLiteral("Liam"),
        QStringLiteral("Maya"), QStringLiteral("Noah"), QStringLiteral("Olivia"), QStringLiteral("Ravi"),
        QStringLiteral("Sam"), QStringLiteral("Tara"), QStringLiteral("Uma"), QStringLiteral("Will")};
    static const QStringList englishLast{
        QStringLiteral("Adams"), QStringLiteral("Brooks"), QStringLiteral("Clarke"), QStringLiteral("Davies"),
        QStringLiteral("Evans"), QStringLiteral("Garcia"), QStringLiteral("Hughes"), QStringLiteral("Khan"),
        QStringLiteral("Lopez"), QStringLiteral("Morgan"), QStringLiteral("Nguyen"), QStringLiteral("Owens"),
        QStringLiteral("Park"), QStringLiteral("Reed"), QStringLiteral("Shah"), QStringLiteral("Turner")};

    PersonSeed p;
    p.role = role;
    p.region = region;
    p.senior = rng.chance(0.3);
    p.bias = rng.chance(0.15) ? 1.0 + 0.05 * double(rng.between(-2, 3)) : 1.0;
    const QString suffix = QString::number(copy + 1);
    if (region == Region::China) {
        const auto &sur = rng.pick(chineseSurnames);
        const auto &given = rng.pick(chineseGiven);
        p.name = sur.first + given.first;
        p.emailLocal = given.second + u'.' + sur.second + suffix;
    } else {
        const bool europe = region == Region::Europe;
        const QString first = rng.pick(europe ? europeFirst : englishFirst);
        const QString last = rng.pick(europe ? europeLast : englishLast);
        p.name = first + u' ' + last;
        QString local = (first + u'.' + last).toLower();
        local.replace(u'č', u'c');
        local.replace(u'ń', u'n');
        p.emailLocal = local + suffix;
    }
    return p;
}

ClientSeed generatedClient(int base, int copy, DemoRandom &rng)
{
    static const QStringList westernNames{
        QStringLiteral("Fabrikam"), QStringLiteral("Litware"), QStringLiteral("Tailspin"), QStringLiteral("Woodgrove"),
        QStringLiteral("Adventure Works"), QStringLiteral("Proseware"), QStringLiteral("Lamna"), QStringLiteral("Trey Research"),
        QStringLiteral("Wingtip"), QStringLiteral("Fourth Coffee"), QStringLiteral("Humongous"), QStringLiteral("Alpine"),
        QStringLiteral("Coho"), QStringLiteral("Wide World"), QStringLiteral("Blue Yonder"), QStringLiteral("Graphic Design"),
        QStringLiteral("Relecloud"), QStringLiteral("VanArsdel"), QStringLiteral("Datum"), QStringLiteral("Bellows")};
    static const QStringList chinesePlaces{s(u"华北"), s(u"华南"), s(u"西部"), s(u"东方"), s(u"长江"), s(u"珠江"),
                                           s(u"中原"), s(u"北方"), s(u"江南"), s(u"海西"), s(u"齐鲁"), s(u"巴蜀")};
    static const QStringList chineseTrades{s(u"智能装备"), s(u"新材料"), s(u"医药"), s(u"物流"), s(u"能源"),
                                           s(u"汽车零部件"), s(u"电子科技"), s(u"食品"), s(u"建设"), s(u"咨询")};
    ClientSeed c = clients()[base];
    const QString n = QString::number(copy + 1);
    c.code = c.code + n;
    if (c.region == Region::China) {
        const QString place = rng.pick(chinesePlaces);
        const QString trade = rng.pick(chineseTrades);
        c.name = place + trade + s(u"有限公司");
    } else {
        static const QStringList europeTrades{QStringLiteral("Logistics B.V."), QStringLiteral("Retail GmbH"),
                                              QStringLiteral("Energy N.V."), QStringLiteral("Foods S.A.")};
        static const QStringList usTrades{QStringLiteral("Health"), QStringLiteral("Insurance"),
                                          QStringLiteral("Bank"), QStringLiteral("Medical Group")};
        static const QStringList ukTrades{QStringLiteral("Properties Ltd"), QStringLiteral("Developments plc"),
                                          QStringLiteral("Estates Ltd")};
        const QStringList &trades = c.region == Region::Europe ? europeTrades
            : c.region == Region::UnitedStates                 ? usTrades
                                                               : ukTrades;
        c.name = rng.pick(westernNames) + u' ' + rng.pick(trades);
    }
    const QString domain = c.code.toLower() + QStringLiteral(".example");
    c.website = QStringLiteral("https://") + domain;
    for (qsizetype i = 0; i < c.contacts.size(); ++i) {
        ContactSeed &k = c.contacts[i];
        const qsizetype at = k.email.indexOf(u'@');
        k.email = k.email.left(at) + u'@' + domain;
    }
    return c;
}

} // namespace Keel::Demo
