#include "calendardialog.h"

#include "workspacedocument.h"

#include <edit/editservice.h>
#include <model/workspace.h>
#include <schedule/calendardays.h>
#include <workflow/holidaycatalogue.h>

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextCharFormat>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

namespace {

enum DayKindChoice { NonWorkingChoice = 0, WorkingChoice = 1, InheritedChoice = 2 };
enum ExceptionColumn { NameColumn, FromColumn, ToColumn, HoursColumn, RepeatsColumn };

const QList<TimeInterval> kStandardDay{{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString hoursText(const QList<TimeInterval> &list)
{
    QStringList parts;
    for (const TimeInterval &i : list)
        parts.append(clockText(i.start) + QChar(0x2013) + clockText(i.end));
    return parts.join(QStringLiteral(", "));
}

/// "9", "9:30", "09:30" or "24:00" as minutes from midnight; -1 when unreadable.
int readClock(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})(?:[:：.](\\d{2}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (h > 24 || min > 59 || (h == 24 && min > 0))
        return -1;
    return h * 60 + min;
}

/// "09:00–12:00, 13:00–18:00" as intervals, in the order typed; nullopt when unreadable. Whether
/// they are in order, apart and within the day is the edit service's to judge.
std::optional<QList<TimeInterval>> readHours(const QString &text)
{
    QList<TimeInterval> list;
    static const QRegularExpression separators(QStringLiteral("[,;，；、]"));
    static const QRegularExpression dash(QStringLiteral("\\s*[-\u2013\u2014~\uff5e\u81f3]\\s*"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const QStringList ends = part.trimmed().split(dash);
        if (ends.size() != 2)
            return std::nullopt;
        const int start = readClock(ends[0]);
        const int end = readClock(ends[1]);
        if (start < 0 || end < 0)
            return std::nullopt;
        list.append({start, end});
    }
    return list;
}

QString recurrenceName(Recurrence r)
{
    switch (r) {
    case Recurrence::None:
        return CalendarDialog::tr("Every day from the start to the end");
    case Recurrence::Daily:
        return CalendarDialog::tr("Daily");
    case Recurrence::Weekly:
        return CalendarDialog::tr("Weekly");
    case Recurrence::MonthlyByDay:
        return CalendarDialog::tr("Monthly, on a day of the month");
    case Recurrence::MonthlyByWeekday:
        return CalendarDialog::tr("Monthly, on a weekday");
    case Recurrence::YearlyByDate:
        return CalendarDialog::tr("Yearly, on a date");
    case Recurrence::YearlyByWeekday:
        return CalendarDialog::tr("Yearly, on a weekday of a month");
    }
    return {};
}

QString weekOfMonthName(int n)
{
    switch (n) {
    case 1:
        return CalendarDialog::tr("First");
    case 2:
        return CalendarDialog::tr("Second");
    case 3:
        return CalendarDialog::tr("Third");
    case 4:
        return CalendarDialog::tr("Fourth");
    default:
        return CalendarDialog::tr("Last");
    }
}

QString repeatsText(const CalendarException &x)
{
    const QLocale locale;
    switch (x.recurrence) {
    case Recurrence::None:
        return CalendarDialog::tr("Once");
    case Recurrence::Daily:
        return x.period > 1 ? CalendarDialog::tr("Every %1 days").arg(x.period) : CalendarDialog::tr("Daily");
    case Recurrence::Weekly: {
        QStringList days;
        for (int d = 0; d < 7; ++d) {
            if (x.weekdayMask & (1 << d))
                days.append(locale.dayName(d + 1, QLocale::ShortFormat));
        }
        return x.period > 1 ? CalendarDialog::tr("Every %1 weeks on %2").arg(x.period).arg(days.join(QStringLiteral(", ")))
                            : CalendarDialog::tr("Weekly on %1").arg(days.join(QStringLiteral(", ")));
    }
    case Recurrence::MonthlyByDay:
        return CalendarDialog::tr("Monthly on day %1").arg(x.monthDay);
    case Recurrence::MonthlyByWeekday:
        return CalendarDialog::tr("Monthly on the %1 %2").arg(weekOfMonthName(x.weekOfMonth).toLower(), locale.dayName(x.weekday));
    case Recurrence::YearlyByDate:
        return CalendarDialog::tr("Yearly on %1")
            .arg(QDate(2000, std::clamp(x.month, 1, 12), 1)
                     .addDays(std::clamp(x.monthDay, 1, 31) - 1)
                     .toString(CalendarDialog::tr("d MMMM", "the date format of a yearly exception")));
    case Recurrence::YearlyByWeekday:
        return CalendarDialog::tr("Yearly on the %1 %2 of %3")
            .arg(weekOfMonthName(x.weekOfMonth).toLower(), locale.dayName(x.weekday), locale.monthName(std::clamp(x.month, 1, 12)));
    }
    return {};
}

} // namespace

CalendarDialog::CalendarDialog(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_editor(new QWidget(this))
    , m_base(new QComboBox(this))
    , m_exceptions(new QTableWidget(0, 5, this))
    , m_exceptionForm(new QWidget(this))
    , m_exLayout(new QFormLayout(m_exceptionForm))
    , m_exName(new QLineEdit(this))
    , m_exFrom(new QDateEdit(this))
    , m_exTo(new QDateEdit(this))
    , m_exWorking(new QCheckBox(tr("&Working time on these days"), this))
    , m_exHours(new QLineEdit(this))
    , m_exRepeat(new QComboBox(this))
    , m_exPeriod(new QSpinBox(this))
    , m_exWeekdayRow(new QWidget(this))
    , m_exWeekOfMonth(new QComboBox(this))
    , m_exWeekday(new QComboBox(this))
    , m_exMonth(new QComboBox(this))
    , m_exMonthDay(new QSpinBox(this))
    , m_exOccurrences(new QSpinBox(this))
    , m_preview(new QCalendarWidget(this))
    , m_dayLine(new QLabel(this))
{
    setWindowTitle(tr("Calendars") + QStringLiteral("[*]"));
    const QLocale locale;

    // The list of calendars.
    m_list->setToolTip(tr("The workspace's calendars; projects, tasks and resources work by one of them"));
    auto *add = new QPushButton(tr("&New…"), this);
    add->setToolTip(tr("A new calendar with the standard week: Monday to Friday, 08:00–12:00 and 13:00–17:00"));
    auto *builtIn = new QPushButton(tr("&Public Holidays…"), this);
    builtIn->setToolTip(tr("A new calendar with a country's public holidays (and, for mainland China, the "
                           "make-up working days) for the years the catalogue holds"));
    auto *regions = new QMenu(builtIn);
    const bool chinese = locale.language() == QLocale::Chinese;
    for (const HolidayRegion &r : HolidayCatalogue::builtIn()) {
        QAction *a = regions->addAction(tr("%1 (%2–%3)").arg(r.displayName(chinese)).arg(r.firstYear).arg(r.lastYear));
        a->setToolTip(r.sources.join(QLatin1Char('\n')));
        const QString code = r.code;
        connect(a, &QAction::triggered, this, [this, code] { addBuiltIn(code); });
    }
    regions->setToolTipsVisible(true);
    builtIn->setMenu(regions);
    m_copy = new QPushButton(tr("C&opy…"), this);
    m_rename = new QPushButton(tr("Rena&me…"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Calendar"), tr("Name of the calendar:"), QLineEdit::Normal,
                                                   uniqueName(tr("New calendar")), &ok);
        if (ok)
            addCalendar(name);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const Calendar *c = m_document->workspace().get<Calendar>(m_current);
        if (!c)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Copy Calendar"), tr("Name of the copy:"), QLineEdit::Normal,
                                                   uniqueName(tr("Copy of %1").arg(c->name)), &ok);
        if (ok)
            copyCalendar(name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const Calendar *c = m_document->workspace().get<Calendar>(m_current);
        if (!c)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Calendar"), tr("New name:"), QLineEdit::Normal, c->name, &ok);
        if (ok)
            renameCalendar(name);
    });
    connect(m_delete, &QPushButton::clicked, this, &CalendarDialog::deleteCalendar);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !item)
            return;
        const Id id = item->data(Qt::UserRole).value<Id>();
        if (id == m_current)
            return;
        if (!settleEdits()) {
            reloadList(m_current);
            return;
        }
        showCalendar(id);
    });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Calendars:"), this);
    listLabel->setBuddy(m_list);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(add, 0, 0);
    listButtons->addWidget(builtIn, 0, 1);
    listButtons->addWidget(m_copy, 1, 0);
    listButtons->addWidget(m_rename, 1, 1);
    listButtons->addWidget(m_delete, 2, 0);
    leftLayout->addLayout(listButtons);

