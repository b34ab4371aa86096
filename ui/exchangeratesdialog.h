#pragma once
// Currencies and exchange rates of the workspace: the reporting currency that portfolio totals
// are shown in, and the dated rates between currencies (added, edited and deleted, one undo step
// each). A banner lists the currencies in use that no rate joins to the reporting currency, with
// a button that adds a rate for each. The edit service judges and builds every change
// (EditService::setReportingCurrency, saveExchangeRate, removeExchangeRate).

#include <edit/edit.h>
#include <model/exchangerate.h>
#include <model/ids.h>

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace Keel {

class Workspace;
class WorkspaceDocument;

/// One exchange rate, new or existing.
class ExchangeRateDialog : public QDialog
{
    Q_OBJECT
public:
    ExchangeRateDialog(const Workspace &ws, const ExchangeRate &rate, QWidget *parent = nullptr);

    /// The judged edit; valid once the dialog was accepted.
    const Edit &edit() const { return m_edit; }

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QLineEdit *rateEdit() const { return m_rate; }
    void save();

private:
    void updateMeaning();

    const Workspace &m_ws;
    ExchangeRate m_rateRecord;
    Edit m_edit;
    QDateEdit *m_date;
    QComboBox *m_from;
    QComboBox *m_to;
    QLineEdit *m_rate;
    QLabel *m_meaning;
};

/// The workspace's reporting currency and every exchange rate.
class ExchangeRatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExchangeRatesDialog(WorkspaceDocument *document, QWidget *parent = nullptr);

    QComboBox *reportingBox() const { return m_reporting; }
    QComboBox *filterBox() const { return m_filter; }
    QTableWidget *table() const { return m_table; }
    /// The banner of currencies without a rate; hidden when every currency in use has one.
    QWidget *banner() const { return m_banner; }
    QLabel *bannerLabel() const { return m_bannerText; }
    /// The banner's "Add Rate" buttons, one per currency without a rate.
    QList<QPushButton *> addMissingButtons() const { return m_missingButtons; }
    /// The rate of the current row; null when none.
    Id currentRate() const;
    void selectRate(const Id &rate);

    /// Makes the reporting box's text the reporting currency; refused with a message when it is
    /// not a known code. Returns whether it was applied (or already so).
    bool applyReportingCurrency();
    /// Opens the rate dialog for a new rate, prefilled with @p from → @p to from @p since.
    void addRate(const QString &from = {}, const QString &to = {}, Minutes since = kNoTime);
    void editRate();
    void deleteRate();

private:
    void refresh();
    void refreshBanner();
    void updateButtons();
    void openRateDialog(const ExchangeRate &rate);

    WorkspaceDocument *m_document;
    QComboBox *m_reporting;
    QComboBox *m_filter;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QVBoxLayout *m_bannerButtons;
    QList<QPushButton *> m_missingButtons;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    bool m_applyingReporting = false;
};

} // namespace Keel
