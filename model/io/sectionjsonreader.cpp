// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/sectionjsonreader.h"

#include "model/io/diagrampartsjson.h"
#include "model/io/jsoncursor.h"

#include <QRegularExpression>

namespace tw::model {
namespace {

std::optional<ProjectSettings::Target> targetFromName(const QString &name)
{
    for (const auto target : {ProjectSettings::Target::Sqlite, ProjectSettings::Target::D1}) {
        if (targetName(target) == name)
            return target;
    }
    return std::nullopt;
}

std::optional<ProjectSettings::Tracking> trackingFromName(const QString &name)
{
    for (const auto tracking : {ProjectSettings::Tracking::Drizzle, ProjectSettings::Tracking::D1}) {
        if (trackingName(tracking) == name)
            return tracking;
    }
    return std::nullopt;
}

std::optional<ProjectSettings::ProcedureAccess> procedureAccessFromName(const QString &name)
{
    for (const auto access : {ProjectSettings::ProcedureAccess::Auto, ProjectSettings::ProcedureAccess::Protected,
                              ProjectSettings::ProcedureAccess::Public}) {
        if (procedureAccessName(access) == name)
            return access;
    }
    return std::nullopt;
}

std::optional<ProjectSettings::SchemaMode> schemaModeFromName(const QString &name)
{
    for (const auto mode : {ProjectSettings::SchemaMode::Generated, ProjectSettings::SchemaMode::Source}) {
        if (schemaModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

} // namespace

bool SectionJsonReader::readLayout(const JsonCursor &c, const Schema &schema, DiagramLayout *layout)
{
    if (!c.expectMap())
        return false;
    DiagramLayout result;
    const QSet<Id> cardIds = schema.cardIds();
    for (const QString &key : c.keys()) {
        Id id;
        if (!readKeyId(c, key, &id))
            return false;
        if (!cardIds.contains(id)) {
            if (!readDiagramPart(c[key], id, cardIds, &result))
                return false;
            continue;
        }
        TableLayout item;
        if (!readTableLayout(c[key], &item))
            return false;
        result.items.insert(id, item);
    }
    if (!diagrampartsjson::checkNoteDiagrams(c, result))
        return false;
    *layout = result;
    return true;
}

// An entry whose id is no table or view: a note, a diagram view, or a card for nothing.
bool SectionJsonReader::readDiagramPart(const JsonCursor &c, const Id &id, const QSet<Id> &cardIds,
                                        DiagramLayout *layout)
{
    if (diagrampartsjson::isNote(c)) {
        DiagramNote note;
        if (!diagrampartsjson::readNote(c, &note))
            return false;
        layout->notes.insert(id, note);
        return true;
    }
    if (diagrampartsjson::isSubDiagram(c)) {
        SubDiagram subDiagram;
        if (!diagrampartsjson::readSubDiagram(c, cardIds, &subDiagram))
            return false;
        layout->subDiagrams.insert(id, subDiagram);
        return true;
    }
    return c.fail(QStringLiteral("no table or view has id \"%1\" (and the entry is neither a note, with \"text\", "
                                 "nor a diagram view, with \"name\")")
                      .arg(id.toString()));
}

bool SectionJsonReader::readTableLayout(const JsonCursor &c, TableLayout *item)
{
    double x = 0;
    double y = 0;
    if (!(c.expectObject({"x", "y"}, {"color", "group", "width"}) && c["x"].read(&x) && c["y"].read(&y) &&
          c["width"].readOptional(&item->width) && c["group"].readOptional(&item->group)))
        return false;
    if (item->width < 0)
        return c["width"].fail(
            QStringLiteral("expected 0 or more, got %1").arg(JsonCursor::describe(c["width"].value())));
    item->position = QPointF(x, y);
    return !c["color"].isPresent() || readColor(c["color"], &item->color);
}

bool SectionJsonReader::readColor(const JsonCursor &c, QColor *color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QString text;
    if (!c.read(&text))
        return false;
    if (!pattern.match(text).hasMatch())
        return c.fail(QStringLiteral("expected a colour as #rrggbb, got %1").arg(JsonCursor::describe(c.value())));
    *color = QColor(text);
    return true;
}

bool SectionJsonReader::readSettings(const JsonCursor &c, ProjectSettings *settings)
{
    ProjectSettings s;
    const auto targets =
        QStringList{targetName(ProjectSettings::Target::Sqlite), targetName(ProjectSettings::Target::D1)};
    const auto trackings =
        QStringList{trackingName(ProjectSettings::Tracking::Drizzle), trackingName(ProjectSettings::Tracking::D1)};
    const auto accesses = QStringList{procedureAccessName(ProjectSettings::ProcedureAccess::Auto),
                                      procedureAccessName(ProjectSettings::ProcedureAccess::Protected),
                                      procedureAccessName(ProjectSettings::ProcedureAccess::Public)};
    const auto modes = QStringList{schemaModeName(ProjectSettings::SchemaMode::Generated),
                                   schemaModeName(ProjectSettings::SchemaMode::Source)};
    const auto casings =
        QStringList{casingName(Casing::None), casingName(Casing::SnakeCase), casingName(Casing::CamelCase)};
    const auto layouts = QStringList{migrationLayoutName(ProjectSettings::MigrationLayout::Classic),
                                     migrationLayoutName(ProjectSettings::MigrationLayout::V1)};
    if (!(c.expectObject(
              {"backupsToKeep", "codeFolder", "database", "migrationsFolder", "schemaFile", "target", "tracking"},
              {"casing", "deployLocal", "migrationLayout", "procedureAccess", "schemaMode", "schemaSources"}) &&
          c["migrationsFolder"].read(&s.migrationsFolder) && c["schemaFile"].read(&s.schemaFile) &&
          c["codeFolder"].read(&s.codeFolder) && c["database"].read(&s.database) &&
          c["target"].readEnum(&s.target, &targetFromName, targets) &&
          c["tracking"].readEnum(&s.tracking, &trackingFromName, trackings) &&
          c["backupsToKeep"].read(&s.backupsToKeep, 0) &&
          c["procedureAccess"].readOptionalEnum(&s.procedureAccess, &procedureAccessFromName, accesses) &&
          c["schemaMode"].readOptionalEnum(&s.schemaMode, &schemaModeFromName, modes) &&
          c["schemaSources"].readOptional(&s.schemaSources) &&
          c["casing"].readOptionalEnum(&s.casing, &casingFromName, casings) &&
          c["migrationLayout"].readOptionalEnum(&s.migrationLayout, &migrationLayoutFromName, layouts) &&
          c["deployLocal"].readOptional(&s.deployLocal)))
        return false;
    if (s.schemaMode == ProjectSettings::SchemaMode::Source && s.schemaSources.isEmpty())
        return c["schemaSources"].fail(QStringLiteral("a project in source mode needs at least one schema file, folder "
                                                      "or glob"));
    *settings = s;
    return true;
}

bool SectionJsonReader::readBaseline(const JsonCursor &c, Baseline *baseline)
{
    Baseline result;
    if (!(c.expectObject({}, {"snapshotId", "tables", "views"}) && c["snapshotId"].readOptional(&result.snapshotId)))
        return false;
    if (c["views"].isPresent() && !readNameMap(c["views"], &result.views))
        return false;
    const JsonCursor tables = c["tables"];
    if (tables.isPresent()) {
        if (!tables.expectMap())
            return false;
        for (const QString &key : tables.keys()) {
            Id id;
            Baseline::TableNames names;
            if (!(readKeyId(tables, key, &id) && readBaselineTable(tables[key], &names)))
                return false;
            result.tables.insert(id, names);
        }
    }
    *baseline = result;
    return true;
}

bool SectionJsonReader::readFills(const JsonCursor &c, QList<ColumnFill> *fills)
{
    if (!c.expectArray())
        return false;
    QList<ColumnFill> result;
    for (const JsonCursor &element : c.elements()) {
        ColumnFill fill;
        if (!(element.expectObject({"column", "sql", "table"}, {"since"}) && element["table"].read(&fill.table) &&
              element["column"].read(&fill.column) && element["sql"].read(&fill.sql) &&
              element["since"].readOptional(&fill.since)))
            return false;
        if (fill.sql.trimmed().isEmpty())
            return element["sql"].fail(QStringLiteral("a fill expression cannot be empty"));
        result << fill;
    }
    *fills = result;
    return true;
}

bool SectionJsonReader::readBaselineTable(const JsonCursor &c, Baseline::TableNames *names)
{
    return c.expectObject({"name"}, {"columns"}) && c["name"].read(&names->name) &&
           (!c["columns"].isPresent() || readNameMap(c["columns"], &names->columns));
}

bool SectionJsonReader::readNameMap(const JsonCursor &c, QMap<Id, QString> *names)
{
    if (!c.expectMap())
        return false;
    for (const QString &key : c.keys()) {
        Id id;
        QString name;
        if (!(readKeyId(c, key, &id) && c[key].read(&name)))
            return false;
        names->insert(id, name);
    }
    return true;
}

bool SectionJsonReader::readKeyId(const JsonCursor &map, const QString &key, Id *id)
{
    if (!Id::isValidToken(key)) {
        return map[key].fail(
            QStringLiteral("the key %1 is not a valid id (1 to 64 ASCII letters, digits, '_', '-' or '.')")
                .arg(JsonCursor::describe(JsonValue(key))));
    }
    *id = Id(key);
    return true;
}

} // namespace tw::model
