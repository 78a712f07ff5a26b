// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

#include <functional>
#include <memory>

namespace tw::database {

/// A private QSQLITE connection to one database file, removed again when this object dies. Each instance has its
/// own connection name, so the GUI, an apply run and a test never share state by accident.
class DatabaseConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };

    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    /// Opens @p path. Fails with a clear message when the file is missing (unless created), not writable (for the
    /// writing modes), or not a SQLite database. @p busyTimeoutMs bounds the wait for another writer's lock.
    static model::Result<std::shared_ptr<DatabaseConnection>> open(const QString &path, Mode mode, int busyTimeoutMs);

    QSqlDatabase &database() { return m_database; }
    const QString &path() const { return m_path; }

    /// Runs one statement; on failure returns SQLite's message.
    QString exec(const QString &sql);
    /// Like exec(), but calls @p beforeRunning once @p sql is compiled and before it runs.
    QString exec(const QString &sql, const std::function<void()> &beforeRunning);
    /// The first column of the first row of @p sql, or an invalid QVariant.
    QVariant scalar(const QString &sql, QString *error = nullptr);
    /// Runs @p sql forward-only on @p query with @p argument bound to its one `?` (a table-valued pragma such as
    /// `pragma_table_xinfo(?)`); on failure false with SQLite's message in @p error.
    static bool execWith(QSqlQuery &query, const QString &sql, const QString &argument, QString *error);

private:
    DatabaseConnection(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_database;
};

} // namespace tw::database
