// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/snapshotv7ddlreader.h"

#include "migrations/json/jsontext.h"

namespace tw::migrations {
namespace {

const QString kEntityType = QStringLiteral("entityType");
const QString kTable = QStringLiteral("table");
const QString kName = QStringLiteral("name");
const QString kColumns = QStringLiteral("columns");
const QString kNameExplicit = QStringLiteral("nameExplicit");

/// drizzle-kit 1.0's keys of each entity type (its createDDL), entityType aside.
QStringList keysOf(const QString &type)
{
    static const QHash<QString, QStringList> keys{
        {QStringLiteral("tables"), {kName}},
        {kColumns,
         {kTable, kName, QStringLiteral("type"), QStringLiteral("notNull"), QStringLiteral("autoincrement"),
          QStringLiteral("default"), QStringLiteral("generated")}},
        {QStringLiteral("indexes"),
         {kTable, kName, kColumns, QStringLiteral("isUnique"), QStringLiteral("where"), QStringLiteral("origin")}},
        {QStringLiteral("fks"),
         {kTable, kName, kColumns, QStringLiteral("tableTo"), QStringLiteral("columnsTo"), QStringLiteral("onUpdate"),
          QStringLiteral("onDelete"), kNameExplicit}},
        {QStringLiteral("pks"), {kTable, kName, kColumns, kNameExplicit}},
        {QStringLiteral("uniques"), {kTable, kName, kColumns, kNameExplicit}},
        {QStringLiteral("checks"), {kTable, kName, QStringLiteral("value")}},
        {QStringLiteral("views"),
         {kName, QStringLiteral("definition"), QStringLiteral("isExisting"), QStringLiteral("error")}},
    };
    return keys.value(type);
}

/// `ddl[4] (columns users.id)`: the entity's position and, as far as it has them, its kind, table and name.
QString describe(const JsonView &entity, qsizetype index, const QString &type)
{
    QString path = QStringLiteral("ddl[%1]").arg(index);
    const std::optional<JsonView> table = entity.find(kTable);
    const std::optional<JsonView> name = entity.find(kName);
    if (type.isEmpty() || !name || !name->isString())
        return path;
    const QString owner = table && table->isString() ? table->toString() + u'.' : QString();
    return path + QStringLiteral(" (%1 %2%3)").arg(type, owner, name->toString());
}

/// The pass an entity type is read in: tables and views first, then columns, then what refers to columns.
int passOf(const QString &type)
{
    if (type == QLatin1String("tables") || type == QLatin1String("views"))
        return 0;
    return type == kColumns ? 1 : 2;
}

/// The first position from which every entry can be a column declaration: drizzle-kit writes the table-level
/// entries of all tables (in table order), then the column ones (in table order), and composite ones are always
/// table-level.
qsizetype columnLevelStart(const std::vector<qsizetype> &tables, const std::vector<bool> &tableLevelOnly)
{
    qsizetype start = 0;
    for (size_t i = 0; i < tables.size(); ++i) {
        if (i > 0 && tables[i] < tables[i - 1])
            start = std::max(start, qsizetype(i));
        if (tableLevelOnly[i])
            start = std::max(start, qsizetype(i) + 1);
    }
    return start;
}

} // namespace

bool SnapshotV7DdlReader::read(const JsonView &ddl, SchemaDefinition &schema)
{
    const std::vector<JsonView> entities = ddl.elements();
    for (int pass = 0; pass < 3; ++pass) {
        for (qsizetype i = 0; i < qsizetype(entities.size()); ++i) {
            const JsonView &entity = entities[size_t(i)];
            const QString at = QStringLiteral("ddl[%1]").arg(i);
            if (!entity.isObject())
                return m_reader.fail(
                    at, QStringLiteral("expected an object, found %1").arg(JsonFieldReader::typeName(entity.type())));
            const std::optional<QString> type = m_reader.string(entity, at, kEntityType);
            if (!type)
                return false;
            if (keysOf(*type).isEmpty())
                return m_reader.fail(JsonFieldReader::memberPath(at, kEntityType),
                                     QStringLiteral("unknown entity type %1").arg(JsonText::quote(*type)));
            if (passOf(*type) != pass)
                continue;
            const QString path = describe(entity, i, *type);
            if (!m_reader.checkObject(entity, path, keysOf(*type) << kEntityType, {}))
                return false;
            if (pass == 0) {
                if (!readTableOrView(entity, path, *type, schema))
                    return false;
                continue;
            }
            const std::optional<QString> tableName = m_reader.string(entity, path, kTable);
            if (!tableName)
                return false;
            const qsizetype t = m_tables.value(*tableName, -1);
            if (t < 0)
                return m_reader.fail(JsonFieldReader::memberPath(path, kTable),
                                     QStringLiteral("no table %1 in the ddl").arg(JsonText::quote(*tableName)));
            TableDefinition &table = schema.tables[t];
            bool ok = true;
            if (*type == kColumns)
                ok = readColumn(entity, path, table);
            else if (*type == QLatin1String("indexes"))
                ok = readIndex(entity, path, table);
            else if (*type == QLatin1String("fks"))
                ok = readForeignKey(entity, path, table, schema);
            else if (*type == QLatin1String("pks"))
                ok = readPrimaryKey(entity, path, t, table);
            else if (*type == QLatin1String("uniques"))
                ok = readUnique(entity, path, t, table);
            else
                ok = readCheck(entity, path, table);
            if (!ok)
                return false;
        }
    }
    markTableLevel(schema);
    return true;
}

bool SnapshotV7DdlReader::readTableOrView(const JsonView &entity, const QString &path, const QString &type,
                                          SchemaDefinition &schema)
{
    const std::optional<QString> name = m_reader.string(entity, path, kName);
    if (!name)
        return false;
    if (type == QLatin1String("tables")) {
        if (m_tables.contains(*name))
            return m_reader.fail(path, QStringLiteral("a second table named %1").arg(JsonText::quote(*name)));
        m_tables.insert(*name, schema.tables.size());
        TableDefinition table;
        table.name = *name;
        schema.tables << table;
        return true;
    }
    const std::optional<QString> definition = nullableString(entity, path, QStringLiteral("definition"));
    const std::optional<bool> existing =
        definition ? m_reader.boolean(entity, path, QStringLiteral("isExisting")) : std::nullopt;
    if (!existing)
        return false;
    if (!entity.find(QStringLiteral("error"))->isNull())
        return m_reader.fail(JsonFieldReader::memberPath(path, QStringLiteral("error")),
                             QStringLiteral("a view drizzle-kit could not read (only null is supported)"));
    for (const ViewDefinition &view : schema.views) {
        if (view.name == *name)
            return m_reader.fail(path, QStringLiteral("a second view named %1").arg(JsonText::quote(*name)));
    }
    schema.views << ViewDefinition{{}, *name, {}, *definition, *existing};
    return true;
}

std::optional<QString> SnapshotV7DdlReader::nullableString(const JsonView &entity, const QString &path,
                                                           const QString &key)
{
    const std::optional<JsonView> value = entity.find(key);
    if (value && value->isNull())
        return QString();
    return m_reader.string(entity, path, key);
}

bool SnapshotV7DdlReader::readColumn(const JsonView &entity, const QString &path, TableDefinition &table)
{
    ColumnDefinition column;
    const std::optional<QString> name = m_reader.string(entity, path, kName);
    const std::optional<QString> type = name ? m_reader.string(entity, path, QStringLiteral("type")) : std::nullopt;
    const std::optional<bool> notNull = type ? m_reader.boolean(entity, path, QStringLiteral("notNull")) : std::nullopt;
    // drizzle-kit declares autoincrement nullable (`up` copies it from 0.31 snapshots, where it may be absent).
    const bool noAutoincrement = entity.find(QStringLiteral("autoincrement"))->isNull();
    const std::optional<bool> autoincrement =
        !notNull ? std::nullopt
                 : (noAutoincrement ? std::optional<bool>(false)
                                    : m_reader.boolean(entity, path, QStringLiteral("autoincrement")));
    const std::optional<JsonView> defaultValue = entity.find(QStringLiteral("default"));
    if (!autoincrement)
        return false;
    if (!defaultValue->isNull()) {
        // drizzle-kit 1.0 writes every default as a string and rejects a snapshot holding `true` or `1`.
        const std::optional<QString> text = m_reader.string(entity, path, QStringLiteral("default"));
        if (!text)
            return false;
        column.defaultSql = *text;
    }
    const std::optional<JsonView> generated = entity.find(QStringLiteral("generated"));
    if (!generated->isNull()) {
        const QString generatedPath = JsonFieldReader::memberPath(path, QStringLiteral("generated"));
        if (!m_reader.checkObject(*generated, generatedPath, {QStringLiteral("as"), QStringLiteral("type")}, {}))
            return false;
        const std::optional<QString> as = m_reader.string(*generated, generatedPath, QStringLiteral("as"));
        const std::optional<QString> storage =
            as ? m_reader.string(*generated, generatedPath, QStringLiteral("type")) : std::nullopt;
        if (!storage)
            return false;
        if (*storage != QLatin1String("stored") && *storage != QLatin1String("virtual"))
            return m_reader.fail(
                JsonFieldReader::memberPath(generatedPath, QStringLiteral("type")),
                QStringLiteral("%1 is neither \"stored\" nor \"virtual\"").arg(JsonText::quote(*storage)));
        column.generatedExpression = *as;
        column.generatedStored = *storage == QLatin1String("stored");
    }
    if (table.column(*name))
        return m_reader.fail(path, QStringLiteral("a second column named %1").arg(JsonText::quote(*name)));
    column.name = *name;
    column.type = *type;
    column.notNull = *notNull;
    column.autoincrement = *autoincrement;
    table.columns << column;
    return true;
}

bool SnapshotV7DdlReader::checkColumns(const TableDefinition &table, const QStringList &columns, const QString &path,
                                       const QString &key)
{
    if (columns.isEmpty())
        return m_reader.fail(JsonFieldReader::memberPath(path, key), QStringLiteral("no columns"));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!table.column(columns[i])) {
            return m_reader.fail(QStringLiteral("%1[%2]").arg(JsonFieldReader::memberPath(path, key)).arg(i),
                                 QStringLiteral("no column %1 in table %2")
                                     .arg(JsonText::quote(columns[i]), JsonText::quote(table.name)));
        }
    }
    return true;
}

