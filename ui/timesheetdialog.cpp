#include "timesheetdialog.h"

#include "workspacedocument.h"

#include <edit/editservice.h>
#include <model/durationtext.h>
#include <model/workspace.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

constexpr int kDays = 7;
constexpr int kFirstDay = 1;            // column of Monday; column 0 is the task
constexpr int kTotalColumn = kFirstDay + kDays;

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QString taskLabel(const Workspace &ws, const Id &task)
{
    const Task *t = ws.get<Task>(task);
    const Project *p = t ? ws.get<Project>(t->projectId) : nullptr;
    if (!t)
        return {};
    return QStringLiteral("%1 · %2 %3").arg(p ? p->name : QString(), ws.wbsCode(task), t->name);
}

} // namespace

TimesheetDialog::TimesheetDialog(WorkspaceDocument *document, const Id &resource, QDate day, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_person(new QComboBox(this))
    , m_weekLabel(new QLabel(this))
    , m_state(new QLabel(this))
    , m_grid(new QTableWidget(0, kTotalColumn + 1, this))
    , m_addTask(new QComboBox(this))
{
    setWindowTitle(tr("Timesheet"));
    const Workspace &ws = m_document->workspace();

    QList<const Resource *> people;
    for (const Resource &r : ws.resources()) {
        if (r.kind == ResourceKind::Person && (r.active || r.id == resource))
            people.append(&r);
    }
    std::sort(people.begin(), people.end(),
              [](const Resource *a, const Resource *b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    for (const Resource *r : std::as_const(people))
        m_person->addItem(r->name, QVariant::fromValue(r->id));
    m_person->setCurrentIndex(std::max(0, m_person->findData(QVariant::fromValue(resource))));

    auto *personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous week (Ctrl+PgUp)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next week (Ctrl+PgDown)"));
    auto *today = new QPushButton(tr("This &Week"), this);
    today->setAutoDefault(false);
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    m_weekLabel->setFont(bold);
    m_weekLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    m_weekLabel->setAlignment(Qt::AlignCenter);

    auto *top = new QHBoxLayout;
    top->addWidget(personLabel);
    top->addWidget(m_person, 1);
    top->addSpacing(12);
    top->addWidget(previous);
    top->addWidget(m_weekLabel);
    top->addWidget(next);
    top->addWidget(today);

    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = kFirstDay; c <= kTotalColumn; ++c)
        m_grid->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::EditKeyPressed);
    m_grid->setToolTip(tr("Type the hours worked: 7.5, 7h 30m or 450m; empty or 0 removes them"));

    auto *addLabel = new QLabel(tr("&Add a task:"), this);
    addLabel->setBuddy(m_addTask);
    m_addTask->setMinimumContentsLength(30);
    m_addTask->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *addButton = new QPushButton(tr("A&dd"), this);
    addButton->setAutoDefault(false);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(addLabel);
    addRow->addWidget(m_addTask, 1);
    addRow->addWidget(addButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_submit = buttons->addButton(tr("&Submit Week"), QDialogButtonBox::ActionRole);
    m_approve = buttons->addButton(tr("A&pprove…"), QDialogButtonBox::ActionRole);
    m_reject = buttons->addButton(tr("&Reject…"), QDialogButtonBox::ActionRole);
    for (QPushButton *b : {m_submit, m_approve, m_reject})
        b->setAutoDefault(false);
    m_submit->setToolTip(tr("Send the week to be approved (Ctrl+Return)"));
    m_approve->setToolTip(tr("Approve the submitted week; approved time is locked"));
    m_reject->setToolTip(tr("Send the week back with a comment saying what to correct"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &TimesheetDialog::submit);
    connect(m_approve, &QPushButton::clicked, this, [this] { review(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { review(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_grid, 1);
    layout->addLayout(addRow);
    layout->addWidget(buttons);

    connect(previous, &QToolButton::clicked, this, &TimesheetDialog::previousWeek);
    connect(next, &QToolButton::clicked, this, &TimesheetDialog::nextWeek);
    connect(today, &QPushButton::clicked, this, [this] { setWeek(QDate::currentDate()); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this), &QShortcut::activated, this,
            &TimesheetDialog::previousWeek);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this), &QShortcut::activated, this,
            &TimesheetDialog::nextWeek);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &TimesheetDialog::submit);
    connect(new QShortcut(QKeySequence::Undo, this), &QShortcut::activated, m_document->undoStack(), &QUndoStack::undo);
    connect(new QShortcut(QKeySequence::Redo, this), &QShortcut::activated, m_document->undoStack(), &QUndoStack::redo);
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] {
        m_extraTasks.clear();
        reload();
    });
    connect(addButton, &QPushButton::clicked, this, [this] { addTaskRow(m_addTask->currentData().value<Id>()); });
    connect(m_grid, &QTableWidget::cellChanged, this, &TimesheetDialog::cellEdited);
    // Undo, redo and edits elsewhere show at once.
    connect(&ws, &Workspace::changeSetApplied, this, &TimesheetDialog::reload);

    fillTaskBox();
    m_weekStart = mondayOf(day.isValid() ? day : QDate::currentDate());
    reload();
    resize(900, 460);
    m_grid->setFocus();
}

Id TimesheetDialog::resource() const
{
    return m_person->currentData().value<Id>();
}

QDate TimesheetDialog::weekStart() const
{
    return m_weekStart;
}

void TimesheetDialog::setResource(const Id &resource)
{
    m_person->setCurrentIndex(m_person->findData(QVariant::fromValue(resource)));
}

void TimesheetDialog::setWeek(QDate day)
{
    const QDate monday = mondayOf(day);
    if (monday == m_weekStart)
        return;
    m_weekStart = monday;
    m_extraTasks.clear();
    reload();
}

void TimesheetDialog::previousWeek()
{
    setWeek(m_weekStart.addDays(-7));
}

void TimesheetDialog::nextWeek()
{
    setWeek(m_weekStart.addDays(7));
}

void TimesheetDialog::fillTaskBox()
{
    const Workspace &ws = m_document->workspace();
    QList<const Project *> projects;
    for (const Project &p : ws.projects()) {
        if (p.phase != Phase::Closed)
            projects.append(&p);
    }
    std::sort(projects.begin(), projects.end(),
              [](const Project *a, const Project *b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    for (const Project *p : std::as_const(projects)) {
        for (const Id &t : ws.projectTasks(p->id)) {
            if (!ws.isSummary(t))
                m_addTask->addItem(taskLabel(ws, t), QVariant::fromValue(t));
        }
    }
    m_addTask->setEnabled(m_addTask->count() > 0);
    if (m_addTask->count() == 0)
        m_addTask->setPlaceholderText(tr("No open project has a task yet"));
}

QString TimesheetDialog::hoursText(Minutes minutes) const
{
    if (minutes == 0)
        return {};
    return QLocale().toString(std::round(double(minutes) / 60.0 * 100.0) / 100.0, 'g', QLocale::FloatingPointShortest);
}

void TimesheetDialog::reload()
{
    const Workspace &ws = m_document->workspace();
    const Id person = resource();
    m_week = TimesheetWeek::of(ws, person, toMinutes(m_weekStart));
    for (const Id &t : std::as_const(m_extraTasks)) {
        if (!m_week.row(t) && ws.get<Task>(t)) {
            TimesheetWeek::Row r;
            r.task = t;
            r.project = ws.get<Task>(t)->projectId;
            m_week.rows.append(r);
        }
    }

    const QLocale locale;
    m_weekLabel->setText(tr("Week of %1").arg(locale.toString(m_weekStart, QLocale::ShortFormat)));
    const bool editable = m_week.editable() && !person.isNull();
    switch (m_week.state) {
    case TimesheetWeek::State::Empty:
        m_state->setText(person.isNull() ? tr("Add a person to the resource pool to log time.")
                                         : tr("No time logged this week yet. Type the hours in the grid."));
        break;
    case TimesheetWeek::State::Draft:
        m_state->setText(tr("Draft: the hours are saved as you type; submit the week when it is complete."));
        break;
    case TimesheetWeek::State::Submitted:
        m_state->setText(tr("Submitted: waiting for approval. The hours can be changed again if the week is rejected."));
        break;
    case TimesheetWeek::State::Approved:
        m_state->setText(m_week.reviewComment.isEmpty()
                             ? tr("Approved and locked.")
                             : tr("Approved and locked. Approver's comment: %1").arg(m_week.reviewComment));
        break;
    case TimesheetWeek::State::Rejected:
        m_state->setText(tr("Rejected: %1 — correct the hours and submit the week again.").arg(m_week.reviewComment));
        break;
    }
    const bool attention = m_week.state == TimesheetWeek::State::Rejected;
    m_state->setStyleSheet(attention ? QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffd8a8;"
                                                      " border-radius: 4px; padding: 6px 10px; }")
                                     : QStringLiteral("QLabel { padding: 6px 0; }"));

    m_loading = true;
    QStringList headers{tr("Task")};
    for (int d = 0; d < kDays; ++d) {
        const QDate date = m_weekStart.addDays(d);
        headers << QStringLiteral("%1\n%2").arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                                                 locale.toString(date, QStringLiteral("M/d")));
    }
    headers << tr("Total");
    m_grid->setHorizontalHeaderLabels(headers);
    m_grid->setRowCount(int(m_week.rows.size()) + 1);
    const QBrush weekend = palette().alternateBase();
    for (int r = 0; r < m_week.rows.size(); ++r) {
        const TimesheetWeek::Row &row = m_week.rows[r];
        auto *name = new QTableWidgetItem(taskLabel(ws, row.task));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(Qt::UserRole, QVariant::fromValue(row.task));
        if (!row.assigned)
            name->setToolTip(tr("Not assigned to this person"));
        m_grid->setItem(r, 0, name);
        for (int d = 0; d < kDays; ++d) {
            auto *cell = new QTableWidgetItem(hoursText(row.minutes[size_t(d)]));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (editable)
                flags |= Qt::ItemIsEditable;
            cell->setFlags(flags);
            if (d >= 5)
                cell->setBackground(weekend);
            m_grid->setItem(r, kFirstDay + d, cell);
        }
        auto *total = new QTableWidgetItem(hoursText(row.total()));
        total->setFlags(Qt::ItemIsEnabled);
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->setItem(r, kTotalColumn, total);
    }
    const int last = int(m_week.rows.size());
    QFont bold = font();
    bold.setBold(true);
    auto *label = new QTableWidgetItem(tr("Total"));
    label->setFlags(Qt::ItemIsEnabled);
    label->setFont(bold);
    m_grid->setItem(last, 0, label);
    const std::array<Minutes, 7> days = m_week.dayTotals();
    for (int d = 0; d <= kDays; ++d) {
        const Minutes m = d < kDays ? days[size_t(d)] : m_week.total();
        auto *sum = new QTableWidgetItem(m == 0 && d == kDays ? QStringLiteral("0") : hoursText(m));
        sum->setFlags(Qt::ItemIsEnabled);
        sum->setFont(bold);
        sum->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->setItem(last, kFirstDay + d, sum);
    }
    m_loading = false;

    m_submit->setEnabled(editable && m_week.state != TimesheetWeek::State::Empty);
    const bool submitted = m_week.state == TimesheetWeek::State::Submitted;
    m_approve->setEnabled(submitted);
    m_reject->setEnabled(submitted);
    m_addTask->setEnabled(editable && m_addTask->count() > 0);
}

void TimesheetDialog::addTaskRow(const Id &task)
{
    if (task.isNull() || m_week.row(task) || m_extraTasks.contains(task))
        return;
    m_extraTasks.append(task);
    reload();
    if (const TimesheetWeek::Row *row = m_week.row(task))
        m_grid->setCurrentCell(int(row - m_week.rows.constData()), kFirstDay);
    m_grid->setFocus();
}

bool TimesheetDialog::run(const Edit &edit, const QString &title)
{
    QString error = edit.error;
    if (edit.ok() && m_document->apply(edit.changes, &error))
        return true;
    QMessageBox::warning(this, title, error);
    reload();
    return false;
}

bool TimesheetDialog::setCell(int row, int day, const QString &text)
{
    if (row < 0 || row >= m_week.rows.size() || day < 0 || day >= kDays)
        return false;
    const Settings &s = m_document->workspace().settings();
    const DurationUnits units{s.minutesPerDay, s.minutesPerWeek, s.daysPerMonth};
    const QString typed = text.trimmed();
    Minutes minutes = 0;
    if (!typed.isEmpty()) {
        const std::optional<ParsedDuration> parsed = DurationText::parse(typed, units, DurationText::Unit::Hour);
        if (!parsed || parsed->percent || parsed->elapsed || parsed->minutes < 0) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("“%1” on %2 is not a time worked; type hours such as 7.5, 7h 30m or 450m.")
                                     .arg(typed, QLocale().toString(m_weekStart.addDays(day), QLocale::ShortFormat)));
            reload();
            return false;
        }
        minutes = parsed->minutes;
    }
    const Edit edit = EditService(m_document->workspace())
                          .setWeekTime(resource(), toMinutes(m_weekStart), {{m_week.rows[row].task, day, minutes}});
    if (edit.ok() && edit.changes.isEmpty()) {
        reload();   // shows the value in its own format
        return true;
    }
    return run(edit, windowTitle());
}

