// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/schemats/drizzlerelations.h"

#include "codegen/typescript/tsimports.h"
#include "codegen/typescript/tsliteral.h"
#include "model/schema/pluralize.h"

#include <QHash>
#include <QSet>

namespace tw::codegen {
namespace {

using Kind = DrizzleRelation::Kind;
namespace pluralize = model::pluralize;

/// A relation while its names are being settled, with what drizzle-kit derives them from.
struct Draft
{
    DrizzleRelation relation;
    qsizetype foreignKey = 0;  ///< index into the schema's foreign keys, in traversal order
    QString referencingColumn; ///< the first referencing column: the suffix that tells names alike apart
};

/// A foreign key both of whose tables and all of whose columns exist, in TypeScript names.
struct ResolvedKey
{
    qsizetype fromTable = 0;
    qsizetype toTable = 0;
    QStringList fromColumns;
    QStringList toColumns;
};

/// @p candidate, or `candidate2`, `candidate3`... (with @p separator before the number) whichever @p taken does not
/// hold yet; records it.
QString unique(const QString &candidate, QSet<QString> &taken, const QString &separator = {})
{
    QString name = candidate;
    for (int n = 2; taken.contains(name); ++n)
        name = candidate + separator + QString::number(n);
    taken.insert(name);
    return name;
}

QStringList columnTsNames(const model::Table &table, const QList<model::Id> &ids)
{
    QStringList names;
    for (const model::Id &id : ids) {
        const model::Column *column = table.column(id);
        if (!column)
            return {};
        names << column->effectiveTsName();
    }
    return names;
}

QList<ResolvedKey> resolvedKeys(const model::Schema &schema)
{
    QList<ResolvedKey> keys;
    for (qsizetype from = 0; from < schema.tables.size(); ++from) {
        const model::Table &table = schema.tables.at(from);
        for (const model::ForeignKey &fk : table.foreignKeys) {
            const qsizetype to = schema.tableRow(fk.targetTable);
            if (to < 0)
                continue;
            ResolvedKey key{from, to, columnTsNames(table, fk.columns),
                            columnTsNames(schema.tables.at(to), fk.targetColumns)};
            if (!key.fromColumns.isEmpty() && key.fromColumns.size() == key.toColumns.size())
                keys << key;
        }
    }
    return keys;
}

/// drizzle-kit's relationName, the same on both sides: `<from>_<column>_<to>_<column>`, first columns only.
QString pairName(const model::Schema &schema, const ResolvedKey &key)
{
    return schema.tables.at(key.fromTable).effectiveTsName() + u'_' + key.fromColumns.first() + u'_' +
           schema.tables.at(key.toTable).effectiveTsName() + u'_' + key.toColumns.first();
}

/// Per table, the one and many sides in drizzle-kit's order: foreign keys as they come, each adding its `one` to
/// the referencing table and its `many` to the referenced one.
QList<QList<Draft>> draftsPerTable(const model::Schema &schema, const QList<ResolvedKey> &keys)
{
    QList<QList<Draft>> drafts(schema.tables.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const ResolvedKey &key = keys.at(i);
        const QString from = schema.tables.at(key.fromTable).effectiveTsName();
        const QString to = schema.tables.at(key.toTable).effectiveTsName();
        const QString column = key.fromColumns.first();
        drafts[key.fromTable] << Draft{
            {Kind::One, pluralize::singular(to), to, key.fromColumns, key.toColumns, {}}, i, column};
        drafts[key.toTable] << Draft{{Kind::Many, pluralize::plural(from), from, {}, {}, {}}, i, column};
    }
    return drafts;
}

/// The relationName of each foreign key that needs one (drizzle-kit: another relation of the same table points
/// at the same table), made unique so no two pairs share one.
QHash<qsizetype, QString> pairNames(const model::Schema &schema, const QList<ResolvedKey> &keys,
                                    const QList<QList<Draft>> &drafts)
{
    QSet<qsizetype> needed;
    for (const QList<Draft> &list : drafts) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            for (qsizetype j = 0; j < list.size(); ++j) {
                if (i != j && list.at(i).relation.targetTable == list.at(j).relation.targetTable)
                    needed.insert(list.at(i).foreignKey);
            }
        }
    }
    QHash<qsizetype, QString> names;
    QSet<QString> taken;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (needed.contains(i))
            names.insert(i, unique(pairName(schema, keys.at(i)), taken, QStringLiteral("_")));
    }
    return names;
}

