#include "taskdialog.h"

#include <edit/editservice.h>

#include "tasktreemodel.h"
#include "workspacedocument.h"

#include <model/durationtext.h>
#include <model/workspace.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Keel {

namespace {

enum PredecessorColumn { PredTaskColumn, PredTypeColumn, PredLagColumn };
enum ResourceColumn { ResNameColumn, ResUnitsColumn };
enum SkillColumn { SkillNameColumn, SkillLevelColumn, SkillWorkColumn, SkillStaffedColumn };

const char *const kRequirementProperty = "requirement";

QDateTimeEdit *dateTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    return edit;
}

Minutes minutesOf(const QDateTimeEdit *edit)
{
    return toMinutes(edit->dateTime());
}

QString constraintName(ConstraintType type)
{
    switch (type) {
    case ConstraintType::Asap: return TaskDialog::tr("As soon as possible");
    case ConstraintType::Alap: return TaskDialog::tr("As late as possible");
    case ConstraintType::Snet: return TaskDialog::tr("Start no earlier than");
    case ConstraintType::Snlt: return TaskDialog::tr("Start no later than");
    case ConstraintType::Fnet: return TaskDialog::tr("Finish no earlier than");
    case ConstraintType::Fnlt: return TaskDialog::tr("Finish no later than");
    case ConstraintType::Mso: return TaskDialog::tr("Must start on");
    case ConstraintType::Mfo: return TaskDialog::tr("Must finish on");
    }
    return {};
}

QString dependencyName(DependencyType type)
{
    switch (type) {
    case DependencyType::FinishStart: return TaskDialog::tr("Finish-to-start (FS)");
    case DependencyType::StartStart: return TaskDialog::tr("Start-to-start (SS)");
    case DependencyType::FinishFinish: return TaskDialog::tr("Finish-to-finish (FF)");
    case DependencyType::StartFinish: return TaskDialog::tr("Start-to-finish (SF)");
    }
    return {};
}

/// A table with Add and Remove buttons under it.
QWidget *tableWithButtons(QTableWidget *table, QWidget *parent, const std::function<void()> &add)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(TaskDialog::tr("Add"), page);
    auto *removeButton = new QPushButton(TaskDialog::tr("Remove"), page);
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    QObject::connect(addButton, &QPushButton::clicked, page, add);
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
    });
    return page;
}

} // namespace

