#include "sqlitedb.h"

#include <sqlite3.h>

namespace Keel {

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

void SqliteStatement::bindInt(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void SqliteStatement::bindReal(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
}

void SqliteStatement::bindText(int i, const QString &v)
{
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int i, const QByteArray &v)
{
    sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindVariant(int i, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        bindNull(i);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        bindInt(i, v.toLongLong());
        break;
    case QMetaType::Double:
        bindReal(i, v.toDouble());
        break;
    case QMetaType::QByteArray:
        bindBlob(i, v.toByteArray());
        break;
    case QMetaType::QUuid:
        bindBlob(i, v.value<QUuid>().toRfc4122());
        break;
    default:
        bindText(i, v.toString());
        break;
    }
}

bool SqliteStatement::step(int *rc)
{
    const int code = sqlite3_step(m_stmt);
    if (rc)
        *rc = code;
    return code == SQLITE_ROW;
}

int SqliteStatement::columnType(int i) const
{
    return sqlite3_column_type(m_stmt, i);
}

bool SqliteStatement::isNull(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

qint64 SqliteStatement::intValue(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

double SqliteStatement::realValue(int i) const
{
    return sqlite3_column_double(m_stmt, i);
}

QString SqliteStatement::textValue(int i) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)) : QString();
}

QByteArray SqliteStatement::blobValue(int i) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, i));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, i)) : QByteArray();
}

QVariant SqliteStatement::variantValue(int i) const
{
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER:
        return intValue(i);
    case SQLITE_FLOAT:
        return realValue(i);
    case SQLITE_TEXT:
        return textValue(i);
    case SQLITE_BLOB:
        return blobValue(i);
    default:
        return {};
    }
}

SqliteDb::~SqliteDb()
{
    close();
}

bool SqliteDb::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_lastCode = rc;
        m_lastError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 0);
    return true;
}

void SqliteDb::close()
{
    for (auto &s : m_statements)
        sqlite3_finalize(s.handle());
    m_statements.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteDb::recordError()
{
    m_lastCode = sqlite3_errcode(m_db);
    m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool SqliteDb::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        m_lastCode = rc;
        m_lastError = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

SqliteStatement *SqliteDb::prepare(const QByteArray &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->reset();
        return &*it;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK) {
        recordError();
        return nullptr;
    }
    return &*m_statements.insert(sql, SqliteStatement(stmt));
}

qint64 SqliteDb::scalar(const QByteArray &sql, qint64 fallback)
{
    SqliteStatement *s = prepare(sql);
    if (!s)
        return fallback;
    int rc = 0;
    const qint64 v = s->step(&rc) ? s->intValue(0) : fallback;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        recordError();
    s->reset();
    return v;
}

} // namespace Keel
