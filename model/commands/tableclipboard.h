// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/layout/diagramlayout.h"
#include "model/project/project.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QStringList>

namespace tw::model::tableclipboard {

/// The clipboard's MIME type for copied tables (the text is also put on the clipboard as plain JSON).
inline constexpr char kMimeType[] = "application/x-tablewright-tables";

/// What Copy puts on the clipboard for @p tableIds of @p project: a project file (ProjectWriter's format) holding
/// the copied tables with their cards, and, without cards, the tables their foreign keys point at, so that Paste
/// in another project can find those by name. Empty when no id names a table.
QByteArray copy(const Project &project, const QList<Id> &tableIds);

/// The tables to add for a paste, and what could not come along.
struct Pasted
{
    QList<Table> tables;       ///< fresh ids; names kept where free, else numbered (`users_2`)
    QList<TableLayout> layout; ///< one card per table, the copied arrangement moved to start at the paste point
    /// Foreign keys left out, each as `posts.author_id → users`: their target is neither pasted too nor a table
    /// of the same name with the same key columns in this project.
    QStringList droppedKeys;
};

/// Reads @p bytes (from copy()) for pasting into @p destination with the cards' top-left at @p at. A foreign key
/// between pasted tables points at the pasted copy; one to another table points at the destination's table of the
/// same name (its columns matched by name), or is dropped and named in droppedKeys. An error for bytes that are
/// not copied tables.
Result<Pasted> paste(const QByteArray &bytes, const Schema &destination, QPointF at);

} // namespace tw::model::tableclipboard
