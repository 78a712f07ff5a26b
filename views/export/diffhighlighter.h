// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace tw::views {

/// A unified diff: removed lines red, added lines green, `@@` hunk headers and `---`/`+++` file lines muted.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit DiffHighlighter(QTextDocument *document, bool darkBackground = false);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_dark = false;
};

} // namespace tw::views
