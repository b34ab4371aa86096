#include "reportsview.h"

#include "dashboardview.h"
#include "pageheader.h"
#include "palettecolors.h"
#include "reportpreview.h"
#include "workspacedocument.h"

#include <analytics/scope.h>
#include <model/workspace.h>
#include <report/reportbuilder.h>
#include <report/reportexport.h>
#include <report/reportlayout.h>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Keel {

namespace {

const QString kDirectoryKey = QStringLiteral("views/reports/exportDirectory");
constexpr int kControlsDelayMs = 250;
constexpr int kWorkspaceDelayMs = 1000;

struct KindText
{
    ReportKind kind;
    const char *name;
    const char *help;
};

constexpr KindText kKinds[] = {
    {ReportKind::Status, QT_TRANSLATE_NOOP("Keel::ReportsView", "Project status"),
     QT_TRANSLATE_NOOP("Keel::ReportsView", "Health and its reasons, milestones, the forecast finish and cost, risks, requests and early warnings of one project.")},
    {ReportKind::Evm, QT_TRANSLATE_NOOP("Keel::ReportsView", "Earned value"),
     QT_TRANSLATE_NOOP("Keel::ReportsView", "Every earned value and earned schedule figure of one project, the S-curve and the estimates at completion.")},
    {ReportKind::Client, QT_TRANSLATE_NOOP("Keel::ReportsView", "Client report"),
     QT_TRANSLATE_NOOP("Keel::ReportsView", "What the client may see: progress, client-visible milestones and requests, satisfaction. No costs, risks or names.")},
    {ReportKind::Risks, QT_TRANSLATE_NOOP("Keel::ReportsView", "Risk register"),
     QT_TRANSLATE_NOOP("Keel::ReportsView", "The risk matrix and the register by score, for one project or the whole portfolio.")},
    {ReportKind::Portfolio, QT_TRANSLATE_NOOP("Keel::ReportsView", "Portfolio overview"),
     QT_TRANSLATE_NOOP("Keel::ReportsView", "Health, indices, forecasts, early warnings and satisfaction of every open project.")},
    {ReportKind::Utilization, QT_TRANSLATE_NOOP("Keel::ReportsView", "Utilisation"),
     QT_TRANSLATE_NOOP("Keel::ReportsView", "Available, worked and billable hours and the rates realised, by person, team and month.")},
    {ReportKind::Profitability, QT_TRANSLATE_NOOP("Keel::ReportsView", "Profitability"),
     QT_TRANSLATE_NOOP("Keel::ReportsView", "Revenue by billing model, cost and margin, by project, client and month.")},
};

bool usesPeriod(ReportKind kind)
{
    return kind == ReportKind::Utilization || kind == ReportKind::Profitability;
}

} // namespace

ReportsView::ReportsView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_header(new PageHeader(tr("Reports"), this))
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new DashboardView)
    , m_rebuild(new QTimer(this))
    , m_dashboardTimer(new QTimer(this))
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *desk = new QWidget;
    auto *deskLayout = new QVBoxLayout(desk);
    deskLayout->setContentsMargins(0, 12, 0, 12);
    deskLayout->addWidget(m_dashboard);
    deskLayout->addStretch(1);
    scroll->setWidget(desk);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("Dashboard"));
    m_tabs->addTab(buildCatalogue(), tr("Catalogue"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 0);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    m_rebuild->setSingleShot(true);
    connect(m_rebuild, &QTimer::timeout, this, [this] { buildPreview(); });
    m_dashboardTimer->setSingleShot(true);
    m_dashboardTimer->setInterval(kWorkspaceDelayMs);
    connect(m_dashboardTimer, &QTimer::timeout, this, [this] {
        if (m_tabs->currentIndex() == 0 && isVisible())
            refreshDashboard();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0 && m_dashboardStale)
            refreshDashboard();
        else if (index == 1 && !m_current)
            scheduleRebuild();
    });

    const Workspace &ws = m_document->workspace();
    const auto changed = [this] {
        m_dashboardStale = true;
        m_dashboardTimer->start();
        m_current.reset();
        if (m_tabs->currentIndex() == 1) {
            m_rebuild->start(kWorkspaceDelayMs);
        }
    };
    connect(&ws, &Workspace::changeSetApplied, this, changed);
    connect(&ws, &Workspace::reset, this, [this, changed] {
        fillProjects();
        changed();
    });
    connect(&ws, &Workspace::entitiesInserted, this, [this](EntityType type) {
        if (type == EntityType::Project)
            fillProjects();
    });
    connect(&ws, &Workspace::entitiesRemoved, this, [this](EntityType type) {
        if (type == EntityType::Project)
            fillProjects();
    });
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_tabs->currentIndex() == 0 && m_dashboardStale)
        QTimer::singleShot(0, this, [this] {
            if (m_dashboardStale)
                refreshDashboard();
        });
}

