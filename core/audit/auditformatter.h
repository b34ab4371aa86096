#pragma once
// AuditFormatter turns change-log rows into what people read in an audit trail: when (local
// time), who, the record (its kind and readable name), the field (its label) and the old and new
// values formatted for people — dates, durations, money in the record's currency, enumerations by
// their translated names, references resolved to the names of the records they point to. A record
// that is deleted now is still named from the change log's own copy of it (its insert or delete).
// Names are cached for the formatter's life: make a new one after the workspace changed.

#include <model/changeset.h>
#include <model/entitytype.h>
#include <model/ids.h>
#include <store/store.h>

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <functional>

namespace Keel {

/// One line of an audit trail.
struct AuditRow
{
    qint64 seq = 0;             ///< the change_log row
    qint64 setSeq = 0;          ///< its ChangeSet: rows of one user action share it
    qint64 utcMs = 0;
    QString when;               ///< local date and time, "2026-01-05 14:30"
    QString who;
    Change::Op op = Change::Op::Update;
    EntityType type = EntityType::None;
    Id recordId;
    QString recordType;         ///< translated kind of record, "Task"
    QString record;             ///< readable name of the record
    QString field;              ///< translated field label; "Created" / "Deleted" for inserts and deletes
    QString oldValue;
    QString newValue;
    QString description;        ///< the ChangeSet's description: the user action
};

class AuditFormatter
{
public:
    /// Formats rows of @p store's change log; numbers and dates in @p locale.
    explicit AuditFormatter(Store &store, const QLocale &locale = QLocale());

    AuditRow format(const ChangeLogRow &row);
    QList<AuditRow> format(const QList<ChangeLogRow> &rows);

    /// The readable name of a record, live or deleted; its short id when it was never named.
    QString recordName(EntityType type, const Id &id);
    /// The translated label of a field ("Percent complete"); the field's own name if unknown.
    static QString fieldLabel(QByteArrayView field);
    /// The translated name of an enumeration value ("execution" → "Execution").
    static QString enumLabel(const QString &stableName);
    /// The translated kind of record, capitalised ("Task").
    static QString typeLabel(EntityType type);
    /// A change-log value (as the log keeps it) of @p field of a record of @p type, for people.
    QString value(EntityType type, const Id &id, QByteArrayView field, const QString &logValue,
                  const QJsonObject &deletedRecord = {});

private:
    using Getter = std::function<QVariant(const char *field)>;
    QString nameFrom(EntityType type, const Id &id, const Getter &get, int depth);
    QString refName(EntityType type, const QString &idText, int depth);
    QString currencyOf(EntityType type, const Id &id, const QJsonObject &deletedRecord);
    QString dateTime(qint64 utcMs) const;

    Store &m_store;
    QLocale m_locale;
    QHash<Id, QString> m_names;
};

} // namespace Keel
