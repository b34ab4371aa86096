#include "levelingdialog.h"

#include "formatting.h"
#include "workspacedocument.h"

#include <model/workspace.h>
#include <schedule/leveler.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace Keel {

/// What the worker thread reports; read by the dialog's timer on the GUI thread.
struct LevelingDialog::Progress
{
    std::atomic<bool> cancel{false};
    std::atomic<double> seconds{0.0};
    std::atomic<std::int64_t> schedules{0};
    std::atomic<bool> ok{false};
};

namespace {

/// Schedules the leveler generates at most (see LevelingOptions::scheduleLimit).
constexpr std::int64_t kScheduleBudget = 20000;

QString dateTime(Minutes m)
{
    if (m == kNoTime)
        return {};
    const QLocale locale;
    return Format::date(m, locale) + QLatin1Char(' ') + locale.toString(toDateTime(m).time(), QStringLiteral("HH:mm"));
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

LevelingDialog::LevelingDialog(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_poll(new QTimer(this))
    , m_project(new QComboBox(this))
    , m_withinSlack(new QCheckBox(tr("Level only within slack (no finish date moves)"), this))
    , m_timeLimit(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_run(new QPushButton(tr("Level"), this))
    , m_clear(new QPushButton(tr("Clear Leveling"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_bar(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Level Resources"));

    auto *intro = new QLabel(tr("Leveling delays tasks so that no one is asked for more than their max units. "
                                "Tasks only move later; links, constraints and calendars are kept. Manual and "
                                "started tasks, and tasks of priority 1000, never move."),
                             this);
    intro->setWordWrap(true);

    m_project->addItem(tr("All open projects (shared pool)"), QVariant::fromValue(Id()));
    const Workspace &ws = document->workspace();
    QList<const Project *> projects;
    for (const Project &p : ws.projects()) {
        if (p.phase != Phase::Closed)
            projects.append(&p);
    }
    std::sort(projects.begin(), projects.end(), [](const Project *a, const Project *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const Project *p : std::as_const(projects))
        m_project->addItem(p->code.isEmpty() ? p->name : tr("%1 — %2").arg(p->code, p->name), QVariant::fromValue(p->id));

    m_timeLimit->setRange(0.5, 600);
    m_timeLimit->setDecimals(1);
    m_timeLimit->setValue(2.0);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setToolTip(tr("How long the optimiser searches for a shorter plan."));
    m_seed->setRange(1, 999999);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same plan for the same workspace."));

    auto *options = new QGroupBox(tr("What to level"), this);
    auto *form = new QFormLayout(options);
    form->addRow(tr("Projects"), m_project);
    form->addRow(QString(), m_withinSlack);
    auto *budget = new QHBoxLayout;
    budget->addWidget(m_timeLimit);
    budget->addSpacing(16);
    budget->addWidget(new QLabel(tr("Seed"), this));
    budget->addWidget(m_seed);
    budget->addStretch(1);
    form->addRow(tr("Search for"), budget);

    m_run->setDefault(true);
    m_run->setToolTip(tr("Compute a leveled plan and show what would change."));
    m_clear->setToolTip(tr("Show the plan without any leveling delay."));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_run->sizeHint().height() / 2);
    m_bar->hide();
    m_cancelButton->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_clear);
    actions->addSpacing(12);
    actions->addWidget(m_bar, 1);
    actions->addWidget(m_cancelButton);
    actions->addStretch(0);

    m_summary->setWordWrap(true);
    QFont strong = m_summary->font();
    strong.setBold(true);
    m_summary->setFont(strong);
    m_summary->setText(tr("Choose what to level and press Level. Nothing changes until you apply the result."));
    m_notes->setWordWrap(true);
    m_notes->hide();

    m_moves = makeTable({tr("Task"), tr("Project"), tr("Start before"), tr("Start after"), tr("Delay"),
                         tr("Finish after")},
                        this);
    m_peaks = makeTable({tr("Person"), tr("Peak before"), tr("Peak after"), tr("Over-allocated before"),
                         tr("Over-allocated after")},
                        this);
    m_finishes = makeTable({tr("Project"), tr("Finish before"), tr("Finish after")}, this);
    // Numbers line up on the right; the name column takes the spare width.
    for (QTableWidget *table : {m_moves, m_peaks, m_finishes}) {
        table->horizontalHeader()->setStretchLastSection(false);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    for (int c = 1; c < m_peaks->columnCount(); ++c)
        m_peaks->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_moves->horizontalHeaderItem(4)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tabs->addTab(m_moves, tr("Tasks That Move"));
    m_tabs->addTab(m_peaks, tr("Peak Loads"));
    m_tabs->addTab(m_finishes, tr("Project Finishes"));

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (applyPreview())
            accept();
    });
    connect(m_run, &QPushButton::clicked, this, &LevelingDialog::run);
    connect(m_clear, &QPushButton::clicked, this, &LevelingDialog::clearLeveling);
    connect(m_cancelButton, &QPushButton::clicked, this, &LevelingDialog::cancel);
    connect(m_poll, &QTimer::timeout, this, &LevelingDialog::showProgress);
    m_poll->setInterval(100);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(options);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);
    resize(960, 600);
}

LevelingDialog::~LevelingDialog()
{
    if (m_thread) {
        m_progress->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void LevelingDialog::setProject(const Id &projectId)
{
    const int row = m_project->findData(QVariant::fromValue(projectId));
    m_project->setCurrentIndex(std::max(row, 0));
}

void LevelingDialog::setWithinSlack(bool on)
{
    m_withinSlack->setChecked(on);
}

void LevelingDialog::setTimeLimit(double seconds)
{
    m_timeLimit->setValue(seconds);
}

void LevelingDialog::setSeed(int seed)
{
    m_seed->setValue(seed);
}

bool LevelingDialog::isRunning() const
{
    return m_thread != nullptr;
}

bool LevelingDialog::waitForFinished(int msecs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_thread) {
        if (timer.elapsed() > msecs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

void LevelingDialog::run()
{
    start(false);
}

void LevelingDialog::clearLeveling()
{
    start(true);
}

void LevelingDialog::cancel()
{
    if (m_progress)
        m_progress->cancel = true;
    m_cancelButton->setEnabled(false);
}

void LevelingDialog::start(bool clear)
{
    if (m_thread)
        return;
    m_clearing = clear;
    m_preview.reset();
    m_progress = std::make_shared<Progress>();
    LevelingOptions options;
    options.projectId = m_project->currentData().value<Id>();
    options.withinSlack = m_withinSlack->isChecked();
    options.timeLimit = m_timeLimit->value();
    options.scheduleLimit = kScheduleBudget;
    options.seed = std::uint64_t(m_seed->value());
    options.cancel = &m_progress->cancel;
    const std::shared_ptr<Progress> progress = m_progress;
    options.progress = [progress](const RcpspProgress &p) {
        progress->seconds = p.seconds;
        progress->schedules = p.schedules;
    };
    // The leveler copies what it needs here, on the GUI thread; run() touches only that copy.
    m_leveler = std::make_shared<Leveler>(m_document->workspace(), options,
                                          clear ? Leveler::Mode::Clear : Leveler::Mode::Level);
    const std::shared_ptr<Leveler> leveler = m_leveler;
    m_thread = QThread::create([leveler, progress] { progress->ok = leveler->run(); });
    connect(m_thread, &QThread::finished, this, &LevelingDialog::onFinished);
    setBusy(true);
    m_summary->setText(clear ? tr("Removing the leveling delays…") : tr("Leveling…"));
    m_thread->start();
}

void LevelingDialog::showProgress()
{
    if (!m_progress)
        return;
    const double byTime = m_progress->seconds / std::max(0.1, m_timeLimit->value());
    const double bySchedules = double(m_progress->schedules) / double(kScheduleBudget);
    m_bar->setValue(int(std::clamp(std::max(byTime, bySchedules), 0.0, 1.0) * 100));
}

void LevelingDialog::onFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    setBusy(false);
    if (!m_progress->ok) {
        m_summary->setText(tr("Leveling is not possible: %1").arg(m_leveler->error()));
        m_apply->setEnabled(false);
    } else {
        m_preview = std::make_unique<LevelingPreview>(m_leveler->preview(m_document->workspace()));
        showPreview();
    }
    Q_EMIT finished();
}

void LevelingDialog::setBusy(bool busy)
{
    m_run->setEnabled(!busy);
    m_clear->setEnabled(!busy);
    m_project->setEnabled(!busy);
    m_withinSlack->setEnabled(!busy);
    m_timeLimit->setEnabled(!busy);
    m_seed->setEnabled(!busy);
    m_apply->setEnabled(false);
    m_bar->setVisible(busy);
    m_bar->setValue(0);
    m_cancelButton->setVisible(busy && !m_clearing);
    m_cancelButton->setEnabled(busy);
    if (busy)
        m_poll->start();
    else
        m_poll->stop();
}

void LevelingDialog::showPreview()
{
    const LevelingPreview &p = *m_preview;
    const QLocale locale;

    m_moves->setRowCount(int(p.moved.size()));
    for (int r = 0; r < int(p.moved.size()); ++r) {
        const LeveledTask &t = p.moved[r];
        m_moves->setItem(r, 0, cell(t.name));
        m_moves->setItem(r, 1, cell(t.projectName));
        m_moves->setItem(r, 2, cell(dateTime(t.oldStart)));
        m_moves->setItem(r, 3, cell(dateTime(t.newStart)));
        m_moves->setItem(r, 4, cell(tr("%1 d").arg(locale.toString(double(t.newDelay) / kMinutesPerDay, 'f', 1)), true));
        m_moves->setItem(r, 5, cell(dateTime(t.newFinish)));
    }
    m_peaks->setRowCount(int(p.resources.size()));
    const QColor over(0xc6, 0x28, 0x28); // the red of over-allocation, readable on light and dark rows
    for (int r = 0; r < int(p.resources.size()); ++r) {
        const LeveledResource &res = p.resources[r];
        m_peaks->setItem(r, 0, cell(res.name));
        m_peaks->setItem(r, 1, cell(tr("%1%").arg(res.oldPeakPercent), true));
        m_peaks->setItem(r, 2, cell(tr("%1%").arg(res.newPeakPercent), true));
        m_peaks->setItem(r, 3, cell(tr("%1 h").arg(locale.toString(double(res.oldOverload) / 60.0, 'f', 0)), true));
        m_peaks->setItem(r, 4, cell(tr("%1 h").arg(locale.toString(double(res.newOverload) / 60.0, 'f', 0)), true));
        for (int c : {1, 2, 3, 4}) {
            if ((c % 2 == 1 ? res.oldOverload : res.newOverload) > 0)
                m_peaks->item(r, c)->setForeground(over);
        }
    }
    m_finishes->setRowCount(int(p.projects.size()));
    for (int r = 0; r < int(p.projects.size()); ++r) {
        const LeveledProject &pr = p.projects[r];
        m_finishes->setItem(r, 0, cell(pr.name));
        m_finishes->setItem(r, 1, cell(dateTime(pr.oldFinish)));
        m_finishes->setItem(r, 2, cell(dateTime(pr.newFinish)));
    }
    for (QTableWidget *table : {m_moves, m_peaks, m_finishes}) {
        table->resizeColumnsToContents();
        for (int c = 1; c < table->columnCount(); ++c)
            table->setColumnWidth(c, std::min(table->columnWidth(c) + 16, 320));
    }

    int before = 0, after = 0;
    for (const LeveledResource &res : p.resources) {
        before += res.oldOverload > 0 ? 1 : 0;
        after += res.newOverload > 0 ? 1 : 0;
    }
    QString text;
    if (p.changes.isEmpty())
        text = m_clearing ? tr("No task has a leveling delay: nothing to clear.")
                          : tr("Nothing needs to move: the plan is already as level as it can be.");
    else if (m_clearing)
        text = tr("%n task(s) return to their early dates.", nullptr, int(p.moved.size()));
    else
        text = tr("%n task(s) move.", nullptr, int(p.moved.size())) + QLatin1Char(' ')
               + tr("Over-allocated people: %1 before, %2 after.").arg(before).arg(after);
    if (p.cancelled)
        text += QLatin1Char(' ') + tr("(Stopped early: the best plan found so far.)");
    m_summary->setText(text);
    m_notes->setText(p.messages.join(QLatin1Char('\n')));
    m_notes->setVisible(!p.messages.isEmpty());
    m_apply->setEnabled(!p.changes.isEmpty());
}

bool LevelingDialog::applyPreview()
{
    if (!m_preview || m_preview->changes.isEmpty() || m_thread)
        return false;
    QString error;
    if (!m_document->apply(m_preview->changes, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("The leveled plan could not be applied: %1").arg(error));
        return false;
    }
    m_preview.reset();
    m_apply->setEnabled(false);
    return true;
}

} // namespace Keel
