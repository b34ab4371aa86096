// Renders the Lifecycle and Risks tabs to PNG files for review, in English and Chinese. Hidden:
// run with `test_ui "[.screenshots]"` and KEEL_SCREENSHOT_DIR set to the output folder.

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <store/store.h>
#include <ui/languagemanager.h>
#include <ui/lifecycleview.h>
#include <ui/riskregisterview.h>
#include <ui/workspacedocument.h>
#include <workflow/phasegate.h>
#include <workflow/processtemplate.h>

#include <QDir>
#include <QPixmap>

using namespace Keel;
using namespace KeelTest;

namespace {

struct Sample
{
    std::unique_ptr<WorkspaceDocument> doc;
    Id project;
};

Sample sample(bool chinese)
{
    Sample s;
    s.doc = std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Sample")));
    QString error;
    REQUIRE(s.doc->store().apply(samplePortfolio(chinese), &error));
    const Workspace &ws = s.doc->workspace();

    NewProjectSpec spec;
    spec.name = chinese ? QStringLiteral("服务台外包接管") : QStringLiteral("Service desk takeover");
    spec.code = QStringLiteral("MER-021");
    spec.clientId = ws.clients().begin()->id;
    spec.start = QDate(2025, 3, 3);
    spec.language = chinese ? TemplateLanguage::Chinese : TemplateLanguage::English;
    std::optional<ChangeSet> cs = TemplateInstantiator::instantiate(ProcessTemplate::builtIn().constFirst(), ws, spec,
                                                                    &s.project, &error);
    REQUIRE(cs);
    cs->update(EntityType::Project, s.project, "scope_statement",
               chinese ? QStringLiteral("接管客户一线服务台及二线应用支持（12 个应用），包含知识转移、并行运行和切换；不含硬件更新。")
                       : QStringLiteral("Take over the client's first-line service desk and second-line support for 12 "
                                        "applications: knowledge transfer, parallel run and cut-over. Hardware refresh is out of scope."));
    cs->update(EntityType::Project, s.project, "budget", qint64(48000000));
    struct Req { const char *code; const char *en; const char *zh; AcceptanceState state; int priority; };
    const Req reqs[] = {
        {"R-001", "Answer 90% of calls within 30 seconds", "90% 的来电在 30 秒内接听", AcceptanceState::Approved, 1},
        {"R-002", "Resolve priority-1 incidents within 4 hours", "一级事件 4 小时内解决", AcceptanceState::Approved, 1},
        {"R-003", "Monthly service report to the client board", "每月向客户董事会提交服务报告", AcceptanceState::Approved, 2},
        {"R-004", "Self-service password reset", "自助密码重置", AcceptanceState::Rejected, 3},
        {"R-005", "Knowledge base in English and Chinese", "中英文知识库", AcceptanceState::Approved, 2},
    };
    for (const Req &r : reqs) {
        Requirement q;
        q.id = newId();
        q.projectId = s.project;
        q.code = QString::fromLatin1(r.code);
        q.title = chinese ? QString::fromUtf8(r.zh) : QString::fromUtf8(r.en);
        q.acceptance = r.state;
        q.priority = r.priority;
        q.inScope = r.state != AcceptanceState::Rejected;
        cs->insert(q);
    }
    REQUIRE(s.doc->apply(*cs, &error));
    const AdvanceResult toPlanning = PhaseGate::advance(ws, s.project);
    REQUIRE(toPlanning.ok());
    REQUIRE(s.doc->apply(toPlanning.changes));

    QList<Id> people;
    for (const Resource &r : ws.resources())
        people << r.id;
    struct R { const char *en; const char *zh; int p; int i; RiskStatus status; int dueDays; };
    const R risks[] = {
        {"Incumbent withholds knowledge", "原供应商不配合知识转移", 4, 5, RiskStatus::Mitigating, -5},
        {"Key engineer leaves during transition", "过渡期间关键工程师离职", 3, 4, RiskStatus::Open, 20},
        {"Ticketing data cannot be migrated", "工单数据无法迁移", 2, 4, RiskStatus::Open, 35},
        {"Client approvals take longer than planned", "客户审批时间超出计划", 4, 2, RiskStatus::Open, -2},
        {"Licence costs rise at renewal", "续约时许可费用上涨", 2, 2, RiskStatus::Occurred, 10},
        {"Network cut-over window too short", "网络切换窗口过短", 1, 5, RiskStatus::Closed, -30},
    };
    ChangeSet riskSet(QStringLiteral("risks"));
    int n = 0;
    for (const R &r : risks) {
        Risk k;
        k.id = newId();
        k.projectId = s.project;
        k.title = chinese ? QString::fromUtf8(r.zh) : QString::fromUtf8(r.en);
        k.probability = r.p;
        k.impact = r.i;
        k.status = r.status;
        k.ownerId = people.value(n++ % std::max<qsizetype>(1, people.size()));
        k.dueDate = toMinutes(QDate::currentDate().addDays(r.dueDays));
        riskSet.insert(k);
    }
    REQUIRE(s.doc->apply(riskSet));
    return s;
}

void save(QWidget &w, const QString &name)
{
    w.resize(1280, 720);
    w.show();
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    CHECK(w.grab().save(QDir(dir).filePath(name)));
}

} // namespace

TEST_CASE("Lifecycle and risk screenshots", "[.screenshots]")
{
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        Sample s = sample(chinese);
        const QString suffix = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        LifecycleView lifecycle(s.doc.get());
        lifecycle.setProjectId(s.project);
        save(lifecycle, QStringLiteral("lifecycle-%1.png").arg(suffix));
        RiskRegisterView risks(s.doc.get());
        risks.setProjectId(s.project);
        save(risks, QStringLiteral("risks-%1.png").arg(suffix));
        languages.install(QStringLiteral("en"));
    }
}

TEST_CASE("Lifecycle and risk screenshots of a workspace file", "[.screenshots-file]")
{
    // KEEL_SCREENSHOT_WORKSPACE names a .keel file; every project is rendered.
    const QString path = qEnvironmentVariable("KEEL_SCREENSHOT_WORKSPACE");
    REQUIRE_FALSE(path.isEmpty());
    QString error;
    std::unique_ptr<WorkspaceDocument> doc = WorkspaceDocument::openOrCreate(path, &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    for (const Project &p : doc->workspace().projects()) {
        LifecycleView lifecycle(doc.get());
        lifecycle.setProjectId(p.id);
        save(lifecycle, QStringLiteral("file-lifecycle-%1.png").arg(p.code));
        RiskRegisterView risks(doc.get());
        risks.setProjectId(p.id);
        save(risks, QStringLiteral("file-risks-%1.png").arg(p.code));
    }
}
