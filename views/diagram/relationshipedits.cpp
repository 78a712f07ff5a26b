// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/relationshipedits.h"

#include "model/commands/addremovecommand.h"
#include "model/commands/compoundcommand.h"
#include "model/commands/replacevaluecommand.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/schema/pluralize.h"
#include "model/schema/schema.h"
#include "model/schema/uniquenames.h"

#include <QUndoStack>

namespace tw::views::relationshipedits {
namespace {

bool alreadyReferences(const model::Table &child, const model::Id &columnId, const model::Id &parentTableId,
                       const model::Id &targetColumnId)
{
    for (const model::ForeignKey &fk : child.foreignKeys) {
        if (fk.columns == QList<model::Id>{columnId} && fk.targetTable == parentTableId &&
            fk.targetColumns == QList<model::Id>{targetColumnId})
            return true;
    }
    return false;
}

// One NOT NULL column per key column of @p side, plus the cascading foreign key over them.
QList<model::Id> addSide(model::Table &junction, const model::Table &side)
{
    model::ForeignKey fk;
    fk.id = model::Id::generate();
    fk.targetTable = side.id;
    fk.onDelete = model::ReferentialAction::Cascade;
    for (const model::Id &keyId : side.primaryKeyColumns()) {
        const model::Column *key = side.column(keyId);
        model::Column column;
        column.id = model::Id::generate();
        column.name = model::pluralize::singular(side.name) + QLatin1Char('_') + key->name;
        column = model::referencingColumn(column, *key, true);
        column.notNull = true;
        junction.columns << column;
        fk.columns << column.id;
        fk.targetColumns << keyId;
    }
    junction.foreignKeys << fk;
    return fk.columns;
}

} // namespace

model::Id referencedColumn(const model::Table &parent, const model::Id &droppedOn)
{
    if (!droppedOn.isNull() && parent.column(droppedOn) && parent.isUniqueKey({droppedOn}))
        return droppedOn;
    const QList<model::Id> key = parent.primaryKeyColumns();
    return key.size() == 1 ? key.first() : model::Id();
}

bool addForeignKey(model::SchemaDocument *document, const model::Id &childTableId, const model::Id &columnId,
                   const model::Id &parentTableId, const model::Id &targetColumnId)
{
    const model::Table *child = document->schema().table(childTableId);
    const model::Table *parent = document->schema().table(parentTableId);
    const model::Column *column = child ? child->column(columnId) : nullptr;
    const model::Column *target = parent ? parent->column(targetColumnId) : nullptr;
    if (!column || !target || (childTableId == parentTableId && columnId == targetColumnId) ||
        alreadyReferences(*child, columnId, parentTableId, targetColumnId))
        return false;

    auto command = std::make_unique<model::CompoundCommand>(
        document,
        QStringLiteral("Add foreign key %1.%2 → %3.%4").arg(child->name, column->name, parent->name, target->name));
    const model::Column followed = model::referencingColumn(*column, *target, false);
    if (!(followed == *column))
        new model::ChangeItemCommand<model::Column>(document, {childTableId, columnId}, followed,
                                                    model::EditAspect::Whole, false, command.get());
    model::ForeignKey fk;
    fk.id = model::Id::generate();
    fk.columns = {columnId};
    fk.targetTable = parentTableId;
    fk.targetColumns = {targetColumnId};
    new model::AddRemoveItemCommand<model::ForeignKey>(document, childTableId, fk, -1, command.get());
    document->undoStack()->push(command.release());
    return true;
}

std::optional<model::Table> junctionTable(const model::Schema &schema, const model::Table &a, const model::Table &b)
{
    if (a.id == b.id || a.primaryKeyColumns().isEmpty() || b.primaryKeyColumns().isEmpty())
        return std::nullopt;
    model::Table junction;
    junction.id = model::Id::generate();
    junction.name = model::uniquenames::unusedName(schema, model::uniquenames::Kind::Table,
                                                   model::pluralize::singular(a.name) + QLatin1Char('_') + b.name);
    const QList<model::Id> first = addSide(junction, a);
    const QList<model::Id> second = addSide(junction, b);
    junction.primaryKey = model::PrimaryKey{model::Id::generate(), {}, first + second};
    model::Index index;
    index.id = model::Id::generate();
    index.name = model::uniquenames::unusedName(schema, model::uniquenames::Kind::Index,
                                                junction.name + QLatin1Char('_') +
                                                    junction.columnNames(second).join(QLatin1Char('_')) +
                                                    QStringLiteral("_idx"));
    for (const model::Id &columnId : second)
        index.parts << model::IndexPart::ofColumn(columnId);
    junction.indexes << index;
    return junction;
}

model::Id addManyToMany(model::SchemaDocument *document, const model::Id &a, const model::Id &b,
                        const QPointF &position)
{
    const model::Table *first = document->schema().table(a);
    const model::Table *second = document->schema().table(b);
    if (!first || !second)
        return {};
    std::optional<model::Table> junction = junctionTable(document->schema(), *first, *second);
    if (!junction)
        return {};
    return model::SchemaEditor(document).addTable(std::move(*junction), position);
}

} // namespace tw::views::relationshipedits
