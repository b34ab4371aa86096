#include "skillsdialog.h"

#include "workspacedocument.h"

#include <edit/editservice.h>
#include <model/workspace.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

SkillsDialog::SkillsDialog(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Skill Catalogue"));
    m_table->setHorizontalHeaderLabels({tr("Skill"), tr("Category"), tr("People")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Double-click a name or a category to change it"));

    auto *add = new QPushButton(tr("&Add…"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Skill"), tr("Name of the skill:"), QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            addSkill(name.trimmed());
    });
    connect(remove, &QPushButton::clicked, this, &SkillsDialog::deleteSkill);
    connect(m_table, &QTableWidget::cellChanged, this, &SkillsDialog::cellEdited);

    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(520, 480);
    reload();
}

void SkillsDialog::reload()
{
    const Workspace &ws = m_document->workspace();
    QList<const Skill *> skills;
    for (const Skill &s : ws.table<Skill>())
        skills.append(&s);
    std::sort(skills.begin(), skills.end(),
              [](const Skill *a, const Skill *b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    QHash<Id, int> people;
    for (const ResourceSkill &r : ws.table<ResourceSkill>())
        people[r.skillId] += 1;
    m_loading = true;
    m_table->setRowCount(0);
    for (const Skill *s : skills) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(s->name);
        name->setData(Qt::UserRole, QVariant::fromValue(s->id));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(s->category));
        auto *count = new QTableWidgetItem(QString::number(people.value(s->id)));
        count->setFlags(count->flags() & ~Qt::ItemIsEditable);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, count);
    }
    m_loading = false;
}

bool SkillsDialog::addSkill(const QString &name, const QString &category)
{
    QJsonObject fields{{QStringLiteral("name"), name}};
    if (!category.isEmpty())
        fields.insert(QStringLiteral("category"), category);
    const Edit edit = EditService(m_document->workspace()).add(EntityType::Skill, fields);
    QString error = edit.error;
    if (edit.ok() && m_document->apply(edit.changes, &error)) {
        reload();
        return true;
    }
    QMessageBox::warning(this, tr("Add Skill"), error);
    return false;
}

void SkillsDialog::cellEdited(int row, int column)
{
    if (m_loading || column > 1)
        return;
    const Id id = m_table->item(row, 0)->data(Qt::UserRole).value<Id>();
    const QString text = m_table->item(row, column)->text().trimmed();
    const Edit edit = EditService(m_document->workspace())
                          .set(EntityType::Skill, id, QJsonObject{{column == 0 ? QStringLiteral("name") : QStringLiteral("category"), text}});
    QString error = edit.error;
    if (!edit.ok() || !m_document->apply(edit.changes, &error))
        QMessageBox::warning(this, windowTitle(), error);
    reload();
}

void SkillsDialog::deleteSkill()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const Id id = m_table->item(row, 0)->data(Qt::UserRole).value<Id>();
    const Skill *s = m_document->workspace().get<Skill>(id);
    if (!s)
        return;
    const Edit edit = EditService(m_document->workspace()).remove(EntityType::Skill, id);
    if (!edit.ok()) {
        QMessageBox::warning(this, tr("Delete Skill"), edit.error);
        return;
    }
    const int people = m_table->item(row, 2)->text().toInt();
    if (QMessageBox::question(this, tr("Delete Skill"),
                              tr("Delete “%1”? %n person(s) lose their rating in it; undo brings it back.", nullptr, people)
                                  .arg(s->name))
        != QMessageBox::Yes)
        return;
    m_document->apply(edit.changes);
    reload();
}

} // namespace Keel
