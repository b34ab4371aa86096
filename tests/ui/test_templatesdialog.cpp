// Process templates in the desktop: a project saved as a template shows in the templates dialog,
// is renamed, its tasks edited; a built-in template refuses to be deleted with the reason; a
// workspace one is deleted and undo brings it back; the new-project dialog makes a project of it.

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <edit/editservice.h>
#include <model/workspace.h>
#include <store/store.h>
#include <ui/languagemanager.h>
#include <ui/newprojectdialog.h>
#include <ui/templateinfodialog.h>
#include <ui/templateoutlinedialog.h>
#include <ui/templatesdialog.h>
#include <ui/workspacedocument.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

struct Templates
{
    std::unique_ptr<WorkspaceDocument> doc = std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Templates")));
    Id project;

    explicit Templates(bool chinese = false)
    {
        const Edit e = EditService(ws()).createProject(QStringLiteral("consulting-engagement"),
                                                       chinese ? QStringLiteral("战略评估") : QStringLiteral("Strategy review"),
                                                       QStringLiteral("SR-1"), {}, QDate(2025, 3, 3), chinese);
        REQUIRE(e.ok());
        REQUIRE(doc->apply(e.changes));
        project = e.id;
    }
    const Workspace &ws() const { return doc->workspace(); }
    /// Saves the project as a template through the dialog, filling in @p name.
    QString saveAs(const QString &name, const QString &description = {})
    {
        whenModal([=](QWidget *w) {
            auto *d = qobject_cast<TemplateInfoDialog *>(w);
            REQUIRE(d);
            d->nameEdit()->setText(name);
            d->descriptionEdit()->setPlainText(description);
            d->accept();
        });
        return TemplatesDialog::saveProjectAsTemplate(doc.get(), project, nullptr);
    }
};

void answerYes()
{
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
        else
            answerYes();
    });
}

} // namespace

TEST_CASE("Process templates: save a project as template, rename, delete, undo, new project from it",
          "[templatesdialog]")
{
    Templates f;
    const QString key = f.saveAs(QStringLiteral("Our review"), QStringLiteral("How we review strategies"));
    REQUIRE(key == QStringLiteral("our-review"));

    // A second template of the same name is refused in the dialog, which stays open.
    QString refused;
    whenModal([&](QWidget *w) {
        auto *d = qobject_cast<TemplateInfoDialog *>(w);
        d->nameEdit()->setText(QStringLiteral("our REVIEW"));
        d->accept();
        refused = d->errorLabel()->isVisible() ? d->errorLabel()->text() : QString();
        d->reject();
    });
    CHECK(TemplatesDialog::saveProjectAsTemplate(f.doc.get(), f.project, nullptr).isEmpty());
    CHECK(refused.contains(QStringLiteral("already")));

    TemplatesDialog d(f.doc.get());
    REQUIRE(d.list()->topLevelItemCount() == 4);
    REQUIRE(d.selectTemplate(key));
    CHECK(d.list()->currentItem()->text(1) == QStringLiteral("Workspace"));
    CHECK(d.nameLabel()->text() == QStringLiteral("Our review"));
    const ProcessTemplate source = *ProcessTemplate::find(f.ws(), QStringLiteral("consulting-engagement"));
    CHECK(d.preview()->topLevelItemCount() == source.phases.size() + source.taskCount());
    CHECK(d.preview()->topLevelItem(1)->text(1) == source.phases[0].tasks[0].name);
    CHECK(d.preview()->topLevelItem(2)->text(3) == QStringLiteral("1.1"));

    // Rename.
    whenModal([](QWidget *w) {
        auto *info = qobject_cast<TemplateInfoDialog *>(w);
        info->nameEdit()->setText(QStringLiteral("Strategy review method"));
        info->accept();
    });
    d.renameTemplate();
    CHECK(ProcessTemplate::find(f.ws(), key)->name == QStringLiteral("Strategy review method"));
    CHECK(d.currentKey() == key);
    CHECK(d.nameLabel()->text() == QStringLiteral("Strategy review method"));

    // Edit the tasks: a bad predecessor is refused in the editor; a new task is added.
    whenModal([](QWidget *w) {
        auto *outline = qobject_cast<TemplateOutlineDialog *>(w);
        REQUIRE(outline);
        outline->tree()->setCurrentItem(outline->itemAt(2));
        outline->addTask();
        QTreeWidgetItem *added = outline->itemAt(3);
        REQUIRE(added);
        added->setText(TemplateOutlineDialog::NameColumn, QStringLiteral("Align the steering group"));
        added->setText(TemplateOutlineDialog::PredecessorsColumn, QStringLiteral("9"));
        outline->accept();
        CHECK(outline->errorLabel()->isVisible());
        CHECK(outline->errorLabel()->text().contains(QStringLiteral("Row 3")));
        added->setText(TemplateOutlineDialog::PredecessorsColumn, QStringLiteral("2"));
        outline->accept();
        CHECK_FALSE(outline->errorLabel()->isVisible());
    });
    d.editTasks();
    CHECK(ProcessTemplate::find(f.ws(), key)->taskCount() == source.taskCount() + 1);
    CHECK(d.preview()->topLevelItem(2)->text(1) == QStringLiteral("Align the steering group"));

    // A built-in template is not deleted: the reason is shown.
    REQUIRE(d.selectTemplate(QStringLiteral("it-outsourcing")));
    MessageCatcher catcher;
    catcher.arm();
    d.deleteTemplate();
    REQUIRE(catcher.texts.size() == 1);
    CHECK(catcher.texts[0].contains(QStringLiteral("built-in")));
    CHECK(d.list()->topLevelItemCount() == 4);

    // A workspace one is, after asking; undo brings it back into the list.
    REQUIRE(d.selectTemplate(key));
    answerYes();
    d.deleteTemplate();
    CHECK_FALSE(ProcessTemplate::find(f.ws(), key));
    CHECK(d.list()->topLevelItemCount() == 3);
    f.doc->undoStack()->undo();
    CHECK(ProcessTemplate::find(f.ws(), key));
    CHECK(d.selectTemplate(key));

    // The new-project dialog lists it; the project made from it has its tasks.
    NewProjectDialog np(f.ws());
    int index = -1;
    for (int i = 0; i < np.templateCombo()->count(); ++i)
        if (np.templateCombo()->itemText(i).startsWith(QStringLiteral("Strategy review method")))
            index = i;
    REQUIRE(index > 0);
    np.templateCombo()->setCurrentIndex(index);
    np.nameEdit()->setText(QStringLiteral("Second review"));
    Id second;
    QString error;
    const std::optional<ChangeSet> made = np.changes(&second, &error);
    INFO(error.toStdString());
    REQUIRE(made);
    REQUIRE(f.doc->apply(*made));
    const QList<Id> tasks = f.ws().projectTasks(second);
    CHECK(tasks.size() == source.phases.size() + source.taskCount() + 1);
    CHECK(f.ws().get<Task>(tasks[2])->name == QStringLiteral("Align the steering group"));
}