/// drizzle-kit's rule: names alike in one table get `_<referencing column>`; then, beyond it, a name that is a
/// column of the table gets that suffix too, and one still taken a number.
void settleNames(const model::Table &table, QList<Draft> &list)
{
    QList<QString> kitNames;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString name = list.at(i).relation.name;
        for (qsizetype j = 0; j < list.size(); ++j) {
            if (i != j && list.at(j).relation.name == list.at(i).relation.name) {
                name += u'_' + list.at(i).referencingColumn;
                break;
            }
        }
        kitNames << name;
    }
    QSet<QString> taken;
    for (const model::Column &column : table.columns)
        taken.insert(column.effectiveTsName());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString name = kitNames.at(i);
        if (taken.contains(name) && name == list.at(i).relation.name)
            name += u'_' + list.at(i).referencingColumn;
        list[i].relation.name = unique(name, taken, QStringLiteral("_"));
    }
}

QSet<QString> exportedNames(const model::Schema &schema)
{
    QSet<QString> names;
    for (const model::Table &table : schema.tables)
        names.insert(table.effectiveTsName());
    for (const model::View &view : schema.views)
        names.insert(view.effectiveTsName());
    return names;
}

/// `relations`, unless the schema exports something of that name: then it is imported under another.
QString relationsImportName(const QSet<QString> &exported)
{
    QSet<QString> taken = exported;
    return taken.contains(QStringLiteral("relations")) ? unique(QStringLiteral("drizzleRelations"), taken)
                                                       : QStringLiteral("relations");
}

/// The callback's `one` or `many`, renamed when a table of that name would be shadowed by it.
QString helperBinding(const QString &helper, const QSet<QString> &exported)
{
    QSet<QString> taken = exported;
    const QString local = unique(helper, taken);
    return local == helper ? helper : helper + QStringLiteral(": ") + local;
}

QString helperName(const QString &binding)
{
    return binding.section(QStringLiteral(": "), -1);
}

QString columnList(const QString &table, const QStringList &columns)
{
    QStringList refs;
    for (const QString &column : columns)
        refs << ts::memberAccess(table, column);
    return u'[' + refs.join(QStringLiteral(", ")) + u']';
}

QString relationEntry(const QString &table, const DrizzleRelation &relation, const QString &one, const QString &many)
{
    const QString indent = QStringLiteral("  ");
    QString out = indent + ts::propertyKey(relation.name) + QStringLiteral(": ");
    if (relation.kind == Kind::Many) {
        out += helperName(many) + u'(' + relation.targetTable;
        if (!relation.relationName.isEmpty())
            out +=
                QStringLiteral(", { relationName: ") + ts::stringLiteral(relation.relationName) + QStringLiteral(" }");
        return out + QStringLiteral("),\n");
    }
    out += helperName(one) + u'(' + relation.targetTable + QStringLiteral(", {\n");
    out += indent + indent + QStringLiteral("fields: ") + columnList(table, relation.fields) + QStringLiteral(",\n");
    out += indent + indent + QStringLiteral("references: ") + columnList(relation.targetTable, relation.references) +
           QStringLiteral(",\n");
    if (!relation.relationName.isEmpty())
        out += indent + indent + QStringLiteral("relationName: ") + ts::stringLiteral(relation.relationName) +
               QStringLiteral(",\n");
    return out + indent + QStringLiteral("}),\n");
}

QString relationsBlock(const DrizzleTableRelations &table, const QString &importName, const QSet<QString> &exported)
{
    bool hasOne = false;
    bool hasMany = false;
    for (const DrizzleRelation &relation : table.relations) {
        hasOne = hasOne || relation.kind == Kind::One;
        hasMany = hasMany || relation.kind == Kind::Many;
    }
    const QString one = helperBinding(QStringLiteral("one"), exported);
    const QString many = helperBinding(QStringLiteral("many"), exported);
    QStringList helpers;
    if (hasOne)
        helpers << one;
    if (hasMany)
        helpers << many;
    QString out = QStringLiteral("export const ") + table.exportName + QStringLiteral(" = ") + importName + u'(' +
                  table.table + QStringLiteral(", ({ ") + helpers.join(QStringLiteral(", ")) +
                  QStringLiteral(" }) => ({\n");
    for (const DrizzleRelation &relation : table.relations)
        out += relationEntry(table.table, relation, one, many);
    return out + QStringLiteral("}));\n");
}