ReportsView::~ReportsView() = default;

QWidget *ReportsView::buildCatalogue()
{
    auto *page = new QWidget;
    auto *panel = new QWidget(page);
    panel->setObjectName(QStringLiteral("reportControls"));
    m_kind = new QComboBox(panel);
    for (const KindText &k : kKinds)
        m_kind->addItem(tr(k.name), int(k.kind));
    m_kind->setAccessibleName(tr("Report"));
    m_kindHelp = new QLabel(panel);
    m_kindHelp->setWordWrap(true);
    PaletteColors::makeQuiet(m_kindHelp);
    m_project = new QComboBox(panel);
    m_project->setAccessibleName(tr("Project"));
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_project->setMinimumContentsLength(18);
    m_from = new QDateEdit(panel);
    m_to = new QDateEdit(panel);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QStringLiteral("yyyy"))
                                   ? QLocale().dateFormat(QLocale::ShortFormat)
                                   : QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    const QDate asOf = DashboardData::defaultAsOf(m_document->workspace());
    m_to->setDate(asOf);
    m_from->setDate(asOf.addMonths(-12).addDays(1));
    m_status = new QLabel(panel);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_print = new QPushButton(tr("Print…"), panel);
    m_export = new QPushButton(tr("Export…"), panel);
    m_export->setToolTip(tr("Save the report as PDF, Excel workbook (XLSX) or CSV"));
    m_print->setShortcut(QKeySequence::Print);

    for (QWidget *field : std::initializer_list<QWidget *>{m_kind, m_project, m_from, m_to})
        field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Report"), m_kind);
    form->addRow(m_kindHelp);
    form->addRow(tr("Project"), m_project);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_export);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 12, 12, 12);
    column->addLayout(form);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addWidget(m_status);
    column->addStretch(1);
    panel->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    panel->setMaximumWidth(fontMetrics().averageCharWidth() * 52);

    m_preview = new ReportPreview(page);
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(panel);
    row->addWidget(m_preview, 1);

    fillProjects();
    updateControls();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        scheduleRebuild();
    });
    connect(m_project, &QComboBox::currentIndexChanged, this, &ReportsView::scheduleRebuild);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsView::scheduleRebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsView::scheduleRebuild);
    connect(m_print, &QPushButton::clicked, this, &ReportsView::print);
    connect(m_export, &QPushButton::clicked, this, &ReportsView::exportDialog);
    return page;
}

void ReportsView::fillProjects()
{
    const Id current = m_project->currentData().value<Id>();
    QList<const Project *> projects = Scope::portfolio().projects(m_document->workspace());
    const QSignalBlocker blocker(m_project);
    m_project->clear();
    m_project->addItem(tr("Whole portfolio"), QVariant::fromValue(Id()));
    for (const Project *p : projects) {
        const QString label = p->code.isEmpty() ? p->name : tr("%1 — %2").arg(p->code, p->name);
        m_project->addItem(label, QVariant::fromValue(p->id));
    }
    const int index = m_project->findData(QVariant::fromValue(current));
    m_project->setCurrentIndex(index >= 0 ? index : 0);
    updateControls();
}

void ReportsView::updateControls()
{
    const ReportKind kind = ReportKind(m_kind->currentData().toInt());
    for (const KindText &k : kKinds) {
        if (k.kind == kind)
            m_kindHelp->setText(tr(k.help));
    }
    const bool needsProject = reportNeedsProject(kind);
    if (auto *items = qobject_cast<QStandardItemModel *>(m_project->model()); items && items->rowCount() > 0)
        items->item(0)->setEnabled(!needsProject);
    if (needsProject && m_project->currentIndex() <= 0 && m_project->count() > 1) {
        const QSignalBlocker blocker(m_project);
        m_project->setCurrentIndex(1);
    }
    m_project->setEnabled(kind != ReportKind::Portfolio);
    m_from->setEnabled(usesPeriod(kind));
    m_to->setEnabled(usesPeriod(kind));
}

