#include "fixtures.h"

#include <model/workspace.h>
#include <store/store.h>
#include <ui/workspacedocument.h>

#include <QAbstractButton>
#include <QApplication>
#include <QDate>
#include <QMessageBox>
#include <QTimer>

using namespace Keel;

namespace KeelTest {

namespace {

Minutes day(int y, int m, int d, int minute = 8 * 60)
{
    return toMinutes(QDate(y, m, d), minute);
}

} // namespace

ChangeSet insertProject(const Id &id, const QString &code, const QString &name, Phase phase, qint64 budget)
{
    Project p;
    p.id = id;
    p.code = code;
    p.name = name;
    p.phase = phase;
    p.budget = budget;
    ChangeSet cs(QStringLiteral("Insert project"));
    cs.insert(p);
    return cs;
}

ChangeSet samplePortfolio(bool chinese)
{
    auto pick = [chinese](const char *english, const char *zh) {
        return QString::fromUtf8(chinese ? zh : english);
    };
    ChangeSet cs(QStringLiteral("Sample portfolio"));

    struct ClientSpec
    {
        const char *code, *name, *industry, *website;
        int contacts;
        const char *zhName, *zhIndustry;
    };
    const ClientSpec clients[] = {
        {"MER", "Meridian Health Group", "Healthcare", "https://meridian-health.example", 3, "华康医疗集团",
         "医疗"},
        {"BSL", "Bluestone Logistics", "Transport & logistics", "https://bluestone.example", 2, "蓝石物流",
         "交通物流"},
        {"CRB", "Crescent Bank", "Financial services", "https://crescent-bank.example", 4, "新月银行",
         "金融服务"},
        {"AFA", "Alder & Finch Architects", "Architecture", "https://alderfinch.example", 1,
         "青桐建筑设计事务所", "建筑设计"},
        {"NGU", "Northgate Utilities", "Energy", "https://northgate.example", 2, "北门公用事业", "能源"},
    };
    QList<Id> clientIds;
    for (const ClientSpec &s : clients) {
        Client c;
        c.id = newId();
        c.code = QString::fromUtf8(s.code);
        c.name = pick(s.name, s.zhName);
        c.industry = pick(s.industry, s.zhIndustry);
        c.website = QString::fromUtf8(s.website);
        cs.insert(c);
        clientIds << c.id;
        for (int i = 0; i < s.contacts; ++i) {
            Contact k;
            k.id = newId();
            k.clientId = c.id;
            k.name = QStringLiteral("%1 contact %2").arg(c.code).arg(i + 1);
            k.email = QStringLiteral("contact%1@%2.example").arg(i + 1).arg(c.code.toLower());
            cs.insert(k);
        }
    }

    struct ResourceSpec
    {
        const char *name, *role, *team;
        double units;
        bool active;
        const char *zhName, *zhRole, *zhTeam;
    };
    const ResourceSpec resources[] = {
        {"Amelia Hart", "Project manager", "Delivery", 1.0, true, "林晓燕", "项目经理", "交付部"},
        {"Daniel Okafor", "Project manager", "Delivery", 1.0, true, "陈国栋", "项目经理", "交付部"},
        {"Wei Zhang", "Solution architect", "Architecture", 1.0, true, "张伟", "解决方案架构师", "架构组"},
        {"Sofia Lindqvist", "Business analyst", "Consulting", 0.8, true, "王思琪", "业务分析师", "咨询部"},
        {"Rahul Mehta", "Senior developer", "Engineering", 1.0, true, "刘洋", "高级开发工程师", "研发部"},
        {"Chloé Martin", "Developer", "Engineering", 1.0, true, "赵敏", "开发工程师", "研发部"},
        {"Tomás Ortega", "Network engineer", "Infrastructure", 1.0, true, "孙浩", "网络工程师", "基础设施部"},
        {"Hannah Becker", "Test lead", "Quality", 0.5, true, "周静", "测试主管", "质量部"},
        {"Kenji Sato", "Data engineer", "Engineering", 1.0, false, "吴磊", "数据工程师", "研发部"},
        {"Contractor pool", "Developer", "Engineering", 3.0, true, "外包资源池", "开发工程师", "研发部"},
    };
    QList<Id> resourceIds;
    for (const ResourceSpec &s : resources) {
        Resource r;
        r.id = newId();
        r.name = pick(s.name, s.zhName);
        r.role = pick(s.role, s.zhRole);
        r.team = pick(s.team, s.zhTeam);
        r.maxUnits = s.units;
        r.active = s.active;
        cs.insert(r);
        resourceIds << r.id;
    }

    struct ProjectSpec
    {
        const char *code, *name;
        int client, manager;
        Phase phase;
        Health health;
        Minutes start, finish;
        qint64 budget;
        const char *currency;
        BillingModel billing;
        const char *zhName;
    };
    const ProjectSpec projects[] = {
        {"MER-014", "Patient portal redesign", 0, 0, Phase::Execution, Health::Green, day(2024, 3, 4),
         day(2024, 11, 29, 17 * 60), 48000000, "EUR", BillingModel::FixedFee, "患者门户改版"},
        {"MER-017", "Clinical data warehouse", 0, 1, Phase::Planning, Health::Amber, day(2024, 9, 2),
         day(2025, 6, 27, 17 * 60), 126000000, "EUR", BillingModel::TimeAndMaterials, "临床数据仓库"},
        {"BSL-003", "Warehouse IoT pilot", 1, 1, Phase::Monitoring, Health::Red, day(2024, 1, 15),
         day(2024, 7, 31, 17 * 60), 21500000, "EUR", BillingModel::TimeAndMaterials, "仓储物联网试点"},
        {"BSL-005", "Route optimisation engine", 1, 0, Phase::Initiation, Health::Green, day(2024, 10, 7),
         kNoTime, 0, "EUR", BillingModel::TimeAndMaterials, "路径优化引擎"},
        {"CRB-021", "Branch network refresh", 2, 0, Phase::Execution, Health::Amber, day(2024, 2, 5),
         day(2024, 12, 20, 17 * 60), 93000000, "GBP", BillingModel::FixedFee, "网点网络升级"},
        {"CRB-022", "Security operations centre", 2, 1, Phase::Execution, Health::Green, day(2024, 4, 1),
         day(2025, 3, 28, 17 * 60), 157500000, "GBP", BillingModel::Retainer, "安全运营中心"},
        {"CRB-019", "Core banking upgrade", 2, 1, Phase::Closing, Health::Green, day(2023, 5, 8),
         day(2024, 6, 28, 17 * 60), 210000000, "GBP", BillingModel::FixedFee, "核心银行系统升级"},
        {"AFA-002", "BIM collaboration platform", 3, 0, Phase::Planning, Health::Green, day(2024, 8, 19),
         day(2025, 2, 14, 17 * 60), 18500000, "EUR", BillingModel::TimeAndMaterials, "BIM 协同平台"},
        {"NGU-008", "Grid asset survey", 4, 1, Phase::Execution, Health::Red, day(2024, 3, 18),
         day(2024, 10, 31, 17 * 60), 64000000, "EUR", BillingModel::FixedFee, "电网资产普查"},
        {"NGU-009", "Smart meter rollout support", 4, 0, Phase::Monitoring, Health::Green, day(2023, 11, 6),
         day(2025, 5, 30, 17 * 60), 305000000, "EUR", BillingModel::Retainer, "智能电表推广支持"},
        {"NGU-004", "Outage map replacement", 4, 1, Phase::Closed, Health::Green, day(2023, 2, 6),
         day(2023, 9, 29, 17 * 60), 27000000, "EUR", BillingModel::FixedFee, "停电地图替换"},
        {"INT-001", "Cloud landing zone", -1, 0, Phase::Execution, Health::Amber, day(2024, 5, 6),
         day(2024, 9, 27, 17 * 60), 9500000, "EUR", BillingModel::TimeAndMaterials, "云着陆区"},
    };
    for (const ProjectSpec &s : projects) {
        Project p;
        p.id = newId();
        p.code = QString::fromUtf8(s.code);
        p.name = pick(s.name, s.zhName);
        p.clientId = s.client >= 0 ? clientIds[s.client] : Id();
        p.managerId = resourceIds[s.manager];
        p.phase = s.phase;
        p.health = s.health;
        p.start = s.start;
        p.finish = s.finish;
        p.budget = chinese ? s.budget * 7 : s.budget;
        p.contractValue = s.budget + s.budget / 4;
        p.currency = chinese ? QStringLiteral("CNY") : QString::fromUtf8(s.currency);
        p.billingModel = s.billing;
        const QString client = s.client >= 0 ? pick(clients[s.client].name, clients[s.client].zhName)
                                             : pick("internal use", "内部使用");
        p.description = chinese ? QStringLiteral("为%1实施的%2。").arg(client, p.name)
                                : QStringLiteral("%1 for %2.").arg(p.name, client);
        cs.insert(p);
    }
    return cs;
}

std::unique_ptr<WorkspaceDocument> sampleDocument()
{
    auto document = std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Sample")));
    QString error;
    if (!document->store().apply(samplePortfolio(), &error))
        qFatal("sample portfolio refused: %s", qPrintable(error));
    return document;
}

Id projectId(const WorkspaceDocument &document, const QString &code)
{
    const Project *p = document.workspace().findProject(code);
    return p ? p->id : Id();
}

void whenModal(const std::function<void(QWidget *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        QWidget *w = QApplication::activeModalWidget();
        if (!w) {
            whenModal(fill);
            return;
        }
        fill(w);
    });
}

void MessageCatcher::arm()
{
    QTimer::singleShot(0, [this] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            texts << box->text();
            if (QAbstractButton *ok = box->button(QMessageBox::Ok))
                ok->click();
            else
                box->reject();
            return;
        }
        arm();
    });
}

} // namespace KeelTest