void TimesheetDialog::cellEdited(int row, int column)
{
    if (m_loading || column < kFirstDay || column >= kTotalColumn)
        return;
    // Applying reloads the grid: the edit runs once the item view is done with the cell.
    const QString text = m_grid->item(row, column)->text();
    QMetaObject::invokeMethod(this, [this, row, column, text] { setCell(row, column - kFirstDay, text); },
                              Qt::QueuedConnection);
}

void TimesheetDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    run(EditService(m_document->workspace())
            .timesheet(resource(), toMinutes(m_weekStart), EditService::TimesheetAction::Submit),
        tr("Submit Week"));
}

void TimesheetDialog::approve(const QString &comment)
{
    run(EditService(m_document->workspace())
            .timesheet(resource(), toMinutes(m_weekStart), EditService::TimesheetAction::Approve, comment),
        tr("Approve Week"));
}

void TimesheetDialog::reject(const QString &comment)
{
    run(EditService(m_document->workspace())
            .timesheet(resource(), toMinutes(m_weekStart), EditService::TimesheetAction::Reject, comment),
        tr("Reject Week"));
}

void TimesheetDialog::review(bool approveWeek)
{
    bool ok = false;
    const QString person = m_person->currentText();
    const QString week = QLocale().toString(m_weekStart, QLocale::ShortFormat);
    const QString comment = approveWeek
        ? QInputDialog::getMultiLineText(this, tr("Approve Week"),
                                         tr("Approve the week of %1 for %2. A comment (optional):").arg(week, person), {}, &ok)
        : QInputDialog::getMultiLineText(this, tr("Reject Week"),
                                         tr("Say what %2 should correct in the week of %1:").arg(week, person), {}, &ok);
    if (!ok)
        return;
    if (approveWeek)
        approve(comment);
    else
        reject(comment);
}

} // namespace Keel