TaskDialog::TaskDialog(TaskTreeModel *model, const Id &taskId, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_ws(model->document()->workspace())
    , m_taskId(taskId)
    , m_summary(m_ws.isSummary(taskId))
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_duration(new QLineEdit(this))
    , m_start(dateTimeEdit(this))
    , m_finish(dateTimeEdit(this))
    , m_percent(new QSpinBox(this))
    , m_milestone(new QCheckBox(tr("Milestone"), this))
    , m_scheduling(new QComboBox(this))
    , m_priority(new QSpinBox(this))
    , m_category(new QLineEdit(this))
    , m_clientVisible(new QCheckBox(tr("Visible to the client"), this))
    , m_predecessors(new QTableWidget(0, 3, this))
    , m_resources(new QTableWidget(0, 2, this))
    , m_notes(new QPlainTextEdit(this))
    , m_skills(new QTableWidget(0, 4, this))
    , m_optimistic(new QLineEdit(this))
    , m_mostLikely(new QLineEdit(this))
    , m_pessimistic(new QLineEdit(this))
    , m_constraint(new QComboBox(this))
    , m_constraintDate(dateTimeEdit(this))
    , m_hasDeadline(new QCheckBox(tr("Deadline"), this))
    , m_deadline(dateTimeEdit(this))
    , m_calendar(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Task Information"));
    m_tabs->addTab(generalTab(), tr("General"));
    m_tabs->addTab(predecessorsTab(), tr("Predecessors"));
    m_tabs->addTab(resourcesTab(), tr("Resources"));
    m_tabs->addTab(skillsTab(), tr("Skills"));
    m_tabs->addTab(estimatesTab(), tr("Estimates"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(advancedTab(), tr("Advanced"));

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);

    load();
    for (QLineEdit *e : {m_name, m_duration, m_category, m_optimistic, m_mostLikely, m_pessimistic})
        connect(e, &QLineEdit::textChanged, this, &TaskDialog::validate);
    connect(m_skills, &QTableWidget::itemChanged, this, &TaskDialog::validate);
    connect(m_skills->model(), &QAbstractItemModel::rowsRemoved, this, &TaskDialog::validate);
    for (QDateTimeEdit *e : {m_start, m_finish, m_constraintDate, m_deadline})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &TaskDialog::validate);
    connect(m_constraint, &QComboBox::currentIndexChanged, this, &TaskDialog::validate);
    connect(m_hasDeadline, &QCheckBox::toggled, this, &TaskDialog::validate);
    connect(m_predecessors, &QTableWidget::itemChanged, this, &TaskDialog::validate);
    connect(m_predecessors->model(), &QAbstractItemModel::rowsRemoved, this, &TaskDialog::validate);
    validate();
    // Wide enough for every tab's title.
    const int tabsWidth = m_tabs->tabBar()->sizeHint().width() + 2 * layout->contentsMargins().left() + 8;
    resize(sizeHint().expandedTo(QSize(std::max(fontMetrics().averageCharWidth() * 80, tabsWidth), fontMetrics().height() * 28)));
}

QWidget *TaskDialog::generalTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_percent->setRange(0, 100);
    m_percent->setSuffix(QLocale().percent());
    m_priority->setRange(0, 1000);
    m_scheduling->addItem(tr("Automatically scheduled"));
    m_scheduling->addItem(tr("Manually scheduled"));
    m_duration->setPlaceholderText(tr("for example 3d, 4h or 2w"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Finish:"), m_finish);
    form->addRow(tr("&Percent complete:"), m_percent);
    form->addRow(tr("Schedu&ling:"), m_scheduling);
    form->addRow(tr("P&riority:"), m_priority);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(QString(), m_milestone);
    form->addRow(QString(), m_clientVisible);
    return page;
}

QWidget *TaskDialog::predecessorsTab()
{
    m_predecessors->setHorizontalHeaderLabels({tr("Task"), tr("Type"), tr("Lag")});
    m_predecessors->setColumnWidth(PredTaskColumn, fontMetrics().averageCharWidth() * 40);
    m_predecessors->setColumnWidth(PredTypeColumn, fontMetrics().averageCharWidth() * 24);
    return tableWithButtons(m_predecessors, this, [this] { addPredecessorRow(); });
}

QWidget *TaskDialog::resourcesTab()
{
    m_resources->setHorizontalHeaderLabels({tr("Resource"), tr("Units")});
    m_resources->setColumnWidth(ResNameColumn, fontMetrics().averageCharWidth() * 40);
    return tableWithButtons(m_resources, this, [this] { addResourceRow(); });
}

QWidget *TaskDialog::skillsTab()
{
    m_skills->setHorizontalHeaderLabels({tr("Skill"), tr("Minimum level"), tr("Work"), tr("Staffed by")});
    m_skills->setColumnWidth(SkillLevelColumn, fontMetrics().averageCharWidth() * 17);
    m_skills->setColumnWidth(SkillWorkColumn, fontMetrics().averageCharWidth() * 12);
    m_skills->setColumnWidth(SkillStaffedColumn, fontMetrics().averageCharWidth() * 16);
    QWidget *page = tableWithButtons(m_skills, this, [this] { addSkillRow(); });
    // The skill takes what the fixed columns leave.
    m_skills->horizontalHeader()->setStretchLastSection(false);
    m_skills->horizontalHeader()->setSectionResizeMode(SkillNameColumn, QHeaderView::Stretch);
    auto *hint = new QLabel(page);
    hint->setWordWrap(true);
    if (m_ws.table<Skill>().size() == 0) {
        hint->setText(tr("The workspace's skill catalogue is empty: add skills under Resources ▸ Skills… first."));
        const QList<QPushButton *> buttons = page->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            b->setEnabled(false);
    } else {
        hint->setText(tr("People are recommended for each requirement by skill fit, availability in the task's "
                         "window and cost (Resources ▸ Staffing…). Empty work asks for the task's duration."));
    }
    qobject_cast<QVBoxLayout *>(page->layout())->insertWidget(0, hint);
    return page;
}

QWidget *TaskDialog::estimatesTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *hint = new QLabel(tr("The Monte Carlo forecast draws the task's length between these working durations. "
                               "Leave all three empty to let it spread the task's own duration."),
                            page);
    hint->setWordWrap(true);
    form->addRow(hint);
    for (QLineEdit *e : {m_optimistic, m_mostLikely, m_pessimistic})
        e->setPlaceholderText(tr("for example 3d, 4h or 2w"));
    form->addRow(tr("&Optimistic:"), m_optimistic);
    form->addRow(tr("&Most likely:"), m_mostLikely);
    form->addRow(tr("P&essimistic:"), m_pessimistic);
    return page;
}

QWidget *TaskDialog::advancedTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    for (int c = 0; c <= int(ConstraintType::Mfo); ++c)
        m_constraint->addItem(constraintName(ConstraintType(c)));
    m_calendar->addItem(tr("Project calendar"), QVariant::fromValue(Id()));
    for (const Calendar &c : m_ws.table<Calendar>())
        m_calendar->addItem(c.name, QVariant::fromValue(c.id));
    form->addRow(tr("C&onstraint:"), m_constraint);
    form->addRow(tr("Constraint &date:"), m_constraintDate);
    form->addRow(m_hasDeadline, m_deadline);
    form->addRow(tr("C&alendar:"), m_calendar);
    connect(m_constraint, &QComboBox::currentIndexChanged, m_constraintDate, [this](int type) {
        m_constraintDate->setEnabled(type != int(ConstraintType::Asap) && type != int(ConstraintType::Alap));
    });
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    return page;
}

