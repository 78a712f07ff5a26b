// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/typescript/tsmodule.h"

#include "source/typescript/tsparser.h"
#include "source/typescript/tstokenizer.h"

#include <algorithm>

namespace tw::source::ts {
namespace {

using Kind = TsToken::Kind;

bool isStatementStart(const TsToken &t)
{
    static const QStringList words{QStringLiteral("export"), QStringLiteral("import"),    QStringLiteral("const"),
                                   QStringLiteral("let"),    QStringLiteral("var"),       QStringLiteral("function"),
                                   QStringLiteral("class"),  QStringLiteral("interface"), QStringLiteral("type"),
                                   QStringLiteral("enum"),   QStringLiteral("declare"),   QStringLiteral("async")};
    return t.kind == Kind::Identifier && words.contains(t.text);
}

class StatementReader
{
public:
    StatementReader(const QString &text, TsModule &module)
        : m_text(text)
        , m_module(module)
        , m_parser(text, module.tokens.tokens)
    {
    }

    void run()
    {
        while (!m_parser.atEnd()) {
            const qsizetype startIndex = m_parser.index();
            statement();
            if (m_parser.index() == startIndex)
                m_parser.advance();
        }
        // The tokenizer's first: an unterminated string is the cause of the brackets that then do not match.
        QList<TsProblem> parsed = m_parser.problems();
        std::stable_sort(parsed.begin(), parsed.end(),
                         [](const TsProblem &a, const TsProblem &b) { return a.offset < b.offset; });
        m_module.problems = m_module.tokens.problems + parsed;
    }

private:
    const TsToken &tok(qsizetype offset = 0) const { return m_parser.token(offset); }

    void statement()
    {
        const qsizetype first = m_parser.index();
        TsStatement s;
        if (tok().isIdentifier(u"import") && !tok(1).isPunctuator(u"(") && !tok(1).isPunctuator(u".")) {
            m_parser.advance();
            importClause(s);
        } else if (tok().isIdentifier(u"export")) {
            m_parser.advance();
            s.exported = true;
            exportStatement(s, first);
            return;
        } else if (isDeclarationKeyword()) {
            declarations(s, first);
            return;
        } else if (isEnumAhead()) {
            enumDeclaration(s, first);
            return;
        } else if ((tok().isIdentifier(u"module") && tok(1).isPunctuator(u".") && tok(2).isIdentifier(u"exports") &&
                    tok(3).isPunctuator(u"=")) ||
                   (tok().isIdentifier(u"exports") && tok(1).isPunctuator(u".") && tok(2).isIdentifier(u"default") &&
                    tok(3).isPunctuator(u"="))) {
            m_parser.setIndex(first + 4);
            s.kind = TsStatement::Kind::ModuleExports;
            s.value = m_parser.parseExpression();
        } else {
            skipStatement();
        }
        finish(s, first);
    }

    bool isDeclarationKeyword() const
    {
        const TsToken &t = tok();
        if (t.isIdentifier(u"const"))
            return !tok(1).isIdentifier(u"enum");
        return (t.isIdentifier(u"let") || t.isIdentifier(u"var")) &&
               (tok(1).kind == Kind::Identifier || tok(1).isPunctuator(u"{") || tok(1).isPunctuator(u"["));
    }

    bool isEnumAhead() const
    {
        qsizetype i = tok().isIdentifier(u"declare") ? 1 : 0;
        if (tok(i).isIdentifier(u"const"))
            ++i;
        return tok(i).isIdentifier(u"enum") && tok(i + 1).kind == Kind::Identifier && tok(i + 2).isPunctuator(u"{");
    }