bool SnapshotV7DdlReader::readIndex(const JsonView &entity, const QString &path, TableDefinition &table)
{
    IndexDefinition index;
    const std::optional<QString> name = m_reader.string(entity, path, kName);
    const std::optional<JsonView> columns =
        name ? m_reader.member(entity, path, kColumns, JsonValue::Type::Array) : std::nullopt;
    const std::optional<bool> unique =
        columns ? m_reader.boolean(entity, path, QStringLiteral("isUnique")) : std::nullopt;
    const std::optional<QString> where = unique ? nullableString(entity, path, QStringLiteral("where")) : std::nullopt;
    const std::optional<QString> origin =
        where ? m_reader.string(entity, path, QStringLiteral("origin")) : std::nullopt;
    if (!origin)
        return false;
    if (*origin != QLatin1String("manual"))
        return m_reader.fail(JsonFieldReader::memberPath(path, QStringLiteral("origin")),
                             QStringLiteral("%1 is not \"manual\" (drizzle-kit generate writes no other)")
                                 .arg(JsonText::quote(*origin)));
    const QString columnsPath = JsonFieldReader::memberPath(path, kColumns);
    const std::vector<JsonView> terms = columns->elements();
    for (qsizetype i = 0; i < qsizetype(terms.size()); ++i) {
        const JsonView &term = terms[size_t(i)];
        const QString termPath = QStringLiteral("%1[%2]").arg(columnsPath).arg(i);
        if (!m_reader.checkObject(term, termPath, {QStringLiteral("value"), QStringLiteral("isExpression")}, {}))
            return false;
        const std::optional<QString> value = m_reader.string(term, termPath, QStringLiteral("value"));
        const std::optional<bool> expression =
            value ? m_reader.boolean(term, termPath, QStringLiteral("isExpression")) : std::nullopt;
        // A term that names no column is kept as it is: `up` converts 0.31's expression terms with isExpression false.
        if (!expression)
            return false;
        index.terms << IndexTerm{*value, *expression};
    }
    if (index.terms.isEmpty())
        return m_reader.fail(columnsPath, QStringLiteral("no columns"));
    index.name = *name;
    index.table = table.name;
    index.unique = *unique;
    index.where = *where;
    table.indexes << index;
    return true;
}

