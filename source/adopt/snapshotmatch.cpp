// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/adopt/snapshotmatch.h"

#include "model/schema/importedschema.h"
#include "model/schema/naming.h"

namespace tw::source {

using model::naming::sqlFoldedName;

namespace {

const model::View *viewNamed(const model::Schema &schema, const QString &name)
{
    for (const model::View &view : schema.views) {
        if (sqlFoldedName(view.name) == sqlFoldedName(name))
            return &view;
    }
    return nullptr;
}

} // namespace

model::Baseline SnapshotMatch::baselineFor(const model::Schema &schema, const migrations::Snapshot &snapshot)
{
    model::Baseline baseline;
    baseline.snapshotId = snapshot.id;
    for (const model::Table &table : schema.tables) {
        const model::Table *old = snapshot.schema.tableNamed(table.name);
        if (!old)
            continue;
        model::Baseline::TableNames names;
        names.name = old->name;
        for (const model::Column &column : table.columns) {
            if (const model::Column *oldColumn = old->columnNamed(column.name))
                names.columns.insert(column.id, oldColumn->name);
        }
        baseline.tables.insert(table.id, names);
    }
    for (const model::View &view : schema.views) {
        if (const model::View *old = viewNamed(snapshot.schema, view.name))
            baseline.views.insert(view.id, old->name);
    }
    return baseline;
}

void SnapshotMatch::keepOrReportMissing(model::Schema &schema, const model::Schema &snapshotSchema,
                                        bool sourceIncomplete, QStringList *warnings)
{
    model::Schema kept;
    for (const model::Table &table : snapshotSchema.tables) {
        if (schema.tableNamed(table.name))
            continue;
        if (sourceIncomplete && !schema.table(table.id))
            kept.tables << table;
        else
            *warnings << QStringLiteral("table %1 is in the latest snapshot but not in the schema source: the next "
                                        "migration drops it")
                             .arg(table.name);
    }
    for (const model::View &view : snapshotSchema.views) {
        if (viewNamed(schema, view.name))
            continue;
        if (sourceIncomplete && !schema.view(view.id))
            kept.views << view;
        else
            *warnings << QStringLiteral("view %1 is in the latest snapshot but not in the schema source: the next "
                                        "migration drops it")
                             .arg(view.name);
    }
    if (kept.tables.isEmpty() && kept.views.isEmpty())
        return;
    model::prepareImportedSchema(kept);
    for (const model::Table &table : std::as_const(kept.tables)) {
        *warnings << QStringLiteral("table %1 is taken from the latest snapshot: the schema source could not be read "
                                    "whole, and it may be what failed")
                         .arg(table.name);
        schema.tables << table;
    }
    for (const model::View &view : std::as_const(kept.views))
        schema.views << view;
}

void SnapshotMatch::fillFromSnapshot(model::Schema &schema, const model::Schema &snapshotSchema)
{
    for (model::View &view : schema.views) {
        const model::View *old = viewNamed(snapshotSchema, view.name);
        if (old && view.definition.isEmpty() && !view.isExisting)
            view.definition = old->definition;
    }
}

void SnapshotMatch::reportPending(const model::Schema &schema, const model::Schema &snapshotSchema,
                                  QStringList *warnings)
{
    for (const model::Table &table : schema.tables) {
        const model::Table *old = snapshotSchema.tableNamed(table.name);
        if (!old) {
            *warnings << QStringLiteral("table %1 is in the schema source but not in the latest snapshot: the next "
                                        "migration creates it")
                             .arg(table.name);
            continue;
        }
        for (const model::Column &column : table.columns) {
            if (!old->columnNamed(column.name))
                *warnings << QStringLiteral("column %1.%2 is in the schema source but not in the latest snapshot: the "
                                            "next migration adds it")
                                 .arg(table.name, column.name);
        }
        for (const model::Column &column : old->columns) {
            if (!table.columnNamed(column.name))
                *warnings << QStringLiteral("column %1.%2 is in the latest snapshot but not in the schema source: the "
                                            "next migration drops it")
                                 .arg(table.name, column.name);
        }
    }
}

} // namespace tw::source
