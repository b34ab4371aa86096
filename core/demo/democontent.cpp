#include "democontent.h"

#include <QHash>

namespace Keel::Demo {

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString pick(bool chinese, const char16_t *en, const char16_t *zh)
{
    return s(chinese ? zh : en);
}

} // namespace

QList<RiskText> riskTexts(ProjectKind kind, bool zh)
{
    QList<RiskText> list{
        {pick(zh, u"Key client staff unavailable", u"客户关键人员投入不足"),
         pick(zh, u"Subject-matter experts on the client side have little time for workshops and reviews.",
              u"客户业务骨干日常工作繁忙，难以保证参加调研与评审的时间。"),
         pick(zh, u"Agree a named deputy for each expert; book all workshops four weeks ahead; escalate absences to the sponsor.",
              u"为每位关键用户指定备岗；提前四周锁定会议时间；缺席情况上报项目发起人。")},
        {pick(zh, u"Scope creep through informal requests", u"非正式需求导致范围蔓延"),
         pick(zh, u"Users ask the team directly for additions that bypass change control.",
              u"用户绕过变更流程直接向项目组提出新增需求。"),
         pick(zh, u"All requests go through the portal; weekly change board; estimates before any work.",
              u"所有需求统一通过门户提交；每周召开变更评审会；先评估后实施。")},
        {pick(zh, u"Loss of a key team member", u"核心成员流失"),
         pick(zh, u"The lead of a critical work package leaves or is reassigned.", u"关键工作包负责人离职或被调走。"),
         pick(zh, u"Pair on critical work; keep design decisions documented; identify a backup in the resource pool.",
              u"关键工作结对进行；设计决策及时文档化；在资源池中预留后备人选。")},
        {pick(zh, u"Late client approvals", u"客户审批延迟"),
         pick(zh, u"Sign-offs take longer than the five working days assumed in the plan.", u"签字确认时间超过计划假设的五个工作日。"),
         pick(zh, u"Approval deadlines in the contract; deemed acceptance after ten days; weekly approval tracker.",
              u"合同中约定审批时限，十个工作日未反馈视为通过；每周跟踪审批状态。")},
    };
    switch (kind) {
    case ProjectKind::ItImplementation:
        list += {
            {pick(zh, u"Poor quality of legacy data", u"历史数据质量差"),
             pick(zh, u"Master data in the legacy system has duplicates and missing fields.", u"旧系统主数据存在重复和字段缺失。"),
             pick(zh, u"Profile the data early; client owns cleansing; two trial migrations.", u"尽早做数据剖析；客户负责清洗；安排两轮模拟迁移。")},
            {pick(zh, u"Third-party interface delays", u"第三方接口延期"),
             pick(zh, u"The interface partner has not published the final API specification.", u"接口方尚未提供最终版接口规范。"),
             pick(zh, u"Build against a mock service; contractual date for the specification; weekly technical call.",
                  u"先基于模拟服务开发；约定规范交付日期；每周技术沟通会。")},
            {pick(zh, u"Performance under peak load", u"高峰负载下的性能风险"),
             pick(zh, u"Peak volumes are four times the average; response times may exceed the agreed limits.",
                  u"业务高峰量为平时的四倍，响应时间可能超出约定指标。"),
             pick(zh, u"Performance test with production-like volumes; scale-out design; tuning buffer in the plan.",
                  u"按生产量级进行性能测试；采用可横向扩展的架构；计划中预留调优时间。")},
            {pick(zh, u"Security approval of the hosting design", u"托管方案安全审批"),
             pick(zh, u"The client's security office must approve the cloud design before production data is loaded.",
                  u"生产数据导入前须通过客户信息安全部门对云架构的审批。"),
             pick(zh, u"Involve the security office in the architecture review; use the client's reference controls.",
                  u"邀请安全部门参加架构评审；采用客户的标准安全控制基线。")},
        };
        break;
    case ProjectKind::EngineeringDesign:
        list += {
            {pick(zh, u"Restricted site access", u"现场勘察受限"),
             pick(zh, u"The building stays partly occupied; some floors are only accessible at weekends.",
                  u"生产不能停线，部分区域只能在周末进入勘察。"),
             pick(zh, u"Plan the survey floor by floor with the facilities team; laser scanning to reduce time on site.",
                  u"结合交接班时间安排勘察；采用三维激光扫描缩短现场时间。")},
            {pick(zh, u"Late equipment vendor data", u"设备厂家资料提供滞后"),
             pick(zh, u"Weights and connection details of chillers and air handling units are needed for the detailed design.",
                  u"施工图设计需要新设备的荷载与接口资料。"),
             pick(zh, u"Design with envelope values; request vendor data with the purchase order; hold points in the drawings.",
                  u"先按包络值设计；随采购合同索取厂家资料；图纸中设置待定点。")},
            {pick(zh, u"Design changes after the concept is approved", u"方案确认后设计变更"),
             pick(zh, u"The client changes the floor layouts after preliminary design has started.", u"初步设计开始后业主调整产线布局。"),
             pick(zh, u"Freeze the layouts at concept approval; changes through variation orders with fee.",
                  u"方案确认即冻结布局；后续变更按设计变更单另行计费。")},
            {pick(zh, u"Permit and code compliance", u"报审与规范合规"),
             pick(zh, u"Authorities may require changes to fire zoning or structural reinforcement.", u"主管部门可能要求调整防火分区或结构加固方案。"),
             pick(zh, u"Pre-application meeting with the authority; independent code check before issue.",
                  u"提前与主管部门预沟通；出图前进行独立的规范审查。")},
        };
        break;
    case ProjectKind::Consulting:
        list += {
            {pick(zh, u"Access to operational data", u"经营数据获取困难"),
             pick(zh, u"Subsidiaries are slow to provide financial and operational data.", u"各子公司提供财务与经营数据进度缓慢。"),
             pick(zh, u"Data request template sent in week one; sponsor letter to all subsidiaries.",
                  u"第一周下发数据需求模板；由发起人向各子公司发函。")},
            {pick(zh, u"Resistance to change", u"组织变革阻力"),
             pick(zh, u"Subsidiary managers fear losing autonomy under a shared ERP.", u"子公司管理层担心统一 ERP 后失去自主权。"),
             pick(zh, u"Involve them in blueprint reviews; show benefits per subsidiary; leadership workshops.",
                  u"邀请其参与蓝图评审；按子公司展示收益；开展管理层工作坊。")},
            {pick(zh, u"Vendor bias in ERP selection", u"ERP 选型中的供应商倾向性"),
             pick(zh, u"Stakeholders favour a vendor before the evaluation is complete.", u"部分干系人在评估完成前已倾向某家供应商。"),
             pick(zh, u"Weighted criteria agreed up front; scripted demonstrations; scoring by a panel.",
                  u"事先确定加权评分标准；按脚本演示；由评审小组打分。")},
        };
        break;
    case ProjectKind::ManagedService:
        list += {
            {pick(zh, u"Ticket volume above the retainer assumption", u"工单量超出合同假设"),
             pick(zh, u"After go-live, incident volume is 30% above the 150 tickets a month assumed in the price.",
                  u"上线后事件量比报价假设的每月 150 单高 30%。"),
             pick(zh, u"Monthly trend review; problem management for top recurring incidents; volume clause at renewal.",
                  u"每月回顾趋势；对高频问题开展问题管理；续约时约定工作量条款。")},
            {pick(zh, u"Knowledge concentrated in one analyst", u"知识集中在个别人员"),
             pick(zh, u"Only one analyst knows the carrier interfaces in depth.", u"仅一名工程师深入了解承运商接口。"),
             pick(zh, u"Runbooks for every interface; rotate on-call; shadowing for the backup analyst.",
                  u"为每个接口编写运维手册；轮值值班；安排后备人员跟岗学习。")},
            {pick(zh, u"Unsupported platform versions", u"平台版本停止支持"),
             pick(zh, u"The database version reaches end of support during the contract.", u"数据库版本将在合同期内停止支持。"),
             pick(zh, u"Upgrade proposal in the service review; schedule in a quiet month.", u"在服务评审会上提交升级方案；安排在业务淡季实施。")},
        };
        break;
    }
    return list;
}