bool SnapshotV7DdlReader::readForeignKey(const JsonView &entity, const QString &path, TableDefinition &table,
                                         const SchemaDefinition &schema)
{
    ForeignKeyDefinition fk;
    const std::optional<QString> name = m_reader.string(entity, path, kName);
    const std::optional<QStringList> columns = name ? m_reader.strings(entity, path, kColumns) : std::nullopt;
    const std::optional<QString> tableTo =
        columns ? m_reader.string(entity, path, QStringLiteral("tableTo")) : std::nullopt;
    const std::optional<QStringList> columnsTo =
        tableTo ? m_reader.strings(entity, path, QStringLiteral("columnsTo")) : std::nullopt;
    const std::optional<bool> nameExplicit = columnsTo ? m_reader.boolean(entity, path, kNameExplicit) : std::nullopt;
    if (!nameExplicit || !checkColumns(table, *columns, path, kColumns))
        return false;
    const qsizetype target = m_tables.value(*tableTo, -1);
    if (target < 0)
        return m_reader.fail(JsonFieldReader::memberPath(path, QStringLiteral("tableTo")),
                             QStringLiteral("no table %1 in the ddl").arg(JsonText::quote(*tableTo)));
    if (!checkColumns(schema.tables[target], *columnsTo, path, QStringLiteral("columnsTo")))
        return false;
    if (columnsTo->size() != columns->size())
        return m_reader.fail(JsonFieldReader::memberPath(path, QStringLiteral("columnsTo")),
                             QStringLiteral("%1 columns for %2").arg(columnsTo->size()).arg(columns->size()));
    for (const QString &key : {QStringLiteral("onUpdate"), QStringLiteral("onDelete")}) {
        const std::optional<QString> text = m_reader.string(entity, path, key);
        if (!text)
            return false;
        // drizzle-kit writes them upper case; lower case (0.31's spelling) is read too.
        const std::optional<model::ReferentialAction> action = model::referentialActionFromName(text->toLower());
        if (!action)
            return m_reader.fail(JsonFieldReader::memberPath(path, key),
                                 QStringLiteral("unknown action %1").arg(JsonText::quote(*text)));
        (key == QLatin1String("onUpdate") ? fk.onUpdate : fk.onDelete) = *action;
    }
    fk.name = *name;
    fk.table = table.name;
    fk.columns = *columns;
    fk.targetTable = *tableTo;
    fk.targetColumns = *columnsTo;
    fk.nameExplicit = *nameExplicit;
    table.foreignKeys << fk;
    return true;
}

