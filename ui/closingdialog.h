#pragma once
// ClosingDialog: what closing a project asks for — the client's sign-off (who signed, when, and
// the statement) and the lessons learned (at least one, unless the project already has some).
// changes() returns them as one ChangeSet; the lifecycle view then advances the project to
// "closed", which archives it read-only.

#include <model/changeset.h>
#include <model/ids.h>

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Keel {

class Workspace;

class ClosingDialog : public QDialog
{
    Q_OBJECT
public:
    ClosingDialog(const Workspace &workspace, const Id &projectId, QWidget *parent = nullptr);

    QLineEdit *signedByEdit() const { return m_signedBy; }
    QPlainTextEdit *statementEdit() const { return m_statement; }
    QTableWidget *lessonsTable() const { return m_lessons; }
    /// Whether the project is to be archived (advanced to "closed") right away.
    bool archiveNow() const;
    /// Adds a row to the lessons table.
    void addLesson(const QString &title, const QString &recommendation = {}, const QString &category = {});

    /// The sign-off (if not recorded before) and the new lessons, as one ChangeSet.
    ChangeSet changes() const;

private:
    void updateOk();
    int filledLessons() const;

    const Workspace &m_workspace;
    Id m_projectId;
    bool m_signedBefore = false;
    int m_lessonsBefore = 0;
    QLineEdit *m_signedBy;
    QDateEdit *m_date;
    QPlainTextEdit *m_statement;
    QTableWidget *m_lessons;
    QCheckBox *m_archive;
    QPushButton *m_ok;
};

} // namespace Keel