QList<RequestText> requestTexts(ProjectKind kind, bool zh)
{
    using K = RequestKind;
    QList<RequestText> list{
        {K::Question, pick(zh, u"Status of the next milestone", u"下一个里程碑的进展"),
         pick(zh, u"Can you confirm whether the next milestone is still on track?", u"请确认下一个里程碑是否能按期完成？")},
        {K::Question, pick(zh, u"Invoice breakdown", u"发票明细"),
         pick(zh, u"Please send the breakdown of last month's invoice by role.", u"请按角色提供上月发票的明细。")},
        {K::Question, pick(zh, u"Availability of the team during the holidays", u"节假日期间的人员安排"),
         pick(zh, u"Who will be available during the holiday period?", u"节假日期间项目组由谁值守？")},
        {K::Change, pick(zh, u"Additional report for management", u"新增管理层报表"),
         pick(zh, u"Management would like a weekly summary report in addition to the agreed reports.",
              u"管理层希望在约定报表之外增加一份周度汇总报表。")},
        {K::Issue, pick(zh, u"Meeting minutes not received", u"未收到会议纪要"),
         pick(zh, u"We have not received the minutes of last week's steering meeting.", u"上周指导委员会会议纪要尚未收到。")},
    };
    switch (kind) {
    case ProjectKind::ItImplementation:
        list += {
            {K::Question, pick(zh, u"Browser support", u"浏览器兼容性"),
             pick(zh, u"Which browser versions will be supported at go-live?", u"上线时支持哪些浏览器版本？")},
            {K::Change, pick(zh, u"Extra field on the order screen", u"订单界面增加字段"),
             pick(zh, u"Please add the customer reference to the order screen and the export.", u"请在订单界面和导出文件中增加客户参考号。")},
            {K::Change, pick(zh, u"Single sign-on with the corporate directory", u"与企业目录集成单点登录"),
             pick(zh, u"Users should log in with their corporate accounts.", u"用户应能使用企业账号登录。")},
            {K::Issue, pick(zh, u"Test environment unavailable", u"测试环境无法访问"),
             pick(zh, u"The test environment has been down since this morning; UAT testers are blocked.",
                  u"测试环境从今早起无法访问，验收测试人员无法继续。")},
            {K::Issue, pick(zh, u"Wrong totals in the export", u"导出数据合计错误"),
             pick(zh, u"The totals in the CSV export do not match the screen.", u"CSV 导出中的合计与界面显示不一致。")},
        };
        break;
    case ProjectKind::EngineeringDesign:
        list += {
            {K::Question, pick(zh, u"Roof loading for the new chillers", u"新压机的楼面荷载"),
             pick(zh, u"Can the existing roof carry the new chillers or is a steel frame needed?",
                  u"现有楼板能否承受新压机荷载，是否需要加固？")},
            {K::Change, pick(zh, u"Relocate the main plant room", u"空压站位置调整"),
             pick(zh, u"We would like to move the main plant room from the basement to the roof.", u"希望将空压站移至北侧。")},
            {K::Issue, pick(zh, u"Drawing revision mismatch", u"图纸版本不一致"),
             pick(zh, u"The electrical drawings refer to revision B of the layout, which has been superseded.",
                  u"电气图纸引用的是已作废的 B 版布局图。")},
            {K::Question, pick(zh, u"Format of the BIM model", u"BIM 模型交付格式"),
             pick(zh, u"Will the model be delivered as IFC as well as Revit?", u"模型除 Revit 格式外是否提供 IFC 格式？")},
        };
        break;
    case ProjectKind::Consulting:
        list += {
            {K::Question, pick(zh, u"Benchmark peers", u"对标企业选择"),
             pick(zh, u"Which companies are used as benchmarks for the finance processes?", u"财务流程对标选择了哪些企业？")},
            {K::Change, pick(zh, u"Add the logistics subsidiary to the assessment", u"将物流子公司纳入诊断范围"),
             pick(zh, u"The board asks to include the logistics subsidiary in the assessment.", u"董事会要求将物流子公司纳入现状诊断。")},
            {K::Issue, pick(zh, u"Interview cancelled at short notice", u"访谈临时取消"),
             pick(zh, u"The CFO interview was cancelled; please propose new slots.", u"财务总监访谈临时取消，请重新安排时间。")},
        };
        break;
    case ProjectKind::ManagedService:
        list += {
            {K::Issue, pick(zh, u"Labels not printing at dock 4", u"4 号月台标签无法打印"),
             pick(zh, u"Shipping labels fail to print at dock 4 since the last patch.", u"上次补丁后 4 号月台无法打印发货标签。")},
            {K::Issue, pick(zh, u"Carrier interface timeout", u"承运商接口超时"),
             pick(zh, u"Parcel bookings time out during the evening peak.", u"晚高峰时包裹预约接口超时。")},
            {K::Change, pick(zh, u"New carrier onboarding", u"接入新承运商"),
             pick(zh, u"Please connect the new regional carrier before the peak season.", u"请在旺季前接入新的区域承运商。")},
            {K::Question, pick(zh, u"Patch schedule for next month", u"下月补丁计划"),
             pick(zh, u"When is the next patch window and what does it contain?", u"下一次补丁窗口是什么时候，包含哪些内容？")},
            {K::Issue, pick(zh, u"Slow stock enquiry", u"库存查询缓慢"),
             pick(zh, u"The stock enquiry screen takes more than 10 seconds.", u"库存查询界面响应超过 10 秒。")},
        };
        break;
    }
    return list;
}