void TaskDialog::load()
{
    const Task *t = m_ws.get<Task>(m_taskId);
    if (!t)
        return;
    setWindowTitle(tr("Task Information — %1").arg(t->name));
    m_name->setText(t->name);
    m_duration->setText(m_model->durationText(*t));
    m_duration->setEnabled(!m_summary);
    const Minutes projectStart = m_ws.get<Project>(t->projectId) ? m_ws.get<Project>(t->projectId)->start : kNoTime;
    const Minutes fallback = projectStart != kNoTime ? projectStart : toMinutes(QDate::currentDate(), 8 * 60);
    m_start->setDateTime(toDateTime(t->start != kNoTime ? t->start : fallback));
    m_finish->setDateTime(toDateTime(t->finish != kNoTime ? t->finish : fallback));
    m_finish->setEnabled(!m_summary);
    m_percent->setValue(t->percentComplete);
    m_percent->setEnabled(!m_summary);
    m_milestone->setChecked(t->milestone);
    m_scheduling->setCurrentIndex(t->scheduling == SchedulingMode::Manual ? 1 : 0);
    m_priority->setValue(t->priority);
    m_category->setText(t->category);
    m_clientVisible->setChecked(t->clientVisible);
    m_notes->setPlainText(t->notes);
    m_constraint->setCurrentIndex(int(t->constraint));
    m_constraintDate->setDateTime(toDateTime(t->constraintDate != kNoTime ? t->constraintDate : m_start->dateTime().isValid()
                                                 ? minutesOf(m_start) : fallback));
    m_constraintDate->setEnabled(t->constraint != ConstraintType::Asap && t->constraint != ConstraintType::Alap);
    m_hasDeadline->setChecked(t->deadline != kNoTime);
    m_deadline->setDateTime(toDateTime(t->deadline != kNoTime ? t->deadline : minutesOf(m_finish)));
    m_deadline->setEnabled(t->deadline != kNoTime);
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(QVariant::fromValue(t->calendarId))));

    for (const Id &d : m_ws.taskDependencies(m_taskId)) {
        const Dependency *dep = m_ws.get<Dependency>(d);
        if (dep && dep->successorId == m_taskId)
            addPredecessorRow(dep->predecessorId, dep->type, TaskEdits::lagText(dep->lag, dep->lagUnit, m_ws));
    }
    for (const Assignment &a : m_ws.table<Assignment>()) {
        if (a.taskId == m_taskId)
            addResourceRow(a.resourceId, a.units);
    }
    const DurationUnits units{m_ws.settings().minutesPerDay, m_ws.settings().minutesPerWeek, m_ws.settings().daysPerMonth};
    QList<const SkillRequirement *> requirements;
    for (const SkillRequirement &r : m_ws.table<SkillRequirement>()) {
        if (r.taskId == m_taskId)
            requirements.append(&r);
    }
    std::sort(requirements.begin(), requirements.end(), [this](const SkillRequirement *a, const SkillRequirement *b) {
        const Skill *sa = m_ws.get<Skill>(a->skillId);
        const Skill *sb = m_ws.get<Skill>(b->skillId);
        const QString na = sa ? sa->name : QString();
        const QString nb = sb ? sb->name : QString();
        return na != nb ? na.localeAwareCompare(nb) < 0 : a->id < b->id;
    });
    for (const SkillRequirement *r : std::as_const(requirements))
        addSkillRow(r->skillId, r->minLevel, DurationText::format(r->work, false, units), r->id);
    const QStringList estimate = TaskEdits::estimateTexts(m_ws, m_taskId);
    m_optimistic->setText(estimate.value(0));
    m_mostLikely->setText(estimate.value(1));
    m_pessimistic->setText(estimate.value(2));
    for (QLineEdit *e : {m_optimistic, m_mostLikely, m_pessimistic})
        e->setEnabled(!m_summary);
    m_skills->setEnabled(!m_summary);
}

