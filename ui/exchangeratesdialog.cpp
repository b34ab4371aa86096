#include "exchangeratesdialog.h"

#include "formatting.h"
#include "sortedtableitem.h"
#include "workspacedocument.h"

#include <analytics/missingexchangerates.h>
#include <edit/editservice.h>
#include <model/money.h>
#include <model/workspace.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

namespace {

enum Column { DateColumn, FromColumn, ToColumn, RateColumn, ColumnCount };

QString rateText(double rate, const QLocale &locale = {})
{
    return locale.toString(rate, 'g', 10);
}

QComboBox *currencyBox(const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->addItems(Currency::codes());
    box->setCurrentText(current);
    box->setInsertPolicy(QComboBox::NoInsert);
    return box;
}

/// What a currency without a rate is used by, as a list for the banner.
QString usedBy(const MissingExchangeRate &m)
{
    QStringList uses;
    if (m.projects)
        uses << ExchangeRatesDialog::tr("projects");
    if (m.resources)
        uses << ExchangeRatesDialog::tr("resource rates");
    if (m.expenses)
        uses << ExchangeRatesDialog::tr("expenses");
    return uses.join(ExchangeRatesDialog::tr(", "));
}

} // namespace

// --- ExchangeRateDialog --------------------------------------------------------------------------

