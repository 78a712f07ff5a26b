// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::model {

/// The QUndoCommand::id() of every Tablewright command. QUndoStack only offers a command to mergeWith() when
/// the ids are equal, so two kinds must never share an id: mergeWith() relies on it to downcast.
enum class CommandId {
    Compound = 1,
    AddRemoveTable,
    MoveTable,
    ChangeTableAttributes,
    ReplaceTable,
    AddRemoveView,
    MoveView,
    ChangeView,
    AddRemoveColumn,
    AddRemoveIndex,
    AddRemoveForeignKey,
    AddRemoveUniqueConstraint,
    AddRemoveCheckConstraint,
    MoveColumn,
    MoveIndex,
    MoveForeignKey,
    MoveUniqueConstraint,
    MoveCheckConstraint,
    ChangeColumn,
    ChangeIndex,
    ChangeForeignKey,
    ChangeUniqueConstraint,
    ChangeCheckConstraint,
    ChangeSettings,
    ChangeBaseline,
    ChangeFills,
    MoveLayoutItems,
    ColorLayoutItems,
    GroupLayoutItems,
    PlaceLayoutItems,
    ChangeDiagramParts,
};

} // namespace tw::model
