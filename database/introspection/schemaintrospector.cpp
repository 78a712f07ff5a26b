// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/schemaintrospector.h"

#include "database/catalog/catalogreader.h"
#include "database/connection/databaseconnection.h"
#include "database/introspection/columnintrospection.h"
#include "database/introspection/ddlparser.h"
#include "database/introspection/tableintrospector.h"
#include "migrations/snapshot/importids.h"
#include "model/schema/naming.h"

#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace tw::database {
namespace {

using R = model::Result<IntrospectedSchema>;

constexpr int kBusyTimeoutMs = 5000;

/// One row of sqlite_schema.
struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
};

QString queryError(const QSqlQuery &query)
{
    return query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
}

std::optional<QList<SchemaObject>> schemaObjects(DatabaseConnection &connection, QString *error)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid"))) {
        *error = queryError(query);
        return std::nullopt;
    }
    QList<SchemaObject> objects;
    while (query.next())
        objects << SchemaObject{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString()};
    return objects;
}

/// PRAGMA table_list's type per table name: "table", "view", "virtual" or "shadow".
std::optional<QHash<QString, QString>> tableTypes(DatabaseConnection &connection, QString *error)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, type FROM pragma_table_list WHERE schema = 'main'"))) {
        *error = queryError(query);
        return std::nullopt;
    }
    QHash<QString, QString> types;
    while (query.next())
        types.insert(query.value(0).toString(), query.value(1).toString());
    return types;
}

/// The view @p object, or nullopt (with a warning) when its definition cannot be read.
std::optional<model::View> readView(DatabaseConnection &connection, const SchemaObject &object, QStringList &warnings)
{
    const auto definition = DdlParser::viewDefinition(object.sql);
    if (!definition) {
        warnings << QStringLiteral("view %1 is not imported: its CREATE VIEW could not be read (%2)")
                        .arg(model::naming::doubleQuoted(object.name), definition.error());
        return std::nullopt;
    }
    model::View view;
    view.id = migrations::ImportIds::view(object.name);
    view.name = object.name;
    view.definition = definition.value();
    QList<LiveColumn> liveColumns;
    QString error;
    if (!CatalogReader::columns(connection, object.name, &liveColumns, &error)) {
        // A view over a table that is gone cannot be described; keep the definition, report the reason.
        warnings << QStringLiteral("view %1: its columns cannot be read: %2")
                        .arg(model::naming::doubleQuoted(object.name), error);
        return view;
    }
    QStringList untyped;
    for (const LiveColumn &live : std::as_const(liveColumns)) {
        model::Column column;
        column.name = live.name;
        column.id = migrations::ImportIds::viewColumn(object.name, column.name);
        if (!ColumnIntrospection::applyDeclaredType(live.type, column) && live.type.isEmpty())
            untyped << model::naming::doubleQuoted(column.name);
        view.columns << column;
    }
    if (!untyped.isEmpty())
        warnings << QStringLiteral("view %1: columns %2 have no declared type; they are typed blob (SQLite's \"any\")")
                        .arg(model::naming::doubleQuoted(object.name), untyped.join(QLatin1String(", ")));
    return view;
}

} // namespace

bool SchemaIntrospector::isInternalTable(const QString &name)
{
    const QString folded = model::naming::sqlFoldedName(name);
    return folded.startsWith(QLatin1String("sqlite_")) || folded.startsWith(QLatin1String("_cf_")) ||
           folded == QLatin1String("d1_migrations") || folded == QLatin1String("__drizzle_migrations");
}

bool SchemaIntrospector::hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

R SchemaIntrospector::read(const QString &databasePath)
{
    auto connection = DatabaseConnection::open(databasePath, DatabaseConnection::Mode::ReadOnly, kBusyTimeoutMs);
    auto result = connection ? read(*connection.value()) : R::failure(connection.error());
    if (result)
        return result;
    return R::failure(explained(databasePath, connection ? QStringLiteral("%1: %2").arg(databasePath, result.error())
                                                         : result.error()));
}

QString SchemaIntrospector::explained(const QString &databasePath, const QString &error)
{
    if (!error.contains(QLatin1String("database is locked")))
        return error;
    return QStringLiteral("%1: another program holds a lock on the database (a running `wrangler dev` or an open "
                          "transaction); waited %2 s: close it or try again")
        .arg(databasePath)
        .arg(kBusyTimeoutMs / 1000);
}

R SchemaIntrospector::read(DatabaseConnection &connection)
{
    // One read transaction: a concurrent writer cannot change the schema halfway through.
    const bool inTransaction = connection.database().transaction();
    struct EndTransaction
    {
        DatabaseConnection &connection;
        bool active;
        ~EndTransaction()
        {
            if (active)
                connection.database().rollback();
        }
    } endTransaction{connection, inTransaction};

    QString error;
    const auto objects = schemaObjects(connection, &error);
    const auto types = objects ? tableTypes(connection, &error) : std::nullopt;
    if (!types)
        return R::failure(QStringLiteral("cannot read the schema: %1").arg(error));
    IntrospectedSchema result;
    TableIntrospector tables(connection, &result.warnings);
    QHash<QString, QList<std::pair<QString, QString>>> indexesByTable;
    for (const SchemaObject &object : *objects) {
        if (object.type == QLatin1String("index"))
            indexesByTable[object.table] << std::pair{object.name, object.sql};
    }
    for (const SchemaObject &object : *objects) {
        if (object.type != QLatin1String("table") || isInternalTable(object.name))
            continue;
        const QString type = types->value(object.name);
        if (type == QLatin1String("shadow"))
            continue; // storage of a virtual table, reported with it
        if (type == QLatin1String("virtual")) {
            result.warnings << QStringLiteral("table %1 is a virtual table (%2); it is not imported")
                                   .arg(model::naming::doubleQuoted(object.name), object.sql);
            continue;
        }
        std::optional<model::Table> table = tables.readColumns(object.name, object.sql, &error);
        if (!table)
            return R::failure(QStringLiteral("table %1: %2").arg(model::naming::doubleQuoted(object.name), error));
        result.schema.tables << *table;
    }
    for (model::Table &table : result.schema.tables) {
        if (!tables.readConstraints(table, result.schema, indexesByTable.value(table.name), &error))
            return R::failure(QStringLiteral("table %1: %2").arg(model::naming::doubleQuoted(table.name), error));
    }
    for (const SchemaObject &object : *objects) {
        if (object.type == QLatin1String("view")) {
            if (std::optional<model::View> view = readView(connection, object, result.warnings))
                result.schema.views << *view;
        } else if (object.type == QLatin1String("trigger")) {
            result.warnings << QStringLiteral("trigger %1 on %2 is not imported (the model has no triggers)")
                                   .arg(model::naming::doubleQuoted(object.name),
                                        model::naming::doubleQuoted(object.table));
        }
    }
    return result;
}

} // namespace tw::database
