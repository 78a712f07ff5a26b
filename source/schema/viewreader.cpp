// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/viewreader.h"

#include "migrations/snapshot/importids.h"

namespace tw::source {

using ts::TsNode;

ViewReader::ViewReader(ReadContext &context, const TableLinker &tables)
    : m_context(context)
    , m_tables(tables)
{
}

std::optional<SourceView> ViewReader::read(const ModuleGraph::Symbol &symbol)
{
    const ts::TsStatement *statement = m_context.graph().statement(symbol);
    if (!statement || statement->kind != ts::TsStatement::Kind::Variable)
        return std::nullopt;
    const int file = symbol.file;
    const TsNode *node = &statement->value.unwrapped();
    QList<const TsNode *> calls; // `.as(...)`, `.existing()` from the outside in
    while (node->kind == TsNode::Kind::Call && !node->children.isEmpty() &&
           node->children[0].unwrapped().kind == TsNode::Kind::Member &&
           m_context.graph().drizzleName(file, node->children[0]).isEmpty()) {
        calls << node;
        node = &node->children[0].unwrapped().children[0].unwrapped();
    }
    if (node->kind != TsNode::Kind::Call || m_context.graph().drizzleName(file, node->children[0]) != u"sqliteView")
        return std::nullopt;
    const QList<TsNode> args = node->arguments();
    const std::optional<QString> name = args.isEmpty() ? std::nullopt : ReadContext::stringValue(args[0]);
    if (!name) {
        m_context.error(
            file, node->span.begin,
            QStringLiteral("the name of view `%1` is not a string literal; the view is left out").arg(statement->name));
        return std::nullopt;
    }
    SourceView view;
    view.file = file;
    view.variable = statement->name;
    view.declaration = statement->span;
    view.view.id = migrations::ImportIds::view(*name);
    view.view.name = *name;
    view.view.tsName = statement->name;
    if (statement->jsDoc.isValid())
        view.view.comment = m_context.docCommentText(file, statement->jsDoc);
    if (args.size() > 1 && args[1].unwrapped().kind == TsNode::Kind::Object) {
        ColumnReader columns(m_context, file, *name, {});
        for (const TsNode &property : args[1].unwrapped().children) {
            if (std::optional<ColumnDraft> column = columns.read(property)) {
                column->column.column.id = migrations::ImportIds::viewColumn(*name, column->column.column.name);
                view.view.columns << column->column.column;
            }
        }
    }
    const TsNode *as = nullptr;
    for (const TsNode *call : calls) {
        const QString method = call->children[0].unwrapped().text;
        if (method == u"existing")
            view.view.isExisting = true;
        else if (method == u"as")
            as = call;
    }
    if (view.view.isExisting)
        return view;
    const TsNode *query = as && as->children.size() > 1 ? &as->children[1].unwrapped() : nullptr;
    if (!query || !m_context.isSqlTemplate(file, *query)) {
        view.editable = false;
        m_context.warn(
            file, statement->span.begin,
            QStringLiteral("view %1 is defined by a query builder (or nothing this reader can read); its SQL exists "
                           "only when drizzle runs it, so it is read without a definition and never edited")
                .arg(*name));
        return view;
    }
    QString problem;
    const std::optional<QString> sql =
        m_context.sqlText(file, *query, m_tables.sqlColumns(file, QString(), -1, true), &problem);
    if (!sql) {
        view.editable = false;
        m_context.warn(file, query->span.begin, QStringLiteral("view %1: %2").arg(*name, problem));
        return view;
    }
    view.view.definition = *sql;
    const SourceSpan tpl = query->children[1].span;
    view.definition = {tpl.begin + 1, std::max(tpl.begin + 1, tpl.end - 1)};
    return view;
}

} // namespace tw::source
