// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/columndefaultreader.h"

#include "migrations/json/jsontext.h"

#include <QRegularExpression>

namespace tw::source {
namespace {

using model::ColumnDefault;
using ts::TsNode;

/// A well-formed SQL string literal `'it''s'` -> `it's`.
std::optional<QString> unquoteSql(const QString &text)
{
    if (text.size() < 2 || !text.startsWith(u'\'') || !text.endsWith(u'\''))
        return std::nullopt;
    const QString body = text.mid(1, text.size() - 2);
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == u'\'') {
            if (i + 1 >= body.size() || body[i + 1] != u'\'')
                return std::nullopt;
            ++i;
        }
        out += body[i];
    }
    return out;
}

bool isSqlNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return number.match(text).hasMatch();
}

/// JSON text of an object/array literal made of literals only, as JSON.stringify writes it.
std::optional<QString> jsonOf(const TsNode &node, int depth = 0)
{
    const TsNode &n = node.unwrapped();
    if (depth > 64)
        return std::nullopt;
    switch (n.kind) {
    case TsNode::Kind::String:
        return migrations::JsonText::quote(n.text);
    case TsNode::Kind::Number:
        return jsonNumber(n.text);
    case TsNode::Kind::Identifier:
        if (n.text == u"true" || n.text == u"false" || n.text == u"null")
            return n.text;
        return std::nullopt;
    case TsNode::Kind::Unary:
        if (n.text == u"-" && !n.children.isEmpty() && n.children[0].unwrapped().kind == TsNode::Kind::Number) {
            const std::optional<QString> number = jsonNumber(n.children[0].unwrapped().text);
            return number ? std::optional<QString>(u'-' + *number) : std::nullopt;
        }
        return std::nullopt;
    case TsNode::Kind::Array: {
        QStringList items;
        for (const TsNode &element : n.children) {
            const std::optional<QString> item = jsonOf(element, depth + 1);
            if (!item)
                return std::nullopt;
            items << *item;
        }
        return u'[' + items.join(u',') + u']';
    }
    case TsNode::Kind::Object: {
        QStringList members;
        for (const TsNode &property : n.children) {
            if (property.kind != TsNode::Kind::Property || property.form != TsNode::PropertyForm::KeyValue ||
                property.children.isEmpty())
                return std::nullopt;
            const std::optional<QString> value = jsonOf(property.children[0], depth + 1);
            if (!value)
                return std::nullopt;
            members << migrations::JsonText::quote(property.text) + u':' + *value;
        }
        return u'{' + members.join(u',') + u'}';
    }
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<QString> jsonNumber(const QString &literal)
{
    QString text = literal;
    text.remove(u'_');
    if (text.endsWith(u'n'))
        text.chop(1);
    const QString lower = text.toLower();
    if (lower.startsWith(QLatin1String("0x")) || lower.startsWith(QLatin1String("0o")) ||
        lower.startsWith(QLatin1String("0b"))) {
        const int base = lower[1] == u'x' ? 16 : lower[1] == u'o' ? 8 : 2;
        bool ok = false;
        const qulonglong value = text.mid(2).toULongLong(&ok, base);
        return ok ? std::optional<QString>(QString::number(value)) : std::nullopt;
    }
    if (text.startsWith(u'.'))
        text.prepend(u'0');
    if (text.endsWith(u'.'))
        text.chop(1);
    return isSqlNumber(text) ? std::optional<QString>(text) : std::nullopt;
}

std::optional<ColumnDefault> readColumnDefault(const ReadContext &context, int file, const TsNode &value,
                                               const model::Column &column,
                                               const ReadContext::SubstitutionWriter &columns, QString *problem)
{
    const TsNode &n = value.unwrapped();
    if (context.isSqlTemplate(file, n)) {
        const std::optional<QString> sql = context.sqlText(file, n, columns, problem);
        if (!sql)
            return std::nullopt;
        if (!column.acceptsNumberLiteral() && isSqlNumber(*sql))
            return ColumnDefault::number(*sql);
        if (const std::optional<QString> text = unquoteSql(*sql))
            return ColumnDefault::string(*text);
        if (*sql == u"true" || *sql == u"false")
            return ColumnDefault::boolean(*sql == u"true");
        return ColumnDefault::expression(*sql);
    }
    if (const std::optional<QString> text = ReadContext::stringValue(n))
        return ColumnDefault::string(*text);
    if (n.kind == TsNode::Kind::Identifier && (n.text == u"true" || n.text == u"false"))
        return ColumnDefault::boolean(n.text == u"true");
    if (n.kind == TsNode::Kind::Number || n.kind == TsNode::Kind::Unary) {
        if (const std::optional<QString> number = jsonOf(n))
            return ColumnDefault::number(*number);
    }
    if (n.kind == TsNode::Kind::Object || n.kind == TsNode::Kind::Array) {
        if (const std::optional<QString> json = jsonOf(n))
            return ColumnDefault::string(*json);
    }
    if (problem)
        *problem =
            QStringLiteral("the default `%1` is computed in TypeScript; it is not a literal this reader can take")
                .arg(context.textOf(file, n.span));
    return std::nullopt;
}

} // namespace tw::source
