// The whole way a project manager goes, offscreen, in the desktop's own dialogs and views: from
// an empty workspace to a closed project — a holiday calendar, five people with rates and skills,
// a client, a project from a process template with a budget, tasks and links, every gate passed,
// a baseline, two weeks of progress, time logged and approved, an expense, closed and archived.
// After each step the workspace is checked, the step is undone (the workspace is as before it)
// and redone (as after it).

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/recordjson.h>
#include <model/workspace.h>
#include <store/store.h>
#include <ui/baselinedialog.h>
#include <ui/calendardialog.h>
#include <ui/clientsview.h>
#include <ui/closingdialog.h>
#include <ui/expensesdialog.h>
#include <ui/lifecycleview.h>
#include <ui/newprojectdialog.h>
#include <ui/progressdialog.h>
#include <ui/projectplanview.h>
#include <ui/projectpropertiesdialog.h>
#include <ui/requirementmodel.h>
#include <ui/resourcedialog.h>
#include <ui/skillsdialog.h>
#include <ui/taskdialog.h>
#include <ui/tasktreemodel.h>
#include <ui/timesheetdialog.h>
#include <ui/workspacedocument.h>

#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace Keel;
using namespace KeelTest;

namespace {

/// Every record as text, for comparing whole workspaces.
QString dump(const Workspace &ws)
{
    QStringList lines;
    for (int t = 0; t < kEntityTypeCount; ++t) {
        const EntityType type = EntityType(t);
        for (const Id &id : ws.table(type).ids())
            lines << QString::fromLatin1(entityMeta(type).name) + u' '
                         + QString::fromUtf8(QJsonDocument(RecordJson::toJson(ws, type, id)).toJson(QJsonDocument::Compact));
    }
    lines.sort();
    return lines.join(u'\n');
}

/// The lines of two dumps that differ.
std::string difference(const QString &a, const QString &b)
{
    const QStringList la = a.split(u'\n');
    const QStringList lb = b.split(u'\n');
    QStringList out;
    for (const QString &l : la)
        if (!lb.contains(l))
            out << QStringLiteral("- ") + l;
    for (const QString &l : lb)
        if (!la.contains(l))
            out << QStringLiteral("+ ") + l;
    return out.join(u'\n').toStdString();
}

struct Journey
{
    std::unique_ptr<WorkspaceDocument> doc = std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Journey")));
    const Workspace &ws() const { return doc->workspace(); }

    /// Runs @p act, checks with @p check, undoes the step's commands (the workspace is as before)
    /// and redoes them (as after, and @p check holds again).
    void step(const char *name, const std::function<void()> &act, const std::function<void()> &check)
    {
        INFO("step: " << name);
        QUndoStack *undo = doc->undoStack();
        const QString before = dump(ws());
        const int count = undo->count();
        act();
        check();
        const int added = undo->count() - count;
        REQUIRE(added >= 1);
        const QString after = dump(ws());
        CHECK(after != before);
        for (int i = 0; i < added; ++i)
            undo->undo();
        const QString undone = dump(ws());
        INFO(difference(before, undone));
        CHECK(undone == before);
        for (int i = 0; i < added; ++i)
            undo->redo();
        const QString redone = dump(ws());
        INFO(difference(after, redone));
        CHECK(redone == after);
        check();
    }
    void apply(const Edit &edit)
    {
        INFO(edit.error.toStdString());
        REQUIRE(edit.ok());
        REQUIRE(doc->apply(edit.changes));
    }
    Id task(const Id &project, const QString &name) const
    {
        for (const Task &t : ws().tasks())
            if (t.projectId == project && t.name == name)
                return t.id;
        return {};
    }
    Id resource(const QString &name) const
    {
        for (const Resource &r : ws().resources())
            if (r.name == name)
                return r.id;
        return {};
    }
    Phase phase(const Id &project) const { return ws().get<Project>(project)->phase; }
};

} // namespace

