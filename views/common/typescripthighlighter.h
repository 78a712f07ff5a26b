// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace tw::views {

/// TypeScript as the exported files hold it: keywords, 'strings' and "strings", `template literals` (across
/// lines), numbers, // line and /* block */ comments (across lines), and Type names (a capital first letter).
class TypeScriptHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Keyword, String, Number, Comment, TypeName };

    explicit TypeScriptHighlighter(QTextDocument *document, bool darkBackground = false);

    /// The format a token gets (tests compare against it).
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    /// Where a string opened with @p quote at @p start ends (after the closing quote), or -1 when it runs on.
    static int stringEnd(const QString &text, int start, QChar quote);

    bool m_dark = false;
};

} // namespace tw::views
