// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/tableintrospector.h"

#include "database/catalog/catalogreader.h"
#include "database/connection/databaseconnection.h"
#include "database/introspection/columnintrospection.h"
#include "migrations/snapshot/drizzlenames.h"
#include "migrations/snapshot/importids.h"
#include "model/schema/naming.h"

#include <QMap>

#include <algorithm>

namespace tw::database {
namespace {

using model::Column;
using model::Id;
using model::Table;

std::optional<model::ReferentialAction> actionFrom(const QString &pragmaText)
{
    return model::referentialActionFromName(pragmaText.toLower());
}

/// Where the key of @p keyColumns lives. As in snapshots, a column's own .primaryKey() is NOT NULL and a one-column
/// key without NOT NULL is the table-level one, unless the key can never hold NULL anyway (@p keyNeverNull: the
/// rowid alias `INTEGER PRIMARY KEY`, with or without AUTOINCREMENT, or a WITHOUT ROWID table's key): then it is
/// the column's own key, NOT NULL, as wrangler-, Prisma- and hand-written `id INTEGER PRIMARY KEY [AUTOINCREMENT]`
/// means it (drizzle declares AUTOINCREMENT only there, and types a table-level key's column as nullable).
void assignPrimaryKey(Table &table, const QMap<int, Id> &keyColumns, bool keyNeverNull)
{
    if (keyColumns.size() > 1) {
        table.primaryKey = model::PrimaryKey{migrations::ImportIds::primaryKey(table.name), {}, keyColumns.values()};
        return;
    }
    if (keyColumns.isEmpty())
        return;
    Column *column = table.column(keyColumns.first());
    if (column->autoincrement || keyNeverNull)
        column->notNull = true;
    if (column->notNull)
        column->primaryKey = true;
    else
        table.primaryKey = model::PrimaryKey{migrations::ImportIds::primaryKey(table.name), {}, {column->id}};
}

} // namespace

TableIntrospector::TableIntrospector(DatabaseConnection &connection, QStringList *warnings)
    : m_connection(connection)
    , m_warnings(warnings)
{
}

void TableIntrospector::warn(const QString &table, const QString &message)
{
    m_warnings->append(QStringLiteral("table %1: %2").arg(model::naming::doubleQuoted(table), message));
}

std::optional<Table> TableIntrospector::readColumns(const QString &name, const QString &createSql, QString *error)
{
    auto ddl = DdlParser::parseTable(createSql);
    if (!ddl)
        warn(name, QStringLiteral("its CREATE TABLE could not be read (%1); checks, generated expressions and "
                                  "AUTOINCREMENT are not imported")
                       .arg(ddl.error()));
    const TableDdl tableDdl = ddl ? ddl.value() : TableDdl{};
    m_ddl.insert(name, tableDdl);
    if (tableDdl.withoutRowid)
        warn(name, QStringLiteral("WITHOUT ROWID is not kept (Drizzle cannot declare it)"));
    if (tableDdl.strict)
        warn(name, QStringLiteral("STRICT is not kept (Drizzle cannot declare it)"));

    QList<LiveColumn> liveColumns;
    if (!CatalogReader::columns(m_connection, name, &liveColumns, error))
        return std::nullopt;
    Table table;
    table.id = migrations::ImportIds::table(name);
    table.name = name;
    QMap<int, Id> keyColumns; // by position in the primary key
    bool integerKey = false;  // the (last) key column is declared exactly INTEGER: alone, it is the rowid alias
    for (const LiveColumn &live : std::as_const(liveColumns)) {
        Column column;
        column.name = live.name;
        column.id = migrations::ImportIds::column(name, column.name);
        const QString declared = live.type;
        if (!ColumnIntrospection::applyDeclaredType(declared, column))
            warn(name, QStringLiteral("column %1: declared type %2 is read as %3 (SQLite's type affinity)")
                           .arg(model::naming::doubleQuoted(column.name),
                                declared.isEmpty() ? QStringLiteral("(none)") : declared, column.sqlTypeText()));
        column.notNull = live.notNull;
        const int hidden = live.hidden;
        if (hidden == 1)
            continue; // a virtual table's hidden column: not part of the table's declared shape
        const TableDdl::Column *columnDdl = tableDdl.column(column.name);
        const bool defaultInDdl = columnDdl && columnDdl->defaultSql && !live.defaultValue.isNull();
        column.defaultValue = ColumnIntrospection::fittedTo(
            column,
            ColumnIntrospection::defaultFrom(defaultInDdl ? QVariant(*columnDdl->defaultSql) : live.defaultValue));
        if (hidden == 2 || hidden == 3) {
            if (columnDdl && columnDdl->generated) {
                column.generated = model::GeneratedColumn{*columnDdl->generated,
                                                          hidden == 3 ? model::GeneratedColumn::Storage::Stored
                                                                      : model::GeneratedColumn::Storage::Virtual};
            } else {
                warn(name, QStringLiteral(
                               "column %1: generated, but its expression was not found; imported as a plain column")
                               .arg(model::naming::doubleQuoted(column.name)));
            }
        }
        column.autoincrement = columnDdl && columnDdl->autoincrement;
        if (columnDdl && !columnDdl->collation.isEmpty() &&
            columnDdl->collation.compare(QLatin1String("BINARY"), Qt::CaseInsensitive) != 0)
            warn(name, QStringLiteral("column %1: COLLATE %2 is not kept (Drizzle cannot declare a column's collation)")
                           .arg(model::naming::doubleQuoted(column.name), columnDdl->collation));
        if (const int pk = live.primaryKeyPosition; pk > 0) {
            keyColumns.insert(pk, column.id);
            integerKey = declared.trimmed().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        }
        table.columns << column;
    }
    assignPrimaryKey(table, keyColumns, integerKey || tableDdl.withoutRowid);
    return table;
}

bool TableIntrospector::readConstraints(Table &table, const model::Schema &schema,
                                        const QList<std::pair<QString, QString>> &indexes, QString *error)
{
    if (!readIndexes(table, indexes, error) || !readForeignKeys(table, schema, error))
        return false;
    readChecks(table);
    return true;
}

void TableIntrospector::addIndex(Table &table, const QString &name, bool unique, QList<model::IndexPart> parts,
                                 const QString &where)
{
    const bool plainColumns =
        std::all_of(parts.cbegin(), parts.cend(), [](const model::IndexPart &p) { return !p.isExpression(); });
    if (unique && where.isEmpty() && plainColumns && !parts.isEmpty()) {
        QList<Id> columns;
        for (const model::IndexPart &p : parts)
            columns << p.column;
        const QString automatic = migrations::DrizzleNames::unique(table.name, table.columnNames(columns));
        if (name == automatic && columns.size() == 1) {
            table.column(columns.first())->unique = true; // drizzle's column .unique()
            return;
        }
        if (name == automatic) {
            table.uniqueConstraints << model::UniqueConstraint{
                migrations::ImportIds::uniqueConstraint(table.name, name), {}, columns};
            return;
        }
    }
    table.indexes << model::Index{migrations::ImportIds::index(table.name, name), name, unique, std::move(parts),
                                  where};
}

bool TableIntrospector::readIndexes(Table &table, const QList<std::pair<QString, QString>> &indexes, QString *error)
{
    QList<LiveIndex> listed;
    if (!CatalogReader::indexes(m_connection, table.name, &listed, error))
        return false;
    // Creation order (sqlite_schema's), then the automatic indexes of UNIQUE constraints.
    const auto rank = [&](const LiveIndex &l) {
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            if (indexes[i].first == l.name)
                return i;
        }
        return indexes.size();
    };
    std::stable_sort(listed.begin(), listed.end(),
                     [&](const LiveIndex &a, const LiveIndex &b) { return rank(a) < rank(b); });
    for (const LiveIndex &l : std::as_const(listed)) {
        if (l.origin == QLatin1String("pk"))
            continue;
        QString sql;
        for (const auto &[name, text] : indexes) {
            if (name == l.name)
                sql = text;
        }
        const auto ddl =
            l.origin == QLatin1String("c") ? DdlParser::parseIndex(sql) : model::Result<IndexDdl>(IndexDdl{});
        if (!ddl) {
            warn(table.name, QStringLiteral("index %1 is not imported: its CREATE INDEX could not be read (%2)")
                                 .arg(model::naming::doubleQuoted(l.name), ddl.error()));
            continue;
        }
        QList<model::IndexPart> parts;
        bool complete = true;
        for (qsizetype term = 0; term < l.terms.size(); ++term) {
            const LiveIndexTerm &live = l.terms[term];
            const int cid = live.columnNumber;
            const Column *column = cid >= 0 ? table.columnNamed(live.column) : nullptr;
            // A term without its own COLLATE takes the column's collation (reported with the column).
            const TableDdl::Column *columnDdl = column ? m_ddl[table.name].column(column->name) : nullptr;
            const QString defaultCollation =
                columnDdl && !columnDdl->collation.isEmpty() ? columnDdl->collation : QStringLiteral("BINARY");
            const bool plain =
                cid >= 0 && !live.descending && live.collation.compare(defaultCollation, Qt::CaseInsensitive) == 0;
            if (plain && column)
                parts << model::IndexPart::ofColumn(column->id);
            else if (term < ddl.value().terms.size())
                parts << model::IndexPart::ofExpression(ddl.value().terms[term]); // `lower(x)`, `"score" desc`
            else
                complete = false;
        }
        if (!complete) {
            warn(table.name,
                 QStringLiteral("index %1 is not imported: a term is neither a column nor a readable expression")
                     .arg(model::naming::doubleQuoted(l.name)));
            continue;
        }
        if (l.origin == QLatin1String("u")) {
            const QStringList columnNames = table.columnNames([&] {
                QList<Id> ids;
                for (const model::IndexPart &p : parts)
                    ids << p.column;
                return ids;
            }());
            // A `CONSTRAINT name UNIQUE` keeps its name; SQLite's own index name is never a project's.
            const QString given = m_ddl[table.name].uniqueName(columnNames);
            const QString name = given.isEmpty() ? migrations::DrizzleNames::unique(table.name, columnNames) : given;
            warn(table.name,
                 QStringLiteral("the UNIQUE constraint inside CREATE TABLE (%1) is imported as the unique index %2, "
                                "as Drizzle writes unique constraints")
                     .arg(given.isEmpty() ? l.name : model::naming::doubleQuoted(given),
                          model::naming::doubleQuoted(name)));
            addIndex(table, name, true, parts, {});
            continue;
        }
        addIndex(table, l.name, l.unique, parts, ddl.value().where);
    }
    return true;
}

