// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/findingfix.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/schema/idlookup.h"
#include "model/schema/naming.h"
#include "model/schema/uniquenames.h"

namespace tw::model {
namespace {

std::optional<FindingFix> indexForeignKey(Schema schema, Table &table, const Id &keyId)
{
    const ForeignKey *key = findById(std::as_const(table.foreignKeys), keyId);
    if (!key || key->columns.isEmpty())
        return std::nullopt;
    Index index;
    index.id = Id::generate();
    index.name = uniquenames::columnsIndexName(schema, table, key->columns);
    for (const Id &column : key->columns)
        index.parts << IndexPart::ofColumn(column);
    table.indexes << index;
    return FindingFix{QStringLiteral("Add index %1").arg(index.name), {}};
}

std::optional<FindingFix> compositeJunctionKey(Table &table)
{
    if (table.foreignKeys.size() != 2)
        return std::nullopt;
    const QList<Id> columns = table.foreignKeys[0].columns + table.foreignKeys[1].columns;
    for (Column &column : table.columns) {
        column.primaryKey = false;
        column.autoincrement = false;
        if (columns.contains(column.id))
            column.notNull = true;
    }
    table.primaryKey = PrimaryKey{Id::generate(), {}, columns};
    return FindingFix{QStringLiteral("Make (%1) the primary key of %2")
                          .arg(table.columnNames(columns).join(QStringLiteral(", ")), table.name),
                      {}};
}

std::optional<FindingFix> nowDefault(Table &table, const Id &columnId)
{
    Column *column = table.column(columnId);
    if (!column)
        return std::nullopt;
    column->defaultValue = ColumnDefault::expression(column->nowDefault());
    return FindingFix{QStringLiteral("Default %1.%2 to %3").arg(table.name, column->name, column->nowDefault()), {}};
}

std::optional<FindingFix> snakeCaseName(const Schema &schema, Table &table, const Id &columnId)
{
    Column *column = columnId.isNull() ? nullptr : table.column(columnId);
    const QString name = column ? column->name : table.name;
    const QString suggestion = naming::snakeCaseFromAny(name);
    if (!naming::isSnakeCase(suggestion) || suggestion == name)
        return std::nullopt;
    // Only a case change (Users to users) keeps the name's place; any other must be free.
    const bool caseOnly = naming::sqlNamesEqual(suggestion, name);
    if (column) {
        if (!caseOnly && table.columnNamed(suggestion))
            return std::nullopt;
        column->name = suggestion;
    } else {
        if (!caseOnly && uniquenames::isSchemaNameTaken(schema, suggestion))
            return std::nullopt;
        table.name = suggestion;
    }
    return FindingFix{QStringLiteral("Rename %1 to %2").arg(name, suggestion), {}};
}

std::optional<FindingFix> camelCaseTsName(Table &table, const Id &columnId)
{
    Column *column = columnId.isNull() ? nullptr : table.column(columnId);
    QString &tsName = column ? column->tsName : table.tsName;
    if (tsName.isEmpty())
        return std::nullopt;
    const QString suggestion = naming::camelCaseFromSnake(naming::snakeCaseFromAny(tsName));
    if (suggestion == tsName)
        return std::nullopt;
    const QString old = tsName;
    tsName = suggestion;
    return FindingFix{QStringLiteral("Rename TypeScript name %1 to %2").arg(old, suggestion), {}};
}

} // namespace

std::optional<FindingFix> fixFor(const Schema &schema, const Finding &finding)
{
    Schema fixed = schema;
    const qsizetype row = fixed.tableRow(finding.location.table);
    if (row < 0)
        return std::nullopt;
    Table &table = fixed.tables[row];
    const QString &rule = finding.rule;
    std::optional<FindingFix> fix;
    if (rule == QLatin1String("fk-without-index"))
        fix = indexForeignKey(schema, table, finding.location.item);
    else if (rule == QLatin1String("junction-without-composite-key"))
        fix = compositeJunctionKey(table);
    else if (rule == QLatin1String("frozen-timestamp-default"))
        fix = nowDefault(table, finding.location.item);
    else if (rule == QLatin1String("not-snake-case"))
        fix = snakeCaseName(schema, table, finding.location.item);
    else if (rule == QLatin1String("not-camel-case"))
        fix = camelCaseTsName(table, finding.location.item);
    if (fix)
        fix->fixed = std::move(fixed);
    return fix;
}

bool applyFix(SchemaDocument *document, const Finding &finding)
{
    const std::optional<FindingFix> fix = fixFor(document->schema(), finding);
    return fix && SchemaEditor(document).replaceSchema(fix->fixed, fix->title);
}

} // namespace tw::model
