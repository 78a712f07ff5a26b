// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/tableclipboard.h"

#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "model/schema/tablecopy.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace tw::model::tableclipboard {
namespace {

// The columns of @p to named as @p columns are named in @p from; empty when one is missing.
QList<Id> columnsByName(const Table &from, const QList<Id> &columns, const Table &to)
{
    QList<Id> mapped;
    for (const QString &name : from.columnNames(columns)) {
        const Column *column = to.columnNamed(name);
        if (!column)
            return {};
        mapped << column->id;
    }
    return mapped;
}

// Points the copy's foreign keys at the pasted copies or at the destination's tables of the same name.
void retarget(Table &copy, const Schema &copied, const QHash<Id, const Table *> &copies, const Schema &destination,
              QStringList *dropped)
{
    QList<ForeignKey> kept;
    for (ForeignKey fk : std::as_const(copy.foreignKeys)) {
        if (fk.targetTable == copy.id) {
            kept << fk; // a self-reference, remapped by copiedTable
            continue;
        }
        const Table *target = copied.table(fk.targetTable);
        const Table *into = copies.value(fk.targetTable);
        if (!into && target)
            into = destination.tableNamed(target->name);
        const QList<Id> columns = target && into ? columnsByName(*target, fk.targetColumns, *into) : QList<Id>();
        if (columns.isEmpty()) {
            *dropped << QStringLiteral("%1.%2 \u2192 %3")
                            .arg(copy.name, copy.columnNames(fk.columns).join(QLatin1Char(',')),
                                 target ? target->name : fk.targetTable.toString());
            continue;
        }
        fk.targetTable = into->id;
        fk.targetColumns = columns;
        kept << fk;
    }
    copy.foreignKeys = kept;
}

} // namespace

QByteArray copy(const Project &project, const QList<Id> &tableIds)
{
    Project clip;
    QList<Id> referenced;
    for (const Table &table : project.schema.tables) {
        if (!tableIds.contains(table.id))
            continue;
        clip.schema.tables << table;
        clip.layout.items.insert(table.id, project.layout.item(table.id));
        for (const ForeignKey &fk : table.foreignKeys) {
            if (!tableIds.contains(fk.targetTable) && !referenced.contains(fk.targetTable))
                referenced << fk.targetTable;
        }
    }
    if (clip.schema.tables.isEmpty())
        return {};
    for (const Id &id : std::as_const(referenced)) {
        if (const Table *target = project.schema.table(id)) {
            Table referencedTable = *target; // read for its name and key columns only
            referencedTable.foreignKeys.clear();
            clip.schema.tables << referencedTable;
        }
    }
    // A key to a table that is not there would make the clip unreadable: it goes now, as it would on paste.
    for (Table &table : clip.schema.tables) {
        table.foreignKeys.removeIf([&clip](const ForeignKey &fk) { return !clip.schema.table(fk.targetTable); });
    }
    return ProjectWriter::write(clip);
}

Result<Pasted> paste(const QByteArray &bytes, const Schema &destination, QPointF at)
{
    const Result<Project> clip = ProjectReader::read(bytes);
    if (!clip)
        return Result<Pasted>::failure(QStringLiteral("the clipboard holds no tables to paste: %1").arg(clip.error()));
    const Project &source = clip.value();
    QPointF topLeft(std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    for (const Table &table : source.schema.tables) {
        if (source.layout.items.contains(table.id)) {
            topLeft.setX(std::min(topLeft.x(), source.layout.item(table.id).position.x()));
            topLeft.setY(std::min(topLeft.y(), source.layout.item(table.id).position.y()));
        }
    }
    Pasted pasted;
    Schema working = destination; // each copy's names are free of the copies before it too
    QList<const Table *> originals;
    for (const Table &table : source.schema.tables) {
        if (!source.layout.items.contains(table.id))
            continue; // a referenced table, not a copied one
        working.tables << copiedTable(table, working, table.name);
        originals << &table;
        TableLayout card = source.layout.item(table.id);
        card.position = card.position - topLeft + at;
        pasted.layout << card;
    }
    if (originals.isEmpty())
        return Result<Pasted>::failure(QStringLiteral("the clipboard holds no tables to paste"));
    QHash<Id, const Table *> copies; // original id -> its copy (no table is added to `working` from here on)
    for (qsizetype i = 0; i < originals.size(); ++i)
        copies.insert(originals[i]->id, &working.tables.at(destination.tables.size() + i));
    for (qsizetype i = 0; i < originals.size(); ++i) {
        Table copy = working.tables[destination.tables.size() + i];
        retarget(copy, source.schema, copies, destination, &pasted.droppedKeys);
        pasted.tables << copy;
    }
    return pasted;
}

} // namespace tw::model::tableclipboard
