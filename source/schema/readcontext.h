// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/modulegraph.h"
#include "source/schema/sourceschema.h"

#include <functional>
#include <optional>

namespace tw::source {

/// What the schema reader's parts share while reading: the files, the casing, and where problems are reported.
class ReadContext
{
public:
    ReadContext(const ModuleGraph &graph, Casing casing, QList<SourceDiagnostic> &diagnostics);

    const ModuleGraph &graph() const { return m_graph; }
    Casing casing() const { return m_casing; }
    const QString &text(int file) const { return m_graph.file(file).text; }
    QString textOf(int file, const SourceSpan &span) const;

    void warn(int file, qsizetype offset, const QString &message);
    void error(int file, qsizetype offset, const QString &message);
    SourceLocation locate(int file, qsizetype offset) const;

    /// The text of a string literal or a template without `${ }`; nullopt for anything else.
    static std::optional<QString> stringValue(const ts::TsNode &node);
    /// `["a", "b"]` (also `as const`), or a name bound to such an array in the files read.
    std::optional<QStringList> stringArray(int file, const ts::TsNode &node) const;
    /// The declaration a name stands for, followed through imports (nullptr when not in the files read).
    const ts::TsStatement *declaration(int file, const QString &name, int *declaringFile = nullptr) const;
    /// Whether @p node is drizzle's sql`...`.
    bool isSqlTemplate(int file, const ts::TsNode &node) const;

    /// The SQL a `${ }` stands for, or nullopt (with *problem set) when this reader cannot tell.
    using SubstitutionWriter = std::function<std::optional<QString>(const ts::TsNode &, QString *problem)>;
    /// The text of sql`...` as drizzle's sql tag builds it: the cooked template text with every substitution
    /// written by @p write; `${sql.raw("x")}` is x.
    std::optional<QString> sqlText(int file, const ts::TsNode &taggedTemplate, const SubstitutionWriter &write,
                                   QString *problem) const;

    /// The `/** */` comment's text as the model keeps it (markers and leading ` * ` removed).
    QString docCommentText(int file, const SourceSpan &comment) const;
    /// The JSDoc comment that directly precedes @p offset (only whitespace between), invalid when none.
    SourceSpan jsDocBefore(int file, qsizetype offset) const;
    /// The whole lines holding @p span: from the line start (when only indentation precedes it) through a
    /// following comma, a trailing `//` comment and the line break.
    SourceSpan wholeLines(int file, const SourceSpan &span) const;

private:
    const ModuleGraph &m_graph;
    Casing m_casing;
    QList<SourceDiagnostic> &m_diagnostics;
};

} // namespace tw::source
