#include "store.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QThread>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <thread>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Store", text);
}

QString systemUser()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

void bindField(SqliteStatement &s, int i, const FieldDef &f, const QVariant &v)
{
    switch (f.type) {
    case FieldType::Id: {
        const QUuid id = v.value<QUuid>();
        if (id.isNull())
            s.bindNull(i);
        else
            s.bindBlob(i, id.toRfc4122());
        break;
    }
    case FieldType::Time: {
        const qint64 m = v.toLongLong();
        if (m == kNoTime)
            s.bindNull(i);
        else
            s.bindInt(i, m);
        break;
    }
    case FieldType::Int:
    case FieldType::Money:
        s.bindInt(i, v.toLongLong());
        break;
    case FieldType::Bool:
        s.bindInt(i, v.toBool() ? 1 : 0);
        break;
    case FieldType::Real:
        s.bindReal(i, v.toDouble());
        break;
    case FieldType::Blob:
        s.bindBlob(i, v.toByteArray());
        break;
    case FieldType::Text:
    case FieldType::Enum:
    case FieldType::Json:
        s.bindText(i, v.toString());
        break;
    }
}

/// Column values of the current row of a statement, for FieldDef::read.
class StatementSource final : public FieldSource
{
public:
    explicit StatementSource(sqlite3_stmt *s) : m_s(s) {}
    bool isNull(int c) const override { return sqlite3_column_type(m_s, c) == SQLITE_NULL; }
    qint64 intValue(int c) const override { return sqlite3_column_int64(m_s, c); }
    double realValue(int c) const override { return sqlite3_column_double(m_s, c); }
    QByteArrayView bytes(int c) const override
    {
        const void *p = sqlite3_column_type(m_s, c) == SQLITE_BLOB ? sqlite3_column_blob(m_s, c)
                                                                   : static_cast<const void *>(sqlite3_column_text(m_s, c));
        return p ? QByteArrayView(static_cast<const char *>(p), sqlite3_column_bytes(m_s, c)) : QByteArrayView();
    }

private:
    sqlite3_stmt *m_s;
};

/// The typed value an update stores in change_log.old_value/new_value.
QVariant logValue(const FieldDef &f, const QVariant &v)
{
    switch (f.type) {
    case FieldType::Id: {
        const QUuid id = v.value<QUuid>();
        return id.isNull() ? QVariant() : QVariant(id.toString(QUuid::WithoutBraces));
    }
    case FieldType::Time:
        return v.toLongLong() == kNoTime ? QVariant() : QVariant(v.toLongLong());
    case FieldType::Bool:
        return qint64(v.toBool() ? 1 : 0);
    default:
        return v;
    }
}

