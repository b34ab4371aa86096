#pragma once
// The Reports view: a dashboard of charts over the portfolio (DashboardView), and the catalogue of
// reports — pick a kind, the project it is about and the period, see the pages in a preview, print
// them or export them as PDF, XLSX or CSV. The documents are the ones `keel-cli report` writes
// (core/report), so what is printed here is what the command line produces.

#include <report/reportdocument.h>
#include <report/reportrequest.h>

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Keel {

class DashboardView;
class PageHeader;
class ReportPreview;
class WorkspaceDocument;

class ReportsView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~ReportsView() override;

    DashboardView *dashboard() const { return m_dashboard; }
    ReportPreview *preview() const { return m_preview; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *projectBox() const { return m_project; }

    /// The request the catalogue's controls describe.
    ReportRequest request() const;
    /// Selects a kind and project in the catalogue (a null id: the whole portfolio where allowed).
    void selectReport(ReportKind kind, const Id &projectId = {});
    /// Builds the selected report now and shows it in the preview; false with *error when it
    /// cannot be built (shown in the preview too).
    bool buildPreview(QString *error = nullptr);
    /// The document shown in the preview, if any.
    const std::optional<ReportDocument> &currentDocument() const { return m_current; }
    /// Writes the selected report to @p path, by its extension (.pdf, .xlsx, .csv). This is what
    /// Export… does after asking for the file.
    bool exportTo(const QString &path, QString *error);
    /// Recomputes the dashboard.
    void refreshDashboard();

public Q_SLOTS:
    void print();
    void exportDialog();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildCatalogue();
    void fillProjects();
    void updateControls();
    void scheduleRebuild();
    QLocale reportLocale() const;
    QString suggestedFileName() const;

    WorkspaceDocument *m_document;
    PageHeader *m_header;
    QTabWidget *m_tabs;
    DashboardView *m_dashboard;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindHelp = nullptr;
    QComboBox *m_project = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;
    ReportPreview *m_preview = nullptr;
    QTimer *m_rebuild;
    QTimer *m_dashboardTimer;
    std::optional<ReportDocument> m_current;
    bool m_dashboardStale = true;
};

} // namespace Keel
