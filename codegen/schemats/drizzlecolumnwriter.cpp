// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/schemats/drizzlecolumnwriter.h"

#include "codegen/typescript/tsimports.h"
#include "codegen/typescript/tsliteral.h"
#include "model/schema/jsonvaluedefault.h"

#include <QSet>
#include <QStringList>

namespace tw::codegen {
namespace {

/// Whether the foreign keys of @p from lead (directly or through other tables) to @p to.
bool reaches(const model::Schema &schema, const model::Table &from, const model::Id &to)
{
    QList<const model::Table *> pending{&from};
    QSet<model::Id> seen{from.id};
    while (!pending.isEmpty()) {
        const model::Table *table = pending.takeLast();
        for (const model::ForeignKey &fk : table->foreignKeys) {
            if (fk.targetTable == to)
                return true;
            const model::Table *next = schema.table(fk.targetTable);
            if (next && !seen.contains(next->id)) {
                seen.insert(next->id);
                pending << next;
            }
        }
    }
    return false;
}

using model::Column;
using model::ColumnDefault;
using model::DrizzleMode;
using model::SqlType;

const QString kCore = QStringLiteral("drizzle-orm/sqlite-core");
const QString kOrm = QStringLiteral("drizzle-orm");

QString builderFunction(SqlType type)
{
    switch (type) {
    case SqlType::Integer:
        return QStringLiteral("int");
    case SqlType::Text:
        return QStringLiteral("text");
    case SqlType::Real:
        return QStringLiteral("real");
    case SqlType::Blob:
        return QStringLiteral("blob");
    case SqlType::Numeric:
        return QStringLiteral("numeric");
    }
    return {};
}

QString quotedSqlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return u'\'' + escaped + u'\'';
}

QString actionsObject(const model::ForeignKey &fk)
{
    QStringList parts;
    if (fk.onDelete != model::ReferentialAction::NoAction)
        parts << QStringLiteral("onDelete: ") + ts::stringLiteral(model::referentialActionName(fk.onDelete));
    if (fk.onUpdate != model::ReferentialAction::NoAction)
        parts << QStringLiteral("onUpdate: ") + ts::stringLiteral(model::referentialActionName(fk.onUpdate));
    return parts.isEmpty() ? QString() : QStringLiteral("{ ") + parts.join(QLatin1String(", ")) + QStringLiteral(" }");
}

} // namespace

DrizzleColumnWriter::DrizzleColumnWriter(const model::Schema &schema, const model::Table &table, TsImports &imports)
    : m_schema(schema)
    , m_table(table)
    , m_imports(imports)
{
}

bool DrizzleColumnWriter::isInlineForeignKey(const model::ForeignKey &fk)
{
    return fk.name.isEmpty() && fk.columns.size() == 1 && fk.targetColumns.size() == 1;
}

bool DrizzleColumnWriter::isColumnPrimaryKey(const model::Table &table, const Column &column)
{
    // A table-level key stays table-level even on one column: `.primaryKey()` would also make the column NOT NULL,
    // which drizzle-kit records differently from `primaryKey({ columns: [x] })`.
    return !table.primaryKey && column.primaryKey;
}

QString DrizzleColumnWriter::write(const Column &column) const
{
    QString line = ts::propertyKey(column.effectiveTsName()) + QLatin1String(": ") + builder(column);
    if (isColumnPrimaryKey(m_table, column)) {
        line += column.autoincrement ? QStringLiteral(".primaryKey({ autoIncrement: true })")
                                     : QStringLiteral(".primaryKey()");
    } else if (column.notNull) {
        line += QStringLiteral(".notNull()");
    }
    if (column.unique)
        line += QStringLiteral(".unique()");
    line += defaultCall(column);
    if (column.generated) {
        m_imports.add(kOrm, QStringLiteral("sql"));
        line += QStringLiteral(".generatedAlwaysAs(") + ts::sqlTemplate(column.generated->expression);
        if (column.generated->storage == model::GeneratedColumn::Storage::Stored)
            line += QStringLiteral(", { mode: 'stored' }");
        line += u')';
    }
    for (const model::ForeignKey &fk : m_table.foreignKeys) {
        if (isInlineForeignKey(fk) && fk.columns.first() == column.id)
            line += referencesCall(fk);
    }
    return line;
}

QString DrizzleColumnWriter::builder(const Column &column) const
{
    const QString function = builderFunction(column.type);
    m_imports.add(kCore, function);
    QStringList config;
    if (column.mode != DrizzleMode::None)
        config << QStringLiteral("mode: ") + ts::stringLiteral(model::drizzleModeName(column.mode));
    if (column.type == SqlType::Text && column.length)
        config << QStringLiteral("length: %1").arg(*column.length);
    if (column.type == SqlType::Text && !column.enumValues.isEmpty() && column.mode == DrizzleMode::None)
        config << QStringLiteral("enum: ") + ts::stringArray(column.enumValues);

    QStringList arguments;
    if (column.effectiveTsName() != column.name)
        arguments << ts::stringLiteral(column.name);
    if (!config.isEmpty())
        arguments << QStringLiteral("{ ") + config.join(QLatin1String(", ")) + QStringLiteral(" }");
    return function + u'(' + arguments.join(QLatin1String(", ")) + u')';
}

QString DrizzleColumnWriter::defaultCall(const Column &column) const
{
    const ColumnDefault &d = column.defaultValue;
    QString value;
    switch (d.kind()) {
    case ColumnDefault::Kind::None:
        return {};
    case ColumnDefault::Kind::Number:
        value = column.acceptsNumberLiteral() ? d.text() : ts::sqlTemplate(d.text());
        break;
    case ColumnDefault::Kind::String:
        if (model::isJsonValueDefault(column))
            value = d.text(); // the value itself, as drizzle-kit must see it (JSON is a JavaScript literal)
        else if (column.type == SqlType::Text && column.mode == DrizzleMode::None)
            value = ts::stringLiteral(d.text());
        else
            value = ts::sqlTemplate(quotedSqlString(d.text()));
        break;
    case ColumnDefault::Kind::Boolean:
        value = column.mode == DrizzleMode::Boolean ? d.text() : ts::sqlTemplate(d.text());
        break;
    case ColumnDefault::Kind::Expression:
        value = ts::sqlTemplate(d.text());
        break;
    }
    if (value.startsWith(QLatin1String("sql`")))
        m_imports.add(kOrm, QStringLiteral("sql"));
    return QStringLiteral(".default(") + value + u')';
}

QString DrizzleColumnWriter::referencesCall(const model::ForeignKey &fk) const
{
    const model::Table *target = m_schema.table(fk.targetTable);
    const model::Column *targetColumn = target ? target->column(fk.targetColumns.first()) : nullptr;
    if (!target || !targetColumn)
        return {}; // a dangling reference is a validation error; export refuses such projects before this
    const QString access = ts::memberAccess(target->effectiveTsName(), targetColumn->effectiveTsName());
    QString arrow = QStringLiteral("() => ");
    if (target->id == m_table.id || reaches(m_schema, *target, m_table.id)) {
        // A reference to the table itself, or to a table whose references lead back to it, needs an explicit
        // return type, or TypeScript reports a circular initializer.
        m_imports.addType(kCore, QStringLiteral("AnySQLiteColumn"));
        arrow = QStringLiteral("(): AnySQLiteColumn => ");
    }
    const QString actions = actionsObject(fk);
    return QStringLiteral(".references(") + arrow + access +
           (actions.isEmpty() ? QString() : QLatin1String(", ") + actions) + u')';
}

} // namespace tw::codegen
