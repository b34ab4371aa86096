#include "lessonsview.h"

#include "placeholdertreeview.h"
#include "workspacedocument.h"

#include <analytics/lessonsearch.h>
#include <model/workspace.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Keel {

LessonsView::LessonsView(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_client(new QComboBox(this))
    , m_searchTimer(new QTimer(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new PlaceholderTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("lessonsView"));
    setWindowTitle(tr("Lessons Learned"));

    m_search->setObjectName(QStringLiteral("lessonSearch"));
    m_search->setPlaceholderText(tr("Search lessons, recommendations, categories, projects…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search lessons learned"));
    m_category->setObjectName(QStringLiteral("lessonCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_client->setObjectName(QStringLiteral("lessonClient"));
    m_client->setAccessibleName(tr("Client"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category);
    auto *clientLabel = new QLabel(tr("C&lient:"), this);
    clientLabel->setBuddy(m_client);
    filters->addWidget(clientLabel);
    filters->addWidget(m_client);

    m_model->setHorizontalHeaderLabels({tr("Lesson"), tr("Category"), tr("Project"), tr("Client")});
    m_table->setObjectName(QStringLiteral("lessonTable"));
    m_table->setModel(m_model);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setPlaceholderText(tr("No lessons match the search."));
    m_table->setAccessibleName(tr("Lessons learned"));
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(CategoryColumn, 7 * em);
    m_table->setColumnWidth(ProjectColumn, 16 * em);
    m_table->setColumnWidth(ClientColumn, 11 * em);
    m_details->setObjectName(QStringLiteral("lessonDetails"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Lesson details"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LessonsView::search);
    connect(m_category, &QComboBox::currentIndexChanged, this, &LessonsView::search);
    connect(m_client, &QComboBox::currentIndexChanged, this, &LessonsView::search);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LessonsView::showDetails);
    connect(&document->workspace(), &Workspace::changeSetApplied, this, [this] {
        fillFilters();
        search();
    });

    fillFilters();
    search();
    resize(1100, 600);
    splitter->setSizes({720, 460});
}

LessonsView *LessonsView::open(WorkspaceDocument *document, QWidget *parent)
{
    auto *view = new LessonsView(document, parent);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(document, &QObject::destroyed, view, &QWidget::close);
    view->show();
    return view;
}

void LessonsView::fillFilters()
{
    const Workspace &ws = m_document->workspace();
    const QString category = m_category->currentData().toString();
    const Id client = m_client->currentData().value<Id>();
    const QSignalBlocker blockCategory(m_category);
    const QSignalBlocker blockClient(m_client);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : LessonSearch::categories(ws))
        m_category->addItem(c, c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    m_client->clear();
    m_client->addItem(tr("All clients"), QVariant::fromValue(Id()));
    for (const auto &[id, name] : LessonSearch::clients(ws))
        m_client->addItem(name, QVariant::fromValue(id));
    m_client->setCurrentIndex(qMax(0, m_client->findData(QVariant::fromValue(client))));
}

void LessonsView::search()
{
    m_searchTimer->stop();
    LessonFilter filter;
    filter.text = m_search->text();
    filter.category = m_category->currentData().toString();
    filter.clientId = m_client->currentData().value<Id>();
    const Id current = m_table->currentIndex().data(IdRole).value<Id>();
    const QList<LessonHit> hits = LessonSearch::search(m_document->workspace(), filter);
    m_model->setRowCount(0);
    m_table->setSortingEnabled(false);
    int currentRow = hits.isEmpty() ? -1 : 0;
    for (const LessonHit &h : hits) {
        QList<QStandardItem *> row;
        for (const QString &text : {h.title, h.category, h.project, h.client}) {
            auto *item = new QStandardItem(text);
            item->setData(QVariant::fromValue(h.lessonId), IdRole);
            item->setToolTip(text);
            row << item;
        }
        if (h.lessonId == current)
            currentRow = m_model->rowCount();
        m_model->appendRow(row);
    }
    if (currentRow >= 0)
        m_table->setCurrentIndex(m_model->index(currentRow, TitleColumn));
    showDetails();
    const int total = int(m_document->workspace().table<LessonLearned>().size());
    m_status->setText(tr("%1 of %n lesson(s) learned", nullptr, total).arg(hits.size()));
}

void LessonsView::showDetails()
{
    const Workspace &ws = m_document->workspace();
    const LessonLearned *l = ws.get<LessonLearned>(m_table->currentIndex().data(IdRole).value<Id>());
    if (!l) {
        m_details->setHtml(QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("Select a lesson to read it in full.").toHtmlEscaped()));
        return;
    }
    const Project *p = ws.get<Project>(l->projectId);
    const Client *c = p ? ws.get<Client>(p->clientId) : nullptr;
    auto para = [](const QString &heading, const QString &text) {
        if (text.trimmed().isEmpty())
            return QString();
        return QStringLiteral("<h4>%1</h4><p>%2</p>")
            .arg(heading.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    };
    QString meta;
    if (p)
        meta += (p->code.isEmpty() ? p->name : p->code + QStringLiteral(" · ") + p->name).toHtmlEscaped();
    if (c)
        meta += QStringLiteral(" — ") + c->name.toHtmlEscaped();
    if (!l->category.isEmpty())
        meta += QStringLiteral(" — ") + l->category.toHtmlEscaped();
    m_details->setHtml(QStringLiteral("<h3>%1</h3><p style='color:gray'>%2</p>%3%4")
                           .arg(l->title.toHtmlEscaped(), meta, para(tr("What happened"), l->description),
                                para(tr("Recommendation"), l->recommendation)));
}

} // namespace Keel
