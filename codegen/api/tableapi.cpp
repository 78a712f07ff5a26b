// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/api/tableapi.h"

#include "codegen/typescript/tsliteral.h"
#include "model/schema/pluralize.h"

#include <QSet>

namespace tw::codegen {
namespace {

using model::Column;
using model::DrizzleMode;
using model::SqlType;
using model::Table;

bool endsWithAny(const QString &word, std::initializer_list<const char *> endings)
{
    for (const char *ending : endings) {
        if (word.endsWith(QLatin1String(ending)))
            return true;
    }
    return false;
}

/// `new Date()` for date modes, `Date.now()` for plain integer/real, an ISO string for text; none otherwise.
std::optional<TableApi::Timestamp> timestampFor(const Table &table, const QString &tsName)
{
    for (const Column &column : table.columns) {
        if (column.effectiveTsName() != tsName || column.generated || column.primaryKey)
            continue;
        QString now;
        if (column.mode == DrizzleMode::Timestamp || column.mode == DrizzleMode::TimestampMs)
            now = QStringLiteral("new Date()");
        else if ((column.type == SqlType::Integer || column.type == SqlType::Real) && column.mode == DrizzleMode::None)
            now = QStringLiteral("Date.now()");
        else if (column.type == SqlType::Text && column.mode == DrizzleMode::None && column.enumValues.isEmpty())
            now = QStringLiteral("new Date().toISOString()");
        if (now.isEmpty())
            return std::nullopt;
        return TableApi::Timestamp{&column, now};
    }
    return std::nullopt;
}

/// Type names the generated files use themselves, or that would shadow a global they rely on.
bool isTakenTypeName(const QString &name)
{
    static const QSet<QString> taken{
        QStringLiteral("Array"),    QStringLiteral("BigInt"), QStringLiteral("Boolean"), QStringLiteral("Context"),
        QStringLiteral("Database"), QStringLiteral("Date"),   QStringLiteral("Error"),   QStringLiteral("JSON"),
        QStringLiteral("Map"),      QStringLiteral("Number"), QStringLiteral("Object"),  QStringLiteral("Omit"),
        QStringLiteral("Partial"),  QStringLiteral("Pick"),   QStringLiteral("Promise"), QStringLiteral("Record"),
        QStringLiteral("Set"),      QStringLiteral("String"), QStringLiteral("Symbol")};
    return taken.contains(name);
}

bool isUsersTable(const Table &table)
{
    const QString name = table.name.toLower();
    return name == QLatin1String("users") || name == QLatin1String("user");
}

void addFilters(const model::Schema &schema, TableApi &api)
{
    const Table &table = *api.table;
    for (const model::ForeignKey &fk : table.foreignKeys) {
        const Table *target = schema.table(fk.targetTable);
        if (fk.columns.size() != 1 || !target || fk.targetColumns.size() != 1)
            continue;
        const Column *column = table.column(fk.columns.first());
        const Column *targetColumn = target->column(fk.targetColumns.first());
        if (!column || !targetColumn || column->generated)
            continue;
        TableApi::Filter filter{column, target, targetColumn,
                                QStringLiteral("get") + api.plural + QStringLiteral("By") +
                                    TableApi::pascalCase(column->effectiveTsName())};
        bool duplicate = false;
        for (const TableApi::Filter &f : std::as_const(api.filters))
            duplicate = duplicate || f.column == column;
        if (duplicate)
            continue;
        api.filters << filter;
        const QList<model::Id> targetKey = target->primaryKeyColumns();
        if (!api.owner && isUsersTable(*target) && targetKey == QList<model::Id>{targetColumn->id} &&
            targetColumn->type == SqlType::Integer && targetColumn->mode == DrizzleMode::None && column->notNull &&
            column->mode == DrizzleMode::None)
            api.owner = filter;
    }
}

TableApi analyse(const Table &table)
{
    TableApi api;
    api.table = &table;
    api.tableVar = table.effectiveTsName();
    for (const model::Id &id : table.primaryKeyColumns()) {
        if (const Column *column = table.column(id))
            api.keyColumns << column;
    }
    api.keyKind = api.keyColumns.isEmpty()     ? TableApi::KeyKind::None
                  : api.keyColumns.size() == 1 ? TableApi::KeyKind::Single
                                               : TableApi::KeyKind::Composite;
    api.createdAt = timestampFor(table, QStringLiteral("createdAt"));
    api.updatedAt = timestampFor(table, QStringLiteral("updatedAt"));
    for (const Column &column : table.columns) {
        const bool isKey = api.keyColumns.contains(&column);
        const bool maintained =
            (api.createdAt && api.createdAt->column == &column) || (api.updatedAt && api.updatedAt->column == &column);
        if (column.generated || maintained || (isKey && column.autoincrement))
            api.omittedFromData << column.effectiveTsName();
        if (!isKey && !maintained && !column.generated)
            api.updatableColumns << &column;
    }
    return api;
}

} // namespace

QString TableApi::pascalCase(const QString &camel)
{
    if (camel.isEmpty())
        return camel;
    return camel.left(1).toUpper() + camel.mid(1);
}

QString TableApi::pluralOf(const QString &word)
{
    static const QString vowels = QStringLiteral("aeiou");
    if (word.endsWith(u'y') && word.size() > 1 && !vowels.contains(word.at(word.size() - 2)))
        return word.left(word.size() - 1) + QStringLiteral("ies");
    if (endsWithAny(word, {"s", "x", "ch", "sh"}))
        return word + QStringLiteral("es");
    return word + u's';
}

QString TableApi::kebabCase(const QString &camel)
{
    QString out;
    for (const QChar c : camel) {
        if (c.isUpper() && !out.isEmpty())
            out += u'-';
        out += c.toLower();
    }
    return out;
}

QString TableApi::columnRef(const model::Column &column) const
{
    return ts::memberAccess(tableVar, column.effectiveTsName());
}

QString TableApi::keyCondition(const QString &keyVariable) const
{
    if (keyKind == KeyKind::Single)
        return QStringLiteral("eq(%1, %2)").arg(columnRef(*keyColumns.first()), keyVariable);
    QStringList parts;
    for (const model::Column *column : keyColumns)
        parts << QStringLiteral("eq(%1, %2)")
                     .arg(columnRef(*column), ts::memberAccess(keyVariable, column->effectiveTsName()));
    return QStringLiteral("and(") + parts.join(QLatin1String(", ")) + u')';
}

QStringList TableApi::entityNames(const QString &entity)
{
    QStringList names{entity, entity + QStringLiteral("Insert"), entity + QStringLiteral("Data"),
                      entity + QStringLiteral("Changes"), entity + QStringLiteral("Key")};
    for (const char *verb : {"create", "get", "update", "delete"}) {
        names << QLatin1String(verb) + entity << QLatin1String(verb) + entity + QStringLiteral("Procedure");
    }
    return names;
}

QStringList TableApi::pluralNames() const
{
    QStringList names{QStringLiteral("getAll") + plural, QStringLiteral("get") + plural,
                      QStringLiteral("get") + plural + QStringLiteral("Procedure"), QStringLiteral("getMy") + plural,
                      QStringLiteral("getMy") + plural + QStringLiteral("Procedure")};
    for (const Filter &filter : filters)
        names << filter.functionName << filter.functionName + QStringLiteral("Procedure");
    return names;
}

QString TableApi::tableFolder(const TableApi &api, const QSet<QString> &taken)
{
    const QString base = model::pluralize::singular(api.tableVar);
    QString folder = kebabCase(base);
    if (taken.contains(folder))
        folder = kebabCase(api.tableVar);
    while (taken.contains(folder))
        folder += QStringLiteral("-2");
    return folder;
}

QList<TableApi> TableApi::forSchema(const model::Schema &schema)
{
    QList<TableApi> apis;
    QSet<QString> domains;
    // Every exported name (types, operations, procedures, router keys) is unique in the whole project, so that
    // putting tables into one domain file, or their procedures into one router, never makes two the same.
    QSet<QString> names;
    const auto clashes = [&names](const QStringList &candidates) {
        for (const QString &name : candidates) {
            if (names.contains(name) || candidates.count(name) > 1)
                return true;
        }
        return false;
    };
    for (const Table &table : schema.tables) {
        TableApi api = analyse(table);
        const QString base = model::pluralize::singular(api.tableVar);
        QString entity = pascalCase(base);
        if (clashes(entityNames(entity)) || isTakenTypeName(entity))
            entity = pascalCase(api.tableVar);
        if (isTakenTypeName(entity))
            entity += QStringLiteral("Row");
        while (clashes(entityNames(entity)))
            entity += u'_';
        for (const QString &name : entityNames(entity))
            names.insert(name);
        api.entity = entity;
        const QString plural = pascalCase(api.tableVar);
        api.plural = plural == entity ? pascalCase(pluralOf(base)) : plural;
        addFilters(schema, api);
        while (clashes(api.pluralNames())) {
            api.plural += u'_';
            api.filters.clear();
            api.owner.reset();
            addFilters(schema, api);
        }
        for (const QString &name : api.pluralNames())
            names.insert(name);
        api.domain = tableFolder(api, domains);
        domains.insert(api.domain);
        apis << api;
    }
    return apis;
}

} // namespace tw::codegen
