#pragma once
// Lessons Learned: the lessons of every project in one place, searched together (LessonSearch in
// core: text over the lesson, its recommendation, category and project), narrowed to a category or
// a client; a table of the results and the selected lesson in full beside it. Read only.

#include <model/ids.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTextBrowser;
class QTimer;

namespace Keel {

class PlaceholderTreeView;
class WorkspaceDocument;

class LessonsView : public QDialog
{
    Q_OBJECT
public:
    enum Column { TitleColumn, CategoryColumn, ProjectColumn, ClientColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit LessonsView(WorkspaceDocument *document, QWidget *parent = nullptr);

    /// Opens a non-modal browser that deletes itself when closed.
    static LessonsView *open(WorkspaceDocument *document, QWidget *parent);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *clientFilter() const { return m_client; }
    PlaceholderTreeView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QTextBrowser *details() const { return m_details; }

    /// Runs the search with the fields as they are now (typing waits a moment first).
    void search();

private:
    void fillFilters();
    void showDetails();

    WorkspaceDocument *m_document;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_client;
    QTimer *m_searchTimer;
    QStandardItemModel *m_model;
    PlaceholderTreeView *m_table;
    QTextBrowser *m_details;
    QLabel *m_status;
};

} // namespace Keel
