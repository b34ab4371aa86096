#include "templateoutlinedialog.h"

#include "palettecolors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

} // namespace

TemplateOutlineDialog::TemplateOutlineDialog(const ProcessTemplate &tmpl, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_tree(new QTreeWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Edit Template Tasks — %1").arg(tmpl.name));
    m_tree->setObjectName(QStringLiteral("templateOutline"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Row"), tr("Name"), tr("Days"), tr("Milestone"), tr("Predecessors")});
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setItemsExpandable(false);
    m_tree->setTreePosition(NameColumn);
    m_tree->setToolTip(tr("Double-click a name, a duration or the predecessors to change them; predecessors are "
                          "row numbers separated by commas"));
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    QTreeWidgetItem *phase = nullptr;
    for (const TemplateOutlineRow &row : tmpl.outline()) {
        QTreeWidgetItem *item = makeItem(row);
        if (row.level == 0 || !phase) {
            m_tree->addTopLevelItem(item);
            phase = item;
        } else {
            phase->addChild(item);
        }
    }
    m_tree->expandAll();
    renumber();
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != NameColumn)
            m_tree->resizeColumnToContents(c);
    }
    m_tree->setColumnWidth(PredecessorsColumn, std::max(m_tree->columnWidth(PredecessorsColumn), 110));
    m_tree->setCurrentItem(m_tree->topLevelItem(0));

    m_error->setObjectName(QStringLiteral("outlineError"));
    PaletteColors::makeErrorLine(m_error);

    auto *buttonsRow = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &tip, void (TemplateOutlineDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttonsRow->addWidget(b);
    };
    button(tr("Add &Task"), tr("A task below the selected row"), &TemplateOutlineDialog::addTask);
    button(tr("Add &Phase"), tr("A phase after the selected phase"), &TemplateOutlineDialog::addPhase);
    button(tr("&Remove"), tr("Remove the selected row (a phase with its tasks)"), &TemplateOutlineDialog::removeCurrent);
    button(tr("&Indent"), tr("Make the selected phase a task of the phase above"), &TemplateOutlineDialog::indent);
    button(tr("&Outdent"), tr("Make the selected task a phase holding the tasks after it"), &TemplateOutlineDialog::outdent);
    buttonsRow->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateOutlineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, m_error, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttonsRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 540);
}

QTreeWidgetItem *TemplateOutlineDialog::makeItem(const TemplateOutlineRow &row) const
{
    auto *item = new QTreeWidgetItem;
    item->setText(NameColumn, row.name);
    item->setData(NameColumn, KeyRole, row.key);
    QStringList predecessors;
    for (const int p : row.predecessors)
        predecessors << QString::number(p);
    item->setText(PredecessorsColumn, predecessors.join(QStringLiteral(", ")));
    item->setData(DaysColumn, Qt::EditRole, row.days);
    item->setCheckState(MilestoneColumn, row.milestone ? Qt::Checked : Qt::Unchecked);
    setTaskCells(item, row.level > 0);
    return item;
}

void TemplateOutlineDialog::setTaskCells(QTreeWidgetItem *item, bool task) const
{
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    QFont font = m_tree->font();
    font.setBold(!task);
    for (int c = 0; c < ColumnCount; ++c)
        item->setFont(c, font);
    if (!task) {
        item->setData(DaysColumn, Qt::EditRole, QVariant());
        item->setData(MilestoneColumn, Qt::CheckStateRole, QVariant());
        item->setText(PredecessorsColumn, QString());
        item->setData(NameColumn, KeyRole, QString());
    } else {
        if (!item->data(DaysColumn, Qt::EditRole).isValid())
            item->setData(DaysColumn, Qt::EditRole, 1.0);
        if (!item->data(MilestoneColumn, Qt::CheckStateRole).isValid())
            item->setCheckState(MilestoneColumn, Qt::Unchecked);
    }
    item->setTextAlignment(DaysColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
}

QList<QTreeWidgetItem *> TemplateOutlineDialog::flat() const
{
    QList<QTreeWidgetItem *> list;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *phase = m_tree->topLevelItem(i);
        list << phase;
        for (int j = 0; j < phase->childCount(); ++j)
            list << phase->child(j);
    }
    return list;
}

int TemplateOutlineDialog::rowOf(const QTreeWidgetItem *item) const
{
    return int(flat().indexOf(const_cast<QTreeWidgetItem *>(item))) + 1;
}

QTreeWidgetItem *TemplateOutlineDialog::itemAt(int row) const
{
    const QList<QTreeWidgetItem *> list = flat();
    return row >= 1 && row <= list.size() ? list[row - 1] : nullptr;
}

void TemplateOutlineDialog::renumber()
{
    const QSignalBlocker blocker(m_tree);
    const QList<QTreeWidgetItem *> list = flat();
    for (qsizetype i = 0; i < list.size(); ++i) {
        list[i]->setText(NumberColumn, QString::number(i + 1));
    }
}

