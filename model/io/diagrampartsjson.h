// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/io/orderedjson.h"
#include "model/layout/diagramlayout.h"
#include "model/schema/schema.h"

namespace tw::model {

class JsonCursor;

/// The notes and diagram views in the `layout` section of a project file. They share the section's one map keyed by
/// id with the cards' entries (one object per id, so two people adding notes touch different lines), told apart by
/// their keys: a note has `text`, a diagram view has `name` and `cards`.
namespace diagrampartsjson {

/// Whether the layout entry at @p cursor is a note or a diagram view rather than a card's entry.
bool isNote(const JsonCursor &cursor);
bool isSubDiagram(const JsonCursor &cursor);

bool readNote(const JsonCursor &cursor, DiagramNote *note);
/// Cards must be tables or views of @p schema.
bool readSubDiagram(const JsonCursor &cursor, const QSet<Id> &cardIds, SubDiagram *subDiagram);
/// Every note's diagram must be one of @p layout's diagram views; @p layoutCursor names the place of an error.
bool checkNoteDiagrams(const JsonCursor &layoutCursor, const DiagramLayout &layout);

OrderedJson writeNote(const DiagramNote &note);
/// Cards of tables and views no longer in @p schema are left out.
OrderedJson writeSubDiagram(const SubDiagram &subDiagram, const QSet<Id> &cardIds);

} // namespace diagrampartsjson
} // namespace tw::model