TEST_CASE("Process templates: Manage… in the new-project dialog", "[templatesdialog]")
{
    Templates f;
    NewProjectDialog np(f.ws());
    np.enableManage(f.doc.get());
    CHECK_FALSE(np.manageButton()->isHidden());
    const int before = np.templateCombo()->count();
    whenModal([&](QWidget *w) {
        auto *templates = qobject_cast<TemplatesDialog *>(w);
        REQUIRE(templates);
        whenModal([](QWidget *info) {
            qobject_cast<TemplateInfoDialog *>(info)->nameEdit()->setText(QStringLiteral("Fresh start"));
            qobject_cast<TemplateInfoDialog *>(info)->accept();
        });
        templates->newTemplate();
        templates->accept();
    });
    np.manageButton()->click();
    CHECK(np.templateCombo()->count() == before + 1);
    CHECK(np.templateCombo()->currentText().startsWith(QStringLiteral("Fresh start")));
}

TEST_CASE("Process templates screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        const QString lang = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        Templates f(chinese);
        whenModal([&](QWidget *w) {
            auto *d = qobject_cast<TemplateInfoDialog *>(w);
            d->nameEdit()->setText(chinese ? QStringLiteral("战略评估方法") : QStringLiteral("Strategy review method"));
            d->descriptionEdit()->setPlainText(chinese ? QStringLiteral("我们做战略评估的标准流程。")
                                                       : QStringLiteral("How we run a strategy review, start to finish."));
            QCoreApplication::processEvents();
            CHECK(d->grab().save(QDir(dir).filePath(QStringLiteral("save-as-template-%1.png").arg(lang))));
            d->accept();
        });
        const QString key = TemplatesDialog::saveProjectAsTemplate(f.doc.get(), f.project, nullptr);
        TemplatesDialog d(f.doc.get());
        d.show();
        d.selectTemplate(key);
        QCoreApplication::processEvents();
        CHECK(d.grab().save(QDir(dir).filePath(QStringLiteral("templates-%1.png").arg(lang))));
        whenModal([&](QWidget *w) {
            w->show();
            QCoreApplication::processEvents();
            CHECK(w->grab().save(QDir(dir).filePath(QStringLiteral("template-tasks-%1.png").arg(lang))));
            qobject_cast<QDialog *>(w)->reject();
        });
        d.editTasks();
        languages.install(QStringLiteral("en"));
    }
}