QList<LessonText> lessonTexts(ProjectKind kind, bool zh)
{
    QList<LessonText> list{
        {pick(zh, u"Weekly status meetings with the sponsor paid off", u"与发起人每周例会效果显著"),
         pick(zh, u"Short weekly meetings with the sponsor resolved blocking issues within days.",
              u"与项目发起人的每周简短例会使阻塞问题在几天内得到解决。"),
         QStringLiteral("Communication"),
         pick(zh, u"Keep a 30-minute weekly sponsor meeting in every project plan.", u"所有项目计划中保留每周 30 分钟的发起人例会。")},
        {pick(zh, u"Client approvals took longer than planned", u"客户审批时间长于计划"),
         pick(zh, u"Sign-offs took on average eight working days instead of five.", u"签字确认平均耗时八个工作日，而非计划的五个。"),
         QStringLiteral("Planning"),
         pick(zh, u"Plan eight working days per approval and agree deemed acceptance in the contract.",
              u"每次审批按八个工作日计划，并在合同中约定视同验收条款。")},
        {pick(zh, u"Change requests need an estimate before work starts", u"变更须先评估后实施"),
         pick(zh, u"Small unestimated changes added up to two weeks of unpaid work.", u"未经评估的小变更累计造成约两周的无偿工作。"),
         QStringLiteral("Scope"),
         pick(zh, u"Route every change through the portal and estimate it, however small.", u"所有变更无论大小均通过门户提交并评估。")},
    };
    switch (kind) {
    case ProjectKind::ItImplementation:
        list += {
            {pick(zh, u"Start data migration rehearsals earlier", u"更早开展数据迁移演练"),
             pick(zh, u"Data quality problems surfaced only in the first rehearsal, three weeks before go-live.",
                  u"数据质量问题直到上线前三周的第一次演练才暴露。"),
             QStringLiteral("Technical"),
             pick(zh, u"Run the first trial migration during the build phase.", u"在开发阶段即进行第一次模拟迁移。")},
            {pick(zh, u"Automated regression tests saved the hypercare period", u"自动化回归测试保障了上线后保障期"),
             pick(zh, u"Fixes during hypercare could be released daily thanks to the regression suite.",
                  u"得益于回归测试套件，上线保障期内的修复可以每天发布。"),
             QStringLiteral("Testing"),
             pick(zh, u"Budget test automation from the first sprint.", u"从第一个迭代起就为测试自动化预留预算。")},
        };
        break;
    case ProjectKind::EngineeringDesign:
        list += {
            {pick(zh, u"Laser scanning shortened the survey", u"激光扫描缩短了勘察时间"),
             pick(zh, u"The 3D scan replaced a week of manual measurement and avoided clashes with existing services.",
                  u"三维扫描替代了一周的人工测量，并避免了与既有管线的碰撞。"),
             QStringLiteral("Technical"),
             pick(zh, u"Scan every brownfield site as standard.", u"改造类项目标配三维扫描。")},
            {pick(zh, u"Vendor data arrived late", u"设备厂家资料迟到"),
             pick(zh, u"Equipment data arrived four weeks late and caused rework of plinths and supports.", u"设备资料晚到四周，导致设备基础返工。"),
             QStringLiteral("Suppliers"),
             pick(zh, u"Make vendor data a condition of the purchase order with a due date.", u"将厂家资料及交付日期写入采购合同条款。")},
        };
        break;
    case ProjectKind::Consulting:
        list += {
            {pick(zh, u"Interviews need the data request first", u"访谈前应先收集数据"),
             pick(zh, u"Interviews were more productive where data had been received in advance.", u"提前收到数据的访谈成效明显更高。"),
             QStringLiteral("Planning"),
             pick(zh, u"Send the data request two weeks before the first interview.", u"首次访谈前两周下发数据需求。")},
        };
        break;
    case ProjectKind::ManagedService:
        list += {
            {pick(zh, u"Problem management reduced ticket volume", u"问题管理降低了工单量"),
             pick(zh, u"Fixing the five most frequent incidents cut the monthly volume by a fifth.",
                  u"解决五个最高频的事件后，每月工单量下降了五分之一。"),
             QStringLiteral("Service"),
             pick(zh, u"Review the top incidents in every monthly service review.", u"每次月度服务评审都回顾高频事件。")},
        };
        break;
    }
    return list;
}

