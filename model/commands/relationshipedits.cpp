// SPDX-License-Identifier: GPL-3.0-or-later
// compoundedits::addRelationship: the one way a foreign key is added, from a diagram drag or the dialog.
#include "model/commands/addremovecommand.h"
#include "model/commands/compoundcommand.h"
#include "model/commands/compoundedits.h"
#include "model/commands/replacevaluecommand.h"
#include "model/document/schemadocument.h"

namespace tw::model::compoundedits {

std::unique_ptr<DocumentCommand> addRelationship(SchemaDocument *document, const RelationshipDraft &draft)
{
    const Schema &schema = document->schema();
    if (!draft.problem(schema).isEmpty())
        return nullptr;
    const Table &child = *schema.table(draft.childTable);
    const Table &parent = *schema.table(draft.parentTable);
    const Column &target = *parent.column(draft.targetColumn);
    const bool isNew = draft.column.isNull();

    Column referencing = isNew ? Column{} : *child.column(draft.column);
    if (isNew) {
        referencing.id = Id::generate();
        referencing.name = draft.newColumnName.trimmed();
        referencing.notNull = draft.notNull;
    }
    const Column before = referencing;
    referencing = referencingColumn(referencing, target, isNew);

    auto command = std::make_unique<CompoundCommand>(
        document,
        QStringLiteral("Add relationship %1.%2 → %3.%4").arg(child.name, referencing.name, parent.name, target.name));
    if (isNew)
        new AddRemoveItemCommand<Column>(document, child.id, referencing, -1, command.get());
    else if (!(before == referencing))
        new ChangeItemCommand<Column>(document, {child.id, referencing.id}, referencing, EditAspect::Whole, false,
                                      command.get());
    ForeignKey fk;
    fk.id = Id::generate();
    fk.columns = {referencing.id};
    fk.targetTable = parent.id;
    fk.targetColumns = {target.id};
    fk.onDelete = draft.onDelete;
    fk.onUpdate = draft.onUpdate;
    new AddRemoveItemCommand<ForeignKey>(document, child.id, fk, -1, command.get());
    if (draft.addsIndex(schema)) {
        Index index;
        index.id = Id::generate();
        index.name = draft.indexName(schema);
        index.parts << IndexPart::ofColumn(referencing.id);
        new AddRemoveItemCommand<Index>(document, child.id, index, -1, command.get());
    }
    return command;
}

} // namespace tw::model::compoundedits