TEST_CASE("From an empty workspace to a closed project, each step checked and undone", "[journey]")
{
    Journey j;
    const Workspace &ws = j.ws();

    // 1. The mainland China calendar with its holidays and make-up working days.
    Id calendar;
    j.step("calendar", [&] {
        CalendarDialog d(j.doc.get());
        REQUIRE(d.addBuiltIn(QStringLiteral("cn")));
        calendar = d.currentCalendar();
    }, [&] {
        REQUIRE(ws.get<Calendar>(calendar));
        CHECK(ws.get<Calendar>(calendar)->exceptions.size() > 80);
    });

    // 2. Skills, then five people with rates and skills.
    j.step("skills", [&] {
        SkillsDialog d(j.doc.get());
        REQUIRE(d.addSkill(QStringLiteral("Architecture"), QStringLiteral("Engineering")));
        REQUIRE(d.addSkill(QStringLiteral("Testing"), QStringLiteral("Engineering")));
    }, [&] { CHECK(ws.table<Skill>().size() == 2); });
    const Id architecture = ws.table<Skill>().begin()->name == QStringLiteral("Architecture") ? ws.table<Skill>().begin()->id
                                                                                            : std::next(ws.table<Skill>().begin())->id;
    const QStringList people = {QStringLiteral("王芳"), QStringLiteral("李伟"), QStringLiteral("张敏"), QStringLiteral("Ann Lee"),
                                QStringLiteral("Bob Chen")};
    j.step("five people", [&] {
        for (int i = 0; i < people.size(); ++i) {
            Resource r;
            r.id = newId();
            ResourceDialog d(ws, r);
            d.nameEdit()->setText(people[i]);
            d.emailEdit()->setText(QStringLiteral("p%1@example.com").arg(i));
            d.currencyBox()->setCurrentText(QStringLiteral("CNY"));
            QTableWidget *rates = d.ratesTable();
            rates->setRowCount(1);
            rates->setItem(0, 0, new QTableWidgetItem());                                  // from the start
            rates->setItem(0, 1, new QTableWidgetItem(QString::number(300 + 50 * i)));     // cost / hour
            rates->setItem(0, 2, new QTableWidgetItem(QStringLiteral("450")));             // overtime / hour
            rates->setItem(0, 3, new QTableWidgetItem(QString::number(600 + 100 * i)));    // bill / hour
            d.addSkill();
            auto *skill = qobject_cast<QComboBox *>(d.skillsTable()->cellWidget(0, 0));
            skill->setCurrentIndex(skill->findData(QVariant::fromValue(architecture)));
            qobject_cast<QSpinBox *>(d.skillsTable()->cellWidget(0, 1))->setValue(2 + i % 4);
            d.accept();
            REQUIRE(d.result() == QDialog::Accepted);
            j.apply(d.edit());
        }
    }, [&] {
        CHECK(ws.resources().size() == 5);
        const Resource *bob = ws.get<Resource>(j.resource(QStringLiteral("Bob Chen")));
        REQUIRE(bob);
        REQUIRE(bob->rates.size() == 1);
        CHECK(bob->rates[0].billPerHour == 100000);
        CHECK(ws.table<ResourceSkill>().size() == 5);
    });

    // 3. The client.
    j.step("client", [&] {
        ClientsView clients(j.doc.get());
        whenModal([](QWidget *w) {
            auto *input = qobject_cast<QInputDialog *>(w);
            REQUIRE(input);
            input->setTextValue(QStringLiteral("Northwind Trading"));
            input->accept();
        });
        clients.newClient();
    }, [&] { CHECK(ws.clients().size() == 1); });
    const Id client = ws.clients().begin()->id;

    // 4. A project from a process template, on the holiday calendar; then its budget.
    Id project;
    j.step("project from a template", [&] {
        NewProjectDialog d(ws);
        d.nameEdit()->setText(QStringLiteral("Customer portal"));
        d.codeEdit()->setText(QStringLiteral("NW-001"));
        d.clientCombo()->setCurrentIndex(d.clientCombo()->findData(QVariant::fromValue(client)));
        d.templateCombo()->setCurrentIndex(1);
        d.startEdit()->setDate(QDate(2026, 1, 5));
        d.calendarCombo()->setCurrentIndex(d.calendarCombo()->findData(QVariant::fromValue(calendar)));
        QString error;
        const std::optional<ChangeSet> changes = d.changes(&project, &error);
        INFO(error.toStdString());
        REQUIRE(changes);
        REQUIRE(j.doc->apply(*changes));
    }, [&] {
        const Project *p = ws.get<Project>(project);
        REQUIRE(p);
        CHECK(p->clientId == client);
        CHECK(p->calendarId == calendar);
        CHECK(p->phase == Phase::Initiation);
    });
    j.step("budget", [&] {
        ProjectPropertiesDialog d(ws, *ws.get<Project>(project));
        d.currencyBox()->setCurrentText(QStringLiteral("CNY"));
        d.budgetEdit()->setText(QStringLiteral("480000"));
        d.accept();
        REQUIRE(d.result() == QDialog::Accepted);
        j.apply(d.edit());
    }, [&] { CHECK(ws.get<Project>(project)->budget == 48000000); });

    // 5. Initiation: the scope and the requirements, reviewed; the first gate.
    LifecycleView lifecycle(j.doc.get());
    lifecycle.setProjectId(project);
    j.step("scope and requirements", [&] {
        lifecycle.scopeEditor()->setPlainText(QStringLiteral("A self-service portal for Northwind's customers: orders, invoices, support."));
        REQUIRE(lifecycle.saveScope());
        REQUIRE_FALSE(lifecycle.addRequirement(QStringLiteral("Customers see their orders")).isNull());
        REQUIRE_FALSE(lifecycle.addRequirement(QStringLiteral("Customers download invoices")).isNull());
    }, [&] { CHECK_FALSE(ws.get<Project>(project)->scopeStatement.isEmpty()); });
    j.step("requirements approved", [&] {
        RequirementModel *model = lifecycle.requirementModel();
        for (int row = 0; row < model->rowCount(); ++row)
            REQUIRE(model->setData(model->index(row, RequirementModel::AcceptanceColumn), int(AcceptanceState::Approved)));
    }, [&] {
        for (const Requirement &r : ws.table<Requirement>())
            CHECK(r.acceptance == AcceptanceState::Approved);
    });
    // 6. Planning: tasks with durations and links, staffed, a baseline.
    j.step("gate: initiation → planning", [&] {
        QString error;
        const bool ok = lifecycle.advance(&error);
        INFO(error.toStdString());
        REQUIRE(ok);
    }, [&] { CHECK(j.phase(project) == Phase::Planning); });

    ProjectPlanView plan(j.doc.get());
    plan.setProjectId(project);
    TaskTreeModel *tasks = plan.model();
    const int templateTasks = int(ws.projectTasks(project).size());
    const QStringList names = {QStringLiteral("Design"), QStringLiteral("Build"), QStringLiteral("Test")};
    j.step("tasks and links", [&] {
        for (int i = 0; i < names.size(); ++i) {
            plan.selectTask(ws.projectTasks(project).value(ws.projectTasks(project).size() - 1));
            plan.insertTask();
            const QModelIndex current = plan.tree()->currentIndex();
            REQUIRE(tasks->setData(current.siblingAtColumn(TaskTreeModel::NameColumn), names[i]));
            REQUIRE(tasks->setData(current.siblingAtColumn(TaskTreeModel::DurationColumn), QStringLiteral("%1d").arg(5 * (i + 1))));
        }
        plan.selectTask(j.task(project, QStringLiteral("Build")));
        const int designRow = tasks->rowNumbers().value(j.task(project, QStringLiteral("Design")));
        REQUIRE(tasks->setData(plan.tree()->currentIndex().siblingAtColumn(TaskTreeModel::PredecessorsColumn), QString::number(designRow)));
        plan.selectTask(j.task(project, QStringLiteral("Test")));
        const int buildRow = tasks->rowNumbers().value(j.task(project, QStringLiteral("Build")));
        REQUIRE(tasks->setData(plan.tree()->currentIndex().siblingAtColumn(TaskTreeModel::PredecessorsColumn), QString::number(buildRow)));
    }, [&] {
        CHECK(int(ws.projectTasks(project).size()) == templateTasks + 3);
        const Task *build = ws.get<Task>(j.task(project, QStringLiteral("Build")));
        const Task *design = ws.get<Task>(j.task(project, QStringLiteral("Design")));
        REQUIRE(build);
        REQUIRE(design);
        CHECK(build->start >= design->finish);
        CHECK(build->duration == 10 * 480);
    });
    j.step("every task staffed", [&] {
        int n = 0;
        for (const Id &t : ws.projectTasks(project)) {
            if (ws.isSummary(t))
                continue;
            TaskDialog d(tasks, t);
            d.addResourceRow(j.resource(people[n++ % people.size()]), 1.0);
            d.accept();
            REQUIRE(d.problem().isEmpty());
            REQUIRE(tasks->apply(d.edit()));
        }
    }, [&] {
        for (const Id &t : ws.projectTasks(project)) {
            if (ws.isSummary(t))
                continue;
            bool staffed = false;
            for (const Assignment &a : ws.table<Assignment>())
                staffed = staffed || a.taskId == t;
            CHECK(staffed);
        }
    });
    j.step("baseline", [&] {
        BaselineDialog d(ws, project, {});
        d.save();
        REQUIRE(d.result() == QDialog::Accepted);
        j.apply(d.edit());
    }, [&] { CHECK(ws.table<Baseline>().size() == 1); });
    j.step("gate: planning → execution", [&] {
        QString error;
        const bool ok = lifecycle.advance(&error);
        INFO(error.toStdString());
        REQUIRE(ok);
    }, [&] { CHECK(j.phase(project) == Phase::Execution); });

    // 7. Execution: two weeks of progress, a week of time approved, an expense.
    const Minutes projectStart = ws.get<Project>(project)->start;
    const QDate firstDay = toDate(projectStart);
    j.step("progress, week 1", [&] {
        UpdateProjectDialog d(ws, project);
        d.statusDateEdit()->setDate(firstDay.addDays(6));
        d.save();
        REQUIRE(d.result() == QDialog::Accepted);
        j.apply(d.edit());
    }, [&] { CHECK(ws.get<Project>(project)->statusDate == toMinutes(firstDay.addDays(6))); });
    j.step("progress, week 2", [&] {
        UpdateProjectDialog d(ws, project);
        d.statusDateEdit()->setDate(firstDay.addDays(13));
        d.save();
        REQUIRE(d.result() == QDialog::Accepted);
        j.apply(d.edit());
    }, [&] {
        int started = 0;
        for (const Id &t : ws.projectTasks(project))
            started += ws.get<Task>(t)->percentComplete > 0 ? 1 : 0;
        CHECK(started > 0);
    });
    const Id design = j.task(project, QStringLiteral("Design"));
    Id designer;
    for (const Assignment &a : ws.table<Assignment>())
        if (a.taskId == design)
            designer = a.resourceId;
    j.step("time logged, submitted, approved", [&] {
        TimesheetDialog d(j.doc.get(), designer, toDate(ws.get<Task>(design)->start));
        int row = -1;
        for (int r = 0; r < d.grid()->rowCount() - 1; ++r)
            if (d.grid()->item(r, 0)->text().contains(u"Design"))
                row = r;
        REQUIRE(row >= 0);
        for (int day = 0; day < 5; ++day)
            REQUIRE(d.setCell(row, day, QStringLiteral("8")));
        d.submit();
        whenModal([](QWidget *w) {
            auto *input = qobject_cast<QInputDialog *>(w);
            REQUIRE(input);
            input->accept();
        });
        d.approveButton()->click();
        CHECK(d.week().locked());
    }, [&] {
        Minutes logged = 0;
        for (const TimeEntry &e : ws.table<TimeEntry>())
            logged += e.minutes;
        CHECK(logged == 5 * 480);
    });
    j.step("an expense", [&] {
        Expense x;
        x.projectId = project;
        x.currency = QStringLiteral("CNY");
        ExpenseDialog d(ws, x);
        d.categoryBox()->setCurrentText(QStringLiteral("Travel"));
        d.amountEdit()->setText(QStringLiteral("1280.00"));
        d.save();
        REQUIRE(d.result() == QDialog::Accepted);
        j.apply(d.edit());
    }, [&] { CHECK(ws.table<Expense>().size() == 1); });
    j.step("gate: execution → monitoring", [&] {
        QString error;
        const bool ok = lifecycle.advance(&error);
        INFO(error.toStdString());
        REQUIRE(ok);
    }, [&] { CHECK(j.phase(project) == Phase::Monitoring); });

    // 8. Everything finished and delivered; the monitoring gate; sign-off; closed and archived.
    j.step("every task complete", [&] {
        QList<Id> leaves;
        for (const Id &t : ws.projectTasks(project))
            if (!ws.isSummary(t))
                leaves << t;
        ProgressDialog d(ws, tasks, leaves);
        d.percentBox()->setValue(100);
        d.save();
        REQUIRE(d.result() == QDialog::Accepted);
        j.apply(d.edit());
    }, [&] {
        for (const Id &t : ws.projectTasks(project))
            if (!ws.isSummary(t))
                CHECK(ws.get<Task>(t)->percentComplete == 100);
    });
    j.step("requirements delivered", [&] {
        RequirementModel *model = lifecycle.requirementModel();
        for (int row = 0; row < model->rowCount(); ++row)
            REQUIRE(model->setData(model->index(row, RequirementModel::AcceptanceColumn), int(AcceptanceState::Accepted)));
    }, [&] {
        for (const Requirement &r : ws.table<Requirement>())
            CHECK(r.acceptance == AcceptanceState::Accepted);
    });
    j.step("gate: monitoring → closing", [&] {
        QString error;
        const bool ok = lifecycle.advance(&error);
        INFO(error.toStdString());
        REQUIRE(ok);
    }, [&] { CHECK(j.phase(project) == Phase::Closing); });
    j.step("sign-off, lessons, closed and archived", [&] {
        ClosingDialog d(ws, project);
        d.signedByEdit()->setText(QStringLiteral("Helen Shaw, COO, Northwind"));
        d.lessonsTable()->item(0, 0)->setText(QStringLiteral("Agree the invoice format before the build"));
        REQUIRE(d.archiveNow());
        REQUIRE(j.doc->apply(d.changes()));
        QString error;
        const bool ok = lifecycle.advance(&error);
        INFO(error.toStdString());
        REQUIRE(ok);
    }, [&] {
        CHECK(j.phase(project) == Phase::Closed);
        CHECK(ws.table<LessonLearned>().size() >= 1);
    });
}
