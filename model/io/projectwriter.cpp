// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/projectwriter.h"

#include "model/io/atomicfile.h"
#include "model/io/diagrampartsjson.h"
#include "model/io/orderedjson.h"
#include "model/io/schemajsonwriter.h"
#include "model/io/sourcestatejson.h"

#include <cmath>

namespace tw::model {
namespace {

// JSON has no NaN or infinity; a card at 0 is recoverable, a file that cannot be read back is not.
double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

OrderedJson writeTableLayout(const TableLayout &item)
{
    OrderedJson o = OrderedJson::object();
    o.insert("x", finiteOrZero(item.position.x())).insert("y", finiteOrZero(item.position.y()));
    if (const double width = finiteOrZero(item.width); width > 0)
        o.insert("width", width);
    if (item.color.isValid())
        o.insert("color", item.color.name(QColor::HexRgb));
    if (!item.group.isEmpty())
        o.insert("group", item.group);
    return o;
}

// Entries for ids that are no longer tables or views are left out: the reader refuses them. Cards, notes and
// diagram views share the one map, in ascending id order.
OrderedJson writeLayout(const DiagramLayout &layout, const Schema &schema)
{
    const QSet<Id> cardIds = schema.cardIds();
    QMap<Id, OrderedJson> entries;
    for (auto it = layout.items.cbegin(); it != layout.items.cend(); ++it) {
        if (cardIds.contains(it.key()))
            entries.insert(it.key(), writeTableLayout(it.value()));
    }
    for (auto it = layout.notes.cbegin(); it != layout.notes.cend(); ++it) {
        if (it->diagram.isNull() || layout.subDiagrams.contains(it->diagram))
            entries.insert(it.key(), diagrampartsjson::writeNote(it.value()));
    }
    for (auto it = layout.subDiagrams.cbegin(); it != layout.subDiagrams.cend(); ++it)
        entries.insert(it.key(), diagrampartsjson::writeSubDiagram(it.value(), cardIds));
    OrderedJson o = OrderedJson::object();
    for (auto it = entries.begin(); it != entries.end(); ++it)
        o.insert(it.key().toString(), std::move(it.value()));
    return o;
}

OrderedJson writeSettings(const ProjectSettings &settings)
{
    OrderedJson o = OrderedJson::object()
                        .insert("target", targetName(settings.target))
                        .insert("tracking", trackingName(settings.tracking))
                        .insert("migrationsFolder", settings.migrationsFolder)
                        .insert("schemaFile", settings.schemaFile)
                        .insert("codeFolder", settings.codeFolder)
                        .insert("database", settings.database)
                        .insert("backupsToKeep", settings.backupsToKeep);
    // Written only when not the default, so projects that never chose stay byte-identical.
    if (settings.procedureAccess != ProjectSettings::ProcedureAccess::Auto)
        o.insert("procedureAccess", procedureAccessName(settings.procedureAccess));
    if (settings.schemaMode != ProjectSettings::SchemaMode::Generated)
        o.insert("schemaMode", schemaModeName(settings.schemaMode));
    if (!settings.schemaSources.isEmpty()) {
        OrderedJson sources = OrderedJson::array();
        for (const QString &path : settings.schemaSources)
            sources.append(path);
        o.insert("schemaSources", std::move(sources));
    }
    if (settings.casing != Casing::None)
        o.insert("casing", casingName(settings.casing));
    if (settings.migrationLayout != ProjectSettings::MigrationLayout::Classic)
        o.insert("migrationLayout", migrationLayoutName(settings.migrationLayout));
    if (settings.deployLocal)
        o.insert("deployLocal", true);
    return o;
}

OrderedJson writeNameMap(const QMap<Id, QString> &names)
{
    OrderedJson o = OrderedJson::object();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        o.insert(it.key().toString(), it.value());
    return o;
}

OrderedJson writeBaseline(const Baseline &baseline)
{
    OrderedJson o = OrderedJson::object();
    if (!baseline.snapshotId.isEmpty())
        o.insert("snapshotId", baseline.snapshotId);
    OrderedJson tables = OrderedJson::object();
    for (auto it = baseline.tables.cbegin(); it != baseline.tables.cend(); ++it) {
        OrderedJson table = OrderedJson::object().insert("name", it.value().name);
        if (!it.value().columns.isEmpty())
            table.insert("columns", writeNameMap(it.value().columns));
        tables.insert(it.key().toString(), std::move(table));
    }
    if (!tables.isEmpty())
        o.insert("tables", std::move(tables));
    if (!baseline.views.isEmpty())
        o.insert("views", writeNameMap(baseline.views));
    return o;
}

// Only pending fills whose column still exists: a spent fill (its migration was generated) is dropped here.
OrderedJson writeFills(const Project &project)
{
    OrderedJson fills = OrderedJson::array();
    for (const ColumnFill &fill : pendingFills(project.fills, project.baseline.snapshotId)) {
        const Table *table = project.schema.table(fill.table);
        if (!table || !table->column(fill.column))
            continue;
        OrderedJson o = OrderedJson::object()
                            .insert("table", fill.table.toString())
                            .insert("column", fill.column.toString())
                            .insert("sql", fill.sql);
        if (!fill.since.isEmpty())
            o.insert("since", fill.since);
        fills.append(std::move(o));
    }
    return fills;
}

} // namespace

QByteArray ProjectWriter::write(const Project &project)
{
    OrderedJson root = OrderedJson::object()
                           .insert("formatVersion", Project::kFormatVersion)
                           .insert("settings", writeSettings(project.settings))
                           .insert("schema", SchemaJsonWriter::write(project.schema))
                           .insert("layout", writeLayout(project.layout, project.schema))
                           .insert("baseline", writeBaseline(project.baseline));
    // Only source-mode projects have one, so generated-mode files stay as they always were.
    if (!project.source.isEmpty() || !project.source.schemaDigest.isEmpty())
        root.insert("source", SourceStateJson::write(project.source));
    // Only projects with a pending data migration have fills, so every other file stays as it always was.
    if (OrderedJson fills = writeFills(project); !fills.isEmpty())
        root.insert("fills", std::move(fills));
    return root.toJson();
}

bool ProjectWriter::writeFile(const Project &project, const QString &filePath, QString *error)
{
    return AtomicFile::write(filePath, write(project), error);
}

} // namespace tw::model