QString recordJson(const EntityMeta &meta, const QVariantList &record)
{
    QJsonObject o;
    for (int i = 0; i < meta.fields.size() && i < record.size(); ++i) {
        const FieldDef &f = meta.fields[i];
        const QVariant v = logValue(f, record[i]);
        if (f.type == FieldType::Blob)
            o.insert(QString::fromLatin1(f.name), QString::fromLatin1(v.toByteArray().toBase64()));
        else
            o.insert(QString::fromLatin1(f.name), QJsonValue::fromVariant(v));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const char *opName(Change::Op op)
{
    switch (op) {
    case Change::Op::Insert:
        return "insert";
    case Change::Op::Delete:
        return "delete";
    case Change::Op::Update:
        break;
    }
    return "update";
}

/// Checks the file's header before SQLite touches it: is it an SQLite database at all, and is it whole?
QString checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("cannot be read: %1").arg(f.errorString());
    const QByteArray header = f.read(100);
    if (header.size() < 100)
        return header.isEmpty() ? tr("is empty, not a Keel workspace")
                                : tr("is not a Keel workspace (too short to be one)");
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return tr("is not a Keel workspace");
    auto be32 = [&](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16)
            | (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return tr("is damaged (its header is invalid)");
    // With a write-ahead log pending, the header may run ahead of the main file until SQLite
    // replays the log, so the size checks only hold without one.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    const quint32 pages = be32(28);
    const bool pagesValid = pages > 0 && be32(24) == be32(92);
    if (pagesValid && quint64(f.size()) < quint64(pages) * pageSize)
        return tr("is truncated: it should hold %1 bytes but holds %2").arg(quint64(pages) * pageSize).arg(f.size());
    if (f.size() % pageSize != 0)
        return tr("is truncated or damaged: its size is not a whole number of pages");
    return {};
}

} // namespace

Store::Store()
    : m_workspace(std::make_unique<Workspace>())
    , m_actor(systemUser())
{
}

Store::~Store()
{
    m_db.close();
    if (m_lock)
        m_lock->unlock();
}

std::unique_ptr<Store> Store::create(const QString &path, QString *error, const QString &name)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)) {
        if (error)
            *error = tr("%1 already exists").arg(shown);
        return nullptr;
    }
    // Build the new file under a temporary name, then move it into place: never a half-made workspace.
    const QString temp = path + QStringLiteral(".creating");
    QFile::remove(temp);
    {
        std::unique_ptr<Store> s(new Store());
        QString why;
        if (!s->initialize(temp, true, &why)) {
            s.reset();
            QFile::remove(temp);
            if (error)
                *error = tr("%1 cannot be created: %2").arg(shown, why);
            return nullptr;
        }
        Settings settings;
        settings.id = kSettingsId;
        settings.name = name.isEmpty() ? QFileInfo(path).completeBaseName() : name;
        Calendar standard = Calendar::standard(tr("Standard"));
        settings.defaultCalendarId = standard.id;
        ChangeSet cs(tr("Create workspace"));
        cs.insert(standard).insert(settings);
        if (!s->apply(cs, &why)) {
            s.reset();
            QFile::remove(temp);
            if (error)
                *error = tr("%1 cannot be created: %2").arg(shown, why);
            return nullptr;
        }
        s->m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        if (error)
            *error = tr("%1 cannot be created: the file cannot be moved into place").arg(shown);
        return nullptr;
    }
    return open(path, error);
}

std::unique_ptr<Store> Store::open(const QString &path, QString *error)
{
    std::unique_ptr<Store> s(new Store());
    QString why;
    if (!s->initialize(path, false, &why)) {
        if (error)
            *error = tr("%1 %2").arg(QDir::toNativeSeparators(path), why);
        return nullptr;
    }
    return s;
}

std::unique_ptr<Store> Store::createInMemory(const QString &name)
{
    std::unique_ptr<Store> s(new Store());
    QString why;
    if (!s->initialize(QString(), true, &why))
        qFatal("Keel: cannot create an in-memory workspace: %s", qPrintable(why));
    Settings settings;
    settings.id = kSettingsId;
    settings.name = name;
    Calendar standard = Calendar::standard(tr("Standard"));
    settings.defaultCalendarId = standard.id;
    ChangeSet cs(tr("Create workspace"));
    cs.insert(standard).insert(settings);
    s->apply(cs, &why);
    return s;
}

