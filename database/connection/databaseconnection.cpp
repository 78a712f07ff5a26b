// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/connection/databaseconnection.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace tw::database {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tablewright-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Whether this process may write @p path: its effective user decides, as for SQLite's own open(2) (QFileInfo
/// asks with the real user's rights, which differ while a test or a setuid tool acts as another user).
bool writable(const QString &path)
{
#ifdef Q_OS_LINUX
    return ::euidaccess(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

QString sqliteMessage(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

DatabaseConnection::DatabaseConnection(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

DatabaseConnection::~DatabaseConnection()
{
    if (m_database.isOpen())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

model::Result<std::shared_ptr<DatabaseConnection>> DatabaseConnection::open(const QString &path, Mode mode,
                                                                            int busyTimeoutMs)
{
    using R = model::Result<std::shared_ptr<DatabaseConnection>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return R::failure(QStringLiteral("Qt's SQLite driver (QSQLITE) is not installed: install libqt6sql6-sqlite"));
    const QFileInfo info(path);
    if (!info.exists() && mode != Mode::ReadWriteCreate)
        return R::failure(QStringLiteral("%1: no such database file").arg(path));
    if (info.exists() && info.isDir())
        return R::failure(QStringLiteral("%1 is a folder, not a database file").arg(path));
    if (info.exists() && mode != Mode::ReadOnly && !writable(info.absoluteFilePath()))
        return R::failure(QStringLiteral("%1 is read-only: nothing was written").arg(path));
    if (mode != Mode::ReadOnly && !writable(info.absolutePath()))
        return R::failure(QStringLiteral("the folder of %1 is read-only, so SQLite cannot keep its journal there: "
                                         "nothing was written")
                              .arg(path));

    std::shared_ptr<DatabaseConnection> connection(new DatabaseConnection(path, nextConnectionName()));
    connection->m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_connectionName);
    connection->m_database.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    connection->m_database.setConnectOptions(options);
    if (!connection->m_database.open())
        return R::failure(
            QStringLiteral("%1: cannot open: %2").arg(path, sqliteMessage(connection->m_database.lastError())));
    // Opening is lazy in SQLite: reading the schema is what finds out whether the file is a database at all.
    QString error;
    connection->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), &error);
    if (!error.isEmpty())
        return R::failure(QStringLiteral("%1: not a usable SQLite database: %2").arg(path, error));
    return connection;
}

QString DatabaseConnection::exec(const QString &sql)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql))
        return sqliteMessage(query.lastError());
    return {};
}

QString DatabaseConnection::exec(const QString &sql, const std::function<void()> &beforeRunning)
{
    QSqlQuery query(m_database);
    if (!query.prepare(sql))
        return sqliteMessage(query.lastError());
    beforeRunning();
    if (!query.exec())
        return sqliteMessage(query.lastError());
    return {};
}

QVariant DatabaseConnection::scalar(const QString &sql, QString *error)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql)) {
        if (error)
            *error = sqliteMessage(query.lastError());
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

bool DatabaseConnection::execWith(QSqlQuery &query, const QString &sql, const QString &argument, QString *error)
{
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(argument);
    if (query.exec())
        return true;
    *error = sqliteMessage(query.lastError());
    return false;
}

} // namespace tw::database