    /// `enum Role { Admin = "admin", User }`: a Variable whose value is an Object of the members (a member
    /// without an initializer has an Other value), so that `Role.Admin` resolves like a const object's property.
    void enumDeclaration(TsStatement &s, qsizetype first)
    {
        while (!tok().isIdentifier(u"enum"))
            m_parser.advance();
        m_parser.advance();
        s.kind = TsStatement::Kind::Variable;
        s.nameSpan = tok().span;
        s.name = m_parser.advance().text;
        const qsizetype open = m_parser.index();
        const qsizetype close = m_parser.matching(open);
        TsNode object;
        object.kind = TsNode::Kind::Object;
        m_parser.advance();
        while (m_parser.index() < close) {
            const qsizetype before = m_parser.index();
            if (tok().kind == Kind::Identifier || tok().kind == Kind::String) {
                TsNode member;
                member.kind = TsNode::Kind::Property;
                member.name = tok().span;
                member.text = m_parser.advance().text;
                TsNode value;
                value.span = member.name;
                if (tok().isPunctuator(u"=")) {
                    m_parser.advance();
                    value = m_parser.parseExpression();
                }
                member.children << value;
                member.span = {member.name.begin, std::max(member.name.end, value.span.end)};
                object.children << member;
            }
            while (m_parser.index() < close && !tok().isPunctuator(u","))
                m_parser.advance();
            if (tok().isPunctuator(u","))
                m_parser.advance();
            if (m_parser.index() == before)
                m_parser.advance();
        }
        const QList<TsToken> &tokens = m_module.tokens.tokens;
        object.span = {tokens[open].span.begin, tokens[close].span.end};
        object.inner = {tokens[open].span.end, tokens[close].span.begin};
        m_parser.setIndex(close);
        m_parser.advance();
        s.value = object;
        finish(s, first);
    }

    void finish(TsStatement &s, qsizetype first)
    {
        if (tok().isPunctuator(u";") && m_parser.index() > first)
            m_parser.advance();
        const QList<TsToken> &tokens = m_module.tokens.tokens;
        const qsizetype last = std::max(first, m_parser.index() - 1);
        s.span = {tokens[first].span.begin, std::max(tokens[first].span.begin, tokens[last].span.end)};
        attachJsDoc(s, tokens[first].span.begin);
        m_module.statements << s;
    }

    void attachJsDoc(TsStatement &s, qsizetype begin)
    {
        for (qsizetype i = m_module.tokens.comments.size() - 1; i >= 0; --i) {
            const TsComment &c = m_module.tokens.comments[i];
            if (c.span.end > begin)
                continue;
            if (!c.isJsDoc || !m_text.mid(c.span.end, begin - c.span.end).trimmed().isEmpty())
                return;
            s.jsDoc = c.span;
            s.span.begin = c.span.begin;
            return;
        }
    }

    void skipStatement()
    {
        const qsizetype first = m_parser.index();
        while (!m_parser.atEnd()) {
            const TsToken &t = tok();
            if (m_parser.index() > first && t.newlineBefore && isStatementStart(t))
                return;
            if (t.isPunctuator(u";"))
                return;
            if (t.isPunctuator(u"(") || t.isPunctuator(u"[") || t.isPunctuator(u"{")) {
                const bool brace = t.isPunctuator(u"{");
                m_parser.setIndex(m_parser.matching(m_parser.index()));
                m_parser.advance();
                if (brace && tok().newlineBefore && !tok().isPunctuator(u".") && !tok().isPunctuator(u")"))
                    return; // the end of a function, class, interface or block
                continue;
            }
            if (t.isPunctuator(u")") || t.isPunctuator(u"]") || t.isPunctuator(u"}")) {
                m_parser.advance(); // a stray closing bracket
                return;
            }
            m_parser.advance();
        }
    }

    QList<TsBinding> namedBindings(bool typeOnly)
    {
        QList<TsBinding> bindings;
        const qsizetype close = m_parser.matching(m_parser.index());
        m_parser.advance();
        while (m_parser.index() < close) {
            TsBinding b;
            b.typeOnly = typeOnly;
            if (tok().isIdentifier(u"type") && (tok(1).kind == Kind::Identifier || tok(1).kind == Kind::String) &&
                !tok(1).isIdentifier(u"as")) {
                b.typeOnly = true;
                m_parser.advance();
            }
            if (tok().kind == Kind::Identifier || tok().kind == Kind::String) {
                b.imported = m_parser.advance().text;
                b.local = b.imported;
                if (tok().isIdentifier(u"as") && m_parser.index() + 1 < close) {
                    m_parser.advance();
                    b.local = m_parser.advance().text;
                }
                bindings << b;
            }
            while (m_parser.index() < close && !tok().isPunctuator(u","))
                m_parser.advance();
            if (tok().isPunctuator(u","))
                m_parser.advance();
        }
        m_parser.setIndex(close);
        m_parser.advance();
        return bindings;
    }

    void moduleSpecifier(TsStatement &s)
    {
        if (tok().isIdentifier(u"from"))
            m_parser.advance();
        if (tok().kind == Kind::String)
            s.module = m_parser.advance().text;
        if (tok().isIdentifier(u"with") || tok().isIdentifier(u"assert")) { // import attributes
            m_parser.advance();
            if (tok().isPunctuator(u"{")) {
                m_parser.setIndex(m_parser.matching(m_parser.index()));
                m_parser.advance();
            }
        }
    }