ExchangeRateDialog::ExchangeRateDialog(const Workspace &ws, const ExchangeRate &rate, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_rateRecord(rate)
    , m_date(new QDateEdit(this))
    , m_from(currencyBox(rate.fromCurrency, this))
    , m_to(currencyBox(rate.toCurrency, this))
    , m_rate(new QLineEdit(rate.rate > 0 ? rateText(rate.rate) : QString(), this))
    , m_meaning(new QLabel(this))
{
    setWindowTitle(rate.id.isNull() || !ws.get<ExchangeRate>(rate.id) ? tr("New Exchange Rate") : tr("Edit Exchange Rate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());
    m_date->setDate(rate.effectiveFrom != kNoTime ? toDate(rate.effectiveFrom) : QDate::currentDate());
    m_rate->setPlaceholderText(tr("for example 0.92"));
    m_meaning->setForegroundRole(QPalette::PlaceholderText);
    m_meaning->setWordWrap(true);
    connect(m_from, &QComboBox::currentTextChanged, this, &ExchangeRateDialog::updateMeaning);
    connect(m_to, &QComboBox::currentTextChanged, this, &ExchangeRateDialog::updateMeaning);
    connect(m_rate, &QLineEdit::textChanged, this, &ExchangeRateDialog::updateMeaning);

    auto *form = new QFormLayout;
    form->addRow(tr("&Applies from:"), m_date);
    form->addRow(tr("&From currency:"), m_from);
    form->addRow(tr("&To currency:"), m_to);
    form->addRow(tr("&Rate:"), m_rate);
    form->addRow(QString(), m_meaning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExchangeRateDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateMeaning();
    resize(420, sizeHint().height());
}

void ExchangeRateDialog::updateMeaning()
{
    const QString from = m_from->currentText().trimmed().toUpper();
    const QString to = m_to->currentText().trimmed().toUpper();
    m_meaning->setText(tr("How many %2 one %1 is worth, from that day until the next rate of the pair.")
                           .arg(from.isEmpty() ? tr("unit") : from, to.isEmpty() ? tr("units") : to));
}

void ExchangeRateDialog::save()
{
    ExchangeRate r = m_rateRecord;
    r.effectiveFrom = toMinutes(m_date->date());
    r.fromCurrency = m_from->currentText();
    r.toCurrency = m_to->currentText();
    const QString text = m_rate->text().trimmed();
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Rate: “%1” is not a number. Give how many units of the “to” currency one unit of the "
                                "“from” currency is worth, such as 0.92.")
                                 .arg(text));
        m_rate->setFocus();
        return;
    }
    r.rate = value;
    const Edit edit = EditService(m_ws).saveExchangeRate(r);
    if (!edit.ok()) {
        QMessageBox::warning(this, windowTitle(), edit.error);
        QWidget *field = edit.field == "from_currency" ? static_cast<QWidget *>(m_from)
                         : edit.field == "to_currency" ? static_cast<QWidget *>(m_to)
                         : edit.field == "rate"        ? static_cast<QWidget *>(m_rate)
                                                       : static_cast<QWidget *>(m_date);
        field->setFocus();
        return;
    }
    m_edit = edit;
    accept();
}

// --- ExchangeRatesDialog -------------------------------------------------------------------------

ExchangeRatesDialog::ExchangeRatesDialog(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_reporting(currencyBox(document->workspace().settings().currency, this))
    , m_filter(new QComboBox(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerButtons(new QVBoxLayout)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Currencies and Exchange Rates"));
    const Workspace &ws = document->workspace();
    m_reporting->setToolTip(tr("The currency portfolio, dashboard and profitability totals are shown in"));
    connect(m_reporting, &QComboBox::activated, this, &ExchangeRatesDialog::applyReportingCurrency);
    connect(m_reporting->lineEdit(), &QLineEdit::editingFinished, this, &ExchangeRatesDialog::applyReportingCurrency);

    auto *frame = static_cast<QFrame *>(m_banner);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette warn = frame->palette();
    warn.setColor(QPalette::Window, QColor(0xfff4ce));
    warn.setColor(QPalette::WindowText, QColor(0x3b2f00));
    frame->setPalette(warn);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addLayout(m_bannerButtons);

    m_table->setHorizontalHeaderLabels({tr("Applies From"), tr("From"), tr("To"), tr("Rate")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_empty->setText(tr("No exchange rates yet. Add one with Add… (Insert) to show totals across currencies."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_add->setToolTip(tr("Add an exchange rate (Insert)"));
    m_edit->setToolTip(tr("Edit the selected exchange rate (Return)"));
    m_delete->setToolTip(tr("Delete the selected exchange rate (Delete); Ctrl+Z brings it back"));
    connect(m_add, &QPushButton::clicked, this, [this] { addRate(); });
    connect(m_edit, &QPushButton::clicked, this, &ExchangeRatesDialog::editRate);
    connect(m_delete, &QPushButton::clicked, this, &ExchangeRatesDialog::deleteRate);
    connect(new QShortcut(QKeySequence(Qt::Key_Insert), this), &QShortcut::activated, this, [this] { addRate(); });
    connect(new QShortcut(QKeySequence(Qt::Key_Delete), m_table), &QShortcut::activated, this, &ExchangeRatesDialog::deleteRate);
    connect(m_table, &QTableWidget::itemActivated, this, &ExchangeRatesDialog::editRate);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ExchangeRatesDialog::updateButtons);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ExchangeRatesDialog::refresh);
    connect(&ws, &Workspace::changeSetApplied, this, &ExchangeRatesDialog::refresh);
    connect(&ws, &Workspace::reset, this, &ExchangeRatesDialog::refresh);

    auto *top = new QFormLayout;
    top->addRow(tr("&Reporting currency:"), m_reporting);
    top->addRow(tr("&Show rates of:"), m_filter);
    auto *buttons = new QHBoxLayout;
    // Return in the reporting currency sets it rather than pressing a button.
    for (QPushButton *b : {m_add, m_edit, m_delete}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(640, 480);
    refresh();
}

Id ExchangeRatesDialog::currentRate() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), DateColumn);
    return item ? item->data(Qt::UserRole).value<Id>() : Id();
}

void ExchangeRatesDialog::selectRate(const Id &rate)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, DateColumn)->data(Qt::UserRole).value<Id>() == rate)
            m_table->setCurrentCell(row, DateColumn);
}

void ExchangeRatesDialog::refresh()
{
    const Workspace &ws = m_document->workspace();
    const QString reporting = ws.settings().currency;
    if (!m_reporting->hasFocus() || m_reporting->currentText().trimmed().toUpper() == reporting)
        m_reporting->setCurrentText(reporting);

    // The filter: every currency that has a rate, plus the one chosen.
    const QString shown = m_filter->currentData().toString();
    QStringList currencies;
    for (const ExchangeRate &r : ws.table<ExchangeRate>())
        for (const QString &c : {r.fromCurrency, r.toCurrency})
            if (!currencies.contains(c))
                currencies << c;
    if (!shown.isEmpty() && !currencies.contains(shown))
        currencies << shown;
    currencies.sort();
    {
        const QSignalBlocker block(m_filter);
        m_filter->clear();
        m_filter->addItem(tr("All currencies"), QString());
        for (const QString &c : std::as_const(currencies))
            m_filter->addItem(c, c);
        m_filter->setCurrentIndex(std::max(0, m_filter->findData(shown)));
    }

    const Id keep = currentRate();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const ExchangeRate &r : ws.table<ExchangeRate>()) {
        if (!shown.isEmpty() && r.fromCurrency != shown && r.toCurrency != shown)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *date = new SortedTableItem(Format::date(r.effectiveFrom), double(r.effectiveFrom));
        date->setData(Qt::UserRole, QVariant::fromValue(r.id));
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, FromColumn, new QTableWidgetItem(r.fromCurrency));
        m_table->setItem(row, ToColumn, new QTableWidgetItem(r.toCurrency));
        auto *rate = new SortedTableItem(rateText(r.rate), r.rate);
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rate->setToolTip(tr("1 %1 = %2 %3").arg(r.fromCurrency, rateText(r.rate), r.toCurrency));
        m_table->setItem(row, RateColumn, rate);
    }
    m_table->setSortingEnabled(true);
    m_table->sortItems(DateColumn, Qt::DescendingOrder);
    selectRate(keep);
    m_empty->setVisible(m_table->rowCount() == 0);
    refreshBanner();
    updateButtons();
}

