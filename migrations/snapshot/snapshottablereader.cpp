// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/snapshottablereader.h"

#include "migrations/json/jsontext.h"
#include "migrations/snapshot/drizzlenames.h"
#include "migrations/snapshot/importids.h"
#include "migrations/snapshot/jsonfieldreader.h"
#include "migrations/snapshot/snapshotcolumn.h"

namespace tw::migrations {
namespace {

using model::Id;
using model::Table;
using Path = JsonFieldReader;

const QString kName = QStringLiteral("name");
const QString kColumns = QStringLiteral("columns");

qsizetype columnRowNamed(const Table &table, const QString &name)
{
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        if (table.columns[i].name == name)
            return i;
    }
    return -1;
}

bool isUniqueShaped(const SnapshotTableReader::IndexEntry &entry)
{
    return entry.unique && entry.where.isEmpty() && entry.plainColumns && !entry.parts.isEmpty();
}

} // namespace

SnapshotTableReader::SnapshotTableReader(JsonFieldReader &reader, std::optional<JsonView> internalIndexes)
    : m_reader(reader)
    , m_internalIndexes(internalIndexes)
{
}

std::optional<Table> SnapshotTableReader::readColumns(const JsonView &json, const QString &key)
{
    static const QStringList required{kName, kColumns, QStringLiteral("indexes"), QStringLiteral("foreignKeys"),
                                      QStringLiteral("compositePrimaryKeys")};
    static const QStringList optional{QStringLiteral("uniqueConstraints"), QStringLiteral("checkConstraints")};
    // Paths are relative to the table's entry, which readTables names when something failed.
    if (!m_reader.checkObject(json, {}, required, optional) || !m_reader.checkNameMatchesKey(json, {}, key))
        return std::nullopt;
    const std::optional<JsonView> columns = m_reader.member(json, {}, kColumns, JsonValue::Type::Object);
    if (!columns)
        return std::nullopt;
    Table table;
    table.id = ImportIds::table(key);
    table.name = key;
    const std::vector<JsonView::Member> members = columns->members();
    table.columns.reserve(qsizetype(members.size()));
    for (const auto &[columnKey, columnJson] : members) {
        std::optional<model::Column> column =
            SnapshotColumn::fromJson(columnJson, {}, SnapshotColumn::Owner::Table, m_reader);
        if (!column || !m_reader.checkNameMatchesKey(columnJson, {}, columnKey)) {
            m_reader.failUnder(Path::entryPath(kColumns, columnKey));
            return std::nullopt;
        }
        column->id = ImportIds::column(table.name, column->name);
        table.columns << std::move(*column);
    }
    return table;
}

bool SnapshotTableReader::readConstraints(const JsonView &json, Table &table, const TablesByName &tables)
{
    // Paths relative to the table's entry, as in readColumns.
    return readIndexes(json, {}, table) && readForeignKeys(json, {}, table, tables) &&
           readPrimaryKeys(json, {}, table) && readUniqueConstraints(json, {}, table) && readChecks(json, {}, table);
}

std::optional<QList<Id>> SnapshotTableReader::columnIds(const Table &table, const QStringList &names,
                                                        const QString &path)
{
    QList<Id> ids;
    for (const QString &name : names) {
        const qsizetype row = columnRowNamed(table, name);
        if (row < 0) {
            m_reader.fail(
                path,
                QStringLiteral("table %1 has no column %2").arg(JsonText::quote(table.name), JsonText::quote(name)));
            return std::nullopt;
        }
        ids << table.columns[row].id;
    }
    return ids;
}

bool SnapshotTableReader::isExpressionPart(const QString &index, const QString &part) const
{
    const std::optional<JsonView> entry = m_internalIndexes ? m_internalIndexes->find(index) : std::nullopt;
    const std::optional<JsonView> parts = entry ? entry->find(kColumns) : std::nullopt;
    const std::optional<JsonView> flags = parts ? parts->find(part) : std::nullopt;
    const std::optional<JsonView> isExpression = flags ? flags->find(QStringLiteral("isExpression")) : std::nullopt;
    return isExpression && isExpression->isBool() && isExpression->toBool();
}