    void importClause(TsStatement &s)
    {
        s.kind = TsStatement::Kind::Import;
        bool typeOnly = false;
        if (tok().isIdentifier(u"type") && !tok(1).isIdentifier(u"from") && !tok(1).isPunctuator(u",")) {
            typeOnly = true;
            m_parser.advance();
        }
        if (tok().kind == Kind::Identifier && !tok().isIdentifier(u"from")) {
            s.bindings << TsBinding{m_parser.advance().text, QStringLiteral("default"), typeOnly};
            if (tok().isPunctuator(u","))
                m_parser.advance();
        }
        if (tok().isPunctuator(u"*") && tok(1).isIdentifier(u"as")) {
            m_parser.setIndex(m_parser.index() + 2);
            s.bindings << TsBinding{m_parser.advance().text, QStringLiteral("*"), typeOnly};
        } else if (tok().isPunctuator(u"{")) {
            s.bindings << namedBindings(typeOnly);
        }
        moduleSpecifier(s);
    }

    void exportStatement(TsStatement &s, qsizetype first)
    {
        if (tok().isIdentifier(u"default")) {
            m_parser.advance();
            s.kind = TsStatement::Kind::ExportDefault;
            s.value = m_parser.parseExpression();
        } else if (isDeclarationKeyword()) {
            declarations(s, first);
            return;
        } else if (isEnumAhead()) {
            enumDeclaration(s, first);
            return;
        } else if (tok().isPunctuator(u"*") || tok().isPunctuator(u"{") ||
                   (tok().isIdentifier(u"type") && (tok(1).isPunctuator(u"{") || tok(1).isPunctuator(u"*")))) {
            const bool typeOnly = tok().isIdentifier(u"type");
            if (typeOnly)
                m_parser.advance();
            if (tok().isPunctuator(u"*")) {
                m_parser.advance();
                TsBinding all{QStringLiteral("*"), QStringLiteral("*"), typeOnly};
                if (tok().isIdentifier(u"as")) {
                    m_parser.advance();
                    all.local = m_parser.advance().text;
                }
                s.bindings << all;
            } else {
                s.bindings << namedBindings(typeOnly);
            }
            s.kind = tok().isIdentifier(u"from") ? TsStatement::Kind::ExportFrom : TsStatement::Kind::ExportNames;
            if (s.kind == TsStatement::Kind::ExportNames) {
                for (TsBinding &b : s.bindings)
                    std::swap(b.local, b.imported); // local name -> exported name
            }
            moduleSpecifier(s);
        } else {
            skipStatement();
        }
        finish(s, first);
    }

    void declarations(TsStatement &base, qsizetype first)
    {
        m_parser.advance(); // const / let / var
        QList<TsStatement> declared;
        while (!m_parser.atEnd()) {
            TsStatement s = base;
            s.kind = TsStatement::Kind::Variable;
            if (tok().kind == Kind::Identifier) {
                s.nameSpan = tok().span;
                s.name = m_parser.advance().text;
            } else if (tok().isPunctuator(u"{") || tok().isPunctuator(u"[")) {
                m_parser.setIndex(m_parser.matching(m_parser.index()));
                m_parser.advance();
            } else {
                break;
            }
            if (tok().isPunctuator(u"!"))
                m_parser.advance();
            if (tok().isPunctuator(u":")) {
                m_parser.advance();
                s.typeAnnotation = m_parser.skipType();
            }
            if (tok().isPunctuator(u"=")) {
                m_parser.advance();
                s.value = m_parser.parseExpression();
            }
            declared << s;
            if (!tok().isPunctuator(u","))
                break;
            m_parser.advance();
        }
        if (declared.isEmpty()) {
            skipStatement();
            finish(base, first);
            return;
        }
        const qsizetype before = m_module.statements.size();
        finish(declared.first(), first);
        const TsStatement written = m_module.statements[before];
        for (qsizetype i = 1; i < declared.size(); ++i) {
            declared[i].span = written.span;
            declared[i].jsDoc = written.jsDoc;
            m_module.statements << declared[i];
        }
    }

    const QString &m_text;
    TsModule &m_module;
    TsParser m_parser;
};

} // namespace

TsModule TsModuleReader::read(const QString &text)
{
    TsModule module;
    module.tokens = TsTokenizer::tokenize(text);
    StatementReader(text, module).run();
    return module;
}

} // namespace tw::source::ts
