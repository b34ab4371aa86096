#include "demoplan.h"

#include "demorandom.h"
#include "demoworktime.h"

#include <QLocale>

namespace Keel::Demo {

namespace {

constexpr Minutes kDay = 480;

class PlanBuilder
{
public:
    PlanBuilder(bool chinese, DemoRandom &rng) : m_chinese(chinese), m_rng(rng) {}

    QString t(const char16_t *en, const char16_t *zh) const { return QString::fromUtf16(m_chinese ? zh : en); }
    QString t(const char16_t *en, const char16_t *zh, const QString &arg) const { return t(en, zh).arg(arg); }

    int summary(int parent, const QString &name, bool clientVisible = false)
    {
        PlanNode n;
        n.parent = parent;
        n.name = name;
        n.clientVisible = clientVisible;
        return add(std::move(n));
    }
    /// A task of `lo`..`hi` days (in half days) for `role`.
    int task(int parent, const QString &name, const char *category, Role role, double lo, double hi,
             double units = 1.0, int module = -1)
    {
        PlanNode n;
        n.parent = parent;
        n.name = name;
        n.category = QString::fromLatin1(category);
        n.role = role;
        n.units = units;
        n.module = module;
        // The substance of a deliverable takes weeks, not days.
        const double scale = n.category == u"Build" || n.category == u"Test" || n.category == u"Design" ? 1.8
            : n.category == u"Analysis"                                                         ? 1.3
                                                                                                : 1.0;
        n.duration = m_rng.between(qint64(lo * 2 * scale), qint64(hi * 2 * scale)) * (kDay / 2);
        return add(std::move(n));
    }
    int milestone(int parent, const QString &name, const char *category = "PM")
    {
        PlanNode n;
        n.parent = parent;
        n.name = name;
        n.category = QString::fromLatin1(category);
        n.milestone = true;
        n.clientVisible = true;
        return add(std::move(n));
    }
    int span(int parent, const QString &name, Role role, double units)
    {
        PlanNode n;
        n.parent = parent;
        n.name = name;
        n.category = QStringLiteral("PM");
        n.role = role;
        n.units = units;
        n.span = true;
        return add(std::move(n));
    }
    PlanNode &node(int i) { return m_plan.nodes[i]; }
    void second(int i, Role role, double units)
    {
        m_plan.nodes[i].role2 = role;
        m_plan.nodes[i].units2 = units;
    }
    void link(int a, int b, DependencyType type, double lagDays)
    {
        m_plan.links.append({a, b, type, Minutes(lagDays * kDay)});
    }
    void fs(int a, int b, double lagDays = 0) { link(a, b, DependencyType::FinishStart, lagDays); }
    void ss(int a, int b, double lagDays = 0) { link(a, b, DependencyType::StartStart, lagDays); }
    void ff(int a, int b, double lagDays = 0) { link(a, b, DependencyType::FinishFinish, lagDays); }
    DemoRandom &rng() { return m_rng; }
    DemoPlan take() { return std::move(m_plan); }
    void setGoLive(int i) { m_plan.goLive = i; }

private:
    int add(PlanNode n)
    {
        m_plan.nodes.append(std::move(n));
        return int(m_plan.nodes.size()) - 1;
    }