    // Base calendar and working week.
    m_base->setToolTip(tr("Weekdays set to “As the base calendar” and the base calendar's exceptions come from it"));
    connect(m_base, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            updatePreview();
    });
    auto *week = new QGroupBox(tr("Working week"), this);
    auto *weekGrid = new QGridLayout(week);
    for (int d = 0; d < 7; ++d) {
        auto *kind = new QComboBox(this);
        kind->addItem(tr("Working"), int(WorkingChoice));
        kind->addItem(tr("Non-working"), int(NonWorkingChoice));
        kind->addItem(tr("As the base calendar"), int(InheritedChoice));
        auto *hours = new QLineEdit(this);
        hours->setToolTip(tr("Working hours of the day: intervals such as 09:00–12:00, 13:00–18:00"));
        auto *label = new QLabel(tr("%1:", "a weekday's label").arg(locale.dayName(d + 1)), this);
        label->setBuddy(kind);
        m_dayKind[size_t(d)] = kind;
        m_dayHours[size_t(d)] = hours;
        weekGrid->addWidget(label, d, 0);
        weekGrid->addWidget(kind, d, 1);
        weekGrid->addWidget(hours, d, 2);
        connect(kind, &QComboBox::currentIndexChanged, this, [this, d] {
            if (m_loading)
                return;
            const bool working = m_dayKind[size_t(d)]->currentData().toInt() == WorkingChoice;
            m_dayHours[size_t(d)]->setEnabled(working);
            if (working && m_dayHours[size_t(d)]->text().trimmed().isEmpty())
                m_dayHours[size_t(d)]->setText(hoursText(kStandardDay));
            updatePreview();
        });
        connect(hours, &QLineEdit::textEdited, this, &CalendarDialog::updatePreview);
    }
    weekGrid->setColumnStretch(2, 1);

    // Exceptions: a table, and the selected one's fields beside it.
    m_exceptions->setHorizontalHeaderLabels({tr("Name"), tr("From"), tr("To"), tr("Working time"), tr("Repeats")});
    m_exceptions->horizontalHeader()->setSectionResizeMode(RepeatsColumn, QHeaderView::Stretch);
    m_exceptions->setColumnWidth(NameColumn, 200);
    m_exceptions->verticalHeader()->hide();
    m_exceptions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exceptions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_exceptions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exceptions->setTabKeyNavigation(false);
    m_exceptions->setWordWrap(false);
    m_exceptions->verticalHeader()->setDefaultSectionSize(m_exceptions->fontMetrics().height() + 8);
    m_exceptions->setToolTip(tr("Days that differ from the working week; a later exception wins over an earlier one"));
    connect(m_exceptions, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_loading)
            showException(row);
    });
    auto *addException = new QPushButton(tr("&Add Exception"), this);
    m_removeException = new QPushButton(tr("Remo&ve Exception"), this);
    connect(addException, &QPushButton::clicked, this, &CalendarDialog::addException);
    connect(m_removeException, &QPushButton::clicked, this, &CalendarDialog::removeException);

    for (QDateEdit *edit : {m_exFrom, m_exTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31));
        connect(edit, &QDateEdit::dateChanged, this, &CalendarDialog::exceptionEdited);
    }
    m_exHours->setToolTip(tr("Working hours of these days: intervals such as 09:00–12:00, 13:00–18:00"));
    for (Recurrence r : {Recurrence::None, Recurrence::Daily, Recurrence::Weekly, Recurrence::MonthlyByDay,
                         Recurrence::MonthlyByWeekday, Recurrence::YearlyByDate, Recurrence::YearlyByWeekday})
        m_exRepeat->addItem(recurrenceName(r), int(r));
    m_exPeriod->setRange(1, 999);
    m_exMonthDay->setRange(1, 31);
    m_exOccurrences->setRange(0, 999);
    m_exOccurrences->setSpecialValueText(tr("Until the end date"));
    m_exOccurrences->setToolTip(tr("Stop after this many times, or repeat until the end date"));
    auto *weekdays = new QHBoxLayout(m_exWeekdayRow);
    weekdays->setContentsMargins(0, 0, 0, 0);
    for (int d = 0; d < 7; ++d) {
        auto *box = new QCheckBox(locale.dayName(d + 1, QLocale::ShortFormat), this);
        m_exWeekdays[size_t(d)] = box;
        weekdays->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &CalendarDialog::exceptionEdited);
    }
    for (int n = 1; n <= 5; ++n)
        m_exWeekOfMonth->addItem(weekOfMonthName(n), n);
    for (int d = 1; d <= 7; ++d)
        m_exWeekday->addItem(locale.dayName(d), d);
    for (int m = 1; m <= 12; ++m)
        m_exMonth->addItem(locale.monthName(m), m);
    connect(m_exName, &QLineEdit::textEdited, this, &CalendarDialog::exceptionEdited);
    connect(m_exHours, &QLineEdit::textEdited, this, &CalendarDialog::exceptionEdited);
    connect(m_exWorking, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        m_exHours->setEnabled(on);
        if (on && m_exHours->text().trimmed().isEmpty())
            m_exHours->setText(hoursText(kStandardDay));
        exceptionEdited();
    });
    connect(m_exRepeat, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        // Sensible fields for the new kind, from the first day.
        const QDate from = m_exFrom->date();
        m_loading = true;
        bool anyDay = false;
        for (QCheckBox *b : m_exWeekdays)
            anyDay = anyDay || b->isChecked();
        if (!anyDay)
            m_exWeekdays[size_t(from.dayOfWeek() - 1)]->setChecked(true);
        m_exMonth->setCurrentIndex(from.month() - 1);
        m_exMonthDay->setValue(from.day());
        m_exWeekday->setCurrentIndex(from.dayOfWeek() - 1);
        m_exWeekOfMonth->setCurrentIndex(std::min(4, (from.day() - 1) / 7));
        if (m_exTo->date() <= from && Recurrence(m_exRepeat->currentData().toInt()) != Recurrence::None)
            m_exTo->setDate(from.addYears(1));
        m_loading = false;
        updateRecurrenceFields();
        exceptionEdited();
    });
    for (QComboBox *box : {m_exWeekOfMonth, m_exWeekday, m_exMonth})
        connect(box, &QComboBox::currentIndexChanged, this, &CalendarDialog::exceptionEdited);
    for (QSpinBox *box : {m_exPeriod, m_exMonthDay, m_exOccurrences})
        connect(box, &QSpinBox::valueChanged, this, &CalendarDialog::exceptionEdited);

    m_exLayout->addRow(tr("N&ame:"), m_exName);
    m_exLayout->addRow(tr("&From:"), m_exFrom);
    m_exLayout->addRow(tr("&To:"), m_exTo);
    m_exLayout->addRow(QString(), m_exWorking);
    m_exLayout->addRow(tr("&Hours:"), m_exHours);
    m_exLayout->addRow(tr("&Repeats:"), m_exRepeat);
    m_exLayout->addRow(tr("&Every:"), m_exPeriod);
    m_exLayout->addRow(tr("On:"), m_exWeekdayRow);
    m_exLayout->addRow(tr("&Week:"), m_exWeekOfMonth);
    m_exLayout->addRow(tr("Wee&kday:"), m_exWeekday);
    m_exLayout->addRow(tr("Mo&nth:"), m_exMonth);
    m_exLayout->addRow(tr("Da&y:"), m_exMonthDay);
    m_exLayout->addRow(tr("Times:"), m_exOccurrences);

    auto *exceptions = new QGroupBox(tr("Exceptions"), this);
    auto *exceptionsLayout = new QHBoxLayout(exceptions);
    auto *tableColumn = new QVBoxLayout;
    tableColumn->addWidget(m_exceptions, 1);
    auto *exceptionButtons = new QHBoxLayout;
    exceptionButtons->addWidget(addException);
    exceptionButtons->addWidget(m_removeException);
    exceptionButtons->addStretch(1);
    tableColumn->addLayout(exceptionButtons);
    exceptionsLayout->addLayout(tableColumn, 1);
    m_exceptionForm->setMaximumWidth(380);
    exceptionsLayout->addWidget(m_exceptionForm);

    // The preview.
    m_preview->setGridVisible(true);
    m_preview->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_preview->setFirstDayOfWeek(Qt::Monday);
    connect(m_preview, &QCalendarWidget::currentPageChanged, this, &CalendarDialog::updatePreview);
    connect(m_preview, &QCalendarWidget::selectionChanged, this, [this] { m_dayLine->setText(dayDescription()); });
    m_dayLine->setWordWrap(true);
    m_dayLine->setMinimumHeight(m_dayLine->fontMetrics().lineSpacing() * 2);
    auto *legend = new QLabel(this);
    legend->setTextFormat(Qt::RichText);
    legend->setText(QStringLiteral("<span style='background:#ffffff;border:1px solid #999'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %1 &nbsp; "
                                   "<span style='background:#e4e4e4'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %2<br>"
                                   "<span style='background:#f6c4c4'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %3 &nbsp; "
                                   "<span style='background:#c8ebc8'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %4")
                        .arg(tr("Working").toHtmlEscaped(), tr("Non-working").toHtmlEscaped(),
                             tr("Exception, not working").toHtmlEscaped(), tr("Exception, working").toHtmlEscaped()));
    legend->setWordWrap(true);
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(legend);
    previewLayout->addWidget(m_dayLine);
    previewLayout->addStretch(1);

    auto *baseRow = new QHBoxLayout;
    auto *baseLabel = new QLabel(tr("&Base calendar:"), this);
    baseLabel->setBuddy(m_base);
    baseRow->addWidget(baseLabel);
    baseRow->addWidget(m_base, 1);
    auto *upper = new QHBoxLayout;
    auto *weekColumn = new QVBoxLayout;
    weekColumn->addLayout(baseRow);
    weekColumn->addWidget(week);
    weekColumn->addStretch(1);
    upper->addLayout(weekColumn, 1);
    upper->addWidget(previewBox, 1);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(upper);
    editorLayout->addWidget(exceptions, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 950});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the calendar's changes as one step that Undo takes back (Ctrl+S)"));
    m_revert = buttons->addButton(tr("Re&vert"), QDialogButtonBox::ApplyRole);
    connect(m_save, &QPushButton::clicked, this, &CalendarDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &CalendarDialog::revert);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1200, 780);

    // Tab follows the screen: the list and its buttons, the base calendar, the week day by day,
    // the preview, the exceptions and the selected one's fields, then Save.
    QList<QWidget *> order{m_list, add, builtIn, m_copy, m_rename, m_delete, m_base};
    for (int d = 0; d < 7; ++d)
        order << m_dayKind[size_t(d)] << m_dayHours[size_t(d)];
    order << m_preview << m_exceptions << addException << m_removeException << m_exName << m_exFrom << m_exTo
          << m_exWorking << m_exHours << m_exRepeat << m_exPeriod;
    for (QCheckBox *box : m_exWeekdays)
        order << box;
    order << m_exWeekOfMonth << m_exWeekday << m_exMonth << m_exMonthDay << m_exOccurrences << m_save << m_revert;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    const Workspace &ws = m_document->workspace();
    // Calendars changed elsewhere (an undo, a sync) show at once, unless edits here are unsaved.
    connect(&ws, &Workspace::changeSetApplied, this, [this](const ChangeSet &applied) {
        if (m_applying)
            return;
        const bool calendars = std::any_of(applied.changes().cbegin(), applied.changes().cend(), [](const Change &c) {
            return c.type == EntityType::Calendar || c.type == EntityType::Settings;
        });
        if (!calendars)
            return;
        const bool gone = !m_document->workspace().get<Calendar>(m_current);
        if (!gone && isModified())
            return;
        reloadList(m_current);
        showCalendar(m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).value<Id>() : Id());
    });
    auto *undoKey = new QShortcut(QKeySequence::Undo, this);
    connect(undoKey, &QShortcut::activated, this, [this] {
        if (!isModified())
            m_document->undoStack()->undo();
    });
    auto *redoKey = new QShortcut(QKeySequence::Redo, this);
    connect(redoKey, &QShortcut::activated, m_document->undoStack(), &QUndoStack::redo);
    auto *insertKey = new QShortcut(QKeySequence(Qt::Key_Insert), m_exceptions, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insertKey, &QShortcut::activated, this, &CalendarDialog::addException);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_exceptions, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &CalendarDialog::removeException);

    reloadList(ws.settings().defaultCalendarId);
    if (m_list->currentItem())
        showCalendar(m_list->currentItem()->data(Qt::UserRole).value<Id>());
    else
        showCalendar(Id());
    m_list->setFocus();
}

