// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/importedschema.h"

#include "model/schema/schema.h"
#include "model/schema/typescriptnames.h"

namespace tw::model {
namespace {

/// Whether @p sql is one well-formed SQL string literal ('...' with inner quotes doubled).
bool isStringLiteral(const QString &sql)
{
    if (sql.size() < 2 || !sql.startsWith(u'\'') || !sql.endsWith(u'\''))
        return false;
    for (qsizetype i = 1; i < sql.size() - 1; ++i) {
        if (sql[i] != u'\'')
            continue;
        if (i + 1 >= sql.size() - 1 || sql[i + 1] != u'\'')
            return false;
        ++i;
    }
    return true;
}

void repairDefault(Column &column)
{
    const ColumnDefault &value = column.defaultValue;
    if (value.kind() != ColumnDefault::Kind::Expression)
        return;
    const QString &sql = value.text();
    if (sql.size() >= 2 && sql.startsWith(u'\'') && sql.endsWith(u'\'') && !isStringLiteral(sql)) {
        QString text = sql.mid(1, sql.size() - 2);
        text.replace(QLatin1String("''"), QLatin1String("'"));
        column.defaultValue = ColumnDefault::string(text);
    }
}

void inferMode(Column &column)
{
    if (column.mode != DrizzleMode::None)
        return;
    const ColumnDefault::Kind kind = column.defaultValue.kind();
    if (column.type == SqlType::Integer && kind == ColumnDefault::Kind::Boolean)
        column.mode = DrizzleMode::Boolean;
    else if (column.type == SqlType::Blob && kind == ColumnDefault::Kind::String)
        column.mode = DrizzleMode::Json;
}

} // namespace

void prepareImportedSchema(Schema &schema)
{
    for (Table &table : schema.tables) {
        for (Column &column : table.columns) {
            repairDefault(column);
            inferMode(column);
        }
    }
    assignTypeScriptNames(schema);
}

} // namespace tw::model
