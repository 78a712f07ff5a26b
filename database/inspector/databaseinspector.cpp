// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/inspector/databaseinspector.h"

#include "database/catalog/tabledescriber.h"
#include "database/connection/databaseconnection.h"
#include "database/inspector/csvwriter.h"
#include "database/inspector/rowsquery.h"
#include "database/sqltext/sqlstatementsplitter.h"
#include "database/sqltext/statementclassifier.h"
#include "model/schema/naming.h"

#include <QIODevice>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace tw::database {
namespace {

using model::Result;

bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") || code.startsWith(QLatin1String("5 ")) ||
           error.databaseText().contains(QLatin1String("database is locked")) ||
           error.databaseText().contains(QLatin1String("database table is locked"));
}

QString sqliteText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString busyText(const QString &path, int timeoutMs)
{
    return QStringLiteral("%1 is busy: another program holds a lock on it (a running `wrangler dev`?); gave up after "
                          "%2 ms and changed nothing. Try again when it is idle.")
        .arg(path)
        .arg(timeoutMs);
}

} // namespace

DatabaseInspector::DatabaseInspector(QString path, int busyTimeoutMs, std::shared_ptr<DatabaseConnection> read)
    : m_path(std::move(path))
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_read(std::move(read))
{
}

DatabaseInspector::~DatabaseInspector()
{
    if (m_write)
        rollback();
}

Result<std::unique_ptr<DatabaseInspector>> DatabaseInspector::open(const QString &path, int busyTimeoutMs)
{
    auto read = DatabaseConnection::open(path, DatabaseConnection::Mode::ReadOnly, busyTimeoutMs);
    if (!read) {
        QString error = read.error();
        if (error.contains(QLatin1String("database is locked")))
            error = busyText(path, busyTimeoutMs);
        return Result<std::unique_ptr<DatabaseInspector>>::failure(error);
    }
    return std::unique_ptr<DatabaseInspector>(new DatabaseInspector(path, busyTimeoutMs, read.value()));
}

DatabaseConnection &DatabaseInspector::connection()
{
    return m_write ? *m_write : *m_read;
}

QString DatabaseInspector::explain(const QSqlError &error) const
{
    if (isBusy(error))
        return busyText(m_path, m_busyTimeoutMs);
    const QString text = sqliteText(error);
    if (text.contains(QLatin1String("readonly database")))
        return QStringLiteral("refused: the database is open read-only, and this statement writes (%1). Switch on "
                              "writes to run it.")
            .arg(text);
    return text;
}

QString DatabaseInspector::refusal(const QString &statement) const
{
    switch (StatementClassifier::classify(statement)) {
    case StatementClassifier::Kind::Transaction:
        return QStringLiteral("refused: %1 — transactions are Tablewright's to manage: switch on writes, then commit "
                              "or roll back")
            .arg(StatementClassifier::firstKeyword(statement));
    case StatementClassifier::Kind::Write:
        if (!m_write)
            return QStringLiteral("refused: `%1` writes to the database, which is open read-only; switch on writes "
                                  "(--write, or \"Allow writes\" in the Database panel) to run it")
                .arg(statement.simplified().left(80));
        return {};
    default:
        return {};
    }
}

Result<QueryResult> DatabaseInspector::execute(const QString &statement, const QVariantList &binds, int maxRows)
{
    QSqlQuery query(connection().database());
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Result<QueryResult>::failure(explain(query.lastError()));
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return Result<QueryResult>::failure(explain(query.lastError()));
    QueryResult result;
    result.statement = statement;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        result.columns << record.fieldName(i);
    while (query.next()) {
        if (maxRows >= 0 && result.rows.size() >= maxRows) {
            result.truncated = true;
            break;
        }
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row << query.value(i);
        result.rows << row;
    }
    if (query.lastError().isValid())
        return Result<QueryResult>::failure(explain(query.lastError()));
    result.wrote = StatementClassifier::classify(statement) == StatementClassifier::Kind::Write;
    if (result.columns.isEmpty())
        result.rowsAffected = query.numRowsAffected();
    if (result.wrote && m_write)
        ++m_changes;
    return result;
}

Result<QueryResult> DatabaseInspector::select(const QString &statement, const QVariantList &binds, int maxRows)
{
    const QString refused = refusal(statement);
    if (!refused.isEmpty())
        return Result<QueryResult>::failure(refused);
    return execute(statement, binds, maxRows);
}

Result<QList<QueryResult>> DatabaseInspector::run(const QString &sql, int maxRows)
{
    using R = Result<QList<QueryResult>>;
    const QStringList statements = SqlStatementSplitter::split(sql);
    if (statements.isEmpty())
        return R::failure(QStringLiteral("no SQL statement to run"));
    for (const QString &s : statements) {
        const QString refused = refusal(s);
        if (!refused.isEmpty())
            return R::failure(refused);
    }
    QList<QueryResult> results;
    for (const QString &s : statements) {
        auto result = execute(s, {}, maxRows);
        if (!result)
            return R::failure(statements.size() > 1 ? QStringLiteral("%1\n  in: %2").arg(result.error(), s)
                                                    : result.error());
        results << result.value();
    }
    return results;
}

Result<qint64> DatabaseInspector::countRows(const RowsQuery &query)
{
    auto result = execute(query.countSql(), query.filterBinds(), 1);
    if (!result)
        return Result<qint64>::failure(result.error());
    return result.value().rows.value(0).value(0).toLongLong();
}