bool Store::initialize(const QString &path, bool create, QString *error)
{
    m_path = path;
    if (!create) {
        if (!QFileInfo::exists(path)) {
            *error = tr("does not exist");
            return false;
        }
        if (QFileInfo(path).isDir()) {
            *error = tr("is a folder, not a Keel workspace");
            return false;
        }
        if (const QString bad = checkHeader(path); !bad.isEmpty()) {
            *error = bad;
            return false;
        }
    }
    if (!path.isEmpty()) {
        m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0);
        bool locked = m_lock->tryLock(0);
        if (!locked && m_lock->error() == QLockFile::LockFailedError) {
            // A holder killed between creating the lock file and writing its process id leaves a
            // file that names nobody. A live holder writes its id at once, so a file that still
            // names nobody after a few looks is stale.
            bool namesNobody = true;
            for (int look = 0; look < 3 && namesNobody; ++look) {
                if (look > 0)
                    QThread::msleep(50);
                qint64 pid = 0;
                QString host, app;
                namesNobody = !m_lock->getLockInfo(&pid, &host, &app) || pid <= 0;
            }
            if (namesNobody) {
                m_lock->removeStaleLockFile();
                locked = m_lock->tryLock(0);
            }
        }
        if (!locked) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            *error = m_lock->error() == QLockFile::LockFailedError
                ? tr("is locked: it is open in another program (process %1 on %2)").arg(pid).arg(host)
                : tr("cannot be locked for use (%1)").arg(QStringLiteral("permission or I/O error"));
            m_lock.reset();
            return false;
        }
    }
    const QString dbPath = path.isEmpty() ? QStringLiteral(":memory:") : path;
    if (!m_db.open(dbPath, create ? SqliteDb::Mode::Create : SqliteDb::Mode::ReadWrite)) {
        *error = tr("cannot be opened: %1").arg(m_db.lastError());
        return false;
    }
    sqlite3_busy_timeout(m_db.handle(), 500);

    if (!create) {
        // Read-only checks first: nothing is written to a file that is not ours.
        const qint64 appId = m_db.scalar("PRAGMA application_id", -1);
        if (m_db.lastCode() == SQLITE_BUSY || m_db.lastCode() == SQLITE_LOCKED) {
            *error = tr("is locked by another program");
            return false;
        }
        if (m_db.lastCode() == SQLITE_CORRUPT || m_db.lastCode() == SQLITE_NOTADB) {
            *error = tr("is damaged: %1").arg(m_db.lastError());
            return false;
        }
        if (appId != kApplicationId) {
            *error = tr("is not a Keel workspace");
            return false;
        }
        m_schemaVersion = int(m_db.scalar("PRAGMA user_version", 0));
        if (m_schemaVersion > currentSchemaVersion()) {
            *error = tr("was written by a newer version of Keel (schema %1; this version reads up to %2)")
                         .arg(m_schemaVersion).arg(currentSchemaVersion());
            return false;
        }
    } else {
        if (!path.isEmpty() && !m_db.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            *error = m_db.lastError();
            return false;
        }
        m_db.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
    }
    m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"));
    if (!migrate(error))
        return false;
    if (create) {
        m_replica = newId();
        SqliteStatement *s = m_db.prepare("INSERT INTO meta(key, value) VALUES ('replica_id', ?)");
        s->bindBlob(1, m_replica.toRfc4122());
        s->step();
        s->reset();
        return true;
    }
    return load(error);
}

bool Store::migrate(QString *error)
{
    for (const Migration &m : migrations()) {
        if (m.version <= m_schemaVersion)
            continue;
        const QString sql = QStringLiteral("BEGIN IMMEDIATE;\n%1\nPRAGMA user_version=%2;\nCOMMIT;")
                                .arg(m.sql).arg(m.version);
        if (!m_db.exec(sql)) {
            const QString why = m_db.lastError();
            m_db.exec(QStringLiteral("ROLLBACK"));
            *error = m_db.lastCode() == SQLITE_BUSY ? tr("is locked by another program")
                                                    : tr("cannot be upgraded to schema %1: %2").arg(m.version).arg(why);
            return false;
        }
        m_schemaVersion = m.version;
    }
    return true;
}

namespace {

/// Reads the rows of `types` from `db` into their tables; false with *error on the first failure.
bool loadTables(SqliteDb &db, const QList<EntityType> &types, Workspace &ws,
                const std::function<AnyTable &(EntityType)> &tableOf, QString *error)
{
    for (EntityType type : types) {
        const EntityMeta &meta = entityMeta(type);
        QByteArray sql = "SELECT ";
        for (int i = 0; i < meta.fields.size(); ++i)
            sql += (i ? ", " : "") + meta.fields[i].name;
        sql += " FROM " + meta.table;
        AnyTable &table = tableOf(type);
        SqliteStatement *s = db.prepare(sql);
        if (!s) {
            *error = db.lastError();
            return false;
        }
        const StatementSource source(s->handle());
        int rc = 0;
        while (s->step(&rc)) {
            int bad = -1;
            if (!table.insertFrom(source, &bad)) {
                *error = QCoreApplication::translate("Keel::Store", "table %1, field %2 holds a value of the wrong kind")
                             .arg(QString::fromLatin1(meta.table), QString::fromLatin1(meta.fields[bad].name));
                s->reset();
                return false;
            }
        }
        s->reset();
        if (rc != SQLITE_DONE) {
            *error = db.lastError();
            return false;
        }
    }
    Q_UNUSED(ws);
    return true;
}

} // namespace