void TaskDialog::addSkillRow(const Id &skill, int minLevel, const QString &work, const Id &requirement)
{
    const int row = m_skills->rowCount();
    m_skills->insertRow(row);
    auto *names = new QComboBox(m_skills);
    for (const Skill &s : m_ws.table<Skill>())
        names->addItem(s.category.isEmpty() ? s.name : tr("%1 (%2)").arg(s.name, s.category), QVariant::fromValue(s.id));
    names->model()->sort(0);
    names->setCurrentIndex(std::max(0, names->findData(QVariant::fromValue(skill))));
    names->setProperty(kRequirementProperty, QVariant::fromValue(requirement));
    auto *level = new QSpinBox(m_skills);
    level->setRange(1, 5);
    level->setValue(std::clamp(minLevel, 1, 5));
    m_skills->setCellWidget(row, SkillNameColumn, names);
    m_skills->setCellWidget(row, SkillLevelColumn, level);
    const QSignalBlocker blocker(m_skills);
    m_skills->setItem(row, SkillWorkColumn, new QTableWidgetItem(work));
    QString staffedBy;
    if (const SkillRequirement *r = m_ws.get<SkillRequirement>(requirement)) {
        const Assignment *a = m_ws.get<Assignment>(r->filledBy);
        if (const Resource *person = a ? m_ws.get<Resource>(a->resourceId) : nullptr)
            staffedBy = person->name;
    }
    auto *staffed = new QTableWidgetItem(staffedBy);
    staffed->setFlags(staffed->flags() & ~Qt::ItemIsEditable);
    m_skills->setItem(row, SkillStaffedColumn, staffed);
    connect(names, &QComboBox::currentIndexChanged, this, &TaskDialog::validate);
    connect(level, &QSpinBox::valueChanged, this, &TaskDialog::validate);
    validate();
}

