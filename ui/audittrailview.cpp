#include "audittrailview.h"

#include "audittrailmodel.h"
#include "placeholdertreeview.h"
#include "workspacedocument.h"

#include <audit/auditexport.h>
#include <audit/auditformatter.h>
#include <model/workspace.h>
#include <store/store.h>

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

namespace {

QDate anyDate()
{
    return QDate(2000, 1, 1);
}

QDateEdit *dateFilter(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(anyDate());
    edit->setSpecialValueText(AuditTrailView::tr("Any date"));
    edit->setDate(anyDate());
    return edit;
}

} // namespace

AuditTrailView::AuditTrailView(WorkspaceDocument *document, EntityType type, const Id &record, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_recordType(type)
    , m_record(record)
    , m_model(new AuditTrailModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new PlaceholderTreeView(this))
    , m_type(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_from(dateFilter(this))
    , m_to(dateFilter(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_status(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load More"), this))
{
    setObjectName(QStringLiteral("auditTrailView"));
    if (record.isNull()) {
        setWindowTitle(tr("Audit Trail"));
    } else {
        AuditFormatter names(document->store());
        setWindowTitle(tr("History of %1 “%2”").arg(entityTypeDisplayName(type), names.recordName(type, record)));
    }

    m_type->setObjectName(QStringLiteral("auditTypeFilter"));
    m_type->addItem(tr("All records"), -1);
    QList<std::pair<QString, int>> types;
    for (int t = 0; t < kEntityTypeCount; ++t)
        types.append({AuditFormatter::typeLabel(EntityType(t)), t});
    QCollator collator;
    std::sort(types.begin(), types.end(), [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[label, t] : types)
        m_type->addItem(label, t);
    m_type->setAccessibleName(tr("Record type"));

    m_author->setObjectName(QStringLiteral("auditAuthorFilter"));
    m_author->addItem(tr("Everyone"), QString());
    for (const QString &actor : document->store().logActors())
        m_author->addItem(actor, actor);
    m_author->setAccessibleName(tr("Author"));

    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search records, fields, values, actions…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the audit trail"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);

    auto *filters = new QHBoxLayout;
    auto addFilter = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    if (record.isNull())
        addFilter(tr("&Record type:"), m_type);
    else
        m_type->hide();
    addFilter(tr("&Who:"), m_author);
    addFilter(tr("&From:"), m_from);
    addFilter(tr("&To:"), m_to);
    filters->addWidget(m_search, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditTrailModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditTrailModel::WhenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setPlaceholderText(tr("No changes match the filter."));
    m_table->setAccessibleName(tr("Audit trail"));
    const QFontMetrics metrics = m_table->fontMetrics();
    const int pad = 3 * metrics.averageCharWidth();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(AuditTrailModel::WhenColumn, metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + pad);
    const QList<std::pair<int, int>> widths = {{AuditTrailModel::WhoColumn, 6}, {AuditTrailModel::TypeColumn, 8},
                                               {AuditTrailModel::RecordColumn, 19}, {AuditTrailModel::FieldColumn, 7},
                                               {AuditTrailModel::OldColumn, 12}, {AuditTrailModel::NewColumn, 12}};
    for (const auto &[column, ems] : widths)
        m_table->setColumnWidth(column, ems * em);
    m_table->header()->setStretchLastSection(true);

    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    m_loadMore->setObjectName(QStringLiteral("auditLoadMore"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_loadMore);
    bottom->addWidget(exportButton);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &AuditTrailView::exportInteractive);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_model->fetchMore({}); });
    connect(m_type, &QComboBox::currentIndexChanged, this, &AuditTrailView::applyFilters);
    connect(m_author, &QComboBox::currentIndexChanged, this, &AuditTrailView::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditTrailView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditTrailView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &AuditTrailView::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditTrailView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditTrailView::updateStatus);

    applyFilters();
    resize(1100, 620);
}

AuditTrailView::~AuditTrailView() = default;

AuditTrailView *AuditTrailView::open(WorkspaceDocument *document, QWidget *parent, EntityType type,
                                         const Id &record)
{
    auto *dialog = new AuditTrailView(document, type, record, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A document closed under the trail takes the trail with it.
    connect(document, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
    return dialog;
}

void AuditTrailView::applyFilters()
{
    m_searchTimer->stop();
    AuditFilter filter;
    filter.recordId = m_record;
    if (!m_record.isNull())
        filter.types = {m_recordType};
    else if (const int t = m_type->currentData().toInt(); t >= 0)
        filter.types = {EntityType(t)};
    filter.author = m_author->currentData().toString();
    if (m_from->date() > anyDate())
        filter.from = QDateTime(m_from->date(), QTime(0, 0));
    if (m_to->date() > anyDate())
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0));
    filter.text = m_search->text();
    m_model->setFilter(filter);
}

void AuditTrailView::updateStatus()
{
    const int shown = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    m_loadMore->setEnabled(more);
    m_status->setText(more ? tr("The latest %n change(s) shown; scroll or load more for older ones.", nullptr, shown)
                           : tr("%n change(s).", nullptr, shown));
}

bool AuditTrailView::exportCsv(const QString &path, QString *error)
{
    return AuditExport::writeCsv(path, m_model->allRows(), error);
}

void AuditTrailView::exportInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Trail"),
                                                      QDir::home().filePath(tr("audit-trail.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Audit Trail"), error);
}

} // namespace Keel
