#pragma once
// A thin RAII wrapper over one SQLite connection and its prepared statements. Only core/store
// uses it; nothing outside store/ writes SQL.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUuid>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Keel {

class SqliteStatement
{
public:
    SqliteStatement() = default;
    explicit SqliteStatement(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    sqlite3_stmt *handle() const { return m_stmt; }
    void reset();
    void bindNull(int i);
    void bindInt(int i, qint64 v);
    void bindReal(int i, double v);
    void bindText(int i, const QString &v);
    void bindBlob(int i, const QByteArray &v);
    /// Binds a QVariant by its own type (null, integer, real, text, bytes).
    void bindVariant(int i, const QVariant &v);
    /// SQLITE_ROW → true; SQLITE_DONE → false; any other code → false and sets *error.
    bool step(int *rc = nullptr);
    int columnType(int i) const;
    bool isNull(int i) const;
    qint64 intValue(int i) const;
    double realValue(int i) const;
    QString textValue(int i) const;
    QByteArray blobValue(int i) const;
    QVariant variantValue(int i) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

class SqliteDb
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    bool open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    /// Runs one or more statements without results.
    bool exec(const QString &sql);
    /// A cached prepared statement, reset and ready to bind; nullptr (and lastError) on failure.
    SqliteStatement *prepare(const QByteArray &sql);
    qint64 scalar(const QByteArray &sql, qint64 fallback = -1);
    int lastCode() const { return m_lastCode; }
    QString lastError() const { return m_lastError; }

private:
    void recordError();
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, SqliteStatement> m_statements;
    int m_lastCode = 0;
    QString m_lastError;
};

} // namespace Keel