void TemplateOutlineDialog::shiftReferences(int from, int delta, bool dropFrom)
{
    const QSignalBlocker blocker(m_tree);
    for (QTreeWidgetItem *item : flat()) {
        const QString text = item->text(PredecessorsColumn);
        if (text.trimmed().isEmpty())
            continue;
        QStringList out;
        for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = part.toInt(&ok);
            if (!ok)
                out << part;
            else if (dropFrom && n == from)
                continue;
            else
                out << QString::number(n >= from ? n + delta : n);
        }
        item->setText(PredecessorsColumn, out.join(QStringLiteral(", ")));
    }
}

void TemplateOutlineDialog::addTask()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    QTreeWidgetItem *phase = current ? (current->parent() ? current->parent() : current) : nullptr;
    if (!phase) {
        addPhase();
        return;
    }
    const int index = current->parent() ? phase->indexOfChild(current) + 1 : 0;
    const int row = (index == 0 ? rowOf(phase) : rowOf(current)) + 1;
    shiftReferences(row, 1, false);
    QTreeWidgetItem *item = makeItem(TemplateOutlineRow{1, {}, tr("New task"), 1, false, {}});
    phase->insertChild(index, item);
    renumber();
    m_tree->setCurrentItem(item, NameColumn);
}

void TemplateOutlineDialog::addPhase()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    QTreeWidgetItem *phase = current ? (current->parent() ? current->parent() : current) : nullptr;
    const int index = phase ? m_tree->indexOfTopLevelItem(phase) + 1 : m_tree->topLevelItemCount();
    const int row = phase ? rowOf(phase) + phase->childCount() + 1 : int(flat().size()) + 1;
    shiftReferences(row, 1, false);
    QTreeWidgetItem *item = makeItem(TemplateOutlineRow{0, {}, tr("New phase"), 0, false, {}});
    m_tree->insertTopLevelItem(index, item);
    renumber();
    m_tree->setCurrentItem(item, NameColumn);
}

void TemplateOutlineDialog::removeCurrent()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return;
    while (current->childCount() > 0) {
        shiftReferences(rowOf(current->child(current->childCount() - 1)), -1, true);
        delete current->takeChild(current->childCount() - 1);
    }
    shiftReferences(rowOf(current), -1, true);
    delete current;
    renumber();
}

void TemplateOutlineDialog::indent()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current || current->parent())
        return;
    const int index = m_tree->indexOfTopLevelItem(current);
    if (index <= 0)
        return;
    QTreeWidgetItem *above = m_tree->topLevelItem(index - 1);
    m_tree->takeTopLevelItem(index);
    const QList<QTreeWidgetItem *> children = current->takeChildren();
    setTaskCells(current, true);
    above->addChild(current);
    above->addChildren(children);
    renumber();
    m_tree->setCurrentItem(current, NameColumn);
}

void TemplateOutlineDialog::outdent()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    QTreeWidgetItem *phase = current ? current->parent() : nullptr;
    if (!phase)
        return;
    // A phase is no predecessor: the references to the row that becomes one are dropped.
    shiftReferences(rowOf(current), 0, true);
    const int index = phase->indexOfChild(current);
    QList<QTreeWidgetItem *> after;
    while (phase->childCount() > index + 1)
        after << phase->takeChild(index + 1);
    phase->takeChild(index);
    setTaskCells(current, false);
    m_tree->insertTopLevelItem(m_tree->indexOfTopLevelItem(phase) + 1, current);
    current->addChildren(after);
    current->setExpanded(true);
    renumber();
    m_tree->setCurrentItem(current, NameColumn);
}

std::optional<QList<TemplateOutlineRow>> TemplateOutlineDialog::rows(QString *error) const
{
    QList<TemplateOutlineRow> out;
    const QList<QTreeWidgetItem *> list = flat();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QTreeWidgetItem *item = list[i];
        TemplateOutlineRow row;
        row.level = item->parent() ? 1 : 0;
        row.name = item->text(NameColumn);
        row.key = item->data(NameColumn, KeyRole).toString();
        if (row.level > 0) {
            row.days = item->data(DaysColumn, Qt::EditRole).toDouble();
            row.milestone = item->checkState(MilestoneColumn) == Qt::Checked;
            for (const QString &part : item->text(PredecessorsColumn)
                                           .split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int n = part.toInt(&ok);
                if (!ok) {
                    if (error)
                        *error = tr("Row %1 (“%2”): “%3” is not a row number.").arg(i + 1).arg(row.name, part);
                    return std::nullopt;
                }
                row.predecessors << n;
            }
        }
        out << row;
    }
    return out;
}

void TemplateOutlineDialog::accept()
{
    QString error;
    const std::optional<QList<TemplateOutlineRow>> list = rows(&error);
    if (list && m_submit)
        error = m_submit(*list);
    if (!PaletteColors::showError(m_error, error))
        QDialog::accept();
}

} // namespace Keel
