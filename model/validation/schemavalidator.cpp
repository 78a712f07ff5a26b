// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/schemavalidator.h"

#include "model/validation/rules.h"

namespace tw::model {

using namespace validation;

Findings SchemaValidator::validate(const Schema &schema)
{
    FindingCollector out;
    IndexNamespace indexNames(schema);
    const RelationNames relationNames(schema);
    const TablesById tablesById = schema.tablesById();
    for (qsizetype row = 0; row < schema.tables.size(); ++row) {
        const Table &table = schema.tables[row];
        checkTableNames(out, schema, relationNames, row);
        lintTableNames(out, table);
        for (qsizetype columnRow = 0; columnRow < table.columns.size(); ++columnRow) {
            const Column &column = table.columns[columnRow];
            checkColumnNames(out, table, columnRow);
            checkColumnDefinition(out, table, column);
            checkColumnDefault(out, table, column);
            checkColumnUniqueIndex(out, table, column, indexNames);
            lintColumn(out, table, column);
        }
        checkPrimaryKey(out, table);
        checkUniqueConstraints(out, table, indexNames);
        checkIndexes(out, table, indexNames);
        checkForeignKeys(out, tablesById, table);
        checkCheckConstraints(out, table);
        lintTableShape(out, tablesById, table);
    }
    for (qsizetype row = 0; row < schema.views.size(); ++row)
        checkView(out, schema, relationNames, row);
    return out.takeFindings();
}

} // namespace tw::model