bool Store::load(QString *error)
{
    auto damaged = [&](const QString &detail) {
        *error = tr("is damaged: %1").arg(detail);
        m_workspace->clear();
        return false;
    };
    {
        SqliteStatement *s = m_db.prepare("SELECT value FROM meta WHERE key = 'replica_id'");
        if (!s)
            return damaged(m_db.lastError());
        if (s->step())
            m_replica = QUuid::fromRfc4122(s->blobValue(0));
        s->reset();
        if (m_replica.isNull())
            return damaged(tr("it has no replica id"));
    }
    // Size every table, then split them into two balanced halves: one is read here, the other on a
    // second connection in a worker thread (the lock file keeps other writers away meanwhile).
    std::vector<std::pair<qint64, EntityType>> weights;
    qint64 total = 0;
    for (int t = 0; t < kEntityTypeCount; ++t) {
        const EntityMeta &meta = entityMeta(EntityType(t));
        const qint64 count = m_db.scalar("SELECT count(*) FROM " + meta.table, -1);
        if (count < 0)
            return damaged(m_db.lastError());
        m_workspace->loadTable(EntityType(t)).reserve(count);
        const qint64 weight = count * meta.fields.size();
        weights.push_back({weight, EntityType(t)});
        total += weight;
    }
    std::sort(weights.begin(), weights.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<EntityType> here, there;
    qint64 hereWeight = 0, thereWeight = 0;
    for (const auto &[weight, type] : weights) {
        if (hereWeight <= thereWeight) {
            here.append(type);
            hereWeight += weight;
        } else {
            there.append(type);
            thereWeight += weight;
        }
    }
    auto tableOf = [this](EntityType t) -> AnyTable & { return m_workspace->loadTable(t); };
    const bool parallel = !isInMemory() && total > 200000;
    if (!parallel) {
        here.append(there);
        there.clear();
    }
    QString workerError;
    bool workerOk = true;
    std::thread worker;
    if (!there.isEmpty()) {
        worker = std::thread([&] {
            SqliteDb second;
            if (!second.open(m_path, SqliteDb::Mode::ReadOnly)) {
                workerError = second.lastError();
                workerOk = false;
                return;
            }
            workerOk = loadTables(second, there, *m_workspace, tableOf, &workerError);
        });
    }
    QString hereError;
    const bool hereOk = loadTables(m_db, here, *m_workspace, tableOf, &hereError);
    if (worker.joinable())
        worker.join();
    if (!hereOk)
        return damaged(hereError);
    if (!workerOk)
        return damaged(workerError);
    m_workspace->rebuildIndexes();
    m_clock.observe(m_db.scalar("SELECT coalesce(max(hlc), 0) FROM change_sets", 0));
    return true;
}

std::optional<ChangeSet> Store::apply(const ChangeSet &changes, QString *error)
{
    QString why;
    std::optional<ChangeSet> applied = m_workspace->applyChanges(changes, &why);
    if (!applied) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    if (!persist(*applied, &why)) {
        m_workspace->revert(*applied);
        if (error)
            *error = tr("The change could not be saved: %1").arg(why);
        return std::nullopt;
    }
    m_workspace->notifyApplied(*applied);
    return applied;
}

bool Store::writeChange(const Change &c, QString *error)
{
    const EntityMeta &meta = entityMeta(c.type);
    SqliteStatement *s = nullptr;
    switch (c.op) {
    case Change::Op::Insert: {
        QByteArray sql = "INSERT INTO " + meta.table + " (";
        QByteArray marks;
        for (int i = 0; i < meta.fields.size(); ++i) {
            sql += (i ? ", " : "") + meta.fields[i].name;
            marks += i ? ", ?" : "?";
        }
        sql += ") VALUES (" + marks + ")";
        s = m_db.prepare(sql);
        if (!s)
            break;
        for (int i = 0; i < meta.fields.size(); ++i)
            bindField(*s, i + 1, meta.fields[i], c.record.value(i));
        break;
    }
    case Change::Op::Update: {
        const int f = meta.indexOf(c.field);
        s = m_db.prepare("UPDATE " + meta.table + " SET " + c.field + " = ? WHERE id = ?");
        if (!s)
            break;
        bindField(*s, 1, meta.fields[f], c.newValue);
        s->bindBlob(2, c.id.toRfc4122());
        break;
    }
    case Change::Op::Delete:
        s = m_db.prepare("DELETE FROM " + meta.table + " WHERE id = ?");
        if (!s)
            break;
        s->bindBlob(1, c.id.toRfc4122());
        break;
    }
    int rc = 0;
    if (!s || (s->step(&rc), rc != SQLITE_DONE)) {
        *error = m_db.lastError();
        if (s)
            s->reset();
        return false;
    }
    s->reset();
    return true;
}

bool Store::persist(const ChangeSet &applied, QString *error)
{
    if (!m_db.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = m_db.lastError();
        return false;
    }
    auto rollback = [&](const QString &why) {
        *error = why.isEmpty() ? m_db.lastError() : why;
        m_db.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    for (const Change &c : applied.changes()) {
        QString why;
        if (!writeChange(c, &why))
            return rollback(why);
    }
    const qint64 hlc = m_clock.now();
    SqliteStatement *set = m_db.prepare(
        "INSERT INTO change_sets(id, hlc, replica, actor, utc_ms, description) VALUES (?, ?, ?, ?, ?, ?)");
    if (!set)
        return rollback({});
    set->bindBlob(1, newId().toRfc4122());
    set->bindInt(2, hlc);
    set->bindBlob(3, m_replica.toRfc4122());
    set->bindText(4, m_actor);
    set->bindInt(5, HybridClock::physicalMs(hlc));
    set->bindText(6, applied.description());
    int rc = 0;
    set->step(&rc);
    set->reset();
    if (rc != SQLITE_DONE)
        return rollback({});
    const qint64 setSeq = sqlite3_last_insert_rowid(m_db.handle());
    SqliteStatement *row = m_db.prepare("INSERT INTO change_log(set_seq, op, entity, entity_id, field, old_value, "
                                        "new_value) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!row)
        return rollback({});
    for (const Change &c : applied.changes()) {
        const EntityMeta &meta = entityMeta(c.type);
        row->bindInt(1, setSeq);
        row->bindText(2, QString::fromLatin1(opName(c.op)));
        row->bindText(3, QString::fromLatin1(meta.name));
        row->bindBlob(4, c.id.toRfc4122());
        switch (c.op) {
        case Change::Op::Insert:
            row->bindNull(5);
            row->bindNull(6);
            row->bindText(7, recordJson(meta, c.record));
            break;
        case Change::Op::Delete:
            row->bindNull(5);
            row->bindText(6, recordJson(meta, c.record));
            row->bindNull(7);
            break;
        case Change::Op::Update: {
            const FieldDef &f = meta.fields[meta.indexOf(c.field)];
            row->bindText(5, QString::fromLatin1(c.field));
            row->bindVariant(6, logValue(f, c.oldValue));
            row->bindVariant(7, logValue(f, c.newValue));
            break;
        }
        }
        row->step(&rc);
        row->reset();
        if (rc != SQLITE_DONE)
            return rollback({});
    }
    if (!m_db.exec(QStringLiteral("COMMIT")))
        return rollback({});
    return true;
}

qint64 Store::changeSetCount()
{
    return m_db.scalar("SELECT count(*) FROM change_sets", 0);
}

qint64 Store::changeRowCount()
{
    return m_db.scalar("SELECT count(*) FROM change_log", 0);
}

QList<LogEntry> Store::log(int limit, int offset)
{
    QList<LogEntry> entries;
    SqliteStatement *s = m_db.prepare("SELECT seq, id, hlc, replica, actor, utc_ms, description FROM change_sets "
                                      "ORDER BY seq DESC LIMIT ? OFFSET ?");
    if (!s)
        return entries;
    s->bindInt(1, limit);
    s->bindInt(2, offset);
    while (s->step()) {
        LogEntry e;
        e.seq = s->intValue(0);
        e.id = QUuid::fromRfc4122(s->blobValue(1));
        e.hlc = s->intValue(2);
        e.replica = QUuid::fromRfc4122(s->blobValue(3));
        e.actor = s->textValue(4);
        e.utcMs = s->intValue(5);
        e.description = s->textValue(6);
        entries.append(e);
    }
    s->reset();
    SqliteStatement *items = m_db.prepare(
        "SELECT op, entity, entity_id, field, old_value, new_value FROM change_log WHERE set_seq = ? ORDER BY seq");
    if (!items)
        return entries;
    for (LogEntry &e : entries) {
        items->bindInt(1, e.seq);
        while (items->step()) {
            LogEntry::Item it;
            it.op = items->textValue(0);
            it.entity = items->textValue(1);
            it.entityId = QUuid::fromRfc4122(items->blobValue(2));
            it.field = items->textValue(3);
            it.oldValue = items->variantValue(4).toString();
            it.newValue = items->variantValue(5).toString();
            e.items.append(it);
        }
        items->reset();
    }
    return entries;
}

namespace {

constexpr const char *kRowColumns = "l.seq, l.set_seq, s.actor, s.utc_ms, s.description, l.op, l.entity, l.entity_id, "
                                    "l.field, l.old_value, l.new_value";

ChangeLogRow readRow(const SqliteStatement &s)
{
    ChangeLogRow r;
    r.seq = s.intValue(0);
    r.setSeq = s.intValue(1);
    r.actor = s.textValue(2);
    r.utcMs = s.intValue(3);
    r.description = s.textValue(4);
    r.item.op = s.textValue(5);
    r.item.entity = s.textValue(6);
    r.item.entityId = QUuid::fromRfc4122(s.blobValue(7));
    r.item.field = s.textValue(8);
    r.item.oldValue = s.variantValue(9).toString();
    r.item.newValue = s.variantValue(10).toString();
    return r;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

bool Store::fillIdTable(const char *table, const QList<Id> &ids)
{
    const QByteArray name(table);
    if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id BLOB PRIMARY KEY) WITHOUT ROWID; DELETE FROM %1;")
                       .arg(QString::fromLatin1(name))))
        return false;
    SqliteStatement *s = m_db.prepare("INSERT OR IGNORE INTO temp." + name + " (id) VALUES (?)");
    if (!s)
        return false;
    for (const Id &id : ids) {
        s->bindBlob(1, id.toRfc4122());
        s->step();
        s->reset();
    }
    return true;
}

QList<ChangeLogRow> Store::findChanges(const ChangeLogFilter &filter, int limit)
{
    QList<ChangeLogRow> rows;
    QByteArray sql = QByteArray("SELECT ") + kRowColumns
                     + " FROM change_log l JOIN change_sets s ON s.seq = l.set_seq WHERE 1";
    if (!filter.entityIds.isEmpty()) {
        if (!fillIdTable("audit_records", filter.entityIds))
            return rows;
        sql += " AND l.entity_id IN (SELECT id FROM temp.audit_records)";
    }
    if (!filter.entities.isEmpty()) {
        sql += " AND l.entity IN (";
        for (qsizetype i = 0; i < filter.entities.size(); ++i)
            sql += i ? ", ?" : "?";
        sql += ")";
    }
    if (!filter.actor.isEmpty())
        sql += " AND s.actor = :actor";
    if (filter.fromUtcMs > 0)
        sql += " AND s.utc_ms >= :from";
    if (filter.toUtcMs > 0)
        sql += " AND s.utc_ms < :to";
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        sql += " AND (s.description LIKE :text ESCAPE '\\' OR s.actor LIKE :text ESCAPE '\\'"
               " OR l.field LIKE :text ESCAPE '\\' OR l.old_value LIKE :text ESCAPE '\\'"
               " OR l.new_value LIKE :text ESCAPE '\\'";
        if (!filter.textEntityIds.isEmpty()) {
            if (!fillIdTable("audit_named", filter.textEntityIds))
                return rows;
            sql += " OR l.entity_id IN (SELECT id FROM temp.audit_named)";
        }
        sql += ")";
    }
    if (filter.beforeSeq > 0)
        sql += " AND l.seq < :before";
    sql += " ORDER BY l.seq DESC LIMIT :limit";
    SqliteStatement *s = m_db.prepare(sql);
    if (!s)
        return rows;
    int i = 1;
    for (const QString &entity : filter.entities)
        s->bindText(i++, entity);
    auto bindNamed = [&](const char *name, const auto &value) {
        const int at = sqlite3_bind_parameter_index(s->handle(), name);
        if (at <= 0)
            return;
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, QString>)
            s->bindText(at, value);
        else
            s->bindInt(at, qint64(value));
    };
    bindNamed(":actor", filter.actor);
    bindNamed(":from", filter.fromUtcMs);
    bindNamed(":to", filter.toUtcMs);
    bindNamed(":text", likePattern(text));
    bindNamed(":before", filter.beforeSeq);
    bindNamed(":limit", qint64(qMax(0, limit)));
    while (s->step())
        rows.append(readRow(*s));
    s->reset();
    return rows;
}

