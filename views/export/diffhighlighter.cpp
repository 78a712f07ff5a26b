// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/export/diffhighlighter.h"

#include <QTextCharFormat>

namespace tw::views {

DiffHighlighter::DiffHighlighter(QTextDocument *document, bool darkBackground)
    : QSyntaxHighlighter(document)
    , m_dark(darkBackground)
{
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat f;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")) ||
        text.startsWith(QLatin1String("@@"))) {
        f.setForeground(m_dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x4b, 0x55, 0x63));
        f.setFontWeight(QFont::Bold);
    } else if (text.startsWith(u'+')) {
        f.setForeground(m_dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x16, 0x65, 0x34));
        f.setBackground(m_dark ? QColor(0x1f, 0x3a, 0x2a) : QColor(0xdc, 0xfc, 0xe7));
    } else if (text.startsWith(u'-')) {
        f.setForeground(m_dark ? QColor(0xff, 0xa1, 0xa1) : QColor(0x99, 0x1b, 0x1b));
        f.setBackground(m_dark ? QColor(0x3f, 0x1f, 0x24) : QColor(0xfe, 0xe2, 0xe2));
    } else {
        return;
    }
    setFormat(0, int(text.size()), f);
}

} // namespace tw::views