std::optional<SnapshotTableReader::IndexEntry>
SnapshotTableReader::readIndexEntry(const JsonView &index, const QString &path, const QString &key, const Table &table)
{
    static const QStringList required{kName, kColumns, QStringLiteral("isUnique")};
    static const QStringList optional{QStringLiteral("where")};
    if (!m_reader.checkObject(index, path, required, optional) || !m_reader.checkNameMatchesKey(index, path, key))
        return std::nullopt;
    IndexEntry entry;
    entry.name = key;
    const std::optional<QStringList> parts = m_reader.strings(index, path, kColumns);
    const std::optional<bool> unique = m_reader.boolean(index, path, QStringLiteral("isUnique"));
    if (!parts || !unique)
        return std::nullopt;
    entry.parts = *parts;
    entry.unique = *unique;
    if (index.contains(QStringLiteral("where"))) {
        const std::optional<QString> where = m_reader.string(index, path, QStringLiteral("where"));
        if (!where)
            return std::nullopt;
        entry.where = *where;
    }
    entry.plainColumns = true;
    for (const QString &part : entry.parts) {
        if (isExpressionPart(entry.name, part)) {
            entry.plainColumns = false;
        } else if (columnRowNamed(table, part) < 0) {
            m_reader.fail(
                Path::memberPath(path, kColumns),
                QStringLiteral("%1 is neither a column of the table nor an expression listed in internal.indexes")
                    .arg(JsonText::quote(part)));
            return std::nullopt;
        }
    }
    return entry;
}

bool SnapshotTableReader::readIndexes(const JsonView &json, const QString &tablePath, Table &table)
{
    const std::optional<JsonView> indexes =
        m_reader.member(json, tablePath, QStringLiteral("indexes"), JsonValue::Type::Object);
    if (!indexes)
        return false;
    const QString path = Path::memberPath(tablePath, QStringLiteral("indexes"));
    QList<IndexEntry> entries;
    for (const auto &[key, index] : indexes->members()) {
        // The entry's own path is spelled out only when it failed (its messages are relative to it).
        const std::optional<IndexEntry> entry = readIndexEntry(index, {}, key, table);
        if (!entry)
            return m_reader.failUnder(Path::entryPath(path, key));
        entries << *entry;
    }
    classifyIndexes(entries, table);
    return true;
}

void SnapshotTableReader::classifyIndexes(const QList<IndexEntry> &entries, Table &table)
{
    // Leading column `.unique()`s, in column order.
    qsizetype first = 0;
    qsizetype lastRow = -1;
    for (; first < entries.size(); ++first) {
        const IndexEntry &e = entries[first];
        const qsizetype row = e.parts.size() == 1 ? columnRowNamed(table, e.parts.first()) : -1;
        if (!isUniqueShaped(e) || row <= lastRow || e.name != DrizzleNames::unique(table.name, e.parts))
            break;
        table.columns[row].unique = true;
        lastRow = row;
    }
    // Trailing table-level unique constraints: from the first automatically named one of the unique-shaped tail.
    qsizetype tail = entries.size();
    while (tail > first && isUniqueShaped(entries[tail - 1]))
        --tail;
    while (tail < entries.size() && entries[tail].name != DrizzleNames::unique(table.name, entries[tail].parts))
        ++tail;

    for (qsizetype i = first; i < entries.size(); ++i) {
        const IndexEntry &e = entries[i];
        if (i >= tail) {
            const bool automatic = e.name == DrizzleNames::unique(table.name, e.parts);
            table.uniqueConstraints << model::UniqueConstraint{ImportIds::uniqueConstraint(table.name, e.name),
                                                               automatic ? QString() : e.name,
                                                               *columnIds(table, e.parts, {})};
            continue;
        }
        model::Index index{ImportIds::index(table.name, e.name), e.name, e.unique, {}, e.where};
        for (const QString &part : e.parts) {
            index.parts << (isExpressionPart(e.name, part)
                                ? model::IndexPart::ofExpression(part)
                                : model::IndexPart::ofColumn(table.columns[columnRowNamed(table, part)].id));
        }
        table.indexes << index;
    }
}

