// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/tablereader.h"

#include "migrations/snapshot/importids.h"
#include "model/schema/naming.h"
#include "source/typescript/tstokenizer.h"

namespace tw::source {
namespace {

using migrations::ImportIds;
using ts::TsNode;

/// The SQL name `sqliteTableCreator((name) => \`prefix_${name}\`)` makes of @p name, when the callback is a
/// template of its parameter.
std::optional<QString> createdName(const ReadContext &context, int file, const TsNode &creator, const QString &name)
{
    const TsNode &callback = creator.children.size() > 1 ? creator.children[1].unwrapped() : creator;
    if (callback.kind != TsNode::Kind::Arrow || callback.parameters.isEmpty() || callback.children.isEmpty())
        return std::nullopt;
    const TsNode &body = callback.children[0].unwrapped();
    if (body.kind != TsNode::Kind::Template)
        return std::nullopt;
    QString out;
    for (qsizetype i = 0; i < body.quasis.size(); ++i) {
        out +=
            ts::TsTokenizer::cook(QStringView(context.text(file)).mid(body.quasis[i].begin, body.quasis[i].length()));
        if (i < body.children.size()) {
            if (!body.children[i].unwrapped().isIdentifier(callback.parameters.first()))
                return std::nullopt;
            out += name;
        }
    }
    return out;
}

} // namespace

TableReader::TableReader(ReadContext &context)
    : m_context(context)
{
}

std::optional<QString> TableReader::tableName(int file, const TsNode &call, const TsNode &nameArgument)
{
    const std::optional<QString> written = ReadContext::stringValue(nameArgument);
    if (!written)
        return std::nullopt;
    const QString function = m_context.graph().drizzleName(file, call.children[0]);
    if (function == u"sqliteTable")
        return written;
    int creatorFile = -1;
    const TsNode &callee = call.children[0].unwrapped();
    const ts::TsStatement *creator =
        callee.kind == TsNode::Kind::Identifier ? m_context.declaration(file, callee.text, &creatorFile) : nullptr;
    const std::optional<QString> name =
        creator ? createdName(m_context, creatorFile, creator->value.unwrapped(), *written) : std::nullopt;
    if (!name)
        m_context.error(file, call.span.begin,
                        QStringLiteral("the table name `%1` goes through `%2`, whose callback is not a template of its "
                                       "parameter; the table is left out")
                            .arg(*written, m_context.textOf(file, callee.span)));
    return name;
}

std::optional<TableDraft> TableReader::read(const ModuleGraph::Symbol &symbol)
{
    const ts::TsStatement *statement = m_context.graph().statement(symbol);
    if (!statement || statement->kind != ts::TsStatement::Kind::Variable)
        return std::nullopt;
    const int file = symbol.file;
    const TsNode &call = statement->value.unwrapped();
    if (call.kind != TsNode::Kind::Call || call.children.size() < 2)
        return std::nullopt;
    const QString function = m_context.graph().drizzleName(file, call.children[0]);
    bool isTable = function == u"sqliteTable";
    if (!isTable && call.children[0].unwrapped().kind == TsNode::Kind::Identifier) {
        int creatorFile = -1;
        const ts::TsStatement *creator = m_context.declaration(file, call.children[0].unwrapped().text, &creatorFile);
        isTable =
            creator && creator->value.unwrapped().kind == TsNode::Kind::Call &&
            m_context.graph().drizzleName(creatorFile, creator->value.unwrapped().children[0]) == u"sqliteTableCreator";
    }
    if (!isTable)
        return std::nullopt;
    const QList<TsNode> args = call.arguments();
    const std::optional<QString> name = tableName(file, call, args[0]);
    if (!name) {
        if (ReadContext::stringValue(args[0]))
            return std::nullopt; // reported by tableName
        m_context.error(file, args[0].span.begin,
                        QStringLiteral("the name of table `%1` is `%2`, not a string literal; the table is left out")
                            .arg(statement->name, m_context.textOf(file, args[0].span)));
        return std::nullopt;
    }
    TableDraft draft;
    draft.symbol = symbol;
    SourceTable &t = draft.table;
    t.file = file;
    t.variable = statement->name;
    t.exported = statement->exported;
    t.declaration = statement->span;
    t.nameArgument = args[0].unwrapped().span;
    t.table.id = ImportIds::table(*name);
    t.table.name = *name;
    t.table.tsName = statement->name;
    if (statement->jsDoc.isValid())
        t.table.comment = m_context.docCommentText(file, statement->jsDoc);
    // The columns are an object, or (drizzle-orm 0.36+) a callback `(t) => ({ ... })` handing over the builders.
    const TsNode *columns = args.size() > 1 ? &args[1].unwrapped() : nullptr;
    QString builderParameter;
    if (columns && columns->kind == TsNode::Kind::Arrow && !columns->children.isEmpty()) {
        builderParameter = columns->parameters.value(0);
        columns = &columns->children[0].unwrapped();
    }
    if (!columns || columns->kind != TsNode::Kind::Object) {
        m_context.error(
            file, args.size() > 1 ? args[1].span.begin : call.span.begin,
            QStringLiteral("the columns of table `%1` are not an object literal; the table is left out").arg(*name));
        return std::nullopt;
    }
    t.columnsObject = columns->span;
    readColumns(draft, file, *columns, builderParameter);
    if (args.size() > 2) {
        t.extraConfig = args[2].span;
        draft.extraConfig = args[2];
    }
    return draft;
}

ReadContext::SubstitutionWriter TableReader::columnRefs(int file, const TableDraft &draft, const QString &variable,
                                                        const TsNode &columns, const QString &builderParameter) const
{
    // Generated expressions and defaults name sibling columns as `${table.key}`: drizzle-kit writes them as the
    // bare quoted column name.
    QHash<QString, QString> names;
    ColumnReader namer(m_context, file, draft.table.table.name, {});
    namer.setBuilderParameter(builderParameter);
    for (const TsNode &property : columns.children)
        names.insert(property.text, namer.sqlName(property));
    return [names, variable](const TsNode &node, QString *) -> std::optional<QString> {
        if (node.kind != TsNode::Kind::Member || node.children.isEmpty() ||
            !node.children[0].unwrapped().isIdentifier(variable) || names.value(node.text).isEmpty())
            return std::nullopt;
        return u'"' + names.value(node.text) + u'"';
    };
}

void TableReader::readColumns(TableDraft &draft, int file, const TsNode &columns, const QString &builderParameter)
{
    ColumnReader reader(m_context, file, draft.table.table.name,
                        columnRefs(file, draft, draft.table.variable, columns, builderParameter));
    reader.setBuilderParameter(builderParameter);
    for (const TsNode &property : columns.children) {
        if (property.kind == TsNode::Kind::Spread) {
            readSpread(draft, file, property);
            continue;
        }
        if (std::optional<ColumnDraft> column = reader.read(property))
            addColumn(draft, std::move(*column));
    }
}

void TableReader::readSpread(TableDraft &draft, int file, const TsNode &spread)
{
    const TsNode &source = spread.children.isEmpty() ? spread : spread.children[0].unwrapped();
    int declaringFile = -1;
    const ts::TsStatement *declaration =
        source.kind == TsNode::Kind::Identifier ? m_context.declaration(file, source.text, &declaringFile) : nullptr;
    if (!declaration || declaration->value.unwrapped().kind != TsNode::Kind::Object) {
        m_context.warn(file, spread.span.begin,
                       QStringLiteral("table %1: the spread `%2` is not an object of columns declared in the files "
                                      "read; its columns are left out")
                           .arg(draft.table.table.name, m_context.textOf(file, spread.span)));
        return;
    }
    const TsNode &object = declaration->value.unwrapped();
    ColumnReader reader(m_context, declaringFile, draft.table.table.name,
                        columnRefs(declaringFile, draft, QString(), object, QString()));
    const QString reason = QStringLiteral("it comes from the spread `%1` (%2)")
                               .arg(m_context.textOf(file, spread.span),
                                    m_context.locate(declaringFile, declaration->span.begin).toString());
    for (const TsNode &property : object.children) {
        std::optional<ColumnDraft> column =
            property.kind == TsNode::Kind::Spread ? std::nullopt : reader.read(property);
        if (!column)
            continue;
        SourceColumn &c = column->column;
        c.editable = false;
        c.notEditableReason = reason;
        c.entry = spread.span;
        c.lines = m_context.wholeLines(file, spread.span);
        c.builderCall = c.nameArgument = c.optionsArgument = SourceSpan{};
        for (SourceChainCall &chained : c.chain)
            chained.span = chained.arguments = SourceSpan{};
        addColumn(draft, std::move(*column));
    }
}

void TableReader::addColumn(TableDraft &draft, ColumnDraft column)
{
    model::Column &c = column.column.column;
    for (const model::Column &existing : draft.table.table.columns) {
        if (model::naming::sqlNamesEqual(existing.name, c.name)) {
            m_context.warn(draft.table.file, column.column.entry.begin,
                           QStringLiteral("table %1 has two columns named `%2`").arg(draft.table.table.name, c.name));
            break;
        }
    }
    c.id = ImportIds::column(draft.table.table.name, c.name);
    draft.table.table.columns << c;
    draft.table.columns << column.column;
    draft.columns << std::move(column);
}

} // namespace tw::source