QList<TaskEdits::SkillNeed> TaskDialog::skillNeeds(QString *error) const
{
    QList<TaskEdits::SkillNeed> needs;
    for (int row = 0; row < m_skills->rowCount(); ++row) {
        const auto *names = qobject_cast<QComboBox *>(m_skills->cellWidget(row, SkillNameColumn));
        const auto *level = qobject_cast<QSpinBox *>(m_skills->cellWidget(row, SkillLevelColumn));
        if (!names || !level)
            continue;
        TaskEdits::SkillNeed need;
        need.requirement = names->property(kRequirementProperty).value<Id>();
        need.skill = names->currentData().value<Id>();
        need.minLevel = level->value();
        const QString work = m_skills->item(row, SkillWorkColumn) ? m_skills->item(row, SkillWorkColumn)->text().trimmed()
                                                                  : QString();
        if (!work.isEmpty()) {
            bool elapsed = false;
            QString why;
            if (!m_model->parseDuration(work, &need.work, &elapsed, &why) || elapsed) {
                *error = tr("Skill requirement %1: the work “%2” is not a working duration: write for example 40h or 5d.")
                             .arg(row + 1)
                             .arg(work);
                return {};
            }
        }
        needs.append(need);
    }
    return needs;
}

void TaskDialog::addPredecessorRow(const Id &task, DependencyType type, const QString &lag)
{
    const Task *self = m_ws.get<Task>(m_taskId);
    if (!self)
        return;
    const int row = m_predecessors->rowCount();
    m_predecessors->insertRow(row);
    auto *tasks = new QComboBox(m_predecessors);
    for (const Id &id : m_ws.projectTasks(self->projectId)) {
        if (id != m_taskId)
            tasks->addItem(m_ws.wbsCode(id) + QStringLiteral("  ") + m_ws.get<Task>(id)->name, QVariant::fromValue(id));
    }
    tasks->setCurrentIndex(std::max(0, tasks->findData(QVariant::fromValue(task))));
    auto *types = new QComboBox(m_predecessors);
    for (int t = 0; t <= int(DependencyType::StartFinish); ++t)
        types->addItem(dependencyName(DependencyType(t)));
    types->setCurrentIndex(int(type));
    m_predecessors->setCellWidget(row, PredTaskColumn, tasks);
    m_predecessors->setCellWidget(row, PredTypeColumn, types);
    m_predecessors->setItem(row, PredLagColumn, new QTableWidgetItem(lag));
    connect(tasks, &QComboBox::currentIndexChanged, this, &TaskDialog::validate);
    validate();
}

void TaskDialog::addResourceRow(const Id &resource, double units)
{
    const int row = m_resources->rowCount();
    m_resources->insertRow(row);
    auto *names = new QComboBox(m_resources);
    for (const Resource &r : m_ws.resources()) {
        if (r.active || r.id == resource)
            names->addItem(r.name, QVariant::fromValue(r.id));
    }
    names->model()->sort(0);
    names->setCurrentIndex(std::max(0, names->findData(QVariant::fromValue(resource))));
    auto *percent = new QSpinBox(m_resources);
    percent->setRange(0, 10000);
    percent->setSuffix(QLocale().percent());
    percent->setValue(int(std::lround(units * 100)));
    m_resources->setCellWidget(row, ResNameColumn, names);
    m_resources->setCellWidget(row, ResUnitsColumn, percent);
    connect(names, &QComboBox::currentIndexChanged, this, &TaskDialog::validate);
}

