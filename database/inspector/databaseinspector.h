// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/catalog/liveschema.h"
#include "database/tracking/migrationhistory.h"
#include "model/core/result.h"

#include <QSqlError>

#include <memory>

class QIODevice;

namespace tw::migrations {
class MigrationsFolder;
}

namespace tw::database {

class DatabaseConnection;
struct RowsQuery;

/// A live SQLite database seen the way the guide's `dev:query` checks see it: its tables and views with row counts,
/// each table's columns, indexes and foreign keys, the migration history, and guarded queries.
///
/// Safe by default: the file is opened read-only (SQLite itself refuses writes), writing statements are refused
/// before they run, and a busy database (a running `wrangler dev`) is given a short busy timeout and an explanation
/// instead of a hang. Writes happen only between beginWriting() and commit() or rollback(), on a second connection
/// inside one transaction; no statement is left open between calls, so no lock is held while nobody is writing.
class DatabaseInspector
{
public:
    static constexpr int kBusyTimeoutMs = 1000;

    static model::Result<std::unique_ptr<DatabaseInspector>> open(const QString &path,
                                                                  int busyTimeoutMs = kBusyTimeoutMs);
    ~DatabaseInspector();

    const QString &path() const { return m_path; }

    /// Tables and views by name (sqlite_ tables left out), counted when @p countRows.
    model::Result<QList<LiveObject>> objects(bool countRows = true);
    model::Result<qint64> count(const QString &table);
    model::Result<LiveTable> describe(const QString &table);
    /// MigrationHistory: pending is what `apply` with @p preferred tracking would run.
    model::Result<QList<HistoryEntry>> history(const RunnableMigrations &folder,
                                               model::ProjectSettings::Tracking preferred);
    model::Result<QList<HistoryEntry>> history(const migrations::MigrationsFolder &folder,
                                               model::ProjectSettings::Tracking preferred);

    /// Runs every statement of @p sql in order, keeping at most @p maxRows rows of each (-1: all). Read-only
    /// unless writing: then statements run inside the open transaction. Stops at the first failure; what ran
    /// before it stays in the transaction for the user to commit or roll back.
    model::Result<QList<QueryResult>> run(const QString &sql, int maxRows = -1);
    /// Runs one statement with bound values (for the rows browser), keeping at most @p maxRows rows.
    model::Result<QueryResult> select(const QString &statement, const QVariantList &binds, int maxRows = -1);
    model::Result<qint64> countRows(const RowsQuery &query);
    model::Result<QueryResult> page(const RowsQuery &query, qint64 offset, int limit);
    /// Streams every row of a read-only @p statement to @p device as CSV; returns the number of rows.
    model::Result<qint64> exportCsv(const QString &statement, QIODevice *device);

    /// The column that names a row for edits: `rowid`, `_rowid_` or `oid` (the first the table does not shadow),
    /// or empty for a view or a WITHOUT ROWID table.
    QString rowKeyColumn(const LiveTable &table) const;
    /// `UPDATE table SET column = value WHERE key = rowKey`, in the write transaction.
    QString updateCell(const QString &table, const QString &keyColumn, const QVariant &rowKey, const QString &column,
                       const QVariant &value);

    bool isWriting() const { return m_write != nullptr; }
    /// Opens the file for writing and begins a transaction; returns an error message or an empty string.
    QString beginWriting();
    /// True when a statement changed something since beginWriting().
    bool hasUncommittedChanges() const { return m_changes > 0; }
    QString commit();
    QString rollback();

    /// The connection reads go to: the write one while writing (so edits show), else the read-only one.
    DatabaseConnection &connection();
    /// A message for users from a failed statement: a busy database, a read-only refusal, or SQLite's text.
    QString explain(const QSqlError &error) const;

private:
    DatabaseInspector(QString path, int busyTimeoutMs, std::shared_ptr<DatabaseConnection> read);
    QString refusal(const QString &statement) const;
    model::Result<QueryResult> execute(const QString &statement, const QVariantList &binds, int maxRows);

    QString m_path;
    int m_busyTimeoutMs;
    std::shared_ptr<DatabaseConnection> m_read;
    std::shared_ptr<DatabaseConnection> m_write;
    int m_changes = 0;
};

} // namespace tw::database
