// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/tablelinker.h"

#include "migrations/snapshot/drizzlenames.h"
#include "migrations/snapshot/importids.h"
#include "source/schema/drizzlecasing.h"

namespace tw::source {

using ts::TsNode;

TableLinker::TableLinker(ReadContext &context, QList<TableDraft> &drafts)
    : m_context(context)
    , m_drafts(drafts)
{
    for (int i = 0; i < drafts.size(); ++i)
        m_bySymbol.insert({drafts[i].symbol.file, drafts[i].symbol.statement}, i);
}

void TableLinker::link(int draft)
{
    linkReferences(draft);
    readExtraConfig(draft);
}

std::optional<TableLinker::ColumnRef> TableLinker::columnRef(int file, const TsNode &node, const QString &parameter,
                                                             int self) const
{
    const TsNode &n = node.unwrapped();
    QString key;
    const TsNode *object = nullptr;
    if (n.kind == TsNode::Kind::Member && !n.children.isEmpty()) {
        key = n.text;
        object = &n.children[0].unwrapped();
    } else if (n.kind == TsNode::Kind::Index && n.children.size() == 2) {
        const std::optional<QString> literal = ReadContext::stringValue(n.children[1]);
        if (!literal)
            return std::nullopt;
        key = *literal;
        object = &n.children[0].unwrapped();
    }
    int table = -1;
    if (object && object->kind == TsNode::Kind::Member && !object->children.isEmpty() &&
        object->children[0].unwrapped().kind == TsNode::Kind::Identifier) {
        // `schema.users.id` after `import * as schema from "./schema"`
        const ModuleGraph::Symbol symbol =
            m_context.graph().resolveMember(file, object->children[0].unwrapped().text, object->text);
        table = m_bySymbol.value({symbol.file, symbol.statement}, -1);
    } else if (!object || object->kind != TsNode::Kind::Identifier) {
        return std::nullopt;
    } else if (!parameter.isEmpty() && object->text == parameter) {
        table = self;
    } else {
        const ModuleGraph::Symbol symbol = m_context.graph().resolve(file, object->text);
        table = m_bySymbol.value({symbol.file, symbol.statement}, -1);
    }
    if (table < 0)
        return std::nullopt;
    const QList<SourceColumn> &columns = m_drafts[table].table.columns;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].key == key)
            return ColumnRef{table, i};
    }
    return std::nullopt;
}

std::optional<QList<model::Id>> TableLinker::columnIds(int file, const QList<TsNode> &nodes, const QString &parameter,
                                                       int self, int *target) const
{
    QList<model::Id> ids;
    for (const TsNode &node : nodes) {
        const std::optional<ColumnRef> ref = columnRef(file, node, parameter, self);
        if (!ref || (target && *target >= 0 && ref->table != *target))
            return std::nullopt;
        if (target)
            *target = ref->table;
        ids << m_drafts[ref->table].table.table.columns[ref->column].id;
    }
    return ids;
}

ReadContext::SubstitutionWriter TableLinker::sqlColumns(int file, const QString &parameter, int self,
                                                        bool qualified) const
{
    return [this, file, parameter, self, qualified](const TsNode &node, QString *) -> std::optional<QString> {
        if (node.kind == TsNode::Kind::Identifier) { // `${users}`: the table's name
            const ModuleGraph::Symbol symbol = m_context.graph().resolve(file, node.text);
            const int table = node.text == parameter ? self : m_bySymbol.value({symbol.file, symbol.statement}, -1);
            if (table < 0)
                return std::nullopt;
            return u'"' + m_drafts[table].table.table.name + u'"';
        }
        const std::optional<ColumnRef> ref = columnRef(file, node, parameter, self);
        if (!ref)
            return std::nullopt;
        const model::Table &table = m_drafts[ref->table].table.table;
        const QString column = u'"' + table.columns[ref->column].name + u'"';
        return qualified ? u'"' + table.name + QStringLiteral("\".") + column : column;
    };
}

QStringList TableLinker::originalNames(int draft, const QList<model::Id> &columns) const
{
    QStringList names;
    for (const model::Id &id : columns) {
        const model::Table &table = m_drafts[draft].table.table;
        const qsizetype row = table.columnRow(id);
        names << (row >= 0 ? m_drafts[draft].columns[row].originalName : QString());
    }
    return names;
}

QString TableLinker::foreignKeyName(int from, const QList<model::Id> &columns, int to, const QList<model::Id> &targets,
                                    const std::optional<QString> &given) const
{
    const model::Table &fromTable = m_drafts[from].table.table;
    const model::Table &toTable = m_drafts[to].table.table;
    const QStringList fromNames = fromTable.columnNames(columns);
    const QStringList toNames = toTable.columnNames(targets);
    const QStringList fromOriginal = originalNames(from, columns);
    const QStringList toOriginal = originalNames(to, targets);
    QString name =
        given ? *given : migrations::DrizzleNames::foreignKey(fromTable.name, fromOriginal, toTable.name, toOriginal);
    name = drizzleCasedConstraintName(name, fromOriginal, fromNames);
    name = drizzleCasedConstraintName(name, toOriginal, toNames);
    return name == migrations::DrizzleNames::foreignKey(fromTable.name, fromNames, toTable.name, toNames) ? QString()
                                                                                                          : name;
}