QList<TaskEdits::Predecessor> TaskDialog::predecessors(QString *error) const
{
    QStringList items;
    for (int row = 0; row < m_predecessors->rowCount(); ++row) {
        const auto *tasks = qobject_cast<QComboBox *>(m_predecessors->cellWidget(row, PredTaskColumn));
        const auto *types = qobject_cast<QComboBox *>(m_predecessors->cellWidget(row, PredTypeColumn));
        if (!tasks || tasks->currentIndex() < 0)
            continue;
        QString lag = m_predecessors->item(row, PredLagColumn) ? m_predecessors->item(row, PredLagColumn)->text().trimmed()
                                                               : QString();
        if (!lag.isEmpty() && !lag.startsWith(QLatin1Char('+')) && !lag.startsWith(QLatin1Char('-')))
            lag.prepend(QLatin1Char('+'));
        items.append(m_ws.wbsCode(tasks->currentData().value<Id>())
                     + TaskEdits::typeText(DependencyType(types->currentIndex())) + lag);
    }
    QString why;
    const QList<TaskEdits::Predecessor> list = TaskEdits::parsePredecessors(m_ws, m_taskId, items.join(QLatin1Char(';')), &why);
    if (!why.isEmpty()) {
        *error = tr("Predecessors: %1").arg(why);
        return {};
    }
    QSet<Id> seen;
    for (const TaskEdits::Predecessor &p : list) {
        if (seen.contains(p.task)) {
            *error = tr("Predecessors: %1 is listed twice.").arg(m_ws.describe(EntityType::Task, p.task));
            return {};
        }
        seen.insert(p.task);
    }
    return list;
}

void TaskDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

QString TaskDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the task's name.");
    if (!m_summary) {
        Minutes minutes = 0;
        bool elapsed = false;
        QString error;
        if (!m_model->parseDuration(m_duration->text(), &minutes, &elapsed, &error))
            return error;
        if (m_finish->dateTime() < m_start->dateTime())
            return tr("The finish is before the start.");
    }
    QString error;
    predecessors(&error);
    if (!error.isEmpty())
        return error;
    const QList<TaskEdits::SkillNeed> needs = skillNeeds(&error);
    if (!error.isEmpty())
        return error;
    if (const TaskEdits::Result r = TaskEdits::setSkillRequirements(m_ws, m_taskId, needs); !r.ok())
        return r.error;
    return TaskEdits::setEstimateText(m_ws, m_taskId, m_optimistic->text(), m_mostLikely->text(), m_pessimistic->text())
        .error;
}

void TaskDialog::appendFieldChanges(ChangeSet &changes, const Task &t) const
{
    const auto set = [&](QByteArrayView field, const QVariant &now, const QVariant &was) {
        if (now != was)
            changes.update(EntityType::Task, t.id, field, now);
    };
    if (!m_summary)
        set("percent_complete", m_percent->value(), t.percentComplete);
    if (m_milestone->isChecked() != t.milestone)
        set("milestone", m_milestone->isChecked(), t.milestone);
    const SchedulingMode mode = m_scheduling->currentIndex() == 1 ? SchedulingMode::Manual : SchedulingMode::Auto;
    set("scheduling", enumName(mode), enumName(t.scheduling));
    set("priority", m_priority->value(), t.priority);
    set("category", m_category->text().trimmed(), t.category);
    set("client_visible", m_clientVisible->isChecked(), t.clientVisible);
    set("notes", m_notes->toPlainText(), t.notes);
    set("calendar_id", m_calendar->currentData(), QVariant::fromValue(t.calendarId));
    const ConstraintType constraint = ConstraintType(m_constraint->currentIndex());
    if (constraint != t.constraint) {
        changes.update(EntityType::Task, t.id, "constraint_type", enumName(constraint));
        const bool dated = constraint != ConstraintType::Asap && constraint != ConstraintType::Alap;
        changes.update(EntityType::Task, t.id, "constraint_date", dated ? minutesOf(m_constraintDate) : kNoTime);
    } else if (m_constraintDate->isEnabled() && minutesOf(m_constraintDate) != t.constraintDate) {
        changes.update(EntityType::Task, t.id, "constraint_date", minutesOf(m_constraintDate));
    }
    const Minutes deadline = m_hasDeadline->isChecked() ? minutesOf(m_deadline) : kNoTime;
    if (deadline != t.deadline)
        changes.update(EntityType::Task, t.id, "deadline", deadline);
}