QList<ExpenseText> expenseTexts(bool zh)
{
    return {
        {QStringLiteral("Travel"), pick(zh, u"Train tickets to the client site", u"往返客户现场高铁票"), 60, 260, true},
        {QStringLiteral("Travel"), pick(zh, u"Flight to the client workshop", u"参加客户研讨会机票"), 180, 650, true},
        {QStringLiteral("Accommodation"), pick(zh, u"Hotel, two nights", u"酒店住宿两晚"), 180, 420, true},
        {QStringLiteral("Meals"), pick(zh, u"Team dinner after the workshop", u"研讨会后团队工作餐"), 60, 240, true},
        {QStringLiteral("Software"), pick(zh, u"Licences for test tools", u"测试工具许可"), 200, 1200, false},
        {QStringLiteral("Printing"), pick(zh, u"Printing of drawings and reports", u"图纸与报告打印装订"), 40, 300, false},
        {QStringLiteral("Subcontractor"), pick(zh, u"Specialist review by a subcontractor", u"分包专家评审费"), 800, 4000, false},
        {QStringLiteral("Training"), pick(zh, u"Training room rental", u"培训场地租赁"), 150, 600, true},
    };
}

QList<RequirementText> requirementTexts(ProjectKind kind, bool zh, const QString &module)
{
    if (module.isEmpty()) {
        switch (kind) {
        case ProjectKind::ItImplementation:
            return {
                {pick(zh, u"Response times", u"系统响应时间"),
                 pick(zh, u"95% of screens respond within 2 seconds at peak load.", u"高峰负载下 95% 的界面在 2 秒内响应。")},
                {pick(zh, u"Availability", u"系统可用性"),
                 pick(zh, u"99.5% availability during business hours, measured monthly.", u"工作时间可用性不低于 99.5%，按月统计。")},
                {pick(zh, u"Single sign-on", u"单点登录"),
                 pick(zh, u"Users log in with their corporate accounts.", u"用户使用企业账号登录。")},
                {pick(zh, u"Data protection", u"数据保护"),
                 pick(zh, u"Personal data is processed in line with GDPR / PIPL; audit log of all changes.",
                      u"个人信息处理符合《个人信息保护法》要求；所有变更留有审计日志。")},
                {pick(zh, u"Mobile devices", u"移动端支持"),
                 pick(zh, u"Warehouse and field users work on rugged handhelds and tablets.", u"现场人员可使用手持终端和平板操作。")},
            };
        case ProjectKind::EngineeringDesign:
            return {
                {pick(zh, u"Design codes", u"设计规范"),
                 pick(zh, u"Design to current national codes and the client's engineering standards.", u"设计符合现行国家规范及业主企业标准。")},
                {pick(zh, u"BIM deliverables", u"BIM 交付要求"),
                 pick(zh, u"Coordinated BIM model (LOD 300) delivered in Revit and IFC.", u"交付 LOD 300 深度的协调 BIM 模型（Revit 与 IFC 格式）。")},
                {pick(zh, u"Energy performance", u"能耗指标"),
                 pick(zh, u"Building services designed for 15% lower energy use than the reference design.", u"机电系统能耗比参照设计降低 15%。")},
            };
        case ProjectKind::Consulting:
            return {
                {pick(zh, u"Steering committee reporting", u"指导委员会汇报"),
                 pick(zh, u"Monthly progress report to the steering committee.", u"每月向指导委员会提交进展报告。")},
                {pick(zh, u"Deliverables in Chinese and English", u"中英文交付物"),
                 pick(zh, u"Final reports in Chinese with an English executive summary.", u"最终报告为中文，并附英文摘要。")},
            };
        case ProjectKind::ManagedService:
            return {
                {pick(zh, u"Incident response times", u"事件响应时间"),
                 pick(zh, u"P1 within 30 minutes, P2 within 2 hours, P3 within 1 working day.", u"P1 级 30 分钟内响应，P2 级 2 小时内，P3 级 1 个工作日内。")},
                {pick(zh, u"Monthly service report", u"月度服务报告"),
                 pick(zh, u"Report of volumes, SLA attainment and trends by the fifth working day.", u"每月第五个工作日前提交工单量、SLA 达成与趋势报告。")},
                {pick(zh, u"Enhancement budget", u"优化工时额度"),
                 pick(zh, u"Up to 40 hours of minor enhancements each month.", u"每月不超过 40 小时的小型功能优化。")},
                {pick(zh, u"Patching", u"补丁管理"),
                 pick(zh, u"Security patches applied within 30 days of release in an agreed window.", u"安全补丁在发布后 30 天内于约定窗口完成更新。")},
            };
        }
        return {};
    }
    switch (kind) {
    case ProjectKind::ItImplementation:
        return {
            {pick(zh, u"%1: core processes", u"%1：核心业务流程").arg(module),
             pick(zh, u"The standard %1 processes agreed in the requirements workshops.", u"需求调研中确认的%1标准业务流程。").arg(module)},
            {pick(zh, u"%1: reports and exports", u"%1：报表与导出").arg(module),
             pick(zh, u"Operational reports and CSV/Excel exports for %1.", u"%1相关的业务报表及 CSV/Excel 导出。").arg(module)},
        };
    case ProjectKind::EngineeringDesign:
        return {
            {pick(zh, u"%1 design to construction stage", u"%1专业施工图设计").arg(module),
             pick(zh, u"%1 design through concept, preliminary and detailed stages.", u"%1专业方案、初步设计及施工图设计。").arg(module)},
        };
    case ProjectKind::Consulting:
        return {
            {pick(zh, u"%1: assessment and target design", u"%1：现状诊断与目标设计").arg(module),
             pick(zh, u"As-is assessment, benchmarks and target processes for %1.", u"%1的现状诊断、对标及目标流程设计。").arg(module)},
        };
    case ProjectKind::ManagedService:
        return {};
    }
    return {};
}

