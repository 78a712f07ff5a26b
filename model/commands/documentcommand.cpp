// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/documentcommand.h"

#include "model/document/schemadocument.h"

namespace tw::model {

DocumentCommand::DocumentCommand(SchemaDocument *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
}

bool DocumentCommand::changesSchema() const
{
    for (int i = 0; i < childCount(); ++i) {
        const auto *command = dynamic_cast<const DocumentCommand *>(child(i));
        if (command && command->changesSchema())
            return true;
    }
    return false;
}

void DocumentCommand::redo()
{
    SchemaDocument::ChangeGroup group(m_document);
    apply();
}

void DocumentCommand::undo()
{
    SchemaDocument::ChangeGroup group(m_document);
    revert();
}

void DocumentCommand::apply()
{
    QUndoCommand::redo();
}

void DocumentCommand::revert()
{
    QUndoCommand::undo();
}

} // namespace tw::model