bool SnapshotTableReader::readForeignKeys(const JsonView &json, const QString &tablePath, Table &table,
                                          const TablesByName &tables)
{
    const std::optional<JsonView> foreignKeys =
        m_reader.member(json, tablePath, QStringLiteral("foreignKeys"), JsonValue::Type::Object);
    if (!foreignKeys)
        return false;
    const QString path = Path::memberPath(tablePath, QStringLiteral("foreignKeys"));
    for (const auto &[key, foreignKey] : foreignKeys->members()) {
        std::optional<model::ForeignKey> fk = readForeignKey(foreignKey, {}, key, table, tables);
        if (!fk)
            return m_reader.failUnder(Path::entryPath(path, key));
        table.foreignKeys << *fk;
    }
    return true;
}

std::optional<model::ForeignKey> SnapshotTableReader::readForeignKey(const JsonView &json, const QString &path,
                                                                     const QString &name, const Table &table,
                                                                     const TablesByName &tables)
{
    static const QString tableFromKey = QStringLiteral("tableFrom");
    static const QString tableToKey = QStringLiteral("tableTo");
    static const QString fromKey = QStringLiteral("columnsFrom");
    static const QString toKey = QStringLiteral("columnsTo");
    static const QStringList required{kName, tableFromKey, tableToKey, fromKey, toKey};
    static const QStringList optional{QStringLiteral("onDelete"), QStringLiteral("onUpdate")};
    if (!m_reader.checkObject(json, path, required, optional) || !m_reader.checkNameMatchesKey(json, path, name))
        return std::nullopt;
    const std::optional<QString> tableFrom = m_reader.string(json, path, tableFromKey);
    const std::optional<QString> tableTo = m_reader.string(json, path, tableToKey);
    const std::optional<QStringList> from = m_reader.strings(json, path, fromKey);
    const std::optional<QStringList> to = m_reader.strings(json, path, toKey);
    if (!tableFrom || !tableTo || !from || !to)
        return std::nullopt;
    if (*tableFrom != table.name) {
        m_reader.fail(Path::memberPath(path, tableFromKey), QStringLiteral("is not the table that holds the key"));
        return std::nullopt;
    }
    // A self-reference resolves against the table being read.
    const Table *target = *tableTo == table.name ? &table : tables.value(*tableTo);
    if (!target) {
        m_reader.fail(Path::memberPath(path, tableToKey),
                      QStringLiteral("no table %1 in the snapshot").arg(JsonText::quote(*tableTo)));
        return std::nullopt;
    }
    if (from->isEmpty() || from->size() != to->size()) {
        m_reader.fail(path, QStringLiteral("columnsFrom and columnsTo must be non-empty and of equal length"));
        return std::nullopt;
    }
    const std::optional<QList<Id>> fromIds = columnIds(table, *from, Path::memberPath(path, fromKey));
    const std::optional<QList<Id>> toIds =
        fromIds ? columnIds(*target, *to, Path::memberPath(path, toKey)) : std::nullopt;
    if (!toIds)
        return std::nullopt;
    const bool automatic = name == DrizzleNames::foreignKey(table.name, *from, *tableTo, *to);
    model::ForeignKey fk{ImportIds::foreignKey(table.name, name), automatic ? QString() : name, *fromIds, target->id,
                         *toIds};
    for (const auto &[member, action] :
         {std::pair{QStringLiteral("onDelete"), &fk.onDelete}, std::pair{QStringLiteral("onUpdate"), &fk.onUpdate}}) {
        if (!json.contains(member))
            continue; // optional in drizzle-kit's schema; drizzle-kit 0.31 always writes both
        const std::optional<QString> text = m_reader.string(json, path, member);
        const std::optional<model::ReferentialAction> parsed =
            text ? model::referentialActionFromName(*text) : std::nullopt;
        if (!parsed) {
            if (text)
                m_reader.fail(Path::memberPath(path, member),
                              QStringLiteral("expected one of: %1")
                                  .arg(model::referentialActionNames().join(QLatin1String(", "))));
            return std::nullopt;
        }
        *action = *parsed;
    }
    return fk;
}

