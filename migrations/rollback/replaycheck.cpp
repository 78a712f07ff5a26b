// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/replaycheck.h"

#include "database/connection/databaseconnection.h"
#include "database/introspection/driftreport.h"
#include "database/introspection/schemaintrospector.h"
#include "database/sqltext/sqlstatementsplitter.h"
#include "database/sqltext/statementclassifier.h"
#include "migrations/diff/differ.h"
#include "migrations/rebuild/targetmigrationwriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>

namespace tw::migrations {
namespace {

using Connection = database::DatabaseConnection;

/// The statements creating @p state in an empty database.
QStringList freshStatements(const SchemaDefinition &state, SqlDialect dialect)
{
    DiffOptions options;
    options.matching = DiffOptions::Matching::NamesOnly;
    options.dialect = dialect;
    return TargetMigrationWriter::statements(diff(SchemaDefinition{}, state, options), {},
                                             model::ProjectSettings::Target::Sqlite, dialect);
}

/// Runs @p statements on a new database at @p path and introspects it; SQLite's message in @p error.
model::Schema built(const QString &path, const QStringList &statements, QString *error)
{
    auto opened = Connection::open(path, Connection::Mode::ReadWriteCreate, 1000);
    if (!opened) {
        *error = opened.error();
        return {};
    }
    for (const QString &statement : statements) {
        if (const QString e = opened.value()->exec(statement); !e.isEmpty()) {
            *error = QStringLiteral("%1\nSQLite said: %2").arg(statement, e);
            return {};
        }
    }
    auto schema = database::SchemaIntrospector::read(*opened.value());
    if (!schema)
        *error = schema.error();
    return schema ? schema.value().schema : model::Schema{};
}

/// Whether @p statement is a rebuild's plain copy, `INSERT INTO __new_t(…) SELECT "a", "b" FROM t`: every selected
/// item a column name. An expression there (`"base_url" || "endpoint"`, a literal) is a data fill.
bool isPlainRebuildCopy(const QString &statement)
{
    static const QRegularExpression copy(
        QStringLiteral(R"(^INSERT\s+INTO\s+[`"\[]?__new_.*?\bSELECT\s+(.*)\s+FROM\s+[^,]*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression identifier(QStringLiteral(R"(^(`[^`]+`|"[^"]+"|\[[^\]]+\]|\w+)$)"));
    const QRegularExpressionMatch match = copy.match(statement.trimmed());
    if (!match.hasMatch())
        return false;
    const QStringList items = match.captured(1).split(u',');
    return std::all_of(items.cbegin(), items.cend(), [](const QString &item) {
        const QString trimmed = item.trimmed();
        return identifier.match(trimmed).hasMatch() && !trimmed.front().isDigit();
    });
}

} // namespace

bool ReplayCheck::schemaOnly(const QString &sql)
{
    const QStringList statements = database::SqlStatementSplitter::split(sql);
    return std::all_of(statements.cbegin(), statements.cend(), [](const QString &statement) {
        const QString keyword = database::StatementClassifier::firstKeyword(statement);
        return keyword == QLatin1String("CREATE") || keyword == QLatin1String("ALTER") ||
               keyword == QLatin1String("DROP") || keyword == QLatin1String("PRAGMA") || isPlainRebuildCopy(statement);
    });
}

QString ReplayCheck::difference(const QString &sql, const MigrationStates &states)
{
    const QTemporaryDir dir;
    if (!dir.isValid())
        return dir.errorString();
    QString error;
    const model::Schema migrated =
        built(dir.filePath(QStringLiteral("migrated.sqlite")),
              freshStatements(states.before, states.dialect) + database::SqlStatementSplitter::split(sql), &error);
    if (!error.isEmpty())
        return error;
    const model::Schema expected =
        built(dir.filePath(QStringLiteral("expected.sqlite")), freshStatements(states.after, states.dialect), &error);
    if (!error.isEmpty())
        return error;
    const database::DriftReport report = database::DriftReport::compare(expected, migrated);
    QStringList lines;
    for (const database::DriftEntry &entry : report.entries)
        lines << entry.text();
    return lines.join(u'\n');
}

} // namespace tw::migrations
