// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/relationshipdraft.h"

#include "model/schema/naming.h"
#include "model/schema/pluralize.h"
#include "model/schema/schema.h"
#include "model/schema/uniquenames.h"

#include <QCoreApplication>

namespace tw::model {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::model::RelationshipDraft", text);
}

bool isIndexed(const Table &table, const Id &columnId)
{
    if (table.primaryKeyColumns().value(0) == columnId)
        return true;
    for (const Index &index : table.indexes) {
        if (!index.parts.isEmpty() && index.parts.first().column == columnId && index.where.isEmpty())
            return true;
    }
    return false;
}

// One NOT NULL column per key column of @p side, plus the cascading foreign key over them. Two sides with the same
// singular (`post` and `posts`) would name their columns alike: the second side's get a number.
QList<Id> addSide(Table &junction, const Table &side)
{
    ForeignKey fk;
    fk.id = Id::generate();
    fk.targetTable = side.id;
    fk.onDelete = ReferentialAction::Cascade;
    for (const Id &keyId : side.primaryKeyColumns()) {
        const Column *key = side.column(keyId);
        Column column;
        column.id = Id::generate();
        column.name = uniquenames::firstFreeName(
            pluralize::singular(side.name) + QLatin1Char('_') + key->name,
            [&junction](const QString &name) { return junction.columnNamed(name) != nullptr; });
        column = referencingColumn(column, *key, true);
        column.notNull = true;
        junction.columns << column;
        fk.columns << column.id;
        fk.targetColumns << keyId;
    }
    junction.foreignKeys << fk;
    return fk.columns;
}

} // namespace

RelationshipDraft RelationshipDraft::suggested(const Schema &schema, const Id &child, const Id &parent)
{
    RelationshipDraft draft;
    draft.childTable = child;
    draft.parentTable = parent;
    if (const Table *parentTable = schema.table(parent)) {
        draft.targetColumn = referencedColumn(*parentTable, {});
        const Column *key = parentTable->column(draft.targetColumn);
        draft.newColumnName =
            pluralize::singular(parentTable->name) + QLatin1Char('_') + (key ? key->name : QStringLiteral("id"));
    }
    return draft;
}

RelationshipDraft RelationshipDraft::ofColumn(const Id &child, const Id &column, const Id &parent,
                                              const Id &targetColumn)
{
    RelationshipDraft draft;
    draft.childTable = child;
    draft.column = column;
    draft.parentTable = parent;
    draft.targetColumn = targetColumn;
    return draft;
}

QString RelationshipDraft::problem(const Schema &schema) const
{
    const Table *child = schema.table(childTable);
    const Table *parent = schema.table(parentTable);
    if (!child)
        return tr("Pick the table that holds the foreign key.");
    if (!parent)
        return tr("Pick the table the foreign key references.");
    const Column *target = parent->column(targetColumn);
    if (!target)
        return tr("`%1` has no single-column primary or unique key to reference.").arg(parent->name);
    if (!parent->isUniqueKey({targetColumn}))
        return tr("`%1.%2` is not a primary or unique key: a foreign key must reference one.")
            .arg(parent->name, target->name);
    const Column *existing = child->column(column);
    if (!column.isNull() && !existing)
        return tr("The column no longer exists in `%1`.").arg(child->name);
    if (existing && existing->id == targetColumn)
        return tr("A column cannot reference itself.");
    if (existing) {
        for (const ForeignKey &fk : child->foreignKeys) {
            if (fk.columns == QList<Id>{column} && fk.targetTable == parentTable)
                return tr("`%1.%2` already references `%3`.").arg(child->name, existing->name, parent->name);
        }
    } else {
        const QString name = newColumnName.trimmed();
        if (name.isEmpty())
            return tr("Name the new column.");
        if (const QString why = naming::sqliteNameProblem(name); !why.isEmpty())
            return tr("Column name: %1").arg(why);
        if (child->columnNamed(name))
            return tr("`%1` already has a column `%2`; pick it from the list or choose another name.")
                .arg(child->name, name);
    }
    const bool required = existing ? existing->notNull : notNull;
    if (required && onDelete == ReferentialAction::SetNull)
        return tr("ON DELETE SET NULL needs a column that may be NULL: untick Required or pick another action.");
    if (required && onUpdate == ReferentialAction::SetNull)
        return tr("ON UPDATE SET NULL needs a column that may be NULL: untick Required or pick another action.");
    return {};
}

QString RelationshipDraft::indexName(const Schema &schema) const
{
    const Table *child = schema.table(childTable);
    const Column *existing = child ? child->column(column) : nullptr;
    const QString stem = QStringLiteral("%1_%2_idx")
                             .arg(child ? child->name : QString(), existing ? existing->name : newColumnName.trimmed());
    return uniquenames::unusedName(schema, uniquenames::Kind::Index, stem);
}

bool RelationshipDraft::addsIndex(const Schema &schema) const
{
    const Table *child = schema.table(childTable);
    return createIndex && child && (column.isNull() || !isIndexed(*child, column));
}

QString RelationshipDraft::summary(const Schema &schema) const
{
    const QString why = problem(schema);
    if (!why.isEmpty())
        return why;
    const Table *child = schema.table(childTable);
    const Table *parent = schema.table(parentTable);
    const Column *existing = child->column(column);
    const QString columnName = existing ? existing->name : newColumnName.trimmed();
    const bool required = existing ? existing->notNull : notNull;
    const bool oneToOne = existing && child->isUniqueKey({column});
    return tr("%1.%2 → %3.%4: %5 %6 per %7, %8")
        .arg(child->name, columnName, parent->name, parent->column(targetColumn)->name,
             oneToOne ? tr("at most one") : tr("many"), child->name, pluralize::singular(parent->name),
             required ? tr("required") : tr("optional"));
}

Id referencedColumn(const Table &parent, const Id &droppedOn)
{
    if (!droppedOn.isNull() && parent.column(droppedOn) && parent.isUniqueKey({droppedOn}))
        return droppedOn;
    const QList<Id> key = parent.primaryKeyColumns();
    return key.size() == 1 ? key.first() : Id();
}

std::optional<Table> junctionTable(const Schema &schema, const Table &a, const Table &b)
{
    if (a.id == b.id || a.primaryKeyColumns().isEmpty() || b.primaryKeyColumns().isEmpty())
        return std::nullopt;
    Table junction;
    junction.id = Id::generate();
    junction.name = uniquenames::unusedName(schema, uniquenames::Kind::Table,
                                            pluralize::singular(a.name) + QLatin1Char('_') + b.name);
    const QList<Id> first = addSide(junction, a);
    const QList<Id> second = addSide(junction, b);
    junction.primaryKey = PrimaryKey{Id::generate(), {}, first + second};
    Index index;
    index.id = Id::generate();
    index.name = uniquenames::columnsIndexName(schema, junction, second);
    for (const Id &columnId : second)
        index.parts << IndexPart::ofColumn(columnId);
    junction.indexes << index;
    return junction;
}

} // namespace tw::model
