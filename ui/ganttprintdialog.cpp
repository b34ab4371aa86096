#include "ganttprintdialog.h"

#include "report/ganttexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Keel {

GanttPrintDialog::GanttPrintDialog(GanttData data, QWidget *parent)
    : QDialog(parent)
    , m_data(std::move(data))
    , m_printer(QPrinter::HighResolution)
{
    setWindowTitle(tr("Print Gantt Chart"));
    m_printer.setPageLayout(GanttPrintOptions().pageLayout);
    m_printer.setDocName(m_data.title);

    const QDate first = m_data.earliest() != kNoTime ? toDate(m_data.earliest()) : QDate::currentDate();
    const QDate last = m_data.latest() != kNoTime ? toDate(m_data.latest()) : first.addMonths(1);
    m_from = new QDateEdit(first, this);
    m_to = new QDateEdit(last, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(locale().dateFormat(QLocale::ShortFormat));
    }
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch();

    m_fit = new QRadioButton(tr("&Fit to"), this);
    m_pagesWide = new QSpinBox(this);
    m_pagesWide->setRange(1, 100);
    auto *fitRow = new QHBoxLayout;
    fitRow->addWidget(m_fit);
    fitRow->addWidget(m_pagesWide);
    fitRow->addWidget(new QLabel(tr("pages wide"), this));
    fitRow->addStretch();
    m_poster = new QRadioButton(tr("&Poster at"), this);
    m_zoom = new QComboBox(this);
    m_zoom->addItem(tr("Hours"), int(GanttZoom::Hour));
    m_zoom->addItem(tr("Days"), int(GanttZoom::Day));
    m_zoom->addItem(tr("Weeks"), int(GanttZoom::Week));
    m_zoom->addItem(tr("Months"), int(GanttZoom::Month));
    m_zoom->addItem(tr("Quarters"), int(GanttZoom::Quarter));
    m_zoom->setCurrentIndex(2);
    auto *posterRow = new QHBoxLayout;
    posterRow->addWidget(m_poster);
    posterRow->addWidget(m_zoom);
    posterRow->addWidget(new QLabel(tr("scale, task names on every page"), this));
    posterRow->addStretch();
    m_fit->setChecked(true);
    m_legend = new QCheckBox(tr("Print a &legend"), this);
    m_legend->setChecked(true);
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Dates:"), range);
    form->addRow(tr("Size:"), fitRow);
    form->addRow(QString(), posterRow);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *setup = buttons->addButton(tr("Page &Setup…"), QDialogButtonBox::ActionRole);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    printButton->setDefault(true);
    connect(setup, &QPushButton::clicked, this, &GanttPrintDialog::pageSetup);
    connect(previewButton, &QPushButton::clicked, this, &GanttPrintDialog::preview);
    connect(pdf, &QPushButton::clicked, this, &GanttPrintDialog::exportPdfInteractive);
    connect(printButton, &QPushButton::clicked, this, &GanttPrintDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    auto changed = [this] {
        m_pagesWide->setEnabled(m_fit->isChecked());
        m_zoom->setEnabled(m_poster->isChecked());
        updateSummary();
    };
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_fit, &QRadioButton::toggled, this, changed);
    connect(m_pagesWide, &QSpinBox::valueChanged, this, changed);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, changed);
    connect(m_legend, &QCheckBox::toggled, this, changed);
    changed();
}

GanttPrintDialog::~GanttPrintDialog() = default;

GanttPrintOptions GanttPrintDialog::options() const
{
    GanttPrintOptions o;
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        std::swap(from, to);
    o.from = toMinutes(from);
    o.to = toMinutes(to.addDays(1));
    o.mode = m_poster->isChecked() ? GanttPrintOptions::Mode::Poster : GanttPrintOptions::Mode::FitWidth;
    o.pagesWide = m_pagesWide->value();
    o.posterZoom = GanttZoom(m_zoom->currentData().toInt());
    o.legend = m_legend->isChecked();
    o.today = toMinutes(QDateTime::currentDateTime());
    const QPageLayout page = m_printer.pageLayout();
    o.pageLayout = QPageLayout(page.pageSize(), page.orientation(), QMarginsF(12, 12, 12, 12), QPageLayout::Point);
    return o;
}

void GanttPrintDialog::setOptions(const GanttPrintOptions &options)
{
    if (options.from != kNoTime)
        m_from->setDate(toDate(options.from));
    if (options.to != kNoTime)
        m_to->setDate(toDate(options.to - 1));
    m_poster->setChecked(options.mode == GanttPrintOptions::Mode::Poster);
    m_fit->setChecked(options.mode == GanttPrintOptions::Mode::FitWidth);
    m_pagesWide->setValue(options.pagesWide);
    m_zoom->setCurrentIndex(std::max(0, m_zoom->findData(int(options.posterZoom))));
    m_legend->setChecked(options.legend);
    m_printer.setPageLayout(options.pageLayout);
    updateSummary();
}

int GanttPrintDialog::pageCount() const
{
    return GanttPrintLayout(m_data, options(), locale()).pageCount();
}

void GanttPrintDialog::updateSummary()
{
    const GanttPrintLayout layout(m_data, options(), locale());
    const QPageLayout page = m_printer.pageLayout();
    const QString orientation = page.orientation() == QPageLayout::Landscape ? tr("landscape") : tr("portrait");
    m_summary->setText(tr("%n page(s): %1 across × %2 down, %3 %4", nullptr, layout.pageCount())
                           .arg(layout.pagesAcross())
                           .arg(layout.pagesDown())
                           .arg(page.pageSize().name(), orientation));
}

bool GanttPrintDialog::exportPdf(const QString &path, QString *error) const
{
    return writeGanttPdf(m_data, options(), path, error, locale());
}

void GanttPrintDialog::printTo(QPrinter *printer) const
{
    const GanttPrintLayout layout(m_data, options(), locale());
    printer->setFullPage(true);
    QPainter painter;
    if (!painter.begin(printer))
        return;
    int first = 0, last = 0;
    if (printer->printRange() == QPrinter::PageRange) {
        first = printer->fromPage();
        last = printer->toPage();
    }
    layout.print(painter, printer->resolution(), first, last, [printer] { return printer->newPage(); });
    painter.end();
}

void GanttPrintDialog::pageSetup()
{
    QPageSetupDialog dialog(&m_printer, this);
    if (dialog.exec() == QDialog::Accepted)
        updateSummary();
}

void GanttPrintDialog::preview()
{
    QPrintPreviewDialog dialog(&m_printer, this);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(m_data.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) { printTo(printer); });
    dialog.exec();
    updateSummary();
}

void GanttPrintDialog::print()
{
    m_printer.setFromTo(1, pageCount());
    QPrintDialog dialog(&m_printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(&m_printer);
    accept();
}

void GanttPrintDialog::exportPdfInteractive()
{
    QString name = m_data.title;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Gantt Chart as PDF"),
                                                      tr("%1 Gantt.pdf").arg(name.isEmpty() ? tr("Project") : name),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, tr("Export PDF"), error);
}

} // namespace Keel