    bool m_chinese;
    DemoRandom &m_rng;
    DemoPlan m_plan;
};

/// Initiation and planning under a "Project management" phase; returns {kick-off, plan approved}.
struct PmPart
{
    int kickoff = -1;
    int approved = -1;  ///< scope agreed: the work can start
    int planned = -1;   ///< plan approved
    int span = -1;
};

PmPart projectManagement(PlanBuilder &b, bool engineering)
{
    using R = Role;
    PmPart part;
    const int pm = b.summary(-1, b.t(u"Project management", u"项目管理"));
    const int ini = b.summary(pm, b.t(u"Initiation", u"项目启动"));
    part.kickoff = b.task(ini, b.t(u"Kick-off meeting", u"项目启动会"), "PM", R::ProjectManager, 0.5, 1);
    const int stake = b.task(ini, engineering ? b.t(u"Design brief and scope confirmation", u"设计任务书与范围确认")
                                              : b.t(u"Stakeholder analysis", u"干系人分析"),
                             "PM", R::ProjectManager, 1, 2);
    const int charter = b.task(ini, b.t(u"Project charter", u"项目章程"), "PM", R::ProjectManager, 1.5, 3);
    part.approved = b.milestone(ini, b.t(u"Charter approved", u"项目章程批准"));
    b.fs(part.kickoff, stake);
    b.fs(stake, charter);
    b.fs(charter, part.approved);

    const int pln = b.summary(pm, b.t(u"Planning", u"项目计划"));
    const int wbs = b.task(pln, engineering ? b.t(u"Design programme", u"设计进度计划")
                                            : b.t(u"Work breakdown and schedule", u"工作分解结构与进度计划"),
                           "PM", R::ProjectManager, 2, 3);
    const int res = b.task(pln, b.t(u"Resource and budget plan", u"资源与预算计划"), "PM", R::ProjectManager, 1, 2);
    const int risk = b.task(pln, b.t(u"Risk register", u"风险登记册"), "PM", R::ProjectManager, 0.5, 1.5);
    const int comm = b.task(pln, b.t(u"Communication plan", u"沟通计划"), "PM", R::ProjectManager, 0.5, 1);
    part.planned = b.milestone(pln, b.t(u"Project plan approved", u"项目计划批准"));
    b.fs(part.approved, wbs);
    b.fs(wbs, res);
    b.ss(wbs, risk, 1);
    b.fs(res, comm);
    b.fs(comm, part.planned);
    b.fs(risk, part.planned);
    part.span = b.span(pm, b.t(u"Project management and reporting", u"项目管理与周报"), R::ProjectManager, 0.5);
    b.ss(part.kickoff, part.span);
    return part;
}

void closure(PlanBuilder &b, const PmPart &pm, int after, int afterLessons)
{
    using R = Role;
    const int clo = b.summary(-1, b.t(u"Closure", u"项目收尾"), true);
    const int ll = b.task(clo, b.t(u"Lessons learned workshop", u"经验教训总结会"), "PM", R::ProjectManager, 0.5, 0.5);
    b.node(ll).billable = false;
    const int rep = b.task(clo, b.t(u"Final report and acceptance", u"项目总结报告与验收"), "PM", R::ProjectManager, 1, 2);
    const int closed = b.milestone(clo, b.t(u"Project closed", u"项目关闭"));
    b.fs(afterLessons, ll, 2);
    b.fs(after, rep);
    b.fs(ll, rep);
    b.fs(rep, closed);
    b.ff(closed, pm.span);
}

void itImplementation(PlanBuilder &b, const QList<ModuleSeed> &modules)
{
    using R = Role;
    const PmPart pm = projectManagement(b, false);
    const qsizetype m = modules.size();
    QList<int> review(m), userStories(m), designReview(m), services(m), codeReview(m), fixing(m);

    const int ana = b.summary(-1, b.t(u"Analysis", u"需求分析"), true);
    for (qsizetype i = 0; i < m; ++i) {
        const int d = b.summary(ana, b.t(u"%1 requirements", u"%1需求", modules[i].name));
        const int ws = b.task(d, b.t(u"Requirements workshops", u"需求调研会"), "Analysis", R::BusinessAnalyst, 1.5, 3, 1, int(i));
        userStories[i] = b.task(d, b.t(u"User stories and acceptance criteria", u"用户故事与验收标准"), "Analysis",
                                R::BusinessAnalyst, 2, 4, 1, int(i));
        review[i] = b.task(d, b.t(u"Requirements review with client", u"客户需求评审"), "Analysis",
                           R::BusinessAnalyst, 0.5, 1, 1, int(i));
        b.second(review[i], R::ProjectManager, 0.5);
        b.fs(pm.approved, ws);
        b.fs(ws, userStories[i]);
        b.fs(userStories[i], review[i]);
    }
    const int reqOk = b.milestone(ana, b.t(u"Requirements signed off", u"需求确认签字"), "Analysis");
    for (int r : review)
        b.fs(r, reqOk);

    const int des = b.summary(-1, b.t(u"Design", u"系统设计"), true);
    const int arch = b.summary(des, b.t(u"Solution architecture", u"总体架构设计"));
    const int archD = b.task(arch, b.t(u"Architecture design", u"架构设计"), "Design", R::SolutionArchitect, 3, 6);
    const int sec = b.task(arch, b.t(u"Security and compliance review", u"安全与合规评审"), "Design", R::SolutionArchitect, 1, 2);
    const int infra = b.task(arch, b.t(u"Infrastructure design", u"基础设施设计"), "Design", R::DevOpsEngineer, 2, 3);
    b.ss(userStories[0], archD, 2);
    b.fs(archD, sec);
    b.ss(archD, infra, 1);
    for (qsizetype i = 0; i < m; ++i) {
        const int d = b.summary(des, b.t(u"%1 design", u"%1详细设计", modules[i].name));
        const int ui = b.task(d, b.t(u"User interface design", u"界面设计"), "Design", R::UxDesigner, 2, 4, 1, int(i));
        const int td = b.task(d, b.t(u"Technical design", u"技术设计"), "Design", modules[i].role, 2, 4, 1, int(i));
        designReview[i] = b.task(d, b.t(u"Design review", u"设计评审"), "Design", R::SolutionArchitect, 0.5, 1, 1, int(i));
        b.fs(review[i], ui);
        b.fs(review[i], td);
        b.fs(archD, td);
        b.fs(ui, designReview[i]);
        b.fs(td, designReview[i]);
    }
    const int desOk = b.milestone(des, b.t(u"Design approved", u"设计评审通过"), "Design");
    for (int r : designReview)
        b.fs(r, desOk);
    b.fs(sec, desOk);
    b.fs(infra, desOk);

    const int bld = b.summary(-1, b.t(u"Build", u"开发实现"), true);
    const int env = b.summary(bld, b.t(u"Environments and pipeline", u"环境与持续集成"));
    const int prov = b.task(env, b.t(u"Provision environments", u"环境搭建"), "Build", R::DevOpsEngineer, 2, 4);
    b.node(prov).fixedCostEur = b.rng().between(15, 40) * 10000;
    b.node(prov).notes = b.t(u"Cloud subscriptions for DEV, TEST and PROD are a fixed cost of the project.",
                             u"开发、测试、生产三套云环境订阅费用计入项目固定成本。");
    const int cicd = b.task(env, b.t(u"CI/CD pipeline", u"持续集成与部署流水线"), "Build", R::DevOpsEngineer, 1, 3);
    b.fs(infra, prov);
    b.fs(prov, cicd);
    for (qsizetype i = 0; i < m; ++i) {
        const Role dev = modules[i].role;
        const int d = b.summary(bld, b.t(u"%1 build", u"%1开发", modules[i].name));
        const int dm = b.task(d, b.t(u"Data model", u"数据模型"), "Build", dev, 1.5, 3, 1, int(i));
        services[i] = b.task(d, b.t(u"Business services", u"业务服务开发"), "Build", dev, 4, 8, 1, int(i));
        const int fe = b.task(d, b.t(u"User interface", u"前端界面开发"), "Build", dev, 3, 6, 1, int(i));
        const int ifc = b.task(d, b.t(u"Integration interfaces", u"接口开发"), "Build", dev, 2, 5, 1, int(i));
        codeReview[i] = b.task(d, b.t(u"Code review and unit tests", u"代码评审与单元测试"), "Build", dev, 1, 2, 1, int(i));
        b.fs(designReview[i], dm);
        b.fs(prov, dm);
        b.fs(dm, services[i]);
        b.ss(services[i], fe, 2);
        b.fs(services[i], ifc);
        b.fs(ifc, codeReview[i]);
        b.ff(fe, codeReview[i], 1);
    }
    const int codeOk = b.milestone(bld, b.t(u"Code complete", u"开发完成"), "Build");
    for (int r : codeReview)
        b.fs(r, codeOk);
    b.fs(cicd, codeOk);

    const int tst = b.summary(-1, b.t(u"Test", u"测试"), true);
    const int prep = b.summary(tst, b.t(u"Test preparation", u"测试准备"));
    const int strat = b.task(prep, b.t(u"Test strategy and plan", u"测试策略与计划"), "Test", R::TestEngineer, 2, 3);
    const int tdata = b.task(prep, b.t(u"Test data preparation", u"测试数据准备"), "Test", R::TestEngineer, 1, 3);
    b.fs(desOk, strat);
    b.fs(strat, tdata);
    for (qsizetype i = 0; i < m; ++i) {
        const int d = b.summary(tst, b.t(u"%1 system test", u"%1系统测试", modules[i].name));
        const int tc = b.task(d, b.t(u"Test cases", u"测试用例编写"), "Test", R::TestEngineer, 1.5, 3, 1, int(i));
        const int ex = b.task(d, b.t(u"System test execution", u"系统测试执行"), "Test", R::TestEngineer, 2, 4, 1, int(i));
        fixing[i] = b.task(d, b.t(u"Defect fixing", u"缺陷修复"), "Test", modules[i].role, 1.5, 3, 1, int(i));
        b.node(fixing[i]).billable = false;
        b.fs(strat, tc);
        b.ss(services[i], tc, 2);
        b.fs(codeReview[i], ex);
        b.fs(tc, ex);
        b.fs(tdata, ex);
        b.ss(ex, fixing[i], 1);
        b.ff(ex, fixing[i], 1);
    }
    const int acc = b.summary(tst, b.t(u"Integration and acceptance", u"集成与验收测试"));
    const int e2e = b.task(acc, b.t(u"End-to-end integration test", u"端到端集成测试"), "Test", R::TestEngineer, 3, 5);
    const int perf = b.task(acc, b.t(u"Performance test", u"性能测试"), "Test", R::TestEngineer, 2, 4);
    const int uat = b.task(acc, b.t(u"User acceptance test support", u"用户验收测试支持"), "Test", R::BusinessAnalyst, 4, 6);
    const int uatOk = b.milestone(acc, b.t(u"UAT signed off", u"用户验收签字"), "Test");
    for (int f : fixing)
        b.fs(f, e2e);
    b.ss(e2e, perf, 1);
    b.fs(e2e, uat);
    b.fs(uat, uatOk);
    b.fs(perf, uatOk);

    const int dep = b.summary(-1, b.t(u"Deployment", u"部署上线"), true);
    const int gl = b.summary(dep, b.t(u"Go-live", u"上线切换"));
    const int mig = b.task(gl, b.t(u"Data migration", u"数据迁移"), "Deploy", R::DataEngineer, 3, 5);
    const int trn = b.task(gl, b.t(u"End-user training", u"最终用户培训"), "Deploy", R::BusinessAnalyst, 2, 4);
    const int reh = b.task(gl, b.t(u"Cutover rehearsal", u"切换演练"), "Deploy", R::DevOpsEngineer, 1, 2);
    const int cut = b.task(gl, b.t(u"Production cutover", u"生产切换"), "Deploy", R::DevOpsEngineer, 0.5, 1);
    b.second(cut, modules[0].role, 1.0);
    const int live = b.milestone(gl, b.t(u"Go-live", u"系统上线"), "Deploy");
    b.node(live).notes = b.t(u"Contractual go-live date; a later go-live triggers the service credit clause.",
                             u"合同约定上线日期，延期将触发服务抵扣条款。");
    b.setGoLive(live);
    b.ss(uat, mig, 2);
    b.ss(uat, trn, 3);
    b.fs(mig, reh);
    b.fs(reh, cut);
    b.fs(uatOk, cut);
    b.fs(trn, cut);
    b.fs(cut, live);
    const int hyper = b.task(dep, b.t(u"Hypercare", u"上线后保障"), "Deploy", modules[0].role, 8, 10, 0.5);
    b.fs(live, hyper);
    const int ho = b.task(dep, b.t(u"Handover to support", u"移交运维"), "Deploy", modules[0].role, 1, 2);
    b.fs(hyper, ho);

    closure(b, pm, ho, live);
}

void engineeringDesign(PlanBuilder &b, const QList<ModuleSeed> &disciplines)
{
    using R = Role;
    const PmPart pm = projectManagement(b, true);
    const qsizetype m = disciplines.size();
    const Role lead = disciplines[0].role;
    QList<int> check(m), internalReview(m);

    const int sur = b.summary(-1, b.t(u"Survey and concept", u"现场勘察与方案设计"), true);
    const int svy = b.summary(sur, b.t(u"Site survey", u"现场勘察"));
    const int site = b.task(svy, b.t(u"Site survey and measurement", u"现场勘察与测绘"), "Analysis", lead, 2, 4);
    b.second(site, R::CadTechnician, 1.0);
    b.node(site).fixedCostEur = b.rng().between(18, 30) * 10000;
    b.node(site).notes = b.t(u"3D laser scan of the existing building by a subcontractor (fixed price).",
                             u"既有厂房三维激光扫描由分包方完成（固定价格）。");
    const int asis = b.task(svy, b.t(u"Review of existing drawings", u"既有图纸资料审查"), "Analysis", R::CadTechnician, 1, 3);
    const int basis = b.task(svy, b.t(u"Design basis and codes", u"设计依据与规范确认"), "Analysis", lead, 1, 2);
    b.fs(pm.approved, site);
    b.fs(pm.approved, asis);
    b.fs(site, basis);
    b.fs(asis, basis);
    const int con = b.summary(sur, b.t(u"Concept design", u"方案设计"));
    const int opt = b.task(con, b.t(u"Concept options", u"方案比选"), "Design", lead, 3, 5);
    const int est = b.task(con, b.t(u"Concept cost estimate", u"方案投资估算"), "Analysis", R::ProjectManager, 1, 2);
    const int pres = b.task(con, b.t(u"Concept presentation to the client", u"方案汇报"), "Design", R::ProjectManager, 0.5, 1);
    b.second(pres, lead, 1.0);
    const int conOk = b.milestone(con, b.t(u"Concept approved", u"方案确认"), "Design");
    b.fs(basis, opt);
    b.fs(opt, est);
    b.fs(est, pres);
    b.fs(pres, conOk);

    const int pre = b.summary(-1, b.t(u"Preliminary design", u"初步设计"), true);
    for (qsizetype i = 0; i < m; ++i) {
        const Role role = disciplines[i].role;
        const int d = b.summary(pre, b.t(u"%1 preliminary design", u"%1初步设计", disciplines[i].name));
        const int inp = b.task(d, b.t(u"Design inputs and loads", u"设计输入与负荷计算"), "Design", role, 1, 2, 1, int(i));
        const int calc = b.task(d, b.t(u"Design calculations", u"设计计算"), "Design", role, 2, 4, 1, int(i));
        const int dwg = b.task(d, b.t(u"Preliminary drawings", u"初步设计图纸"), "Design", R::CadTechnician, 2, 4, 1, int(i));
        check[i] = b.task(d, b.t(u"Discipline check", u"专业校审"), "Test", role, 0.5, 1, 1, int(i));
        b.fs(conOk, inp);
        b.fs(inp, calc);
        b.ss(calc, dwg, 1);
        b.fs(calc, check[i]);
        b.fs(dwg, check[i]);
    }
    const int preOk = b.milestone(pre, b.t(u"Preliminary design approved", u"初步设计批复"), "Design");
    for (int c : check)
        b.fs(c, preOk);

    const int det = b.summary(-1, b.t(u"Detailed design", u"施工图设计"), true);
    for (qsizetype i = 0; i < m; ++i) {
        const Role role = disciplines[i].role;
        const int d = b.summary(det, b.t(u"%1 detailed design", u"%1施工图设计", disciplines[i].name));
        const int ddw = b.task(d, b.t(u"Detailed drawings", u"施工图绘制"), "Build", role, 5, 9, 1, int(i));
        b.second(ddw, R::CadTechnician, 0.5);
        const int spec = b.task(d, b.t(u"Specifications and equipment schedule", u"技术规格书与设备材料表"), "Build",
                                role, 2, 4, 1, int(i));
        internalReview[i] = b.task(d, b.t(u"Internal design review", u"内部审核"), "Test", role, 1, 2, 1, int(i));
        b.fs(preOk, ddw);
        b.ss(ddw, spec, 3);
        b.fs(ddw, internalReview[i]);
        b.fs(spec, internalReview[i]);
    }
    const int crd = b.summary(det, b.t(u"Design coordination", u"专业协调"));
    const int clash = b.task(crd, b.t(u"Clash detection (BIM)", u"碰撞检查（BIM）"), "Test", R::CadTechnician, 2, 4);
    const int meet = b.task(crd, b.t(u"Coordination meetings", u"专业协调会"), "Test", R::ProjectManager, 1, 2);
    const int crev = b.task(crd, b.t(u"Client drawing review", u"业主图纸会审"), "Test", R::ProjectManager, 1, 2);
    const int issue = b.milestone(crd, b.t(u"Construction drawings issued", u"施工图发布"), "Build");
    b.setGoLive(issue);
    for (int r : internalReview)
        b.fs(r, clash);
    b.fs(clash, meet);
    b.fs(meet, crev);
    b.fs(crev, issue);

    const int cs = b.summary(-1, b.t(u"Construction support", u"施工配合"), true);
    const int tender = b.task(cs, b.t(u"Tender documents", u"招标文件编制"), "Deploy", R::ProjectManager, 3, 5);
    const int rfi = b.task(cs, b.t(u"Technical queries during construction", u"施工技术答疑"), "Deploy", lead, 4, 6, 0.5);
    const int visit = b.task(cs, b.t(u"Site visits", u"现场服务"), "Deploy", disciplines[qMin<qsizetype>(1, m - 1)].role, 3, 5, 0.5);
    const int asb = b.task(cs, b.t(u"As-built documentation", u"竣工图编制"), "Deploy", R::CadTechnician, 3, 5);
    const int hand = b.milestone(cs, b.t(u"Design handover", u"设计交付"), "Deploy");
    b.fs(issue, tender);
    b.fs(tender, rfi);
    b.ss(rfi, visit, 2);
    b.fs(rfi, asb);
    b.fs(visit, asb);
    b.fs(asb, hand);

    closure(b, pm, hand, hand);
}

void consulting(PlanBuilder &b, const QList<ModuleSeed> &domains)
{
    using R = Role;
    const PmPart pm = projectManagement(b, false);
    const qsizetype m = domains.size();
    QList<int> pains(m), blueprintReview(m);

    const int asis = b.summary(-1, b.t(u"As-is assessment", u"现状诊断"), true);
    for (qsizetype i = 0; i < m; ++i) {
        const Role role = domains[i].role;
        const int d = b.summary(asis, b.t(u"%1 assessment", u"%1现状诊断", domains[i].name));
        const int iv = b.task(d, b.t(u"Management interviews", u"管理层访谈"), "Analysis", role, 1, 3, 1, int(i));
        const int map = b.task(d, b.t(u"Process mapping", u"业务流程梳理"), "Analysis", R::BusinessAnalyst, 2, 4, 1, int(i));
        pains[i] = b.task(d, b.t(u"Pain points and benchmarks", u"问题诊断与行业对标"), "Analysis", role, 1, 3, 1, int(i));
        b.fs(pm.planned, iv);
        b.fs(iv, map);
        b.fs(map, pains[i]);
    }
    const int it = b.summary(asis, b.t(u"IT landscape", u"IT 现状评估"));
    const int inv = b.task(it, b.t(u"Application inventory", u"应用系统盘点"), "Analysis", R::SolutionArchitect, 2, 3);
    const int sec = b.task(it, b.t(u"Infrastructure and security assessment", u"基础设施与信息安全评估"), "Analysis",
                           R::DevOpsEngineer, 1, 2);
    b.fs(pm.planned, inv);
    b.fs(inv, sec);
    const int report = b.task(asis, b.t(u"Assessment report", u"诊断报告编写"), "Analysis", R::Consultant, 2, 3);
    const int asisOk = b.milestone(asis, b.t(u"Assessment report delivered", u"现状诊断报告提交"), "Analysis");
    for (int p : pains)
        b.fs(p, report);
    b.fs(sec, report);
    b.fs(report, asisOk);

    const int bp = b.summary(-1, b.t(u"Target blueprint", u"目标蓝图设计"), true);
    for (qsizetype i = 0; i < m; ++i) {
        const Role role = domains[i].role;
        const int d = b.summary(bp, b.t(u"%1 blueprint", u"%1目标蓝图", domains[i].name));
        const int tp = b.task(d, b.t(u"Target process design", u"目标流程设计"), "Design", role, 3, 5, 1, int(i));
        const int gap = b.task(d, b.t(u"Gap analysis", u"差距分析"), "Analysis", R::BusinessAnalyst, 1, 2, 1, int(i));
        const int kpi = b.task(d, b.t(u"KPI framework", u"KPI 指标体系"), "Design", role, 1, 2, 1, int(i));
        blueprintReview[i] = b.task(d, b.t(u"Blueprint review", u"蓝图评审"), "Test", role, 0.5, 1, 1, int(i));
        b.fs(asisOk, tp);
        b.fs(tp, gap);
        b.ss(tp, kpi, 2);
        b.fs(gap, blueprintReview[i]);
        b.fs(kpi, blueprintReview[i]);
    }
    const int ta = b.summary(bp, b.t(u"Target architecture and ERP selection", u"目标架构与 ERP 选型"));
    const int aa = b.task(ta, b.t(u"Application architecture", u"应用架构设计"), "Design", R::SolutionArchitect, 3, 4);
    const int rfp = b.task(ta, b.t(u"Request for proposal", u"ERP 招标需求书"), "Analysis", R::Consultant, 2, 3);
    const int demo = b.task(ta, b.t(u"Vendor demonstrations", u"供应商演示评估"), "Analysis", R::Consultant, 3, 5);
    b.node(demo).fixedCostEur = b.rng().between(6, 12) * 10000;
    const int sel = b.task(ta, b.t(u"Vendor selection report", u"选型报告"), "Design", R::Consultant, 1, 2);
    const int bpOk = b.milestone(bp, b.t(u"Blueprint approved", u"蓝图确认"), "Design");
    b.fs(asisOk, aa);
    b.fs(aa, rfp);
    b.fs(rfp, demo);
    b.fs(demo, sel);
    for (int r : blueprintReview)
        b.fs(r, bpOk);
    b.fs(sel, bpOk);

    const int rm = b.summary(-1, b.t(u"Roadmap", u"实施路线图"), true);
    const int port = b.task(rm, b.t(u"Initiative portfolio", u"项目群规划"), "Design", R::Consultant, 2, 4);
    const int bc = b.task(rm, b.t(u"Business case", u"投资回报分析"), "Analysis", R::Consultant, 2, 3);
    const int road = b.task(rm, b.t(u"Three-year roadmap", u"三年实施路线图"), "Design", R::Consultant, 2, 4);
    const int sc = b.task(rm, b.t(u"Steering committee presentation", u"指导委员会汇报"), "Deploy", R::ProjectManager, 0.5, 1);
    b.second(sc, R::Consultant, 1.0);
    const int rmOk = b.milestone(rm, b.t(u"Roadmap approved", u"路线图批准"), "Deploy");
    b.setGoLive(rmOk);
    b.fs(bpOk, port);
    b.fs(port, bc);
    b.fs(port, road);
    b.fs(bc, sc);
    b.fs(road, sc);
    b.fs(sc, rmOk);

    const int chg = b.summary(-1, b.t(u"Change management", u"变革管理"), true);
    const int imp = b.task(chg, b.t(u"Change impact analysis", u"变革影响分析"), "Analysis", R::Consultant, 2, 3);
    const int ctp = b.task(chg, b.t(u"Communication and training plan", u"沟通与培训计划"), "Deploy", R::Consultant, 2, 3);
    const int lw = b.task(chg, b.t(u"Leadership workshops", u"管理层工作坊"), "Deploy", R::Consultant, 2, 3);
    b.fs(bpOk, imp);
    b.fs(imp, ctp);
    b.fs(ctp, lw);
    b.fs(rmOk, lw);

    closure(b, pm, lw, rmOk);
}

void managedService(PlanBuilder &b, const PlanInput &in)
{
    using R = Role;
    const DemoWorkTime &work = *in.work;
    const int pm = b.summary(-1, b.t(u"Service management", u"服务管理"));
    const int kick = b.task(pm, b.t(u"Service kick-off", u"服务启动会"), "PM", R::ProjectManager, 0.5, 0.5);
    const int gov = b.span(pm, b.t(u"Service governance and reporting", u"服务治理与报告"), R::ProjectManager, 0.25);
    b.ss(kick, gov);

    const int tr = b.summary(-1, b.t(u"Transition", u"服务移交"), true);
    const int kt = b.task(tr, b.t(u"Knowledge transfer sessions", u"知识转移"), "Support", R::ServiceDeskAnalyst, 5, 8);
    b.second(kt, R::Developer, 0.5);
    const int rb = b.task(tr, b.t(u"Runbooks and monitoring", u"运维手册与监控"), "Support", R::DevOpsEngineer, 3, 5);
    const int acc = b.task(tr, b.t(u"Access and tooling set-up", u"权限与工具配置"), "Support", R::DevOpsEngineer, 1, 2);
    const int start = b.milestone(tr, b.t(u"Service start", u"服务正式开始"), "Support");
    b.fs(kick, kt);
    b.ss(kt, rb, 2);
    b.fs(rb, acc);
    b.fs(kt, start);
    b.fs(acc, start);

    const QDate firstMonth = QDate(in.start.year(), in.start.month(), 1).addMonths(1);
    int prevIncident = start, prevEnhancement = start, lastReview = start;
    int quarter = -1;
    for (int i = 0; i < 12; ++i) {
        const QDate month = firstMonth.addMonths(i);
        if (quarter < 0 || (month.month() - 1) % 3 == 0) {
            const QString q = QStringLiteral("Q%1 %2").arg((month.month() - 1) / 3 + 1).arg(month.year());
            quarter = b.summary(-1, b.t(u"Service %1", u"%1 服务期", q), true);
        }
        const QString monthName = in.chinese ? QStringLiteral("%1年%2月").arg(month.year()).arg(month.month())
                                             : QLocale(QLocale::English).toString(month, QStringLiteral("MMMM yyyy"));
        const int d = b.summary(quarter, monthName);
        const Minutes from = work.positionOf(toMinutes(month));
        const Minutes to = work.positionOf(toMinutes(month.addMonths(1)));
        const int inc = b.task(d, b.t(u"Incident and service request handling", u"事件与服务请求处理"), "Support",
                               R::ServiceDeskAnalyst, 1, 1, 0.75);
        b.second(inc, R::Developer, 0.25);
        b.node(inc).duration = to - from;
        b.node(inc).fixedDuration = true;
        b.node(inc).notBefore = work.startAt(from);
        const int enh = b.task(d, b.t(u"Minor enhancements", u"小型功能优化"), "Build", R::Developer, 3, 5, 1);
        b.node(enh).notBefore = work.startAt(from);
        const int pat = b.task(d, b.t(u"Monthly patching window", u"月度补丁更新"), "Deploy", R::DevOpsEngineer, 0.5, 1);
        b.node(pat).notBefore = work.startAt(from + 8 * kDay);
        const int rep = b.task(d, b.t(u"Monthly service report", u"月度服务报告"), "PM", R::ProjectManager, 0.5, 1);
        const int rev = b.milestone(d, b.t(u"Service review meeting", u"月度服务评审会"), "PM");
        b.fs(prevIncident, inc);
        b.fs(prevEnhancement, enh);
        b.fs(start, pat);
        b.fs(inc, rep);
        b.fs(rep, rev);
        prevIncident = inc;
        prevEnhancement = enh;
        lastReview = rev;
    }
    b.setGoLive(start);
    b.ff(lastReview, gov);
}

} // namespace

DemoPlan buildDemoPlan(const PlanInput &input, DemoRandom &rng)
{
    PlanBuilder b(input.chinese, rng);
    switch (input.kind) {
    case ProjectKind::ItImplementation:
        itImplementation(b, input.modules);
        break;
    case ProjectKind::EngineeringDesign:
        engineeringDesign(b, input.modules);
        break;
    case ProjectKind::Consulting:
        consulting(b, input.modules);
        break;
    case ProjectKind::ManagedService:
        managedService(b, input);
        break;
    }
    return b.take();
}

} // namespace Keel::Demo
