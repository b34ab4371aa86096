#pragma once
// Saves or clears a baseline of a project: which of baselines 0–10, for the whole project or
// only the selected tasks. The edit service builds the ChangeSet (EditService::setBaseline and
// clearBaseline); the dialog only collects the choice and says what is saved already.

#include <edit/edit.h>
#include <model/ids.h>

#include <QDialog>

class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Keel {

class Workspace;

class BaselineDialog : public QDialog
{
    Q_OBJECT
public:
    BaselineDialog(const Workspace &ws, const Id &project, const QList<Id> &selectedTasks, QWidget *parent = nullptr);

    /// The edit chosen (save or clear), judged by the edit service; valid after the dialog was accepted.
    const Edit &edit() const { return m_edit; }

    QSpinBox *numberBox() const { return m_number; }
    QRadioButton *selectedOnly() const { return m_selected; }
    void save();
    void clear();

private:
    void updateNote();
    void finish(const Edit &edit);

    const Workspace &m_ws;
    Id m_project;
    QList<Id> m_tasks;
    Edit m_edit;
    QSpinBox *m_number;
    QRadioButton *m_whole;
    QRadioButton *m_selected;
    QLabel *m_note;
    QPushButton *m_clear;
};

} // namespace Keel
