#pragma once
// TemplateInfoDialog: the name and description of a process template — for a new one, a copy,
// a rename, or a project saved as a template. It only collects the two texts: on OK it calls the
// submit function (which builds and applies the edit through the edit service) and shows the
// reason when that is refused, staying open.

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Keel {

class TemplateInfoDialog : public QDialog
{
    Q_OBJECT
public:
    /// Returns the reason the edit is refused, or empty when it was applied.
    using Submit = std::function<QString(const QString &name, const QString &description)>;

    TemplateInfoDialog(const QString &title, const QString &intro, const QString &name, const QString &description,
                       Submit submit, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    Submit m_submit;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_error;
};

} // namespace Keel