bool SnapshotTableReader::readPrimaryKeys(const JsonView &json, const QString &tablePath, Table &table)
{
    const std::optional<JsonView> keys =
        m_reader.member(json, tablePath, QStringLiteral("compositePrimaryKeys"), JsonValue::Type::Object);
    if (!keys)
        return false;
    const QString path = Path::memberPath(tablePath, QStringLiteral("compositePrimaryKeys"));
    if (keys->size() > 1)
        return m_reader.fail(path, QStringLiteral("a table has at most one primary key"));
    if (keys->size() == 1) {
        const auto [name, entry] = keys->members().front();
        const QString entryPath = Path::entryPath(path, name);
        if (!m_reader.checkObject(entry, entryPath, {kColumns}, {kName}) ||
            (entry.contains(kName) && !m_reader.checkNameMatchesKey(entry, entryPath, name)))
            return false;
        const std::optional<QStringList> names = m_reader.strings(entry, entryPath, kColumns);
        const std::optional<QList<Id>> ids =
            names ? columnIds(table, *names, Path::memberPath(entryPath, kColumns)) : std::nullopt;
        if (!ids)
            return false;
        const bool automatic = name == DrizzleNames::primaryKey(table.name, *names);
        table.primaryKey = model::PrimaryKey{ImportIds::primaryKey(table.name), automatic ? QString() : name, *ids};
    }
    // drizzle writes a table-level key on one column as the column's primaryKey flag without NOT NULL, which a
    // column's own .primaryKey() always implies: such a column is the table-level key.
    for (model::Column &column : table.columns) {
        if (!column.primaryKey || column.notNull)
            continue;
        if (table.primaryKey) {
            return m_reader.fail(
                Path::entryPath(Path::memberPath(tablePath, kColumns), column.name),
                QStringLiteral("a second primary key (primaryKey without notNull) cannot be represented"));
        }
        table.primaryKey = model::PrimaryKey{ImportIds::primaryKey(table.name), {}, {column.id}};
        column.primaryKey = false;
    }
    return true;
}

bool SnapshotTableReader::readUniqueConstraints(const JsonView &json, const QString &tablePath, Table &table)
{
    // drizzle-kit 0.31 leaves this empty (uniques are indexes); older versions filled it.
    const std::optional<JsonView> uniques =
        m_reader.member(json, tablePath, QStringLiteral("uniqueConstraints"), JsonValue::Type::Object, false);
    if (!uniques)
        return !m_reader.failed();
    const QString path = Path::memberPath(tablePath, QStringLiteral("uniqueConstraints"));
    for (const auto &[name, entry] : uniques->members()) {
        const QString entryPath = Path::entryPath(path, name);
        if (!m_reader.checkObject(entry, entryPath, {kName, kColumns}, {}) ||
            !m_reader.checkNameMatchesKey(entry, entryPath, name))
            return false;
        const std::optional<QStringList> names = m_reader.strings(entry, entryPath, kColumns);
        const std::optional<QList<Id>> ids =
            names ? columnIds(table, *names, Path::memberPath(entryPath, kColumns)) : std::nullopt;
        if (!ids)
            return false;
        const bool automatic = name == DrizzleNames::unique(table.name, *names);
        table.uniqueConstraints << model::UniqueConstraint{ImportIds::uniqueConstraint(table.name, name),
                                                           automatic ? QString() : name, *ids};
    }
    return true;
}

bool SnapshotTableReader::readChecks(const JsonView &json, const QString &tablePath, Table &table)
{
    const std::optional<JsonView> checks =
        m_reader.member(json, tablePath, QStringLiteral("checkConstraints"), JsonValue::Type::Object, false);
    if (!checks)
        return !m_reader.failed();
    const QString path = Path::memberPath(tablePath, QStringLiteral("checkConstraints"));
    for (const auto &[name, entry] : checks->members()) {
        const QString entryPath = Path::entryPath(path, name);
        if (!m_reader.checkObject(entry, entryPath, {kName, QStringLiteral("value")}, {}) ||
            !m_reader.checkNameMatchesKey(entry, entryPath, name))
            return false;
        const std::optional<QString> value = m_reader.string(entry, entryPath, QStringLiteral("value"));
        if (!value)
            return false;
        table.checkConstraints << model::CheckConstraint{ImportIds::checkConstraint(table.name, name), name, *value};
    }
    return true;
}

} // namespace tw::migrations
