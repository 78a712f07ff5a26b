// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/layout/diagramlayout.h"
#include "model/project/baseline.h"
#include "model/project/columnfill.h"
#include "model/project/projectsettings.h"
#include "model/schema/schema.h"

namespace tw::model {

class JsonCursor;

/// Reads the sections of a project file beside the schema: `layout`, `settings` and `baseline`.
class SectionJsonReader
{
public:
    /// Layout entries must belong to a table or view of @p schema (a card for nothing is an error), or be a note or a
    /// diagram view (diagrampartsjson).
    static bool readLayout(const JsonCursor &cursor, const Schema &schema, DiagramLayout *layout);
    static bool readSettings(const JsonCursor &cursor, ProjectSettings *settings);
    /// Baseline ids may name objects no longer in the schema: they were dropped since the last migration.
    static bool readBaseline(const JsonCursor &cursor, Baseline *baseline);
    /// `fills`: the pending data migrations (ColumnFill), an array of {table, column, sql, since?}.
    static bool readFills(const JsonCursor &cursor, QList<ColumnFill> *fills);
    /// A layout colour, `#rrggbb` (cards and notes).
    static bool readColor(const JsonCursor &cursor, QColor *color);

private:
    static bool readDiagramPart(const JsonCursor &cursor, const Id &id, const QSet<Id> &cardIds, DiagramLayout *layout);
    static bool readTableLayout(const JsonCursor &cursor, TableLayout *item);
    static bool readBaselineTable(const JsonCursor &cursor, Baseline::TableNames *names);
    static bool readNameMap(const JsonCursor &cursor, QMap<Id, QString> *names);
    /// The keys of a map object as ids.
    static bool readKeyId(const JsonCursor &map, const QString &key, Id *id);
};

} // namespace tw::model