QString ratingComment(int score, bool zh, int variant)
{
    static const char16_t *en[5][2] = {
        {u"Deadlines missed repeatedly; we expect a recovery plan.", u"Communication has broken down."},
        {u"Quality issues in the last delivery.", u"Too many changes of team members."},
        {u"Acceptable, but reporting could be clearer.", u"Good people, slow decisions."},
        {u"Good progress and responsive team.", u"Solid delivery, minor documentation gaps."},
        {u"Excellent work, on time and on budget.", u"The team understood our business from day one."},
    };
    static const char16_t *cn[5][2] = {
        {u"多次延期，需要提交纠偏计划。", u"沟通严重不畅。"},
        {u"上次交付存在质量问题。", u"人员变动过于频繁。"},
        {u"基本满意，报告可以更清晰。", u"团队专业，但决策较慢。"},
        {u"进展良好，响应及时。", u"交付扎实，文档略有欠缺。"},
        {u"非常出色，按时按预算完成。", u"团队从一开始就理解我们的业务。"},
    };
    const int i = qBound(1, score, 5) - 1;
    return s(zh ? cn[i][variant % 2] : en[i][variant % 2]);
}

QString categoryName(const QString &category, bool zh)
{
    if (!zh)
        return category;
    static const QHash<QString, QString> names{
        {QStringLiteral("Analysis"), s(u"分析")},     {QStringLiteral("Design"), s(u"设计")},
        {QStringLiteral("Build"), s(u"开发与制图")},  {QStringLiteral("Test"), s(u"测试与校审")},
        {QStringLiteral("Deploy"), s(u"部署与交付")}, {QStringLiteral("PM"), s(u"项目管理")},
        {QStringLiteral("Support"), s(u"运维支持")}};
    return names.value(category, category);
}

QStringList timeEntryNotes(bool zh)
{
    if (zh)
        return {s(u"与客户现场沟通"), s(u"内部评审"), s(u"修改评审意见"), s(u"远程会议"), s(u"文档整理")};
    return {QStringLiteral("Workshop at the client"), QStringLiteral("Internal review"),
            QStringLiteral("Rework after review comments"), QStringLiteral("Remote session with the client"),
            QStringLiteral("Documentation")};
}

} // namespace Keel::Demo