void ExchangeRatesDialog::refreshBanner()
{
    const std::vector<MissingExchangeRate> missing = missingExchangeRates(m_document->workspace());
    // A button may be the one whose click led here: removed once the click is over.
    for (QPushButton *b : std::as_const(m_missingButtons)) {
        b->hide();
        b->deleteLater();
    }
    m_missingButtons.clear();
    QStringList lines;
    for (const MissingExchangeRate &m : missing) {
        lines << tr("%1 has no exchange rate to %2 (used by %3): amounts in %1 stay in %1, and totals in %2 across "
                    "currencies are not shown.")
                     .arg(m.currency, m.reporting, usedBy(m));
        auto *add = new QPushButton(tr("Add Rate %1 → %2…").arg(m.currency, m.reporting), m_banner);
        add->setToolTip(tr("Add an exchange rate from %1 to %2").arg(m.currency, m.reporting));
        connect(add, &QPushButton::clicked, this, [this, m] { addRate(m.currency, m.reporting, m.since); });
        m_bannerButtons->addWidget(add);
        m_missingButtons << add;
    }
    m_bannerText->setText(lines.join(u'\n'));
    m_banner->setVisible(!missing.empty());
}

void ExchangeRatesDialog::updateButtons()
{
    const bool any = m_document->workspace().get<ExchangeRate>(currentRate());
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

bool ExchangeRatesDialog::applyReportingCurrency()
{
    if (m_reporting->currentText().trimmed().compare(m_document->workspace().settings().currency, Qt::CaseInsensitive) == 0)
        return true;
    // The message box takes the focus, which finishes the editing again: asked once.
    if (m_applyingReporting)
        return false;
    const QScopedValueRollback<bool> applying(m_applyingReporting, true);
    const Edit edit = EditService(m_document->workspace()).setReportingCurrency(m_reporting->currentText());
    QString error = edit.error;
    if (!edit.ok() || (!edit.changes.isEmpty() && !m_document->apply(edit.changes, &error))) {
        QMessageBox::warning(this, windowTitle(), tr("Reporting currency: %1").arg(error));
        m_reporting->setFocus();
        m_reporting->lineEdit()->selectAll();
        return false;
    }
    m_reporting->setCurrentText(m_document->workspace().settings().currency);
    return true;
}

void ExchangeRatesDialog::openRateDialog(const ExchangeRate &rate)
{
    ExchangeRateDialog dialog(m_document->workspace(), rate, this);
    if (dialog.exec() != QDialog::Accepted || dialog.edit().changes.isEmpty())
        return;
    QString error;
    if (!m_document->apply(dialog.edit().changes, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    selectRate(dialog.edit().id);
}

void ExchangeRatesDialog::addRate(const QString &from, const QString &to, Minutes since)
{
    ExchangeRate r;
    const QString reporting = m_document->workspace().settings().currency;
    r.fromCurrency = from;
    r.toCurrency = to.isEmpty() ? reporting : to;
    r.effectiveFrom = since;
    openRateDialog(r);
}

void ExchangeRatesDialog::editRate()
{
    const ExchangeRate *r = m_document->workspace().get<ExchangeRate>(currentRate());
    if (r)
        openRateDialog(*r);
}

void ExchangeRatesDialog::deleteRate()
{
    const Id id = currentRate();
    if (id.isNull())
        return;
    const Edit edit = EditService(m_document->workspace()).removeExchangeRate(id);
    QString error = edit.error;
    if (!edit.ok() || !m_document->apply(edit.changes, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

} // namespace Keel