void TableLinker::linkReferences(int draft)
{
    for (int i = 0; i < m_drafts[draft].columns.size(); ++i) {
        const ColumnDraft &column = m_drafts[draft].columns[i];
        if (column.referenceArguments.isEmpty())
            continue;
        const int file = column.referenceFile;
        const TsNode &callback = column.referenceArguments[0].unwrapped();
        const TsNode *target =
            callback.kind == TsNode::Kind::Arrow && !callback.children.isEmpty() ? &callback.children[0] : nullptr;
        const std::optional<ColumnRef> ref = target ? columnRef(file, *target, QString(), draft) : std::nullopt;
        const qsizetype at = column.referenceArguments[0].span.begin;
        if (!ref) {
            m_context.warn(
                file, at,
                QStringLiteral("table %1, column `%2`: `%3` does not name a column of a table in the files read; the "
                               "foreign key is left out")
                    .arg(m_drafts[draft].table.table.name, column.column.key, m_context.textOf(file, callback.span)));
            continue;
        }
        const model::Table &from = m_drafts[draft].table.table;
        const model::Table &to = m_drafts[ref->table].table.table;
        model::ForeignKey fk;
        fk.columns = {from.columns[i].id};
        fk.targetTable = to.id;
        fk.targetColumns = {to.columns[ref->column].id};
        fk.name = foreignKeyName(draft, fk.columns, ref->table, fk.targetColumns, std::nullopt);
        fk.id = migrations::ImportIds::foreignKey(
            from.name, fk.name.isEmpty() ? migrations::DrizzleNames::foreignKey(from.name, {from.columns[i].name},
                                                                                to.name, {to.columns[ref->column].name})
                                         : fk.name);
        const TsNode *options =
            column.referenceArguments.size() > 1 ? &column.referenceArguments[1].unwrapped() : nullptr;
        for (const QString &action : {QStringLiteral("onDelete"), QStringLiteral("onUpdate")}) {
            const TsNode *property = options ? options->property(action) : nullptr;
            if (!property || property->children.isEmpty())
                continue;
            const std::optional<QString> name = ReadContext::stringValue(property->children[0]);
            const std::optional<model::ReferentialAction> parsed =
                name ? model::referentialActionFromName(*name) : std::nullopt;
            if (!parsed) {
                m_context.warn(file, property->span.begin,
                               QStringLiteral("table %1, column `%2`: `%3` is not a referential action")
                                   .arg(from.name, column.column.key, m_context.textOf(file, property->span)));
                continue;
            }
            (action == u"onDelete" ? fk.onDelete : fk.onUpdate) = *parsed;
        }
        m_drafts[draft].table.table.foreignKeys << fk;
    }
}

std::optional<TableLinker::Chain> TableLinker::chainOf(int file, const TsNode &node) const
{
    Chain chain;
    const ModuleFile &f = m_context.graph().file(file);
    const TsNode *n = &node.unwrapped();
    while (n->kind == TsNode::Kind::Call && !n->children.isEmpty()) {
        const TsNode &callee = n->children[0].unwrapped();
        const bool namespaced = callee.kind == TsNode::Kind::Member && !callee.children.isEmpty() &&
                                callee.children[0].unwrapped().kind == TsNode::Kind::Identifier &&
                                f.sqliteNamespaces.contains(callee.children[0].unwrapped().text);
        if (callee.kind == TsNode::Kind::Member && !namespaced && !callee.children.isEmpty()) {
            chain.calls.prepend({callee.text, n->arguments()});
            n = &callee.children[0].unwrapped();
            continue;
        }
        chain.function = m_context.graph().drizzleName(file, callee);
        chain.arguments = n->arguments();
        return chain;
    }
    return std::nullopt;
}

void TableLinker::readExtraConfig(int draft)
{
    if (!m_drafts[draft].extraConfig)
        return;
    const int file = m_drafts[draft].table.file;
    const TsNode &callback = m_drafts[draft].extraConfig->unwrapped();
    const QString tableName = m_drafts[draft].table.table.name;
    if (callback.kind != TsNode::Kind::Arrow || callback.children.isEmpty()) {
        m_context.warn(file, callback.span.begin,
                       QStringLiteral("table %1: the extra config is not an arrow function returning an array or "
                                      "object; its indexes and constraints are left out")
                           .arg(tableName));
        return;
    }
    const QString parameter = callback.parameters.value(0);
    const TsNode &body = callback.children[0].unwrapped();
    m_drafts[draft].table.extraConfigParameter = parameter;
    if (body.kind == TsNode::Kind::Array || body.kind == TsNode::Kind::Object)
        m_drafts[draft].table.extraConfigEntries = body.span;
    if (body.kind == TsNode::Kind::Array) {
        for (const TsNode &entry : body.children) {
            if (entry.kind == TsNode::Kind::Other && entry.span.length() == 0)
                continue; // a hole
            readEntry(draft, file, entry, QString(), parameter, entry.span);
        }
    } else if (body.kind == TsNode::Kind::Object) {
        for (const TsNode &property : body.children) {
            if (property.kind == TsNode::Kind::Property && property.form == TsNode::PropertyForm::KeyValue &&
                !property.children.isEmpty())
                readEntry(draft, file, property.children[0], property.text, parameter, property.span);
            else
                m_context.warn(file, property.span.begin,
                               QStringLiteral("table %1: `%2` in the extra config is not read")
                                   .arg(tableName, m_context.textOf(file, property.span)));
        }
    } else {
        m_context.warn(file, body.span.begin,
                       QStringLiteral("table %1: the extra config returns `%2`, not an array or object literal; its "
                                      "indexes and constraints are left out")
                           .arg(tableName, m_context.textOf(file, body.span)));
    }
}

} // namespace tw::source