void CalendarDialog::reloadList(const Id &select)
{
    const Workspace &ws = m_document->workspace();
    QList<const Calendar *> calendars;
    for (const Calendar &c : ws.table<Calendar>())
        calendars.append(&c);
    std::sort(calendars.begin(), calendars.end(), [](const Calendar *a, const Calendar *b) {
        if (a->resourceId.isNull() != b->resourceId.isNull())
            return a->resourceId.isNull();
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    m_loading = true;
    m_list->clear();
    for (const Calendar *c : calendars) {
        QString text = c->name;
        if (c->id == ws.settings().defaultCalendarId)
            text = tr("%1 (default)").arg(c->name);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, QVariant::fromValue(c->id));
        if (!c->resourceId.isNull())
            item->setToolTip(tr("The own calendar of %1").arg(ws.describe(EntityType::Resource, c->resourceId)));
        if (c->id == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_loading = false;
}

void CalendarDialog::showCalendar(const Id &id)
{
    const Workspace &ws = m_document->workspace();
    const Calendar *c = ws.get<Calendar>(id);
    m_current = c ? id : Id();
    m_editor->setEnabled(c != nullptr);
    m_copy->setEnabled(c != nullptr);
    m_rename->setEnabled(c != nullptr);
    m_delete->setEnabled(c != nullptr);
    m_draft = c ? *c : Calendar();
    m_shown = m_draft;
    m_loading = true;
    m_base->clear();
    m_base->addItem(tr("None (the standard week)"), QVariant::fromValue(Id()));
    for (const Calendar &other : ws.table<Calendar>()) {
        if (other.id != id)
            m_base->addItem(other.name, QVariant::fromValue(other.id));
    }
    m_base->setCurrentIndex(std::max(0, m_base->findData(QVariant::fromValue(m_draft.baseCalendarId))));
    for (int d = 0; d < 7; ++d) {
        const CalendarWeekDay &day = m_draft.week[size_t(d)];
        const int kind = day.inherited ? InheritedChoice : day.intervals.isEmpty() ? NonWorkingChoice : WorkingChoice;
        m_dayKind[size_t(d)]->setCurrentIndex(m_dayKind[size_t(d)]->findData(kind));
        m_dayHours[size_t(d)]->setText(kind == WorkingChoice ? hoursText(day.intervals) : QString());
        m_dayHours[size_t(d)]->setEnabled(kind == WorkingChoice);
    }
    m_exceptionHours.clear();
    m_exceptionWorking.clear();
    for (const CalendarException &x : std::as_const(m_draft.exceptions)) {
        m_exceptionHours.append(hoursText(x.intervals));
        m_exceptionWorking.append(!x.intervals.isEmpty());
    }
    m_exceptions->setRowCount(int(m_draft.exceptions.size()));
    for (int row = 0; row < m_exceptions->rowCount(); ++row)
        updateExceptionRow(row);
    m_exceptions->resizeColumnToContents(FromColumn);
    m_exceptions->resizeColumnToContents(ToColumn);
    m_exceptions->resizeColumnToContents(HoursColumn);
    m_exceptions->setColumnWidth(HoursColumn, std::min(m_exceptions->columnWidth(HoursColumn), 180));
    m_loading = false;
    // Show the first exception from today on, else the first.
    int row = m_draft.exceptions.isEmpty() ? -1 : 0;
    const qint64 today = dayNumber(QDate::currentDate());
    for (int k = 0; k < m_draft.exceptions.size(); ++k) {
        if (m_draft.exceptions[k].toDay >= today) {
            row = k;
            break;
        }
    }
    m_loading = true;
    m_exceptions->setCurrentCell(row, NameColumn);
    m_loading = false;
    showException(row);
    updatePreview();
}

void CalendarDialog::updateExceptionRow(int row)
{
    if (row < 0 || row >= m_draft.exceptions.size())
        return;
    const CalendarException &x = m_draft.exceptions[row];
    const auto set = [&](int column, const QString &text) {
        QTableWidgetItem *item = m_exceptions->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_exceptions->setItem(row, column, item);
        }
        item->setText(text);
    };
    set(NameColumn, x.name);
    set(FromColumn, dateOfDay(x.fromDay).toString(Qt::ISODate));
    set(ToColumn, dateOfDay(x.toDay).toString(Qt::ISODate));
    set(HoursColumn, m_exceptionWorking.value(row) ? m_exceptionHours.value(row) : tr("Not working"));
    set(RepeatsColumn, repeatsText(x));
}

void CalendarDialog::showException(int row)
{
    m_exceptionRow = row >= 0 && row < m_draft.exceptions.size() ? row : -1;
    if (m_exceptionRow >= 0 && m_exceptions->item(m_exceptionRow, NameColumn))
        m_exceptions->scrollToItem(m_exceptions->item(m_exceptionRow, NameColumn));
    m_exceptionForm->setEnabled(m_exceptionRow >= 0);
    m_removeException->setEnabled(m_exceptionRow >= 0);
    CalendarException x = m_exceptionRow >= 0 ? m_draft.exceptions[m_exceptionRow] : CalendarException();
    if (m_exceptionRow < 0)
        x.fromDay = x.toDay = dayNumber(QDate::currentDate());
    m_loading = true;
    m_exName->setText(x.name);
    m_exFrom->setDate(dateOfDay(x.fromDay));
    m_exTo->setDate(dateOfDay(x.toDay));
    const bool working = m_exceptionRow >= 0 && m_exceptionWorking.value(m_exceptionRow);
    m_exWorking->setChecked(working);
    m_exHours->setText(working ? m_exceptionHours.value(m_exceptionRow) : QString());
    m_exHours->setEnabled(working);
    m_exRepeat->setCurrentIndex(std::max(0, m_exRepeat->findData(int(x.recurrence))));
    m_exPeriod->setValue(std::max(1, x.period));
    for (int d = 0; d < 7; ++d)
        m_exWeekdays[size_t(d)]->setChecked(x.weekdayMask & (1 << d));
    m_exWeekOfMonth->setCurrentIndex(std::clamp(x.weekOfMonth, 1, 5) - 1);
    m_exWeekday->setCurrentIndex(std::clamp(x.weekday, 1, 7) - 1);
    m_exMonth->setCurrentIndex(std::clamp(x.month, 1, 12) - 1);
    m_exMonthDay->setValue(std::clamp(x.monthDay, 1, 31));
    m_exOccurrences->setValue(std::max(0, x.occurrences));
    m_loading = false;
    updateRecurrenceFields();
    if (m_exceptionRow >= 0)
        m_preview->setCurrentPage(dateOfDay(x.fromDay).year(), dateOfDay(x.fromDay).month());
}

void CalendarDialog::updateRecurrenceFields()
{
    const auto r = Recurrence(m_exRepeat->currentData().toInt());
    const bool repeating = r != Recurrence::None;
    const bool byWeekday = r == Recurrence::MonthlyByWeekday || r == Recurrence::YearlyByWeekday;
    const bool yearly = r == Recurrence::YearlyByDate || r == Recurrence::YearlyByWeekday;
    m_exLayout->setRowVisible(m_exPeriod, repeating);
    m_exLayout->setRowVisible(m_exWeekdayRow, r == Recurrence::Weekly);
    m_exLayout->setRowVisible(m_exWeekOfMonth, byWeekday);
    m_exLayout->setRowVisible(m_exWeekday, byWeekday);
    m_exLayout->setRowVisible(m_exMonth, yearly);
    m_exLayout->setRowVisible(m_exMonthDay, r == Recurrence::MonthlyByDay || r == Recurrence::YearlyByDate);
    m_exLayout->setRowVisible(m_exOccurrences, repeating);
    switch (r) {
    case Recurrence::Daily:
        m_exPeriod->setSuffix(tr(" day(s)"));
        break;
    case Recurrence::Weekly:
        m_exPeriod->setSuffix(tr(" week(s)"));
        break;
    case Recurrence::MonthlyByDay:
    case Recurrence::MonthlyByWeekday:
        m_exPeriod->setSuffix(tr(" month(s)"));
        break;
    default:
        m_exPeriod->setSuffix(tr(" year(s)"));
        break;
    }
}

void CalendarDialog::exceptionEdited()
{
    if (m_loading || m_exceptionRow < 0 || m_exceptionRow >= m_draft.exceptions.size())
        return;
    CalendarException &x = m_draft.exceptions[m_exceptionRow];
    x.name = m_exName->text();
    x.fromDay = dayNumber(m_exFrom->date());
    x.toDay = dayNumber(m_exTo->date());
    x.recurrence = Recurrence(m_exRepeat->currentData().toInt());
    x.period = m_exPeriod->value();
    x.weekdayMask = 0;
    for (int d = 0; d < 7; ++d) {
        if (m_exWeekdays[size_t(d)]->isChecked())
            x.weekdayMask |= 1 << d;
    }
    x.weekOfMonth = m_exWeekOfMonth->currentData().toInt();
    x.weekday = m_exWeekday->currentData().toInt();
    x.month = m_exMonth->currentData().toInt();
    x.monthDay = m_exMonthDay->value();
    x.occurrences = m_exOccurrences->value();
    const bool working = m_exWorking->isChecked();
    m_exceptionWorking[m_exceptionRow] = working;
    m_exceptionHours[m_exceptionRow] = working ? m_exHours->text() : QString();
    if (!working)
        x.intervals.clear();
    else if (const auto hours = readHours(m_exHours->text()))
        x.intervals = *hours;
    updateExceptionRow(m_exceptionRow);
    updatePreview();
}

void CalendarDialog::addException()
{
    if (m_current.isNull())
        return;
    CalendarException x;
    x.name = tr("New exception");
    x.fromDay = x.toDay = dayNumber(m_preview->selectedDate().isValid() ? m_preview->selectedDate() : QDate::currentDate());
    m_draft.exceptions.append(x);
    m_exceptionHours.append(QString());
    m_exceptionWorking.append(false);
    const int row = m_exceptions->rowCount();
    m_exceptions->insertRow(row);
    updateExceptionRow(row);
    m_exceptions->setCurrentCell(row, NameColumn);
    showException(row);
    updatePreview();
    m_exName->setFocus();
    m_exName->selectAll();
}

void CalendarDialog::removeException()
{
    const int row = m_exceptionRow;
    if (row < 0)
        return;
    m_draft.exceptions.removeAt(row);
    m_exceptionHours.removeAt(row);
    m_exceptionWorking.removeAt(row);
    m_loading = true;
    m_exceptions->removeRow(row);
    m_loading = false;
    const int next = std::min(row, int(m_draft.exceptions.size()) - 1);
    m_loading = true;
    m_exceptions->setCurrentCell(next, NameColumn);
    m_loading = false;
    showException(next);
    updatePreview();
}

std::optional<Calendar> CalendarDialog::read(bool strict, bool *unreadable)
{
    const Calendar *stored = m_document->workspace().get<Calendar>(m_current);
    if (!stored)
        return std::nullopt;
    if (unreadable)
        *unreadable = false;
    Calendar c = *stored;
    c.baseCalendarId = m_base->currentData().value<Id>();
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        CalendarWeekDay &day = c.week[size_t(d)];
        const int kind = m_dayKind[size_t(d)]->currentData().toInt();
        day.inherited = kind == InheritedChoice;
        if (kind != WorkingChoice) {
            day.intervals.clear();
            continue;
        }
        const QString text = m_dayHours[size_t(d)]->text();
        const std::optional<QList<TimeInterval>> hours = readHours(text);
        if (hours && !hours->isEmpty()) {
            day.intervals = *hours;
            continue;
        }
        if (unreadable)
            *unreadable = true;
        if (strict) {
            QMessageBox::warning(this, tr("Save Calendar"),
                                 hours ? tr("%1: give the working hours, such as 09:00–12:00, 13:00–18:00, or make it a non-working day.")
                                             .arg(locale.dayName(d + 1))
                                       : tr("%1: “%2” are not working hours; write them as 09:00–12:00, 13:00–18:00.")
                                             .arg(locale.dayName(d + 1), text));
            m_dayHours[size_t(d)]->setFocus();
            m_dayHours[size_t(d)]->selectAll();
            return std::nullopt;
        }
    }
    c.exceptions = m_draft.exceptions;
    for (int k = 0; k < c.exceptions.size(); ++k) {
        CalendarException &x = c.exceptions[k];
        x.name = x.name.trimmed();
        if (!m_exceptionWorking.value(k)) {
            x.intervals.clear();
            continue;
        }
        const QString text = m_exceptionHours.value(k);
        const std::optional<QList<TimeInterval>> hours = readHours(text);
        if (hours && !hours->isEmpty()) {
            x.intervals = *hours;
            continue;
        }
        if (unreadable)
            *unreadable = true;
        if (strict) {
            m_exceptions->setCurrentCell(k, NameColumn);
            showException(k);
            QMessageBox::warning(this, tr("Save Calendar"),
                                 hours ? tr("Exception “%1”: give its working hours, such as 09:00–12:00, or make it non-working.")
                                             .arg(x.name)
                                       : tr("Exception “%1”: “%2” are not working hours; write them as 09:00–12:00, 13:00–18:00.")
                                             .arg(x.name, text));
            m_exHours->setFocus();
            m_exHours->selectAll();
            return std::nullopt;
        }
    }
    return c;
}

bool CalendarDialog::isModified() const
{
    const Calendar *stored = &m_shown;
    if (m_current.isNull() || !m_document->workspace().get<Calendar>(m_current))
        return false;
    bool unreadable = false;
    const std::optional<Calendar> c = const_cast<CalendarDialog *>(this)->read(false, &unreadable);
    return unreadable || !c || c->baseCalendarId != stored->baseCalendarId || c->week != stored->week
           || c->exceptions != stored->exceptions;
}

void CalendarDialog::updateButtons()
{
    const bool modified = isModified();
    m_save->setEnabled(!m_current.isNull());
    m_revert->setEnabled(modified);
    setWindowModified(modified);
}

void CalendarDialog::updatePreview()
{
    if (m_loading)
        return;
    m_preview->setDateTextFormat(QDate(), QTextCharFormat());
    m_kinds.clear();
    m_dayTexts.clear();
    const std::optional<Calendar> c = read(false);
    updateButtons();
    if (!c) {
        m_dayLine->clear();
        return;
    }
    const Workspace &ws = m_document->workspace();
    const WorkCalendar::CalendarLookup lookup = [&](const Id &id) -> const Calendar * {
        return id == c->id ? &*c : ws.get<Calendar>(id);
    };
    const QDate first(m_preview->yearShown(), m_preview->monthShown(), 1);
    const qint64 from = dayNumber(first) - 7;
    const qint64 to = dayNumber(first.addMonths(1)) + 14;
    const QLocale locale;
    QTextCharFormat nonWorking;
    nonWorking.setBackground(QColor(0xe4, 0xe4, 0xe4));
    nonWorking.setForeground(QColor(0x60, 0x60, 0x60));
    QTextCharFormat holiday;
    holiday.setBackground(QColor(0xf6, 0xc4, 0xc4));
    holiday.setForeground(QColor(0x80, 0x10, 0x10));
    holiday.setFontWeight(QFont::Bold);
    QTextCharFormat worked;
    worked.setBackground(QColor(0xc8, 0xeb, 0xc8));
    worked.setForeground(QColor(0x10, 0x50, 0x10));
    worked.setFontWeight(QFont::Bold);
    for (const CalendarDay &day : CalendarDays::compute(*c, lookup, from, to)) {
        const QDate date = dateOfDay(day.day);
        DayKind kind;
        if (day.exception)
            kind = day.working() ? DayKind::WorkingException : DayKind::NonWorkingException;
        else
            kind = day.working() ? DayKind::Working : DayKind::NonWorking;
        m_kinds.insert(day.day, kind);
        int minutes = 0;
        for (const TimeInterval &i : day.intervals)
            minutes += i.end - i.start;
        QString text = day.working() ? tr("%1 (%2 h)").arg(hoursText(day.intervals), locale.toString(minutes / 60.0, 'g', 3))
                                     : tr("not working");
        if (day.exception)
            text = tr("%1 — %2").arg(day.exceptionName.isEmpty() ? tr("exception") : day.exceptionName, text);
        m_dayTexts.insert(day.day, tr("%1: %2").arg(locale.toString(date, QLocale::LongFormat), text));
        if (kind == DayKind::NonWorking)
            m_preview->setDateTextFormat(date, nonWorking);
        else if (kind == DayKind::NonWorkingException)
            m_preview->setDateTextFormat(date, holiday);
        else if (kind == DayKind::WorkingException)
            m_preview->setDateTextFormat(date, worked);
    }
    m_dayLine->setText(dayDescription());
}

CalendarDialog::DayKind CalendarDialog::previewKind(QDate day) const
{
    return m_kinds.value(dayNumber(day), DayKind::Working);
}

QString CalendarDialog::dayDescription() const
{
    return m_dayTexts.value(dayNumber(m_preview->selectedDate()));
}

bool CalendarDialog::apply(const Calendar &calendar, const QString &title)
{
    const Edit edit = EditService(m_document->workspace(), m_document->planCache()).saveCalendar(calendar);
    QString error = edit.error;
    m_applying = true;
    const bool applied = edit.ok() && m_document->apply(edit.changes, &error);
    m_applying = false;
    if (applied) {
        reloadList(calendar.id);
        showCalendar(calendar.id);
        return true;
    }
    QMessageBox::warning(this, title, error);
    if (edit.field == "week") {
        for (int d = 0; d < 7; ++d) {
            if (error.contains(QLocale().dayName(d + 1)) && m_dayHours[size_t(d)]->isEnabled()) {
                m_dayHours[size_t(d)]->setFocus();
                m_dayHours[size_t(d)]->selectAll();
                break;
            }
        }
    } else if (edit.field == "exceptions") {
        for (int k = 0; k < calendar.exceptions.size(); ++k) {
            const CalendarException &x = calendar.exceptions[k];
            if (!x.name.isEmpty() && error.contains(x.name)) {
                m_exceptions->setCurrentCell(k, NameColumn);
                showException(k);
                m_exName->setFocus();
                break;
            }
        }
    } else if (edit.field == "base_calendar_id") {
        m_base->setFocus();
    }
    return false;
}

bool CalendarDialog::save()
{
    const std::optional<Calendar> c = read(true);
    if (!c)
        return false;
    const int row = m_exceptionRow;
    if (!apply(*c, tr("Save Calendar")))
        return false;
    if (row >= 0 && row < m_exceptions->rowCount()) {
        m_exceptions->setCurrentCell(row, NameColumn);
        showException(row);
    }
    return true;
}

void CalendarDialog::revert()
{
    showCalendar(m_current);
}

bool CalendarDialog::settleEdits()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Calendars"),
                                              tr("Save the changes to “%1”?").arg(m_draft.name),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QString CalendarDialog::uniqueName(const QString &wanted) const
{
    return EditService(m_document->workspace()).unusedCalendarName(wanted);
}

bool CalendarDialog::addCalendar(const QString &name)
{
    if (!settleEdits())
        return false;
    const Calendar c = Calendar::standard(name.trimmed());
    return apply(c, tr("New Calendar"));
}

bool CalendarDialog::addBuiltIn(const QString &code)
{
    const std::optional<HolidayRegion> region = HolidayCatalogue::region(code);
    if (!region || !settleEdits())
        return false;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const Calendar c = HolidayCatalogue::calendar(*region, chinese, uniqueName(region->displayName(chinese)));
    return apply(c, tr("Public Holidays"));
}

bool CalendarDialog::copyCalendar(const QString &name)
{
    const Calendar *stored = m_document->workspace().get<Calendar>(m_current);
    if (!stored || !settleEdits())
        return false;
    Calendar c = *stored;
    c.id = newId();
    c.name = name.trimmed();
    c.resourceId = Id();
    return apply(c, tr("Copy Calendar"));
}

bool CalendarDialog::renameCalendar(const QString &name)
{
    const Calendar *stored = m_document->workspace().get<Calendar>(m_current);
    if (!stored || !settleEdits())
        return false;
    Calendar c = *m_document->workspace().get<Calendar>(m_current);
    c.name = name;
    return apply(c, tr("Rename Calendar"));
}

bool CalendarDialog::deleteCalendar()
{
    const Calendar *c = m_document->workspace().get<Calendar>(m_current);
    if (!c)
        return false;
    const Edit edit = EditService(m_document->workspace(), m_document->planCache()).remove(EntityType::Calendar, m_current);
    if (!edit.ok()) {
        QMessageBox::warning(this, tr("Delete Calendar"), edit.error);
        return false;
    }
    if (QMessageBox::question(this, tr("Delete Calendar"), tr("Delete the calendar “%1”? Undo brings it back.").arg(c->name))
        != QMessageBox::Yes)
        return false;
    QString error;
    m_applying = true;
    const bool applied = m_document->apply(edit.changes, &error);
    m_applying = false;
    if (!applied) {
        QMessageBox::warning(this, tr("Delete Calendar"), error);
        return false;
    }
    reloadList(Id());
    showCalendar(m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).value<Id>() : Id());
    return true;
}

void CalendarDialog::selectCalendar(const Id &id)
{
    if (id == m_current || !settleEdits())
        return;
    reloadList(id);
    showCalendar(id);
}

void CalendarDialog::reject()
{
    if (settleEdits())
        QDialog::reject();
}

} // namespace Keel
