// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/readcontext.h"

#include "source/typescript/tstokenizer.h"

namespace tw::source {
namespace {

using ts::TsNode;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

ReadContext::ReadContext(const ModuleGraph &graph, Casing casing, QList<SourceDiagnostic> &diagnostics)
    : m_graph(graph)
    , m_casing(casing)
    , m_diagnostics(diagnostics)
{
}

QString ReadContext::textOf(int file, const SourceSpan &span) const
{
    return span.isValid() ? text(file).mid(span.begin, span.length()) : QString();
}

SourceLocation ReadContext::locate(int file, qsizetype offset) const
{
    return SourceLocation::at(m_graph.file(file).path, text(file), offset);
}

void ReadContext::warn(int file, qsizetype offset, const QString &message)
{
    m_diagnostics << SourceDiagnostic{SourceDiagnostic::Severity::Warning, locate(file, offset), message};
}

void ReadContext::error(int file, qsizetype offset, const QString &message)
{
    m_diagnostics << SourceDiagnostic{SourceDiagnostic::Severity::Error, locate(file, offset), message};
}

std::optional<QString> ReadContext::stringValue(const TsNode &node)
{
    const TsNode &n = node.unwrapped();
    if (n.kind == TsNode::Kind::String || (n.kind == TsNode::Kind::Template && n.children.isEmpty()))
        return n.text;
    return std::nullopt;
}

const ts::TsStatement *ReadContext::declaration(int file, const QString &name, int *declaringFile) const
{
    const ModuleGraph::Symbol symbol = m_graph.resolve(file, name);
    if (declaringFile)
        *declaringFile = symbol.file;
    return m_graph.statement(symbol);
}

std::optional<QStringList> ReadContext::stringArray(int file, const TsNode &node) const
{
    const TsNode &n = node.unwrapped();
    if (n.kind == TsNode::Kind::Identifier) {
        int declaringFile = -1;
        const ts::TsStatement *s = declaration(file, n.text, &declaringFile);
        if (!s || s->value.unwrapped().kind != TsNode::Kind::Array)
            return std::nullopt;
        return stringArray(declaringFile, s->value);
    }
    if (n.kind != TsNode::Kind::Array)
        return std::nullopt;
    QStringList values;
    for (const TsNode &element : n.children) {
        const std::optional<QString> value = stringValue(element);
        if (!value)
            return std::nullopt;
        values << *value;
    }
    return values;
}

bool ReadContext::isSqlTemplate(int file, const TsNode &node) const
{
    const TsNode &n = node.unwrapped();
    return n.kind == TsNode::Kind::TaggedTemplate && n.children.size() == 2 &&
           m_graph.drizzleName(file, n.children.first()) == u"sql";
}

std::optional<QString> ReadContext::sqlText(int file, const TsNode &taggedTemplate, const SubstitutionWriter &write,
                                            QString *problem) const
{
    const TsNode &n = taggedTemplate.unwrapped();
    if (n.kind != TsNode::Kind::TaggedTemplate || n.children.size() != 2)
        return std::nullopt;
    const TsNode &tpl = n.children[1];
    QString out;
    for (qsizetype i = 0; i < tpl.quasis.size(); ++i) {
        out += ts::TsTokenizer::cook(QStringView(text(file)).mid(tpl.quasis[i].begin, tpl.quasis[i].length()));
        if (i >= tpl.children.size())
            continue;
        const TsNode &sub = tpl.children[i].unwrapped();
        // sql.raw("text") is written as is.
        if (sub.kind == TsNode::Kind::Call && sub.children.size() == 2 &&
            sub.children[0].kind == TsNode::Kind::Member && sub.children[0].text == u"raw" &&
            !sub.children[0].children.isEmpty() && m_graph.drizzleName(file, sub.children[0].children[0]) == u"sql") {
            if (const std::optional<QString> raw = stringValue(sub.children[1])) {
                out += *raw;
                continue;
            }
        }
        const std::optional<QString> written = write ? write(sub, problem) : std::nullopt;
        if (!written) {
            if (problem && problem->isEmpty())
                *problem = QStringLiteral("cannot tell what `${%1}` stands for").arg(textOf(file, sub.span));
            return std::nullopt;
        }
        out += *written;
    }
    return out;
}

QString ReadContext::docCommentText(int file, const SourceSpan &comment) const
{
    QString body = textOf(file, comment);
    if (!body.startsWith(QLatin1String("/**")) || !body.endsWith(QLatin1String("*/")) || body.size() < 5)
        return {};
    body = body.mid(3, body.size() - 5);
    QStringList lines = body.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'*'))
            trimmed = trimmed.mid(trimmed.size() > 1 && trimmed[1] == u' ' ? 2 : 1);
        line = trimmed;
    }
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n')).replace(QLatin1String("*\\/"), QLatin1String("*/"));
}

SourceSpan ReadContext::jsDocBefore(int file, qsizetype offset) const
{
    const QList<ts::TsComment> &comments = m_graph.file(file).module.tokens.comments;
    for (qsizetype i = comments.size() - 1; i >= 0; --i) {
        const ts::TsComment &c = comments[i];
        if (c.span.end > offset)
            continue;
        if (c.isJsDoc && textOf(file, {c.span.end, offset}).trimmed().isEmpty())
            return c.span;
        return {};
    }
    return {};
}

SourceSpan ReadContext::wholeLines(int file, const SourceSpan &span) const
{
    const QString &t = text(file);
    qsizetype begin = span.begin;
    while (begin > 0 && isBlank(t[begin - 1]))
        --begin;
    if (begin > 0 && t[begin - 1] != u'\n' && t[begin - 1] != u'\r')
        begin = span.begin; // something else precedes it on its line
    qsizetype end = span.end;
    const auto skipBlanks = [&] {
        while (end < t.size() && isBlank(t[end]))
            ++end;
    };
    skipBlanks();
    if (end < t.size() && t[end] == u',') {
        ++end;
        skipBlanks();
    }
    if (end + 1 < t.size() && t[end] == u'/' && t[end + 1] == u'/') {
        while (end < t.size() && t[end] != u'\n' && t[end] != u'\r')
            ++end;
    }
    if (end >= t.size())
        return {begin, end};
    if (t[end] != u'\n' && t[end] != u'\r')
        return {span.begin, end}; // more code follows on the line: only what belongs to this entry
    if (t[end] == u'\r')
        ++end;
    if (end < t.size() && t[end] == u'\n')
        ++end;
    return {begin, end};
}

} // namespace tw::source