QString TaskDialog::appendAssignmentChanges(ChangeSet &changes, const Task &t, Minutes duration) const
{
    QList<EditService::AssignmentSpec> specs;
    QSet<Id> kept;
    for (int row = 0; row < m_resources->rowCount(); ++row) {
        const auto *names = qobject_cast<QComboBox *>(m_resources->cellWidget(row, ResNameColumn));
        const auto *percent = qobject_cast<QSpinBox *>(m_resources->cellWidget(row, ResUnitsColumn));
        if (!names || names->currentIndex() < 0 || !percent)
            continue;
        const Id resource = names->currentData().value<Id>();
        if (kept.contains(resource))
            continue;
        kept.insert(resource);
        specs.append({resource, percent->value() / 100.0});
    }
    return EditService(m_ws).appendAssignments(changes, t.id, specs, duration);
}

TaskEdits::Result TaskDialog::edit() const
{
    TaskEdits::Result r;
    r.error = problem();
    const Task *t = m_ws.get<Task>(m_taskId);
    if (!t && r.error.isEmpty())
        r.error = tr("The task no longer exists.");
    if (!r.ok())
        return r;
    r.changes.setDescription(tr("Edit task “%1”").arg(t->name));
    const auto add = [&](const TaskEdits::Result &part) {
        if (!part.ok() && r.error.isEmpty())
            r.error = part.error;
        r.changes.append(part.changes);
    };
    add(TaskEdits::rename(m_ws, m_taskId, m_name->text()));

    Minutes duration = t->duration;
    if (!m_summary) {
        bool elapsed = false;
        QString ignored;
        m_model->parseDuration(m_duration->text(), &duration, &elapsed, &ignored);
        const bool durationChanged = duration != t->duration || elapsed != t->elapsed;
        if (durationChanged)
            add(TaskEdits::setDuration(m_ws, m_taskId, duration));
        if (elapsed != t->elapsed)
            r.changes.update(EntityType::Task, m_taskId, "elapsed", elapsed);
        const bool startChanged = t->start != kNoTime && minutesOf(m_start) != t->start;
        const bool finishChanged = t->finish != kNoTime && minutesOf(m_finish) != t->finish;
        if (startChanged)
            add(TaskEdits::setStart(m_ws, m_taskId, minutesOf(m_start)));
        else if (finishChanged && !durationChanged)
            add(TaskEdits::setFinish(m_ws, m_taskId, minutesOf(m_finish)));
    } else if (t->start != kNoTime && minutesOf(m_start) != t->start) {
        add(TaskEdits::setStart(m_ws, m_taskId, minutesOf(m_start)));
    }
    appendFieldChanges(r.changes, *t);
    QString error;
    add(TaskEdits::setPredecessors(m_ws, m_taskId, predecessors(&error)));
    add(TaskEdits::setSkillRequirements(m_ws, m_taskId, skillNeeds(&error)));
    add(TaskEdits::setEstimateText(m_ws, m_taskId, m_optimistic->text(), m_mostLikely->text(), m_pessimistic->text()));
    if (const QString refused = appendAssignmentChanges(r.changes, *t, duration); !refused.isEmpty())
        r.error = refused;
    return r;
}

void TaskDialog::accept()
{
    const TaskEdits::Result r = edit();
    if (!r.ok()) {
        m_problem->setText(r.error);
        m_problem->show();
        return;
    }
    QString refused;
    const auto connection = connect(m_model, &TaskTreeModel::editRefused, this,
                                    [&refused](const QString &message) { refused = message; });
    const bool ok = m_model->apply(r);
    disconnect(connection);
    if (!ok) {
        m_problem->setText(refused);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Keel
