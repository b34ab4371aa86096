#include "ratingdialog.h"

#include "clienttext.h"
#include "contactchoice.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Keel {

RatingDialog::RatingDialog(const Workspace &workspace, const SatisfactionRating &rating, QWidget *parent)
    : QDialog(parent)
    , m_rating(rating)
    , m_score(new QComboBox(this))
    , m_contact(new QComboBox(this))
    , m_comment(new QPlainTextEdit(rating.comment, this))
{
    setWindowTitle(tr("Record Rating"));
    const QStringList meaning{tr("Very dissatisfied"), tr("Dissatisfied"), tr("Neutral"), tr("Satisfied"),
                              tr("Very satisfied")};
    for (int score = 5; score >= 1; --score)
        m_score->addItem(ClientText::stars(score) + QStringLiteral("  ") + meaning[score - 1], score);
    m_score->setCurrentIndex(std::max(0, m_score->findData(rating.score)));
    ContactChoice::fill(m_contact, workspace, rating.projectId, rating.contactId);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What the client said"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Score:"), m_score);
    form->addRow(tr("&Given by:"), m_contact);
    form->addRow(tr("&Comment:"), m_comment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

SatisfactionRating RatingDialog::rating() const
{
    SatisfactionRating r = m_rating;
    r.score = m_score->currentData().toInt();
    r.contactId = ContactChoice::chosen(m_contact);
    r.comment = m_comment->toPlainText().trimmed();
    if (r.timeUtcMs == 0)
        r.timeUtcMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

} // namespace Keel
