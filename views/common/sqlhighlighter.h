// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace tw::views {

/// SQLite SQL as the migration files hold it: keywords, 'strings', `quoted` and "quoted" identifiers, numbers,
/// -- line comments, /* block comments */ (across lines) and drizzle's `--> statement-breakpoint` marker.
/// Colours follow the palette of the document's widget: lighter tones on a dark background.
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Keyword, String, Identifier, Number, Comment, Breakpoint };

    explicit SqlHighlighter(QTextDocument *document, bool darkBackground = false);

    void setDarkBackground(bool dark);
    /// The format a token gets (tests compare against it).
    QTextCharFormat tokenFormat(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    /// Highlights from @p start; answers where a quoted run or comment ends (or text.size() when it does not).
    int quotedEnd(const QString &text, int start, QChar quote) const;

    bool m_dark = false;
};

} // namespace tw::views
