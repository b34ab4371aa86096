#pragma once

#include <model/satisfactionrating.h>

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace Keel {

class Workspace;

/// Records a client's satisfaction rating (1 to 5) for a project, who gave it and why.
class RatingDialog : public QDialog
{
    Q_OBJECT
public:
    /// `rating.projectId` decides which client's contacts are offered.
    RatingDialog(const Workspace &workspace, const SatisfactionRating &rating, QWidget *parent = nullptr);

    SatisfactionRating rating() const;

private:
    SatisfactionRating m_rating;
    QComboBox *m_score;
    QComboBox *m_contact;
    QPlainTextEdit *m_comment;
};

} // namespace Keel
