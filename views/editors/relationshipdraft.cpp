// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editors/relationshipdraft.h"

#include "model/commands/addremovecommand.h"
#include "model/commands/compoundcommand.h"
#include "model/commands/replacevaluecommand.h"
#include "model/document/schemadocument.h"
#include "model/schema/naming.h"
#include "model/schema/pluralize.h"
#include "model/schema/schema.h"
#include "model/schema/uniquenames.h"
#include "views/diagram/relationshipedits.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace tw::views {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::views::RelationshipDraft", text);
}

bool isIndexed(const model::Table &table, const model::Id &columnId)
{
    if (table.primaryKeyColumns().value(0) == columnId)
        return true;
    for (const model::Index &index : table.indexes) {
        if (!index.parts.isEmpty() && index.parts.first().column == columnId && index.where.isEmpty())
            return true;
    }
    return false;
}

} // namespace

RelationshipDraft RelationshipDraft::suggested(const model::Schema &schema, const model::Id &child,
                                               const model::Id &parent)
{
    RelationshipDraft draft;
    draft.childTable = child;
    draft.parentTable = parent;
    if (const model::Table *parentTable = schema.table(parent)) {
        draft.targetColumn = relationshipedits::referencedColumn(*parentTable, {});
        const model::Column *key = parentTable->column(draft.targetColumn);
        draft.newColumnName =
            model::pluralize::singular(parentTable->name) + QLatin1Char('_') + (key ? key->name : QStringLiteral("id"));
    }
    return draft;
}

QString RelationshipDraft::problem(const model::Schema &schema) const
{
    const model::Table *child = schema.table(childTable);
    const model::Table *parent = schema.table(parentTable);
    if (!child)
        return tr("Pick the table that holds the foreign key.");
    if (!parent)
        return tr("Pick the table the foreign key references.");
    const model::Column *target = parent->column(targetColumn);
    if (!target)
        return tr("`%1` has no single-column primary or unique key to reference.").arg(parent->name);
    if (!parent->isUniqueKey({targetColumn}))
        return tr("`%1.%2` is not a primary or unique key: a foreign key must reference one.")
            .arg(parent->name, target->name);
    const model::Column *existing = child->column(column);
    if (!column.isNull() && !existing)
        return tr("The column no longer exists in `%1`.").arg(child->name);
    if (existing && existing->id == targetColumn)
        return tr("A column cannot reference itself.");
    if (existing) {
        for (const model::ForeignKey &fk : child->foreignKeys) {
            if (fk.columns == QList<model::Id>{column} && fk.targetTable == parentTable)
                return tr("`%1.%2` already references `%3`.").arg(child->name, existing->name, parent->name);
        }
    } else {
        const QString name = newColumnName.trimmed();
        if (name.isEmpty())
            return tr("Name the new column.");
        if (const QString why = model::naming::sqliteNameProblem(name); !why.isEmpty())
            return tr("Column name: %1").arg(why);
        if (child->columnNamed(name))
            return tr("`%1` already has a column `%2`; pick it from the list or choose another name.")
                .arg(child->name, name);
    }
    const bool required = existing ? existing->notNull : notNull;
    if (required && onDelete == model::ReferentialAction::SetNull)
        return tr("ON DELETE SET NULL needs a column that may be NULL: untick Required or pick another action.");
    if (required && onUpdate == model::ReferentialAction::SetNull)
        return tr("ON UPDATE SET NULL needs a column that may be NULL: untick Required or pick another action.");
    return {};
}

QString RelationshipDraft::indexName(const model::Schema &schema) const
{
    const model::Table *child = schema.table(childTable);
    const model::Column *existing = child ? child->column(column) : nullptr;
    const QString stem = QStringLiteral("%1_%2_idx")
                             .arg(child ? child->name : QString(), existing ? existing->name : newColumnName.trimmed());
    return model::uniquenames::unusedName(schema, model::uniquenames::Kind::Index, stem);
}

QString RelationshipDraft::summary(const model::Schema &schema) const
{
    const QString why = problem(schema);
    if (!why.isEmpty())
        return why;
    const model::Table *child = schema.table(childTable);
    const model::Table *parent = schema.table(parentTable);
    const model::Column *existing = child->column(column);
    const QString columnName = existing ? existing->name : newColumnName.trimmed();
    const bool required = existing ? existing->notNull : notNull;
    const bool oneToOne = existing && child->isUniqueKey({column});
    return tr("%1.%2 → %3.%4: %5 %6 per %7, %8")
        .arg(child->name, columnName, parent->name, parent->column(targetColumn)->name,
             oneToOne ? tr("at most one") : tr("many"), child->name, model::pluralize::singular(parent->name),
             required ? tr("required") : tr("optional"));
}

bool RelationshipDraft::apply(model::SchemaDocument *document) const
{
    const model::Schema &schema = document->schema();
    if (!problem(schema).isEmpty())
        return false;
    const model::Table *child = schema.table(childTable);
    const model::Table *parent = schema.table(parentTable);
    const model::Column &target = *parent->column(targetColumn);

    model::Column referencing = column.isNull() ? model::Column{} : *child->column(column);
    const bool isNew = column.isNull();
    if (isNew) {
        referencing.id = model::Id::generate();
        referencing.name = newColumnName.trimmed();
        referencing.notNull = notNull;
    }
    const model::Column before = referencing;
    referencing = model::referencingColumn(referencing, target, isNew);

    auto command = std::make_unique<model::CompoundCommand>(
        document,
        QStringLiteral("Add relationship %1.%2 → %3.%4").arg(child->name, referencing.name, parent->name, target.name));
    if (isNew)
        new model::AddRemoveItemCommand<model::Column>(document, childTable, referencing, -1, command.get());
    else if (!(before == referencing))
        new model::ChangeItemCommand<model::Column>(document, {childTable, column}, referencing,
                                                    model::EditAspect::Whole, false, command.get());
    model::ForeignKey fk;
    fk.id = model::Id::generate();
    fk.columns = {referencing.id};
    fk.targetTable = parentTable;
    fk.targetColumns = {targetColumn};
    fk.onDelete = onDelete;
    fk.onUpdate = onUpdate;
    new model::AddRemoveItemCommand<model::ForeignKey>(document, childTable, fk, -1, command.get());
    if (createIndex && (isNew || !isIndexed(*child, column))) {
        model::Index index;
        index.id = model::Id::generate();
        index.name = indexName(schema);
        index.parts << model::IndexPart::ofColumn(referencing.id);
        new model::AddRemoveItemCommand<model::Index>(document, childTable, index, -1, command.get());
    }
    document->undoStack()->push(command.release());
    return true;
}

} // namespace tw::views
