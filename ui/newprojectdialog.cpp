#include "newprojectdialog.h"

#include "palettecolors.h"
#include "templatesdialog.h"

#include <edit/editservice.h>
#include <model/workspace.h>
#include <workflow/holidaycatalogue.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

NewProjectDialog::NewProjectDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_client(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_template(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_calendar(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New Project"));
    m_name->setPlaceholderText(tr("e.g. Service desk takeover"));
    m_code->setPlaceholderText(tr("e.g. ACM-012"));

    m_client->addItem(tr("No client (internal)"), QVariant::fromValue(Id()));
    std::vector<const Client *> clients;
    for (const Client &c : workspace.clients())
        clients.push_back(&c);
    std::sort(clients.begin(), clients.end(), [](const Client *a, const Client *b) {
        return a->name.localeAwareCompare(b->name) < 0;
    });
    for (const Client *c : clients)
        m_client->addItem(c->name, QVariant::fromValue(c->id));

    QDate monday = QDate::currentDate().addDays(1);
    while (monday.dayOfWeek() != Qt::Monday)
        monday = monday.addDays(1);
    m_start->setDate(monday);
    m_start->setCalendarPopup(true);

    const bool chineseUi = QLocale().language() == QLocale::Chinese;
    m_language->addItem(tr("English"), int(TemplateLanguage::English));
    m_language->addItem(QStringLiteral("中文"), int(TemplateLanguage::Chinese));
    m_language->setCurrentIndex(chineseUi ? 1 : 0);

    fillTemplates({});
    m_template->setCurrentIndex(m_templates.isEmpty() ? 0 : 1);
    m_manage = new QPushButton(tr("Manage…"), this);
    m_manage->setObjectName(QStringLiteral("manageTemplatesButton"));
    m_manage->setToolTip(tr("Process templates: the built-in ones and this workspace's own"));
    m_manage->setAutoDefault(false);
    m_manage->hide();
    connect(m_manage, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        const int i = m_template->currentIndex() - 1;
        const QString key = i >= 0 && i < m_templates.size() ? m_templates[i].key : QString();
        TemplatesDialog dialog(m_document, this);
        dialog.selectTemplate(key);
        dialog.exec();
        fillTemplates(dialog.currentKey().isEmpty() ? key : dialog.currentKey());
    });
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_manage);

    m_calendar->addItem(tr("The workspace's calendar"), QVariant::fromValue(Id()));
    for (const Calendar &c : workspace.table<Calendar>()) {
        if (c.resourceId.isNull())
            m_calendar->addItem(c.name, QVariant::fromValue(c.id));
    }
    m_calendar->insertSeparator(m_calendar->count());
    for (const HolidayRegion &r : HolidayCatalogue::builtIn()) {
        m_calendar->addItem(tr("New calendar: %1 public holidays").arg(r.displayName(chineseUi)), QVariant::fromValue(Id()));
        m_calendar->setItemData(m_calendar->count() - 1, r.code, Qt::UserRole + 1);
    }
    m_calendar->setToolTip(tr("The working time the project is scheduled in; a country's public holidays make a new "
                              "calendar that you can edit later under Calendars (Ctrl+Shift+K)"));

    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    PaletteColors::makeQuiet(m_description);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Client"), m_client);
    form->addRow(tr("Start"), m_start);
    form->addRow(tr("Template"), templateRow);
    form->addRow(QString(), m_description);
    form->addRow(tr("Task names in"), m_language);
    form->addRow(tr("Calendar"), m_calendar);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_template, &QComboBox::currentIndexChanged, this, &NewProjectDialog::updateDescription);
    connect(m_language, &QComboBox::currentIndexChanged, this, &NewProjectDialog::updateDescription);
    connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::updateOk);
    updateDescription();
    updateOk();
}

void NewProjectDialog::updateDescription()
{
    const int i = m_template->currentIndex() - 1;
    const bool hasTemplate = i >= 0 && i < m_templates.size();
    m_language->setEnabled(hasTemplate);
    if (!hasTemplate) {
        m_description->setText(tr("An empty project in initiation: add requirements, then plan the tasks."));
        return;
    }
    const ProcessTemplate &t = m_templates[i];
    const auto lang = TemplateLanguage(m_language->currentData().toInt());
    QStringList phases;
    for (const TemplatePhase &p : t.phases)
        phases << (lang == TemplateLanguage::Chinese && !p.nameZh.isEmpty() ? p.nameZh : p.name);
    m_description->setText(tr("%1\n%2 phases (%3), %n task(s), %4 roles.", nullptr, t.taskCount())
                               .arg(t.displayDescription(lang))
                               .arg(t.phases.size())
                               .arg(phases.join(tr(", ")))
                               .arg(t.roles.size()));
}

void NewProjectDialog::enableManage(WorkspaceDocument *document)
{
    m_document = document;
    m_manage->setVisible(document != nullptr);
}

void NewProjectDialog::fillTemplates(const QString &selectKey)
{
    const QSignalBlocker blocker(m_template);
    const bool chineseUi = QLocale().language() == QLocale::Chinese;
    m_templates = ProcessTemplate::available(m_workspace);
    m_template->clear();
    m_template->addItem(tr("Blank project"));
    for (const ProcessTemplate &t : m_templates) {
        const QString name = t.displayName(chineseUi ? TemplateLanguage::Chinese : TemplateLanguage::English);
        m_template->addItem(t.isBuiltIn() ? name : tr("%1 (this workspace)").arg(name));
        if (!selectKey.isEmpty() && t.key == selectKey)
            m_template->setCurrentIndex(m_template->count() - 1);
    }
    updateDescription();
}

void NewProjectDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty());
}

std::optional<ChangeSet> NewProjectDialog::changes(Id *projectId, QString *error) const
{
    NewProjectSpec spec;
    spec.name = m_name->text();
    spec.code = m_code->text();
    spec.clientId = m_client->currentData().value<QUuid>();
    spec.start = m_start->date();
    spec.language = TemplateLanguage(m_language->currentData().toInt());
    spec.calendarId = m_calendar->currentData().value<Id>();
    std::optional<Calendar> newCalendar;
    if (const QString code = m_calendar->currentData(Qt::UserRole + 1).toString(); !code.isEmpty()) {
        if (const std::optional<HolidayRegion> region = HolidayCatalogue::region(code)) {
            const bool chinese = QLocale().language() == QLocale::Chinese;
            newCalendar = HolidayCatalogue::calendar(*region, chinese,
                                                     EditService(m_workspace).unusedCalendarName(region->displayName(chinese)));
            spec.calendarId = newCalendar->id;
        }
    }
    const int i = m_template->currentIndex() - 1;
    // The edit service builds the project (and the new calendar first, so that the project can
    // name it) with its schedule.
    const Edit edit = EditService(m_workspace).createProject(spec, i >= 0 && i < m_templates.size() ? &m_templates[i] : nullptr,
                                                             newCalendar);
    if (!edit.ok()) {
        if (error)
            *error = edit.error;
        return std::nullopt;
    }
    if (projectId)
        *projectId = edit.id;
    return edit.changes;
}

void NewProjectDialog::accept()
{
    QString error;
    if (!changes(nullptr, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Keel