bool TableIntrospector::readForeignKeys(Table &table, const model::Schema &schema, QString *error)
{
    QList<LiveForeignKey> keys;
    if (!CatalogReader::foreignKeys(m_connection, table.name, &keys, error))
        return false;
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) { // SQLite numbers them last-declared first
        const LiveForeignKey &raw = *it;
        const Table *target =
            model::naming::sqlNamesEqual(raw.table, table.name) ? &table : schema.tableNamed(raw.table);
        const QString what = QStringLiteral("foreign key (%1) -> %2")
                                 .arg(raw.from.join(QLatin1String(", ")), model::naming::doubleQuoted(raw.table));
        if (!target) {
            warn(table.name, what + QStringLiteral(" is not imported: the table it references does not exist"));
            continue;
        }
        QList<Id> from;
        QList<Id> to;
        const QList<Id> targetKey = target->primaryKeyColumns();
        for (qsizetype i = 0; i < raw.from.size(); ++i) {
            const Column *f = table.columnNamed(raw.from[i]);
            const Column *t = raw.to[i].isEmpty() ? (i < targetKey.size() ? target->column(targetKey[i]) : nullptr)
                                                  : target->columnNamed(raw.to[i]);
            if (f && t) {
                from << f->id;
                to << t->id;
            }
        }
        const auto onUpdate = actionFrom(raw.onUpdate);
        const auto onDelete = actionFrom(raw.onDelete);
        if (from.size() != raw.from.size() || !onUpdate || !onDelete) {
            warn(table.name,
                 what + QStringLiteral(" is not imported: it names a column or an action that does not exist"));
            continue;
        }
        const QString drizzleName = migrations::DrizzleNames::foreignKey(table.name, table.columnNames(from),
                                                                         target->name, target->columnNames(to));
        const model::Id id = migrations::ImportIds::foreignKey(table.name, drizzleName);
        if (std::any_of(table.foreignKeys.cbegin(), table.foreignKeys.cend(),
                        [&](const model::ForeignKey &k) { return k.id == id; })) {
            // Inline REFERENCES and a FOREIGN KEY clause on the same columns: drizzle keeps one key per name.
            warn(table.name,
                 what + QStringLiteral(" is declared twice; it is imported once, with the actions declared first"));
            continue;
        }
        table.foreignKeys << model::ForeignKey{id, {}, from, target->id, to, *onDelete, *onUpdate};
    }
    const TableDdl &ddl = m_ddl[table.name];
    if (ddl.deferrableForeignKeys)
        warn(
            table.name,
            QStringLiteral("DEFERRABLE foreign keys are imported as immediate ones (Drizzle cannot declare deferral)"));
    if (!ddl.foreignKeyNames.isEmpty())
        warn(table.name, QStringLiteral("foreign key names (%1) are not kept: Drizzle names foreign keys itself")
                             .arg(ddl.foreignKeyNames.join(QLatin1String(", "))));
    return true;
}

