// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/tests/samplerows.h"

#include "codegen/typescript/tsliteral.h"

namespace tw::codegen {
namespace {

using model::Column;
using model::DrizzleMode;
using model::SqlType;

/// A sample of @p column's type built from the number `n`; empty when no literal fits.
QString sampleValue(const Column &column)
{
    switch (column.mode) {
    case DrizzleMode::Boolean:
        return QStringLiteral("n % 2 === 1");
    case DrizzleMode::Timestamp:
    case DrizzleMode::TimestampMs:
        return QStringLiteral("new Date(1700000000000 + n * 1000)");
    case DrizzleMode::Json:
        return QStringLiteral("{ sample: n }");
    case DrizzleMode::Bigint:
        return QStringLiteral("BigInt(n)");
    case DrizzleMode::None:
        break;
    }
    switch (column.type) {
    case SqlType::Integer:
        return QStringLiteral("n");
    case SqlType::Real:
        return QStringLiteral("n + 0.5");
    case SqlType::Numeric:
        return QStringLiteral("String(n)");
    case SqlType::Blob:
        return {};
    case SqlType::Text:
        break;
    }
    if (column.enumValues.size() == 1)
        return ts::stringLiteral(column.enumValues.first());
    if (!column.enumValues.isEmpty()) // rotate, for unique indexes over the column
        return QStringLiteral("(%1 as const)[n % %2]")
            .arg(ts::stringArray(column.enumValues))
            .arg(column.enumValues.size());
    return QStringLiteral("`text-${n}`");
}

/// The foreign key that column belongs to, when that key is required (every column NOT NULL).
const model::ForeignKey *requiredForeignKey(const model::Table &table, const Column &column)
{
    for (const model::ForeignKey &fk : table.foreignKeys) {
        if (!fk.columns.contains(column.id))
            continue;
        for (const model::Id &id : fk.columns) {
            const Column *c = table.column(id);
            if (!c || !c->notNull)
                return nullptr;
        }
        return &fk;
    }
    return nullptr;
}

bool isForeignKeyColumn(const model::Table &table, const Column &column)
{
    for (const model::ForeignKey &fk : table.foreignKeys) {
        if (fk.columns.contains(column.id))
            return true;
    }
    return false;
}

} // namespace

SampleRows::SampleRows(const QList<TableApi> &apis)
    : m_apis(apis)
{
}

const TableApi *SampleRows::apiOf(const model::Table *table) const
{
    for (const TableApi &api : m_apis) {
        if (api.table == table)
            return &api;
    }
    return nullptr;
}

QString SampleRows::changedValue(const Column &column)
{
    switch (column.mode) {
    case DrizzleMode::Boolean:
        return QStringLiteral("true");
    case DrizzleMode::Timestamp:
    case DrizzleMode::TimestampMs:
        return QStringLiteral("new Date(1600000000000)");
    case DrizzleMode::None:
        break;
    default:
        return {};
    }
    if (column.type == SqlType::Integer)
        return QStringLiteral("424242");
    if (column.type == SqlType::Real)
        return QStringLiteral("4242.25");
    if (column.type == SqlType::Text)
        return column.enumValues.isEmpty() ? QStringLiteral("'changed'") : ts::stringLiteral(column.enumValues.last());
    return {};
}

std::optional<QString> SampleRows::rowBuilder(const TableApi &api, bool forOperations)
{
    QStringList visiting{api.table->name};
    m_failure.clear();
    const QStringList helpers = m_helpers;
    const QStringList helperNames = m_helperNames;
    const QStringList helperTables = m_helperTables;
    auto row = build(api, forOperations, visiting);
    if (!row) {
        m_helpers = helpers;
        m_helperNames = helperNames;
        m_helperTables = helperTables;
    }
    return row;
}

std::optional<QString> SampleRows::build(const TableApi &api, bool forOperations, QStringList &visiting)
{
    QStringList statements;
    QStringList fields;
    QList<const model::ForeignKey *> parents;
    bool usesCounter = false;
    for (const Column &column : api.table->columns) {
        const bool autoKey = column.autoincrement && api.keyColumns.contains(&column);
        if (column.generated || autoKey || (forOperations && api.omittedFromData.contains(column.effectiveTsName())))
            continue;
        const QString key = ts::propertyKey(column.effectiveTsName());
        if (const model::ForeignKey *fk = requiredForeignKey(*api.table, column)) {
            if (!parents.contains(fk))
                parents << fk;
            const qsizetype index = parents.indexOf(fk);
            const qsizetype position = fk->columns.indexOf(column.id);
            const TableApi *target = nullptr;
            for (const TableApi &candidate : m_apis)
                target = candidate.table->id == fk->targetTable ? &candidate : target;
            const Column *targetColumn = target ? target->table->column(fk->targetColumns.value(position)) : nullptr;
            if (!target || !targetColumn) {
                m_failure = QStringLiteral("a required foreign key of `%1` points at a missing table or column")
                                .arg(api.table->name);
                return std::nullopt;
            }
            fields << key + QStringLiteral(": ") +
                          ts::memberAccess(QStringLiteral("parent%1").arg(index), targetColumn->effectiveTsName());
            continue;
        }
        if (isForeignKeyColumn(*api.table, column))
            continue; // optional reference: left null
        const QString value = sampleValue(column);
        if (value.isEmpty()) {
            if (column.notNull && column.defaultValue.isNone()) {
                m_failure = QStringLiteral("column `%1` of `%2` is NOT NULL, has no default and no sample value")
                                .arg(column.name, api.table->name);
                return std::nullopt;
            }
            continue;
        }
        fields << key + QStringLiteral(": ") + value;
        usesCounter = usesCounter || column.enumValues.size() != 1 || column.mode != DrizzleMode::None;
    }
    for (qsizetype i = 0; i < parents.size(); ++i) {
        const TableApi *target = nullptr;
        for (const TableApi &candidate : m_apis)
            target = candidate.table->id == parents.at(i)->targetTable ? &candidate : target;
        const auto helper = helperFor(target->table, visiting);
        if (!helper)
            return std::nullopt;
        statements << QStringLiteral("const parent%1 = await %2(db);").arg(i).arg(*helper);
    }
    if (usesCounter)
        statements << QStringLiteral("const n = next();");
    QString body;
    for (const QString &statement : std::as_const(statements))
        body += QStringLiteral("  ") + statement + u'\n';
    const QString object =
        fields.isEmpty() ? QStringLiteral("{}")
                         : QStringLiteral("{\n    ") + fields.join(QLatin1String(",\n    ")) + QStringLiteral(",\n  }");
    return body + QStringLiteral("  return ") + object + QStringLiteral(";\n");
}

std::optional<QString> SampleRows::helperFor(const model::Table *table, QStringList &visiting)
{
    const TableApi *api = apiOf(table);
    if (!api) {
        m_failure = QStringLiteral("a required foreign key of `%1` points at a missing table").arg(visiting.last());
        return std::nullopt;
    }
    if (visiting.contains(table->name)) {
        m_failure =
            QStringLiteral("the required foreign keys of `%1` lead back to `%2`").arg(visiting.last(), table->name);
        return std::nullopt;
    }
    const QString name = QStringLiteral("insert") + api->entity;
    if (m_helperNames.contains(name))
        return name;
    visiting << table->name;
    const auto builder = build(*api, false, visiting);
    visiting.removeLast();
    if (!builder)
        return std::nullopt;
    QString body = *builder;
    const qsizetype returnAt = body.lastIndexOf(QLatin1String("  return "));
    body = body.left(returnAt) +
           QStringLiteral("  const [row] = await db\n    .insert(%1)\n    .values(").arg(api->tableVar) +
           body.mid(returnAt + 9).chopped(2).replace(QLatin1String("\n"), QLatin1String("\n  ")) +
           QStringLiteral(")\n    .returning();\n  return row;\n");
    m_helperNames << name;
    m_helperTables << api->tableVar;
    m_helpers << QStringLiteral("async function %1(db: Database) {\n").arg(name) + body + QStringLiteral("}\n");
    return name;
}

} // namespace tw::codegen
