// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/columnreader.h"

#include "source/schema/columndefaultreader.h"
#include "source/schema/drizzlecasing.h"
#include "source/typescript/tstokenizer.h"

namespace tw::source {
namespace {

using model::DrizzleMode;
using model::SqlType;
using ts::TsNode;

std::optional<SqlType> builderType(const QString &kind)
{
    if (kind == u"integer")
        return SqlType::Integer;
    if (kind == u"text")
        return SqlType::Text;
    if (kind == u"real")
        return SqlType::Real;
    if (kind == u"numeric")
        return SqlType::Numeric;
    if (kind == u"blob")
        return SqlType::Blob;
    return std::nullopt;
}

std::optional<DrizzleMode> modeFor(SqlType type, const QString &mode)
{
    switch (type) {
    case SqlType::Integer:
        if (mode == u"number")
            return DrizzleMode::None;
        if (mode == u"boolean")
            return DrizzleMode::Boolean;
        if (mode == u"timestamp")
            return DrizzleMode::Timestamp;
        if (mode == u"timestamp_ms")
            return DrizzleMode::TimestampMs;
        break;
    case SqlType::Text:
        if (mode == u"text")
            return DrizzleMode::None;
        if (mode == u"json")
            return DrizzleMode::Json;
        break;
    case SqlType::Blob:
        if (mode == u"buffer")
            return DrizzleMode::None;
        if (mode == u"json")
            return DrizzleMode::Json;
        if (mode == u"bigint")
            return DrizzleMode::Bigint;
        break;
    case SqlType::Numeric:
        if (mode == u"number" || mode == u"string")
            return DrizzleMode::None;
        if (mode == u"bigint")
            return DrizzleMode::Bigint;
        break;
    case SqlType::Real:
        break;
    }
    return std::nullopt;
}

/// The string a `dataType() { return "x" }` method or `dataType: () => "x"` arrow returns, when it is a literal.
std::optional<QString> dataTypeLiteral(const QString &text, const TsNode &property)
{
    const TsNode &value = property.children.isEmpty() ? property : property.children[0].unwrapped();
    if (value.kind == TsNode::Kind::Arrow && !value.children.isEmpty())
        return ReadContext::stringValue(value.children[0]);
    const ts::TsTokens tokens = ts::TsTokenizer::tokenize(text, value.span.begin, value.span.end);
    for (qsizetype i = 0; i + 1 < tokens.tokens.size(); ++i) {
        if (tokens.tokens[i].isIdentifier(u"return")) {
            const ts::TsToken &next = tokens.tokens[i + 1];
            const bool ends = i + 2 >= tokens.tokens.size() || tokens.tokens[i + 2].isPunctuator(u";") ||
                              tokens.tokens[i + 2].isPunctuator(u"}");
            if (next.kind == ts::TsToken::Kind::String && ends)
                return next.text;
            return std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace

ColumnReader::ColumnReader(ReadContext &context, int file, QString tableName,
                           ReadContext::SubstitutionWriter columnRefs)
    : m_context(context)
    , m_file(file)
    , m_tableName(std::move(tableName))
    , m_columnRefs(std::move(columnRefs))
{
}

const TsNode *ColumnReader::builderCall(const TsNode &value, QList<const TsNode *> *chain) const
{
    const ModuleFile &file = m_context.graph().file(m_file);
    const TsNode *node = &value.unwrapped();
    while (node->kind == TsNode::Kind::Call && !node->children.isEmpty()) {
        const TsNode &callee = node->children[0].unwrapped();
        if (callee.kind != TsNode::Kind::Member || callee.children.isEmpty())
            return node;
        const TsNode &object = callee.children[0].unwrapped();
        if (object.kind == TsNode::Kind::Identifier &&
            (file.sqliteNamespaces.contains(object.text) ||
             (!m_builderParameter.isEmpty() && object.text == m_builderParameter)))
            return node; // `t.integer(...)`
        if (chain)
            chain->prepend(node);
        node = &object;
    }
    return nullptr;
}

std::optional<ColumnReader::Builder> ColumnReader::builderOf(const TsNode &call) const
{
    const TsNode &callee = call.children[0];
    QString name = m_context.graph().drizzleName(m_file, callee);
    const TsNode &calleeNode = callee.unwrapped();
    if (name.isEmpty() && !m_builderParameter.isEmpty() && calleeNode.kind == TsNode::Kind::Member &&
        !calleeNode.children.isEmpty() && calleeNode.children[0].unwrapped().isIdentifier(m_builderParameter))
        name = calleeNode.text;
    if (name == u"int")
        name = QStringLiteral("integer");
    if (builderType(name))
        return Builder{name, {}, {}};
    const TsNode &target = callee.unwrapped();
    if (target.kind != TsNode::Kind::Identifier)
        return std::nullopt;
    int declaringFile = -1;
    const ts::TsStatement *declaration = m_context.declaration(m_file, target.text, &declaringFile);
    if (!declaration)
        return std::nullopt;
    const TsNode &value = declaration->value.unwrapped();
    if (value.kind != TsNode::Kind::Call ||
        m_context.graph().drizzleName(declaringFile, value.children[0]) != u"customType")
        return std::nullopt;
    Builder builder{QStringLiteral("custom"), {}, {}};
    builder.customReason =
        QStringLiteral("`%1` is a customType; its TypeScript mapping is the team's own").arg(target.text);
    const TsNode *options = value.children.size() > 1 ? &value.children[1].unwrapped() : nullptr;
    const TsNode *dataType = options ? options->property(u"dataType") : nullptr;
    if (dataType) {
        if (const std::optional<QString> literal = dataTypeLiteral(m_context.text(declaringFile), *dataType))
            builder.customSqlType = *literal;
    }
    return builder;
}

QString ColumnReader::sqlName(const TsNode &property) const
{
    if (property.kind != TsNode::Kind::Property || property.children.isEmpty() ||
        property.form != TsNode::PropertyForm::KeyValue)
        return {};
    const TsNode *call = builderCall(property.children[0], nullptr);
    if (!call)
        return {};
    if (call->children.size() > 1) {
        if (const std::optional<QString> name = ReadContext::stringValue(call->children[1]))
            return *name;
    }
    return drizzleColumnName(property.text, m_context.casing());
}

std::optional<ColumnDraft> ColumnReader::read(const TsNode &property)
{
    const qsizetype at = property.span.begin;
    if (property.form != TsNode::PropertyForm::KeyValue || property.children.isEmpty()) {
        m_context.warn(m_file, at,
                       QStringLiteral("`%1` in the columns of %2 is not a `key: builder()` property; it is left out")
                           .arg(m_context.textOf(m_file, property.span), m_tableName));
        return std::nullopt;
    }
    QList<const TsNode *> chain;
    const TsNode *call = builderCall(property.children[0], &chain);
    const std::optional<Builder> builder = call ? builderOf(*call) : std::nullopt;
    if (!builder) {
        m_context.warn(m_file, at,
                       QStringLiteral("column `%1` of %2: `%3` is not a drizzle sqlite-core column builder this reader "
                                      "knows; the column is left out")
                           .arg(property.text, m_tableName, m_context.textOf(m_file, property.children[0].span)));
        return std::nullopt;
    }
    ColumnDraft draft;
    SourceColumn &c = draft.column;
    c.key = property.text;
    c.column.tsName = property.text;
    c.entry = property.span;
    const SourceSpan doc = m_context.jsDocBefore(m_file, property.span.begin);
    c.lines = m_context.wholeLines(m_file, {doc.isValid() ? doc.begin : c.entry.begin, c.entry.end});
    if (doc.isValid())
        c.column.comment = m_context.docCommentText(m_file, doc);
    c.builder = m_context.textOf(m_file, call->children[0].span);
    c.builderCall = call->span;
    if (builder->kind == u"custom") {
        c.editable = false;
        c.notEditableReason = builder->customReason;
        const QString sqlType = builder->customSqlType.toLower();
        if (const std::optional<SqlType> type =
                model::sqlTypeFromName(sqlType == u"int" ? QStringLiteral("integer") : sqlType)) {
            c.column.type = *type;
        } else {
            c.column.type = SqlType::Text;
            m_context.warn(
                m_file, at,
                QStringLiteral("column `%1` of %2: the SQL type of customType `%3` (%4) is not integer, text, real, "
                               "numeric or blob; it is read as text")
                    .arg(property.text, m_tableName, c.builder,
                         builder->customSqlType.isEmpty() ? QStringLiteral("not a literal") : builder->customSqlType));
        }
    } else {
        c.column.type = *builderType(builder->kind);
    }
    const QList<TsNode> args = call->arguments();
    for (qsizetype i = 0; i < args.size() && i < 2; ++i) {
        const TsNode &arg = args[i].unwrapped();
        if (i == 0 && ReadContext::stringValue(arg)) {
            c.nameArgument = arg.span;
            c.column.name = *ReadContext::stringValue(arg);
        } else if (arg.kind == TsNode::Kind::Object) {
            c.optionsArgument = arg.span;
            readOptions(draft, arg, *builder);
        } else {
            m_context.warn(m_file, arg.span.begin,
                           QStringLiteral("column `%1` of %2: the argument `%3` is not a literal; it is ignored")
                               .arg(property.text, m_tableName, m_context.textOf(m_file, arg.span)));
            c.editable = false;
            c.notEditableReason = QStringLiteral("its builder takes a computed argument");
        }
    }
    if (!c.nameArgument.isValid())
        c.column.name = drizzleColumnName(property.text, m_context.casing());
    draft.originalName = c.nameArgument.isValid() ? c.column.name : property.text;
    for (const TsNode *chained : chain)
        readChainCall(draft, *chained);
    return draft;
}

void ColumnReader::readOptions(ColumnDraft &draft, const TsNode &options, const Builder &builder)
{
    model::Column &column = draft.column.column;
    for (const TsNode &property : options.children) {
        const TsNode *value = property.children.isEmpty() ? nullptr : &property.children[0];
        if (property.kind != TsNode::Kind::Property || !value)
            continue;
        if (property.text == u"mode") {
            const std::optional<QString> mode = ReadContext::stringValue(*value);
            const std::optional<DrizzleMode> parsed = mode ? modeFor(column.type, *mode) : std::nullopt;
            if (parsed && builder.kind != u"custom")
                column.mode = *parsed;
            else if (builder.kind != u"custom")
                m_context.warn(m_file, value->span.begin,
                               QStringLiteral("column `%1` of %2: mode `%3` is not one drizzle offers for %4")
                                   .arg(draft.column.key, m_tableName, m_context.textOf(m_file, value->span),
                                        model::sqlTypeName(column.type)));
        } else if (property.text == u"length" && column.type == SqlType::Text) {
            bool ok = false;
            const int length = value->unwrapped().kind == TsNode::Kind::Number ? value->unwrapped().text.toInt(&ok) : 0;
            if (ok)
                column.length = length;
            else
                m_context.warn(m_file, value->span.begin,
                               QStringLiteral("column `%1` of %2: length `%3` is not a number literal")
                                   .arg(draft.column.key, m_tableName, m_context.textOf(m_file, value->span)));
        } else if (property.text == u"enum" && column.type == SqlType::Text) {
            if (const std::optional<QStringList> values = m_context.stringArray(m_file, *value))
                column.enumValues = *values;
            else
                m_context.warn(m_file, value->span.begin,
                               QStringLiteral("column `%1` of %2: the enum values `%3` are not a list of strings in "
                                              "the files read; the column is read without them")
                                   .arg(draft.column.key, m_tableName, m_context.textOf(m_file, value->span)));
        }
    }
}

SourceChainCall ColumnReader::chainCall(const TsNode &call) const
{
    const TsNode &member = call.children[0].unwrapped();
    SourceChainCall out;
    out.method = member.text;
    qsizetype dot = member.name.begin - 1;
    const QString &text = m_context.text(m_file);
    while (dot > 0 && text[dot] != u'.')
        --dot;
    if (dot > 0 && text[dot - 1] == u'?')
        --dot;
    out.span = {std::max<qsizetype>(dot, 0), call.span.end};
    out.arguments = call.inner;
    return out;
}

} // namespace tw::source
