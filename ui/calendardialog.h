#pragma once
// The workspace's calendars: the list on the left (add, add a country's public holidays, copy,
// rename, delete), and for the selected one its base calendar, working week, exceptions (one-off
// or recurring, working or not) and a month preview of the working time the scheduler computes
// from what is on screen, unsaved edits included. Save hands the calendar to
// EditService::saveCalendar, which judges it; an accepted save is one undo step, a refused one
// names the field and changes nothing. The dialog only reads the typed hours ("09:00–12:00,
// 13:00–18:00") and says which field it cannot read. Insert and Delete add and remove exceptions in
// the table; Ctrl+Z and Ctrl+Shift+Z undo and redo saved steps while nothing is unsaved.

#include <model/calendar.h>

#include <QDialog>
#include <QHash>

#include <array>

#include <optional>

class QCalendarWidget;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Keel {

class WorkspaceDocument;

class CalendarDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalendarDialog(WorkspaceDocument *document, QWidget *parent = nullptr);

    /// How the preview shows a day.
    enum class DayKind { Working, NonWorking, WorkingException, NonWorkingException };

    QListWidget *calendarList() const { return m_list; }
    QComboBox *baseBox() const { return m_base; }
    /// The kind of day @p weekday (0 = Monday): working, non-working, or as the base calendar.
    QComboBox *dayKindBox(int weekday) const { return m_dayKind[size_t(weekday)]; }
    QLineEdit *dayHoursEdit(int weekday) const { return m_dayHours[size_t(weekday)]; }
    QTableWidget *exceptionTable() const { return m_exceptions; }
    QLineEdit *exceptionNameEdit() const { return m_exName; }
    QDateEdit *exceptionFromEdit() const { return m_exFrom; }
    QDateEdit *exceptionToEdit() const { return m_exTo; }
    QCheckBox *exceptionWorkingBox() const { return m_exWorking; }
    QLineEdit *exceptionHoursEdit() const { return m_exHours; }
    QComboBox *recurrenceBox() const { return m_exRepeat; }
    QSpinBox *periodBox() const { return m_exPeriod; }
    QCheckBox *weekdayBox(int weekday) const { return m_exWeekdays[size_t(weekday)]; }
    QComboBox *weekOfMonthBox() const { return m_exWeekOfMonth; }
    QComboBox *weekdayChoice() const { return m_exWeekday; }
    QComboBox *monthBox() const { return m_exMonth; }
    QSpinBox *monthDayBox() const { return m_exMonthDay; }
    QSpinBox *occurrencesBox() const { return m_exOccurrences; }
    QCalendarWidget *preview() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }

    /// The calendar being edited; null when there is none.
    Id currentCalendar() const { return m_current; }
    /// Selects calendar @p id (asking first when the shown one has unsaved edits).
    void selectCalendar(const Id &id);
    /// Whether what is on screen differs from the saved calendar.
    bool isModified() const;

    /// A new calendar with the standard week, saved at once; false (reason shown) when refused.
    bool addCalendar(const QString &name);
    /// A new calendar with the public holidays of built-in region @p code, saved at once.
    bool addBuiltIn(const QString &code);
    /// A copy of the current calendar named @p name, saved at once.
    bool copyCalendar(const QString &name);
    bool renameCalendar(const QString &name);
    /// Deletes the current calendar after asking; refused with the reason while it is in use.
    bool deleteCalendar();
    /// Adds an exception (today, not working) and selects it for editing.
    void addException();
    void removeException();
    /// Judges and saves what is on screen as one undo step; false, with the reason shown and the
    /// field focused, when it cannot be read or is refused.
    bool save();
    /// Shows the saved calendar again.
    void revert();

    /// How the preview shows @p day now.
    DayKind previewKind(QDate day) const;
    /// The preview's line about the selected day (its hours, or the exception deciding it).
    QString dayDescription() const;

    void reject() override;

private:
    void reloadList(const Id &select);
    void showCalendar(const Id &id);
    void showException(int row);
    void exceptionEdited();
    void updateRecurrenceFields();
    void updateExceptionRow(int row);
    void updatePreview();
    void updateButtons();
    /// What is on screen as a calendar. @p strict: nullopt, with the reason shown and the field
    /// focused, when a field cannot be read; else unreadable fields keep their saved value.
    std::optional<Calendar> read(bool strict, bool *unreadable = nullptr);
    bool apply(const Calendar &calendar, const QString &title);
    /// Asks what to do with unsaved edits; false when the user cancels.
    bool settleEdits();
    QString uniqueName(const QString &wanted) const;

    WorkspaceDocument *m_document;
    Id m_current;
    Calendar m_shown;                ///< the calendar as it was when shown
    Calendar m_draft;                ///< the exceptions as edited (their hours as typed below)
    QStringList m_exceptionHours;    ///< per exception, its hours as typed
    QList<bool> m_exceptionWorking;  ///< per exception, whether it is working time
    bool m_loading = false;
    bool m_applying = false;        ///< the change being applied is this dialog's own
    int m_exceptionRow = -1;

    QListWidget *m_list;
    QPushButton *m_copy;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QWidget *m_editor;
    QComboBox *m_base;
    std::array<QComboBox *, 7> m_dayKind{};
    std::array<QLineEdit *, 7> m_dayHours{};
    QTableWidget *m_exceptions;
    QPushButton *m_removeException;
    QWidget *m_exceptionForm;
    QFormLayout *m_exLayout;
    QLineEdit *m_exName;
    QDateEdit *m_exFrom;
    QDateEdit *m_exTo;
    QCheckBox *m_exWorking;
    QLineEdit *m_exHours;
    QComboBox *m_exRepeat;
    QSpinBox *m_exPeriod;
    QWidget *m_exWeekdayRow;
    std::array<QCheckBox *, 7> m_exWeekdays{};
    QComboBox *m_exWeekOfMonth;
    QComboBox *m_exWeekday;
    QComboBox *m_exMonth;
    QSpinBox *m_exMonthDay;
    QSpinBox *m_exOccurrences;
    QCalendarWidget *m_preview;
    QLabel *m_dayLine;
    QPushButton *m_save;
    QPushButton *m_revert;
    QHash<qint64, DayKind> m_kinds;
    QHash<qint64, QString> m_dayTexts;
};

} // namespace Keel
