// SPDX-License-Identifier: GPL-3.0-or-later
// TsParser's primary expressions and their postfix chains (member access, calls, tagged templates).
#include "source/typescript/tsparser.h"

#include "source/typescript/tstokenizer.h"

namespace tw::source::ts {
namespace {

using Kind = TsToken::Kind;

bool isKeyToken(const TsToken &t)
{
    return t.kind == Kind::Identifier || t.kind == Kind::String || t.kind == Kind::Number;
}

} // namespace

TsNode TsParser::postfix(TsNode node)
{
    const qsizetype nodeBegin = node.span.begin;
    const auto finish = [&](TsNode &made) {
        made.span = {nodeBegin, std::max(nodeBegin, token(-1).span.end)};
    };
    while (!atEnd()) {
        const TsToken &t = token();
        TsNode next;
        if ((t.isPunctuator(u".") || t.isPunctuator(u"?.")) && token(1).kind == Kind::Identifier) {
            next.kind = TsNode::Kind::Member;
            next.optional = advance().text == u"?.";
            next.name = token().span;
            next.text = advance().text;
            next.children << node;
        } else if (t.isPunctuator(u".") && (token(1).kind == Kind::Punctuator || token(1).kind == Kind::End) &&
                   !token(1).isPunctuator(u"#")) {
            const qsizetype dot = t.span.end;
            advance();
            reportMissingValue(dot, QStringLiteral("a name after `.`"));
            break;
        } else if (t.isPunctuator(u"?.") && (token(1).isPunctuator(u"(") || token(1).isPunctuator(u"["))) {
            advance();
            node.optional = true;
            continue;
        } else if (t.isPunctuator(u"[")) {
            next.kind = TsNode::Kind::Index;
            const qsizetype close = matching(m_index);
            advance();
            next.children << node << parseExpression();
            m_index = close;
            advance();
        } else if (t.isPunctuator(u"(") || t.isPunctuator(u"<")) {
            qsizetype typeClose = -1;
            if (t.isPunctuator(u"<")) {
                if (!typeArgumentsAhead(&typeClose))
                    break;
                next.typeArguments = {t.span.begin, m_tokens[typeClose].span.end};
                m_index = typeClose + 1;
            }
            next.kind = TsNode::Kind::Call;
            next.children << node;
            const qsizetype close = matching(m_index);
            next.inner = {token().span.end, m_tokens[close].span.begin};
            advance();
            while (m_index < close) {
                const qsizetype before = m_index;
                next.children << element();
                if (!expectSeparator(close, u")") && m_index < close)
                    m_index = close; // the rest of a broken argument list is not read
                if (m_index == before)
                    advance();
            }
            m_index = close;
            advance();
        } else if (t.kind == Kind::Template) {
            next.kind = TsNode::Kind::TaggedTemplate;
            next.children << node << templateNode(advance());
        } else if (t.isPunctuator(u"!") && !t.newlineBefore && !token(1).isPunctuator(u"=")) {
            advance();
            next.kind = TsNode::Kind::NonNull;
            next.children << node;
        } else if ((t.isPunctuator(u"++") || t.isPunctuator(u"--")) && !t.newlineBefore) {
            advance();
            next.kind = TsNode::Kind::Other;
        } else {
            break;
        }
        finish(next);
        node = std::move(next);
    }
    return node;
}

TsNode TsParser::primary()
{
    const qsizetype start = m_index;
    const TsToken &t = token();
    TsNode node;
    node.span = t.span;
    switch (t.kind) {
    case Kind::Identifier:
        if (t.text == u"new")
            return newExpression();
        if (t.text == u"function" || t.text == u"class") {
            // Skip to the end of the body: `function name(params): T { ... }`, `class X extends Y { ... }`.
            while (!atEnd() && !token().isPunctuator(u"{")) {
                if (token().isPunctuator(u"(") || token().isPunctuator(u"["))
                    m_index = matching(m_index);
                advance();
            }
            m_index = matching(m_index);
            advance();
            return skipped(start);
        }
        node.kind = TsNode::Kind::Identifier;
        node.text = advance().text;
        return node;
    case Kind::String:
        node.kind = TsNode::Kind::String;
        node.text = advance().text;
        return node;
    case Kind::Number:
        node.kind = TsNode::Kind::Number;
        node.text = advance().text;
        return node;
    case Kind::Regex:
        node.kind = TsNode::Kind::Regex;
        node.text = advance().text;
        return node;
    case Kind::Template:
        return templateNode(advance());
    case Kind::Punctuator:
        if (t.text == u"(") {
            const qsizetype close = matching(m_index);
            advance();
            node.kind = TsNode::Kind::Paren;
            node.children << parseExpression();
            if (!token().isPunctuator(u")")) // a comma expression or something unread: keep only the span
                node.kind = TsNode::Kind::Other;
            if (!token().isPunctuator(u")") && !token().isPunctuator(u",") && m_index < close)
                report(token().span.begin, QStringLiteral("expected `)`, found `%1`").arg(token().text));
            m_index = close;
            advance();
            node.span = spanFrom(start);
            return node;
        }
        if (t.text == u"[")
            return array();
        if (t.text == u"{")
            return object();
        if (reportMissingValue(t.span.begin, QStringLiteral("an expression"))) {
            node.span = {t.span.begin, t.span.begin};
            return node; // left for the list around it to take (`f(,)`, `[a, ]`)
        }
        break;
    case Kind::End:
        reportMissingValue(t.span.begin, QStringLiteral("an expression"));
        return node;
    }
    return skipped(start);
}

TsNode TsParser::newExpression()
{
    const qsizetype start = m_index;
    advance(); // new
    TsNode node;
    node.kind = TsNode::Kind::New;
    TsNode callee = primary();
    while (token().isPunctuator(u".") && token(1).kind == Kind::Identifier) {
        TsNode member;
        member.kind = TsNode::Kind::Member;
        advance();
        member.name = token().span;
        member.text = advance().text;
        member.children << callee;
        member.span = {callee.span.begin, member.name.end};
        callee = member;
    }
    node.children << callee;
    qsizetype typeClose = -1;
    if (token().isPunctuator(u"<") && typeArgumentsAhead(&typeClose))
        m_index = typeClose + 1;
    if (token().isPunctuator(u"(")) {
        TsNode call = postfix(callee);
        if (call.kind == TsNode::Kind::Call) {
            node.children = call.children;
            node.inner = call.inner;
        }
    }
    node.span = spanFrom(start);
    return node;
}

TsNode TsParser::element()
{
    if (!token().isPunctuator(u"..."))
        return parseExpression();
    const qsizetype start = m_index;
    TsNode spread;
    spread.kind = TsNode::Kind::Spread;
    advance();
    spread.children << parseExpression();
    spread.span = spanFrom(start);
    return spread;
}

TsNode TsParser::array()
{
    const qsizetype start = m_index;
    const qsizetype close = matching(m_index);
    TsNode node;
    node.kind = TsNode::Kind::Array;
    node.inner = {token().span.end, m_tokens[close].span.begin};
    advance();
    while (m_index < close) {
        const qsizetype before = m_index;
        if (token().isPunctuator(u",")) {
            TsNode hole;
            hole.span = {token().span.begin, token().span.begin};
            node.children << hole;
            advance();
            continue;
        }
        node.children << element();
        if (!expectSeparator(close, u"]") && m_index < close)
            m_index = close;
        if (m_index == before)
            advance();
    }
    m_index = close;
    advance();
    node.span = spanFrom(start);
    return node;
}

TsNode TsParser::object()
{
    const qsizetype start = m_index;
    const qsizetype close = matching(m_index);
    TsNode node;
    node.kind = TsNode::Kind::Object;
    node.inner = {token().span.end, m_tokens[close].span.begin};
    advance();
    while (m_index < close) {
        const qsizetype before = m_index;
        TsNode property;
        if (token().isPunctuator(u"...")) {
            property.kind = TsNode::Kind::Spread;
            advance();
            property.children << parseExpression();
        } else {
            property.kind = TsNode::Kind::Property;
            const TsToken &first = token();
            const bool modifier = first.kind == Kind::Identifier &&
                                  (first.text == u"get" || first.text == u"set" || first.text == u"async") &&
                                  (isKeyToken(token(1)) || token(1).isPunctuator(u"[") || token(1).isPunctuator(u"*"));
            if (modifier) {
                property.form = first.text == u"async" ? TsNode::PropertyForm::Method : TsNode::PropertyForm::Accessor;
                advance();
            }
            if (token().isPunctuator(u"*"))
                advance();
            if (token().isPunctuator(u"[")) {
                const qsizetype keyClose = matching(m_index);
                property.form = TsNode::PropertyForm::Computed;
                property.name = {token().span.begin, m_tokens[keyClose].span.end};
                advance();
                property.children << parseExpression();
                m_index = keyClose;
                advance();
            } else if (isKeyToken(token())) {
                property.name = token().span;
                property.text = advance().text;
            } else {
                report(token().span.begin, QStringLiteral("expected a property name, found %1")
                                               .arg(token().kind == Kind::End ? QStringLiteral("the end of the text")
                                                                              : u'`' + token().text + u'`'));
                m_index = std::max(m_index + 1, before + 1);
                continue;
            }
            if (token().isPunctuator(u"?") || token().isPunctuator(u"!"))
                advance();
            if (token().isPunctuator(u":") && property.form != TsNode::PropertyForm::Accessor) {
                const qsizetype colon = advance().span.end;
                if (reportMissingValue(colon, QStringLiteral("a value after `%1:`")
                                                  .arg(m_text.mid(property.name.begin, property.name.length())))) {
                    TsNode missing;
                    missing.span = {colon, colon};
                    property.children.prepend(missing);
                } else {
                    const bool valueOnNextLine = token().newlineBefore;
                    property.children.prepend(parseExpression());        // value first; a computed key follows it
                    if (valueOnNextLine && token().isPunctuator(u":")) { // `foo:` and then the next property
                        report(colon, QStringLiteral("expected a value after `%1:`")
                                          .arg(m_text.mid(property.name.begin, property.name.length())));
                        m_index = close;
                    }
                }
            } else if (token().isPunctuator(u"(") || token().isPunctuator(u"<")) {
                if (property.form != TsNode::PropertyForm::Accessor)
                    property.form = TsNode::PropertyForm::Method;
                const qsizetype bodyStart = m_index;
                while (m_index < close && !token().isPunctuator(u"{"))
                    m_index = token().isPunctuator(u"(") ? matching(m_index) + 1 : m_index + 1;
                m_index = std::min(matching(m_index), close);
                advance();
                property.children.prepend(skipped(bodyStart));
            } else {
                property.form = TsNode::PropertyForm::Shorthand;
                TsNode value;
                value.kind = TsNode::Kind::Identifier;
                value.text = property.text;
                value.span = property.name;
                property.children.prepend(value);
                if (token().isPunctuator(u"=")) { // `{ a = 1 }` in a pattern
                    advance();
                    parseExpression();
                }
            }
        }
        property.span = spanFrom(before);
        node.children << property;
        if (!expectSeparator(close, u"}") && m_index < close)
            m_index = close;
        if (m_index == before)
            advance();
    }
    m_index = close;
    advance();
    node.span = spanFrom(start);
    return node;
}

TsNode TsParser::templateNode(const TsToken &token)
{
    TsNode node;
    node.kind = TsNode::Kind::Template;
    node.span = token.span;
    node.quasis = token.quasis;
    for (const SourceSpan &substitution : token.substitutions)
        node.children << parseRange(m_text, substitution.begin, substitution.end, m_depth + 1, &m_problems);
    if (token.substitutions.isEmpty() && token.quasis.size() == 1) // a template without `${}` is a plain string
        node.text = TsTokenizer::cook(QStringView(m_text).mid(token.quasis[0].begin, token.quasis[0].length()));
    return node;
}

} // namespace tw::source::ts