/// `r.<table>.<column>`, or `[r.t.a, r.t.b]` for several columns (drizzle-orm 1.0's relation builder).
QString builderColumns(const QString &table, const QStringList &columns)
{
    QStringList refs;
    for (const QString &column : columns)
        refs << QStringLiteral("r.") + table + u'.' + column;
    return refs.size() == 1 ? refs.first() : u'[' + refs.join(QStringLiteral(", ")) + u']';
}

/// One entry of a table's object in defineRelations(): `name: r.one.users({ from, to, alias })` or
/// `name: r.many.posts()`; the pairs drizzle cannot tell apart share an `alias` (0.x's relationName).
QString defineRelationsEntry(const QString &table, const DrizzleRelation &relation)
{
    const QString entry = QStringLiteral("    ");
    const QString config = QStringLiteral("      ");
    QString out = entry + ts::propertyKey(relation.name) + QStringLiteral(": r.") +
                  (relation.kind == Kind::One ? QStringLiteral("one.") : QStringLiteral("many.")) +
                  relation.targetTable + u'(';
    const QString alias = relation.relationName.isEmpty()
                              ? QString()
                              : QStringLiteral("alias: ") + ts::stringLiteral(relation.relationName);
    if (relation.kind == Kind::Many)
        return out + (alias.isEmpty() ? QString() : QStringLiteral("{ ") + alias + QStringLiteral(" }")) +
               QStringLiteral("),\n");
    out += QStringLiteral("{\n") + config + QStringLiteral("from: ") + builderColumns(table, relation.fields) +
           QStringLiteral(",\n") + config + QStringLiteral("to: ") +
           builderColumns(relation.targetTable, relation.references) + QStringLiteral(",\n");
    if (!alias.isEmpty())
        out += config + alias + QStringLiteral(",\n");
    return out + entry + QStringLiteral("}),\n");
}

} // namespace

QString drizzleDefineRelationsBlock(const model::Schema &schema, TsImports &imports)
{
    const QList<DrizzleTableRelations> tables = drizzleRelations(schema);
    if (tables.isEmpty())
        return {};
    QSet<QString> taken = exportedNames(schema);
    const QString exportName = unique(QStringLiteral("relations"), taken);
    imports.add(QStringLiteral("drizzle-orm"), QStringLiteral("defineRelations"));
    QStringList schemaTables;
    for (const model::Table &table : schema.tables)
        schemaTables << table.effectiveTsName();
    QString out = QStringLiteral("export const ") + exportName + QStringLiteral(" = defineRelations({ ") +
                  schemaTables.join(QStringLiteral(", ")) + QStringLiteral(" }, (r) => ({\n");
    for (const DrizzleTableRelations &table : tables) {
        out += QStringLiteral("  ") + ts::propertyKey(table.table) + QStringLiteral(": {\n");
        for (const DrizzleRelation &relation : table.relations)
            out += defineRelationsEntry(table.table, relation);
        out += QStringLiteral("  },\n");
    }
    return out + QStringLiteral("}));\n");
}

QList<DrizzleTableRelations> drizzleRelations(const model::Schema &schema)
{
    const QList<ResolvedKey> keys = resolvedKeys(schema);
    QList<QList<Draft>> drafts = draftsPerTable(schema, keys);
    const QHash<qsizetype, QString> names = pairNames(schema, keys, drafts);
    QSet<QString> takenExports = exportedNames(schema);
    takenExports.insert(relationsImportName(takenExports));
    QList<DrizzleTableRelations> out;
    for (qsizetype t = 0; t < schema.tables.size(); ++t) {
        QList<Draft> &list = drafts[t];
        if (list.isEmpty())
            continue;
        settleNames(schema.tables.at(t), list);
        const QString table = schema.tables.at(t).effectiveTsName();
        DrizzleTableRelations relations{table, unique(table + QStringLiteral("Relations"), takenExports), {}};
        for (Draft &draft : list) {
            draft.relation.relationName = names.value(draft.foreignKey);
            relations.relations << draft.relation;
        }
        out << relations;
    }
    return out;
}

QStringList drizzleRelationsBlocks(const model::Schema &schema, TsImports &imports)
{
    const QList<DrizzleTableRelations> tables = drizzleRelations(schema);
    if (tables.isEmpty())
        return {};
    const QSet<QString> exported = exportedNames(schema);
    const QString importName = relationsImportName(exported);
    imports.add(QStringLiteral("drizzle-orm"),
                importName == QStringLiteral("relations") ? importName : QStringLiteral("relations as ") + importName);
    QStringList blocks;
    for (const DrizzleTableRelations &table : tables)
        blocks << relationsBlock(table, importName, exported);
    return blocks;
}

} // namespace tw::codegen
