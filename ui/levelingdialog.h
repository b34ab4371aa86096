#pragma once
// LevelingDialog: the desktop's Level action. The user picks one project or the whole pool, whether
// to stay within slack, a time limit and a seed, and runs the leveler on a worker thread (on a copy
// of the workspace, with a progress bar and Cancel). The preview lists the tasks that move and each
// resource's peak load before and after; Apply hands the leveler's ChangeSet to
// WorkspaceDocument::apply, one undo step. "Clear leveling" previews removing every delay instead.

#include <model/ids.h>

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QThread;
class QTimer;

namespace Keel {

class WorkspaceDocument;
class Leveler;
struct LevelingPreview;

class LevelingDialog : public QDialog
{
    Q_OBJECT
public:
    LevelingDialog(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~LevelingDialog() override;

    /// Pre-selects a project; a null id selects the whole pool.
    void setProject(const Id &projectId);
    void setWithinSlack(bool on);
    void setTimeLimit(double seconds);
    void setSeed(int seed);

    /// The preview of the last run, or nullptr (none yet, running, or failed).
    const LevelingPreview *preview() const { return m_preview.get(); }
    bool isRunning() const;
    /// Blocks (processing events) until a running computation has finished; false on timeout.
    bool waitForFinished(int msecs = 30000);

    QPushButton *runButton() const { return m_run; }
    QPushButton *applyButton() const { return m_apply; }
    QTableWidget *movesTable() const { return m_moves; }
    QTableWidget *peaksTable() const { return m_peaks; }

public Q_SLOTS:
    /// Computes the leveled plan in the background.
    void run();
    /// Computes the plan without any leveling delay in the background.
    void clearLeveling();
    /// Stops a running computation; the best plan so far is shown.
    void cancel();
    /// Applies the preview as one undoable step; false when there is nothing to apply or the
    /// workspace refused it (the message is shown).
    bool applyPreview();

Q_SIGNALS:
    /// A computation finished (its preview, or its error, is shown).
    void finished();

private:
    struct Progress;

    void start(bool clear);
    void onFinished();
    void showProgress();
    void showPreview();
    void setBusy(bool busy);

    WorkspaceDocument *m_document;
    std::unique_ptr<LevelingPreview> m_preview;
    std::shared_ptr<Leveler> m_leveler;     ///< the running (or last) computation
    std::shared_ptr<Progress> m_progress;   ///< shared with the worker thread
    QThread *m_thread = nullptr;
    QTimer *m_poll;
    bool m_clearing = false;
    QComboBox *m_project;
    QCheckBox *m_withinSlack;
    QDoubleSpinBox *m_timeLimit;
    QSpinBox *m_seed;
    QPushButton *m_run;
    QPushButton *m_clear;
    QPushButton *m_cancelButton;
    QPushButton *m_apply;
    QProgressBar *m_bar;
    QLabel *m_summary;
    QLabel *m_notes;
    QTabWidget *m_tabs;
    QTableWidget *m_moves;
    QTableWidget *m_peaks;
    QTableWidget *m_finishes;
};

} // namespace Keel
