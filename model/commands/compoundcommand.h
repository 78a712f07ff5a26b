// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/commandid.h"
#include "model/commands/documentcommand.h"

namespace tw::model {

/// One undo step made of child commands (created with this as their parent), e.g. removing a table together
/// with the foreign keys that point at it. Never merges.
class CompoundCommand : public DocumentCommand
{
public:
    CompoundCommand(SchemaDocument *document, const QString &text, QUndoCommand *parent = nullptr)
        : DocumentCommand(document, parent)
    {
        setText(text);
    }

    int id() const override { return int(CommandId::Compound); }
};

} // namespace tw::model
