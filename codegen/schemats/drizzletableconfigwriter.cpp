// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/schemats/drizzletableconfigwriter.h"

#include "codegen/schemats/drizzlecolumnwriter.h"
#include "codegen/typescript/tsimports.h"
#include "codegen/typescript/tsliteral.h"

namespace tw::codegen {
namespace {

const QString kCore = QStringLiteral("drizzle-orm/sqlite-core");
const QString kOrm = QStringLiteral("drizzle-orm");

} // namespace

DrizzleTableConfigWriter::DrizzleTableConfigWriter(const model::Schema &schema, const model::Table &table,
                                                   TsImports &imports, QString parameter)
    : m_schema(schema)
    , m_table(table)
    , m_imports(imports)
    , m_parameter(std::move(parameter))
{
}

QStringList DrizzleTableConfigWriter::entries() const
{
    QStringList out;
    if (m_table.primaryKey)
        out << primaryKeyEntry(*m_table.primaryKey);
    for (const model::Index &index : m_table.indexes)
        out << indexEntry(index);
    for (const model::UniqueConstraint &unique : m_table.uniqueConstraints)
        out << uniqueEntry(unique);
    for (const model::ForeignKey &fk : m_table.foreignKeys) {
        if (!DrizzleColumnWriter::isInlineForeignKey(fk))
            out << foreignKeyEntry(fk);
    }
    for (const model::CheckConstraint &check : m_table.checkConstraints)
        out << checkEntry(check);
    return out;
}

QString DrizzleTableConfigWriter::columnRef(const model::Id &columnId) const
{
    const model::Column *column = m_table.column(columnId);
    return column ? ts::memberAccess(m_parameter, column->effectiveTsName()) : QString();
}

QString DrizzleTableConfigWriter::columnRefs(const QList<model::Id> &columnIds) const
{
    QStringList refs;
    for (const model::Id &id : columnIds)
        refs << columnRef(id);
    return refs.join(QLatin1String(", "));
}

QString DrizzleTableConfigWriter::primaryKeyEntry(const model::PrimaryKey &key) const
{
    m_imports.add(kCore, QStringLiteral("primaryKey"));
    QString args;
    if (!key.name.isEmpty())
        args += QStringLiteral("name: ") + ts::stringLiteral(key.name) + QLatin1String(", ");
    return QStringLiteral("primaryKey({ ") + args + QStringLiteral("columns: [") + columnRefs(key.columns) +
           QStringLiteral("] })");
}

QString DrizzleTableConfigWriter::indexEntry(const model::Index &index) const
{
    const QString function = index.unique ? QStringLiteral("uniqueIndex") : QStringLiteral("index");
    m_imports.add(kCore, function);
    QStringList parts;
    for (const model::IndexPart &part : index.parts) {
        if (part.isExpression()) {
            m_imports.add(kOrm, QStringLiteral("sql"));
            parts << ts::sqlTemplate(part.expression);
        } else {
            parts << columnRef(part.column);
        }
    }
    QString entry = function + u'(' + ts::stringLiteral(index.name) + QStringLiteral(").on(") +
                    parts.join(QLatin1String(", ")) + u')';
    if (!index.where.isEmpty()) {
        m_imports.add(kOrm, QStringLiteral("sql"));
        entry += QStringLiteral(".where(") + ts::sqlTemplate(index.where) + u')';
    }
    return entry;
}

QString DrizzleTableConfigWriter::uniqueEntry(const model::UniqueConstraint &unique) const
{
    m_imports.add(kCore, QStringLiteral("unique"));
    const QString name = unique.name.isEmpty() ? QString() : ts::stringLiteral(unique.name);
    return QStringLiteral("unique(") + name + QStringLiteral(").on(") + columnRefs(unique.columns) + u')';
}

QString DrizzleTableConfigWriter::foreignKeyEntry(const model::ForeignKey &fk) const
{
    m_imports.add(kCore, QStringLiteral("foreignKey"));
    const model::Table *target = m_schema.table(fk.targetTable);
    QStringList targets;
    if (target) {
        const QString object = target->id == m_table.id ? m_parameter : target->effectiveTsName();
        for (const model::Id &id : fk.targetColumns) {
            const model::Column *column = target->column(id);
            targets << (column ? ts::memberAccess(object, column->effectiveTsName()) : QString());
        }
    }
    QString entry = QStringLiteral("foreignKey({ ");
    if (!fk.name.isEmpty())
        entry += QStringLiteral("name: ") + ts::stringLiteral(fk.name) + QLatin1String(", ");
    entry += QStringLiteral("columns: [") + columnRefs(fk.columns) + QStringLiteral("], foreignColumns: [") +
             targets.join(QLatin1String(", ")) + QStringLiteral("] })");
    if (fk.onDelete != model::ReferentialAction::NoAction)
        entry += QStringLiteral(".onDelete(") + ts::stringLiteral(model::referentialActionName(fk.onDelete)) + u')';
    if (fk.onUpdate != model::ReferentialAction::NoAction)
        entry += QStringLiteral(".onUpdate(") + ts::stringLiteral(model::referentialActionName(fk.onUpdate)) + u')';
    return entry;
}

QString DrizzleTableConfigWriter::checkEntry(const model::CheckConstraint &check) const
{
    m_imports.add(kCore, QStringLiteral("check"));
    m_imports.add(kOrm, QStringLiteral("sql"));
    return QStringLiteral("check(") + ts::stringLiteral(check.name) + QLatin1String(", ") +
           ts::sqlTemplate(check.expression) + u')';
}

} // namespace tw::codegen