bool SnapshotV7DdlReader::readPrimaryKey(const JsonView &entity, const QString &path, qsizetype tableIndex,
                                         TableDefinition &table)
{
    const std::optional<QString> name = m_reader.string(entity, path, kName);
    const std::optional<QStringList> columns = name ? m_reader.strings(entity, path, kColumns) : std::nullopt;
    const std::optional<bool> nameExplicit = columns ? m_reader.boolean(entity, path, kNameExplicit) : std::nullopt;
    if (!nameExplicit || !checkColumns(table, *columns, path, kColumns))
        return false;
    if (!table.primaryKeyName.isEmpty())
        return m_reader.fail(path, QStringLiteral("a second primary key of table %1").arg(JsonText::quote(table.name)));
    if (columns->size() == 1) {
        for (ColumnDefinition &column : table.columns)
            column.primaryKey = column.name == columns->first();
    } else {
        table.compositePrimaryKey = *columns;
        table.compositePrimaryKeyName = *name;
    }
    table.primaryKeyName = *name;
    table.primaryKeyNameExplicit = *nameExplicit;
    m_pks.push_back({tableIndex, 0, columns->size() > 1});
    return true;
}

bool SnapshotV7DdlReader::readUnique(const JsonView &entity, const QString &path, qsizetype tableIndex,
                                     TableDefinition &table)
{
    const std::optional<QString> name = m_reader.string(entity, path, kName);
    const std::optional<QStringList> columns = name ? m_reader.strings(entity, path, kColumns) : std::nullopt;
    const std::optional<bool> nameExplicit = columns ? m_reader.boolean(entity, path, kNameExplicit) : std::nullopt;
    if (!nameExplicit || !checkColumns(table, *columns, path, kColumns))
        return false;
    m_uniques.push_back({tableIndex, table.uniques.size(), columns->size() > 1});
    table.uniques << UniqueDefinition{*name, *columns, *nameExplicit};
    return true;
}

bool SnapshotV7DdlReader::readCheck(const JsonView &entity, const QString &path, TableDefinition &table)
{
    const std::optional<QString> name = m_reader.string(entity, path, kName);
    const std::optional<QString> value = name ? m_reader.string(entity, path, QStringLiteral("value")) : std::nullopt;
    if (!value)
        return false;
    table.checks << CheckDefinition{*name, *value};
    return true;
}

void SnapshotV7DdlReader::markTableLevel(SchemaDefinition &schema)
{
    const auto split = [](const std::vector<GroupEntry> &entries) {
        std::vector<qsizetype> tables;
        std::vector<bool> tableLevelOnly;
        for (const GroupEntry &entry : entries) {
            tables.push_back(entry.table);
            tableLevelOnly.push_back(entry.tableLevelOnly);
        }
        return columnLevelStart(tables, tableLevelOnly);
    };
    const qsizetype pkStart = split(m_pks);
    for (qsizetype i = 0; i < pkStart; ++i) {
        TableDefinition &table = schema.tables[m_pks[size_t(i)].table];
        table.primaryKeyOnTable = table.compositePrimaryKey.isEmpty();
    }
    const qsizetype uniqueStart = split(m_uniques);
    for (size_t i = 0; i < m_uniques.size(); ++i)
        schema.tables[m_uniques[i].table].uniques[m_uniques[i].index].fromColumn = qsizetype(i) >= uniqueStart;
}

} // namespace tw::migrations
