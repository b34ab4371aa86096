#include "closingdialog.h"

#include "palettecolors.h"

#include <model/workspace.h>
#include <workflow/signoff.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Keel {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    label->setFont(bold);
    return label;
}

} // namespace

ClosingDialog::ClosingDialog(const Workspace &workspace, const Id &projectId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_projectId(projectId)
    , m_signedBy(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_statement(new QPlainTextEdit(this))
    , m_lessons(new QTableWidget(0, 3, this))
    , m_archive(new QCheckBox(tr("Archive the project now (it becomes read-only)"), this))
{
    const Project *p = workspace.get<Project>(projectId);
    setWindowTitle(tr("Close Project %1").arg(p ? p->name : QString()));
    const std::optional<SignOffRecord> before = SignOff::find(workspace, projectId);
    m_signedBefore = before.has_value();
    for (const LessonLearned &l : workspace.table<LessonLearned>())
        m_lessonsBefore += l.projectId == projectId ? 1 : 0;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sectionTitle(tr("Client sign-off"), this));
    if (m_signedBefore) {
        auto *done = new QLabel(tr("Signed off by %1. The sign-off is kept with the project's documents.")
                                    .arg(before->signedBy), this);
        done->setWordWrap(true);
        layout->addWidget(done);
        m_signedBy->hide();
        m_date->hide();
        m_statement->hide();
    } else {
        m_signedBy->setPlaceholderText(tr("Name and role of the client's representative"));
        m_date->setCalendarPopup(true);
        m_statement->setPlainText(tr("The deliverables have been received and accepted as meeting the agreed scope."));
        m_statement->setFixedHeight(64);
        auto *form = new QFormLayout;
        form->addRow(tr("Signed by"), m_signedBy);
        form->addRow(tr("Date"), m_date);
        form->addRow(tr("Statement"), m_statement);
        layout->addLayout(form);
    }

    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Lessons learned"), this));
    auto *hint = new QLabel(m_lessonsBefore > 0
                                ? tr("%n lesson(s) already recorded. Add any others below.", nullptr, m_lessonsBefore)
                                : tr("Record at least one: what went well, and what the next project should do differently."),
                            this);
    hint->setWordWrap(true);
    PaletteColors::makeQuiet(hint);
    layout->addWidget(hint);
    m_lessons->setHorizontalHeaderLabels({tr("Lesson"), tr("Recommendation"), tr("Category")});
    m_lessons->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lessons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lessons->verticalHeader()->hide();
    m_lessons->setMinimumHeight(140);
    layout->addWidget(m_lessons, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Lesson"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        addLesson({});
        m_lessons->setCurrentCell(m_lessons->rowCount() - 1, 0);
        m_lessons->editItem(m_lessons->item(m_lessons->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_lessons->currentRow() >= 0)
            m_lessons->removeRow(m_lessons->currentRow());
        updateOk();
    });

    m_archive->setChecked(true);
    layout->addSpacing(6);
    layout->addWidget(m_archive);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_signedBy, &QLineEdit::textChanged, this, &ClosingDialog::updateOk);
    connect(m_lessons, &QTableWidget::itemChanged, this, &ClosingDialog::updateOk);
    if (m_lessonsBefore == 0)
        addLesson({});
    resize(640, 560);
    updateOk();
}

bool ClosingDialog::archiveNow() const
{
    return m_archive->isChecked();
}

void ClosingDialog::addLesson(const QString &title, const QString &recommendation, const QString &category)
{
    const int row = m_lessons->rowCount();
    m_lessons->insertRow(row);
    m_lessons->setItem(row, 0, new QTableWidgetItem(title));
    m_lessons->setItem(row, 1, new QTableWidgetItem(recommendation));
    m_lessons->setItem(row, 2, new QTableWidgetItem(category));
    updateOk();
}

int ClosingDialog::filledLessons() const
{
    int n = 0;
    for (int row = 0; row < m_lessons->rowCount(); ++row) {
        const QTableWidgetItem *item = m_lessons->item(row, 0);
        n += item && !item->text().trimmed().isEmpty() ? 1 : 0;
    }
    return n;
}

void ClosingDialog::updateOk()
{
    const bool signedOff = m_signedBefore || !m_signedBy->text().trimmed().isEmpty();
    const bool lessons = m_lessonsBefore + filledLessons() > 0;
    m_ok->setEnabled(signedOff && lessons);
    m_ok->setToolTip(m_ok->isEnabled() ? QString() : tr("Enter who signed off and at least one lesson learned."));
}

ChangeSet ClosingDialog::changes() const
{
    const Project *p = m_workspace.get<Project>(m_projectId);
    ChangeSet changes(tr("Record sign-off and lessons learned for %1").arg(p ? p->name : QString()));
    if (!m_signedBefore && !m_signedBy->text().trimmed().isEmpty())
        SignOff::record(changes, m_workspace, m_projectId, m_signedBy->text(), m_statement->toPlainText(),
                        QDateTime(m_date->date(), QTime::currentTime()));
    for (int row = 0; row < m_lessons->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_lessons->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty())
            continue;
        LessonLearned l;
        l.id = newId();
        l.projectId = m_projectId;
        l.title = text(0);
        l.recommendation = text(1);
        l.category = text(2);
        changes.insert(l);
    }
    return changes;
}

} // namespace Keel
