#pragma once
// GanttPrintDialog: prints or exports a Gantt chart. The user picks the date range, fits it to N
// pages wide or prints a poster at a zoom's natural size, sets paper and orientation (Page
// Setup…), looks at the pages (Preview…), prints (Print…) or writes a vector PDF (Export PDF…).
// The pages are core/report's GanttPrintLayout, the same pages keel-cli writes.
//
// Usage from the page hosting the chart:
//     GanttPrintDialog dialog(ganttView->chartData(projectTitle), this);
//     dialog.exec();

#include "report/ganttdata.h"
#include "report/ganttprintlayout.h"

#include <QDialog>
#include <QPrinter>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace Keel {

class GanttPrintDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GanttPrintDialog(GanttData data, QWidget *parent = nullptr);
    ~GanttPrintDialog() override;

    /// The options as the dialog's controls and the printer's page setup say.
    GanttPrintOptions options() const;
    /// Sets the controls (and the page setup) from @p options.
    void setOptions(const GanttPrintOptions &options);
    /// Number of pages the current options give.
    int pageCount() const;

    /// Writes the pages as a PDF to @p path; false with *error set when it cannot.
    bool exportPdf(const QString &path, QString *error) const;
    /// Paints the pages on @p printer (its page range, if set, is honoured).
    void printTo(QPrinter *printer) const;

public Q_SLOTS:
    void pageSetup();
    void preview();
    void print();
    void exportPdfInteractive();

private:
    void updateSummary();

    GanttData m_data;
    mutable QPrinter m_printer;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QRadioButton *m_fit = nullptr;
    QSpinBox *m_pagesWide = nullptr;
    QRadioButton *m_poster = nullptr;
    QComboBox *m_zoom = nullptr;
    QCheckBox *m_legend = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Keel
