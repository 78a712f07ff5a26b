// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/convert/v1snapshotdowngrade.h"

#include "migrations/convert/classicsnapshotupgrade.h"
#include "migrations/diff/tabledefinitionbuilder.h"
#include "migrations/json/jsontext.h"
#include "migrations/snapshot/snapshot.h"
#include "migrations/snapshot/snapshotv7schemareader.h"
#include "migrations/snapshot/snapshotwriter.h"

#include <algorithm>

namespace tw::migrations {
namespace {

using model::Result;

SnapshotRenames classicRenames(const RenameMap &renames)
{
    SnapshotRenames classic;
    for (const RenameMap::TableRename &r : renames.tables)
        classic.tables << SnapshotRenames::TableRename{r.from, r.to};
    for (const RenameMap::ColumnRename &r : renames.columns)
        classic.columns << SnapshotRenames::ColumnRename{r.table, r.from, r.table, r.to};
    return classic;
}

/// What 0.31 cannot express at all, named for the refusal; empty when there is none.
QString inexpressible(const TableDefinition &table)
{
    if (!table.uniques.isEmpty())
        return QStringLiteral("table %1 has the inline UNIQUE constraint %2, which drizzle-kit 0.31 writes as a unique "
                              "index of that name the database does not have")
            .arg(table.name, table.uniques.first().name);
    if (table.primaryKeyNameExplicit && table.compositePrimaryKey.isEmpty())
        return QStringLiteral("table %1's primary key is explicitly named %2, which a drizzle-kit 0.31 snapshot "
                              "cannot record for a one-column key")
            .arg(table.name, table.primaryKeyName);
    return {};
}

/// @p table as read back from the written classic snapshot, with what only differs by convention taken from
/// @p original: generated constraint names (1.0's `fk_…` and `<table>_pk` versus 0.31's patterns mean the same key),
/// whether a name counts as explicit, where the key was declared, and the order of constraints.
TableDefinition comparable(TableDefinition table, const TableDefinition &original)
{
    table.exportName = original.exportName;
    table.primaryKeyOnTable = original.primaryKeyOnTable;
    table.primaryKeyNameExplicit = original.primaryKeyNameExplicit;
    if (!original.primaryKeyNameExplicit) {
        table.primaryKeyName = original.primaryKeyName;
        table.compositePrimaryKeyName = original.compositePrimaryKeyName;
    }
    for (ForeignKeyDefinition &fk : table.foreignKeys) {
        const auto same = std::find_if(original.foreignKeys.cbegin(), original.foreignKeys.cend(), [&](const auto &o) {
            return o.columns == fk.columns && o.targetTable == fk.targetTable && o.targetColumns == fk.targetColumns;
        });
        if (same != original.foreignKeys.cend() && !same->nameExplicit) {
            fk.name = same->name;
            fk.nameExplicit = false;
        }
    }
    return table;
}

template<typename T, typename Key>
QList<T> sortedBy(QList<T> list, Key key)
{
    std::sort(list.begin(), list.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return list;
}

/// The first part of @p original the classic snapshot does not give back; empty when it is all there.
QString firstDifference(const TableDefinition &original, const TableDefinition &reread)
{
    const TableDefinition back = comparable(reread, original);
    for (qsizetype i = 0; i < original.columns.size(); ++i) {
        if (i >= back.columns.size() || back.columns[i] != original.columns[i])
            return QStringLiteral("column %1").arg(original.columns[i].name);
    }
    if (back.columns.size() != original.columns.size())
        return QStringLiteral("its columns");
    const auto fkKey = [](const ForeignKeyDefinition &fk) {
        return fk.columns.join(u',') + u'>' + fk.targetTable;
    };
    if (sortedBy(back.foreignKeys, fkKey) != sortedBy(original.foreignKeys, fkKey))
        return QStringLiteral("its foreign keys (an explicit name drizzle-kit 0.31 would change?)");
    const auto nameKey = [](const auto &item) {
        return item.name;
    };
    if (sortedBy(back.indexes, nameKey) != sortedBy(original.indexes, nameKey))
        return QStringLiteral("its indexes");
    if (sortedBy(back.checks, nameKey) != sortedBy(original.checks, nameKey))
        return QStringLiteral("its checks");
    if (back.compositePrimaryKey != original.compositePrimaryKey || back.primaryKeyName != original.primaryKeyName)
        return QStringLiteral("its primary key");
    return {};
}

QString lossText(const SchemaDefinition &original, const SchemaDefinition &reread)
{
    if (reread.tables.size() != original.tables.size() || reread.views != original.views)
        return QStringLiteral("its tables or views");
    for (qsizetype i = 0; i < original.tables.size(); ++i) {
        if (reread.tables[i].name != original.tables[i].name)
            return QStringLiteral("the table order");
        if (const QString part = firstDifference(original.tables[i], reread.tables[i]); !part.isEmpty())
            return QStringLiteral("table %1: %2").arg(original.tables[i].name, part);
    }
    return {};
}

/// @p object with the keys of @p order first, in that order, each value passed through @p inner (the rest after).
template<typename Inner>
JsonValue reordered(const JsonValue &object, const QStringList &order, Inner inner)
{
    if (!object.isObject())
        return object;
    JsonValue result = JsonValue::object();
    for (const QString &key : order) {
        if (const JsonValue *value = object.find(key))
            result.insert(key, inner(key, *value));
    }
    for (qsizetype i = 0; i < object.size(); ++i) {
        if (!order.contains(object.keys()[i]))
            result.insert(object.keys()[i], object.values()[size_t(i)]);
    }
    return result;
}

/// Each member of a record (`tables`, `columns`, …) reordered by @p order.
JsonValue recordOf(const JsonValue &record, const QStringList &order)
{
    JsonValue result = JsonValue::object();
    for (qsizetype i = 0; i < record.size(); ++i)
        result.insert(record.keys()[i], reordered(record.values()[size_t(i)], order,
                                                  [](const QString &, const JsonValue &v) { return v; }));
    return result;
}

JsonValue customTable(const JsonValue &table)
{
    return reordered(
        table,
        {QStringLiteral("name"), QStringLiteral("columns"), QStringLiteral("indexes"), QStringLiteral("foreignKeys"),
         QStringLiteral("compositePrimaryKeys"), QStringLiteral("uniqueConstraints"),
         QStringLiteral("checkConstraints")},
        [](const QString &key, const JsonValue &v) {
            if (key == QStringLiteral("columns"))
                return recordOf(v, {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("primaryKey"),
                                    QStringLiteral("notNull"), QStringLiteral("autoincrement"),
                                    QStringLiteral("default"), QStringLiteral("generated")});
            if (key == QStringLiteral("indexes"))
                return recordOf(v, {QStringLiteral("name"), QStringLiteral("columns"), QStringLiteral("where"),
                                    QStringLiteral("isUnique")});
            if (key == QStringLiteral("foreignKeys"))
                return recordOf(v, {QStringLiteral("name"), QStringLiteral("tableFrom"), QStringLiteral("columnsFrom"),
                                    QStringLiteral("tableTo"), QStringLiteral("columnsTo"), QStringLiteral("onUpdate"),
                                    QStringLiteral("onDelete")});
            if (key == QStringLiteral("compositePrimaryKeys"))
                return recordOf(v, {QStringLiteral("columns"), QStringLiteral("name")});
            return v;
        });
}

/// The snapshot of a `generate --custom` migration as drizzle-kit 0.31 writes it: `{id, prevId, ...previous}` with
/// the previous snapshot as its zod schema parsed it (the schema's key order; `_meta`'s keys sorted).
QByteArray customForm(const QByteArray &written)
{
    const JsonValue json = JsonText::parse(written).value();
    const JsonValue custom =
        reordered(json,
                  {QStringLiteral("id"), QStringLiteral("prevId"), QStringLiteral("version"), QStringLiteral("dialect"),
                   QStringLiteral("tables"), QStringLiteral("views"), QStringLiteral("enums"), QStringLiteral("_meta"),
                   QStringLiteral("internal")},
                  [](const QString &key, const JsonValue &v) {
                      if (key == QStringLiteral("tables")) {
                          JsonValue tables = JsonValue::object();
                          for (qsizetype i = 0; i < v.size(); ++i)
                              tables.insert(v.keys()[i], customTable(v.values()[size_t(i)]));
                          return tables;
                      }
                      if (key == QStringLiteral("views"))
                          return recordOf(v, {QStringLiteral("name"), QStringLiteral("columns"),
                                              QStringLiteral("definition"), QStringLiteral("isExisting")});
                      if (key == QStringLiteral("_meta")) {
                          QStringList sorted = v.keys();
                          sorted.sort();
                          return reordered(v, sorted, [](const QString &, const JsonValue &inner) { return inner; });
                      }
                      return v;
                  });
    return JsonText::stringify(custom);
}

/// 0.31 writes a check's column references qualified (`"people"."age" >= 0 AND "people"."age" < 200`) and 1.0 drops
/// the first qualifier (TableDefinitionBuilder::unqualifiedCheck). Put back where it shows it was there: the
/// expression starts with a column, or a later reference is still qualified. (A check written as raw SQL keeps its
/// text.)
QString requalifiedCheck(const QString &expression, const TableDefinition &table)
{
    const QString qualifier = u'"' + table.name + QStringLiteral("\".");
    qsizetype first = -1;
    for (const ColumnDefinition &column : table.columns) {
        const QString quoted = u'"' + column.name + u'"';
        for (qsizetype at = expression.indexOf(quoted); at >= 0; at = expression.indexOf(quoted, at + 1)) {
            if (at == 0 || expression[at - 1] != u'.') {
                if (first < 0 || at < first)
                    first = at;
                break;
            }
        }
    }
    const qsizetype qualified = expression.indexOf(qualifier);
    if (first < 0 || (qualified >= 0 && qualified < first) || (first != 0 && qualified < 0))
        return expression;
    QString result = expression;
    result.insert(first, qualifier);
    return TableDefinitionBuilder::unqualifiedCheck(result, table.name) == expression ? result : expression;
}

/// drizzle-kit 1.0's `up` lists every key in the `pks` group in table order, so a one-column key declared on the
/// column cannot be told from one declared by the table (0.31 wrote `notNull` true for the first, false for the
/// second). 1.0's `generate` lists the table's keys first: only a table-level key after a column-level one in table
/// order proves that order; otherwise every one-column key is taken for the column's `.primaryKey()`, the usual case.
bool keyPlacesKnown(const SchemaDefinition &ddl)
{
    bool columnKeySeen = false;
    for (const TableDefinition &table : ddl.tables) {
        if (!table.compositePrimaryKey.isEmpty() || table.primaryKeyName.isEmpty())
            continue;
        if (table.primaryKeyOnTable && columnKeySeen)
            return true;
        columnKeySeen = columnKeySeen || !table.primaryKeyOnTable;
    }
    return false;
}

/// @p ddl as the classic snapshot holds it: key placement as keyPlacesKnown() says, checks requalified.
SchemaDefinition asClassicWouldHoldIt(SchemaDefinition ddl)
{
    const bool known = keyPlacesKnown(ddl);
    for (TableDefinition &table : ddl.tables) {
        if (table.compositePrimaryKey.isEmpty() && !known)
            table.primaryKeyOnTable = false;
        for (CheckDefinition &check : table.checks)
            check.expression = requalifiedCheck(check.expression, table);
    }
    return ddl;
}

/// A v7 snapshot does not record a view's columns, which 0.31 lists: taken from @p known where it has the view with
/// the same definition.
void addViewColumns(model::Schema &schema, const model::Schema *known)
{
    for (model::View &view : schema.views) {
        for (const model::View &other : known ? known->views : QList<model::View>{}) {
            if (other.name == view.name && other.definition == view.definition && other.isExisting == view.isExisting)
                view.columns = other.columns;
        }
    }
}

} // namespace

Result<QByteArray> V1SnapshotDowngrade::downgrade(const SnapshotV7 &snapshot, const SchemaDefinition *parent,
                                                  const model::Schema *known)
{
    if (snapshot.prevIds.size() != 1)
        return Result<QByteArray>::failure(
            QStringLiteral("it merges %1 parents (%2): the classic layout's journal is a single chain")
                .arg(snapshot.prevIds.size())
                .arg(snapshot.prevIds.join(QStringLiteral(", "))));
    for (const TableDefinition &table : snapshot.ddl.tables) {
        if (const QString reason = inexpressible(table); !reason.isEmpty())
            return Result<QByteArray>::failure(reason);
    }
    Result<model::Schema> schema = SnapshotV7SchemaReader::toSchema(asClassicWouldHoldIt(snapshot.ddl));
    if (!schema)
        return Result<QByteArray>::failure(schema.error());
    Snapshot classic{snapshot.id, snapshot.prevIds.first(), std::move(schema).value(),
                     classicRenames(snapshot.renames)};
    addViewColumns(classic.schema, known);
    Result<QByteArray> bytes = SnapshotWriter::write(classic, SnapshotWriter::TableOrder::AsInSchema);
    if (!bytes)
        return bytes;
    const Result<ClassicSnapshotUpgrade::Upgraded> reread = ClassicSnapshotUpgrade::upgrade(bytes.value());
    if (!reread)
        return Result<QByteArray>::failure(reread.error());
    if (const QString lost = lossText(snapshot.ddl, reread.value().snapshot.ddl); !lost.isEmpty())
        return Result<QByteArray>::failure(
            QStringLiteral("a drizzle-kit 0.31 snapshot cannot hold it as it is (%1 would change)").arg(lost));
    if (parent && *parent == snapshot.ddl)
        return customForm(bytes.value());
    return bytes;
}

} // namespace tw::migrations