void TableIntrospector::readChecks(Table &table)
{
    int unnamed = 0;
    const auto taken = [&table](const QString &name) {
        return std::any_of(table.checkConstraints.cbegin(), table.checkConstraints.cend(),
                           [&](const model::CheckConstraint &c) { return model::naming::sqlNamesEqual(c.name, name); });
    };
    for (const TableDdl::Check &check : m_ddl[table.name].checks) {
        QString name = check.name;
        if (!name.isEmpty() && taken(name)) {
            // SQLite lets two checks share a name; drizzle keys checks by name, so the second one is renamed.
            int suffix = 1;
            do
                name = QStringLiteral("%1_%2").arg(check.name).arg(++suffix);
            while (taken(name));
            warn(table.name, QStringLiteral("a second CHECK named %1 is named %2 in the project")
                                 .arg(model::naming::doubleQuoted(check.name), model::naming::doubleQuoted(name)));
        }
        if (name.isEmpty()) {
            do
                name = QStringLiteral("%1_check_%2").arg(table.name).arg(++unnamed);
            while (taken(name));
            warn(table.name, QStringLiteral("CHECK(%1) has no name in the database; it is named %2 in the project")
                                 .arg(check.expression, model::naming::doubleQuoted(name)));
        }
        table.checkConstraints << model::CheckConstraint{migrations::ImportIds::checkConstraint(table.name, name), name,
                                                         check.expression};
    }
}

} // namespace tw::database
