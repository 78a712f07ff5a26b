// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document/schemadocument.h"

#include <QUndoCommand>

namespace tw::model {

/// Base of every Tablewright command. It holds the document (which owns the stack, so it outlives every
/// command), runs each redo/undo inside a SchemaDocument::ChangeGroup so that a compound edit emits
/// `schemaChanged()` once, and says whether it touches the schema at all.
///
/// Without an override of apply()/revert() it is a compound: redo runs the children in order and undo runs them
/// in reverse (QUndoCommand's own behaviour). Children of a DocumentCommand must be DocumentCommands.
class DocumentCommand : public QUndoCommand
{
public:
    explicit DocumentCommand(SchemaDocument *document, QUndoCommand *parent = nullptr);

    /// Whether redo/undo change schema() and so reach the differ and code export. Layout, settings and
    /// baseline commands answer false. The default answers for the children: true if any child does.
    virtual bool changesSchema() const;

    void redo() final;
    void undo() final;

protected:
    SchemaDocument *document() const { return m_document; }
    /// What SchemaDocument's mutators ask for: only commands can change the document.
    static CommandKey commandKey() { return CommandKey(); }
    virtual void apply();
    virtual void revert();

private:
    SchemaDocument *m_document;
};

} // namespace tw::model