void ReportsView::scheduleRebuild()
{
    m_current.reset();
    m_rebuild->start(kControlsDelayMs);
}

QLocale ReportsView::reportLocale() const
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

ReportRequest ReportsView::request() const
{
    ReportRequest r;
    r.kind = ReportKind(m_kind->currentData().toInt());
    if (r.kind != ReportKind::Portfolio)
        r.projectId = m_project->currentData().value<Id>();
    if (usesPeriod(r.kind)) {
        QDate from = m_from->date(), to = m_to->date();
        if (to < from)
            std::swap(from, to);
        r.period = Period::days(from, to);
        r.asOf = toMinutes(to);
    }
    r.locale = reportLocale();
    return r;
}

void ReportsView::selectReport(ReportKind kind, const Id &projectId)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    const int index = m_project->findData(QVariant::fromValue(projectId));
    if (index >= 0)
        m_project->setCurrentIndex(index);
    updateControls();
    m_current.reset();
}

bool ReportsView::buildPreview(QString *error)
{
    m_rebuild->stop();
    const ReportRequest r = request();
    if (reportNeedsProject(r.kind) && r.projectId.isNull()) {
        const QString why = tr("This report is about one project. Choose a project first.");
        m_preview->showMessage(why);
        m_status->setText(why);
        if (error)
            *error = why;
        return false;
    }
    m_status->setText(tr("Building the report…"));
    m_preview->showMessage(tr("Building the report…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QString why;
    std::optional<ReportDocument> doc = buildReport(m_document->workspace(), r, &why);
    QApplication::restoreOverrideCursor();
    m_current = doc;
    m_print->setEnabled(doc.has_value());
    m_export->setEnabled(doc.has_value());
    if (!doc) {
        const QString text = tr("The report could not be built: %1").arg(why);
        m_preview->showMessage(text);
        m_status->setText(text);
        if (error)
            *error = why;
        return false;
    }
    m_status->setText(tr("%1 · %n table(s)", nullptr, int(doc->tables().size())).arg(doc->title));
    m_preview->setDocument(*doc, r.locale);
    return true;
}

bool ReportsView::exportTo(const QString &path, QString *error)
{
    ReportFormat format;
    if (!reportFormatOfPath(path, &format)) {
        if (error)
            *error = tr("“%1” does not end in .pdf, .xlsx or .csv.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!m_current && !buildPreview(error))
        return false;
    return writeReport(*m_current, path, error, {}, request().locale);
}

QString ReportsView::suggestedFileName() const
{
    const ReportRequest r = request();
    QString name = reportKindName(r.kind);
    if (const Project *p = m_document->workspace().get<Project>(r.projectId))
        name += u'-' + (p->code.isEmpty() ? p->name : p->code);
    if (m_current && m_current->asOf.isValid())
        name += u'-' + m_current->asOf.toString(Qt::ISODate);
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s]+)")), QStringLiteral("-"));
    return name;
}

void ReportsView::print()
{
    if (!m_current && !buildPreview())
        return;
    const ReportLayout layout(*m_current, request().locale);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(layout.pageLayout());
    printer.setDocName(m_current->title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = layout.print(printer);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Print Report"), tr("The report could not be printed. Check the printer and try again."));
}

void ReportsView::exportDialog()
{
    if (!m_current && !buildPreview())
        return;
    QString dir = QSettings().value(kDirectoryKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString pdf = tr("PDF document (*.pdf)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV table (*.csv)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                dir + QDir::separator() + suggestedFileName() + QStringLiteral(".pdf"),
                                                QStringList{pdf, xlsx, csv}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == xlsx ? QStringLiteral(".xlsx") : filter == csv ? QStringLiteral(".csv") : QStringLiteral(".pdf");
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportTo(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox box(QMessageBox::Warning, tr("Export Report"),
                        tr("The report could not be saved as %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
        box.setInformativeText(error);
        box.exec();
        return;
    }
    m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsView::refreshDashboard()
{
    m_dashboardTimer->stop();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DashboardData data = DashboardData::compute(m_document->workspace());
    QApplication::restoreOverrideCursor();
    m_dashboard->setData(data);
    m_dashboardStale = false;
    m_header->setSummary(tr("As of %1").arg(QLocale().toString(data.asOf, QLocale::LongFormat)));
}

} // namespace Keel