QList<ChangeLogRow> Store::changeSetRows(qint64 setSeq)
{
    QList<ChangeLogRow> rows;
    SqliteStatement *s = m_db.prepare(QByteArray("SELECT ") + kRowColumns
                                      + " FROM change_log l JOIN change_sets s ON s.seq = l.set_seq"
                                        " WHERE l.set_seq = ? ORDER BY l.seq");
    if (!s)
        return rows;
    s->bindInt(1, setSeq);
    while (s->step())
        rows.append(readRow(*s));
    s->reset();
    return rows;
}

QStringList Store::logActors()
{
    QStringList actors;
    SqliteStatement *s = m_db.prepare("SELECT DISTINCT actor FROM change_sets ORDER BY actor");
    if (!s)
        return actors;
    while (s->step())
        actors << s->textValue(0);
    s->reset();
    return actors;
}

QString Store::lastRecordJson(const Id &entityId)
{
    SqliteStatement *s = m_db.prepare("SELECT coalesce(new_value, old_value) FROM change_log WHERE entity_id = ? "
                                      "AND op IN ('insert', 'delete') ORDER BY seq DESC LIMIT 1");
    if (!s)
        return {};
    s->bindBlob(1, entityId.toRfc4122());
    const QString json = s->step() ? s->textValue(0) : QString();
    s->reset();
    return json;
}

QList<Id> Store::idsReferencing(const Id &id)
{
    QList<Id> ids;
    SqliteStatement *s = m_db.prepare("SELECT DISTINCT entity_id FROM change_log WHERE op IN ('insert', 'delete') "
                                      "AND instr(coalesce(new_value, old_value), ?) > 0");
    if (!s)
        return ids;
    s->bindText(1, QLatin1Char('"') + id.toString(QUuid::WithoutBraces) + QLatin1Char('"'));
    while (s->step())
        ids << QUuid::fromRfc4122(s->blobValue(0));
    s->reset();
    return ids;
}

} // namespace Keel