Result<QueryResult> DatabaseInspector::page(const RowsQuery &query, qint64 offset, int limit)
{
    QVariantList binds = query.filterBinds();
    binds << limit << offset;
    return execute(query.pageSql(), binds, limit);
}

Result<qint64> DatabaseInspector::count(const QString &table)
{
    RowsQuery query;
    query.table = table;
    return countRows(query);
}

Result<QList<LiveObject>> DatabaseInspector::objects(bool countRows)
{
    auto listed = execute(QStringLiteral("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND "
                                         "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name COLLATE NOCASE"),
                          {}, -1);
    if (!listed)
        return Result<QList<LiveObject>>::failure(listed.error());
    QList<LiveObject> objects;
    for (const QVariantList &row : listed.value().rows) {
        LiveObject object;
        object.name = row.value(0).toString();
        object.kind =
            row.value(1).toString() == QLatin1String("view") ? LiveObject::Kind::View : LiveObject::Kind::Table;
        if (countRows) {
            const auto counted = count(object.name);
            if (counted)
                object.rowCount = counted.value();
            else
                object.countError = counted.error();
        }
        objects << object;
    }
    return objects;
}

Result<LiveTable> DatabaseInspector::describe(const QString &table)
{
    return TableDescriber::describe(connection(), table);
}

Result<qint64> DatabaseInspector::exportCsv(const QString &statement, QIODevice *device)
{
    if (StatementClassifier::classify(statement) != StatementClassifier::Kind::Read)
        return Result<qint64>::failure(QStringLiteral("only a statement that reads can be exported as CSV"));
    QSqlQuery query(connection().database());
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return Result<qint64>::failure(explain(query.lastError()));
    CsvWriter csv(device);
    const QSqlRecord record = query.record();
    QStringList header;
    for (int i = 0; i < record.count(); ++i)
        header << record.fieldName(i);
    csv.writeRow(header);
    qint64 rows = 0;
    QVariantList values;
    while (csv.ok() && query.next()) {
        values.clear();
        for (int i = 0; i < record.count(); ++i)
            values << query.value(i);
        csv.writeValues(values);
        ++rows;
    }
    if (!csv.ok())
        return Result<qint64>::failure(QStringLiteral("cannot write the CSV file: %1").arg(device->errorString()));
    if (query.lastError().isValid())
        return Result<qint64>::failure(explain(query.lastError()));
    return rows;
}

Result<QList<HistoryEntry>> DatabaseInspector::history(const RunnableMigrations &folder,
                                                       model::ProjectSettings::Tracking preferred)
{
    return MigrationHistory::read(connection(), folder, preferred);
}

Result<QList<HistoryEntry>> DatabaseInspector::history(const migrations::MigrationsFolder &folder,
                                                       model::ProjectSettings::Tracking preferred)
{
    return MigrationHistory::read(connection(), folder, preferred);
}

QString DatabaseInspector::rowKeyColumn(const LiveTable &table) const
{
    if (table.isView || table.withoutRowid)
        return {};
    for (const QString &candidate : {QStringLiteral("rowid"), QStringLiteral("_rowid_"), QStringLiteral("oid")}) {
        const bool shadowed = std::any_of(table.columns.cbegin(), table.columns.cend(), [&](const LiveColumn &c) {
            return c.name.compare(candidate, Qt::CaseInsensitive) == 0;
        });
        if (!shadowed)
            return candidate;
    }
    return {};
}

QString DatabaseInspector::updateCell(const QString &table, const QString &keyColumn, const QVariant &rowKey,
                                      const QString &column, const QVariant &value)
{
    if (!m_write)
        return QStringLiteral("refused: the database is open read-only; switch on writes to edit rows");
    const QString sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                            .arg(model::naming::doubleQuoted(table), model::naming::doubleQuoted(column), keyColumn);
    const auto result = execute(sql, {value, rowKey}, 0);
    return result ? QString() : result.error();
}

QString DatabaseInspector::beginWriting()
{
    if (m_write)
        return {};
    auto write = DatabaseConnection::open(m_path, DatabaseConnection::Mode::ReadWrite, m_busyTimeoutMs);
    if (!write) {
        if (write.error().contains(QLatin1String("database is locked")))
            return busyText(m_path, m_busyTimeoutMs);
        return write.error();
    }
    // D1 enforces foreign keys; so do edits made here. The pragma must precede BEGIN to take effect.
    QString error = write.value()->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (error.isEmpty())
        error = write.value()->exec(QStringLiteral("BEGIN"));
    if (!error.isEmpty())
        return QStringLiteral("%1: cannot begin a transaction: %2").arg(m_path, error);
    m_write = write.value();
    m_changes = 0;
    return {};
}

QString DatabaseInspector::commit()
{
    if (!m_write)
        return QStringLiteral("nothing to commit: writes are not switched on");
    QSqlQuery query(m_write->database());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString why = explain(query.lastError());
        return QStringLiteral("commit failed, the transaction is still open (commit again or roll back): %1").arg(why);
    }
    query.finish();
    m_write.reset();
    m_changes = 0;
    return {};
}

QString DatabaseInspector::rollback()
{
    if (!m_write)
        return {};
    QSqlQuery query(m_write->database());
    QString error;
    if (!query.exec(QStringLiteral("ROLLBACK")) && m_write->database().isOpen())
        error = explain(query.lastError());
    query.finish();
    // Closing the connection ends any transaction SQLite still holds, so nothing stays locked either way.
    m_write.reset();
    m_changes = 0;
    return error;
}

} // namespace tw::database
