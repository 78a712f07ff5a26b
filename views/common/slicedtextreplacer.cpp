// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/slicedtextreplacer.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>

#include <algorithm>

namespace tw::views {
namespace {

qsizetype commonPrefix(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    return std::mismatch(a.cbegin(), a.cbegin() + n, b.cbegin()).first - a.cbegin();
}

qsizetype commonSuffix(const QString &a, const QString &b, qsizetype limit)
{
    return std::mismatch(a.crbegin(), a.crbegin() + limit, b.crbegin()).first - a.crbegin();
}

int lineCount(const QString &text)
{
    return int(text.count(QLatin1Char('\n'))) + 1;
}

} // namespace

SlicedTextReplacer::SlicedTextReplacer(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
{
    // A preview keeps no undo history of its replacements.
    m_editor->document()->setUndoRedoEnabled(false);
}

void SlicedTextReplacer::setText(const QString &text)
{
    // What the editor shows: the last text when it went in whole (saves reading a big document back).
    const QString shown = m_shown && isDone() ? m_text : m_editor->toPlainText();
    m_text = text;
    const qsizetype prefix = commonPrefix(shown, text);
    if (prefix == shown.size() && prefix == text.size()) {
        m_remove = 0;
        m_insertLines = m_inserted = 0;
        m_shown = true;
        Q_EMIT done();
        return;
    }
    // Whole lines in common at the start, then at the end (not reaching back into the first ones).
    // (lastIndexOf from -1 would search from the end)
    const qsizetype start = prefix == 0 ? 0 : shown.lastIndexOf(QLatin1Char('\n'), prefix - 1) + 1;
    const int before = int(QStringView(shown).left(start).count(QLatin1Char('\n')));
    const qsizetype suffix = commonSuffix(shown, text, std::min(shown.size(), text.size()) - start);
    const int after = int(QStringView(shown).right(suffix).count(QLatin1Char('\n')));
    qsizetype keptTail = 0; // the last `after` lines with the line break before them
    for (int line = 0, at = int(shown.size()); line < after; ++line) {
        at = int(shown.lastIndexOf(QLatin1Char('\n'), at - 1));
        keptTail = shown.size() - at;
    }
    m_lineCount = lineCount(shown);
    m_block = before;
    m_remove = m_lineCount - after - before;
    m_insertLines = lineCount(text) - after - before;
    m_insert = m_insertLines > 0 ? text.mid(start, text.size() - keptTail - start) : QString();
    m_insertAt = 0;
    m_inserted = 0;
    m_shown = true;
    step();
}

void SlicedTextReplacer::removeLines(int count)
{
    QTextDocument *document = m_editor->document();
    QTextCursor cursor(document);
    const int end = document->characterCount() - 1;
    if (m_block + count < m_lineCount) {
        cursor.setPosition(document->findBlockByNumber(m_block).position());
        cursor.setPosition(document->findBlockByNumber(m_block + count).position(), QTextCursor::KeepAnchor);
    } else {
        // Through the last line: the line break before them goes with them.
        cursor.setPosition(m_block > 0 ? document->findBlockByNumber(m_block).position() - 1 : 0);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
    }
    cursor.removeSelectedText();
    m_lineCount -= count;
}

void SlicedTextReplacer::insertLines(const QString &text, int lines)
{
    QTextDocument *document = m_editor->document();
    QTextCursor cursor(document);
    const int at = m_block + m_inserted;
    if (m_lineCount == 0) {
        cursor.insertText(text);
    } else if (at < m_lineCount) {
        cursor.setPosition(document->findBlockByNumber(at).position());
        cursor.insertText(text + QLatin1Char('\n'));
    } else {
        cursor.setPosition(document->characterCount() - 1);
        cursor.insertText(QLatin1Char('\n') + text);
    }
    m_lineCount += lines;
    m_inserted += lines;
}

void SlicedTextReplacer::step()
{
    QScrollBar *scroll = m_editor->verticalScrollBar();
    const int scrolled = scroll->value();
    int budget = kSliceLines;
    if (m_remove > 0) {
        const int count = std::min(m_remove, budget);
        removeLines(count);
        m_remove -= count;
        budget -= count;
    }
    if (m_remove == 0 && budget > 0 && m_inserted < m_insertLines) {
        // The next `budget` lines of m_insert, without the line break after the last.
        const int lines = std::min(budget, m_insertLines - m_inserted);
        qsizetype end = m_insertAt;
        for (int line = 0; line < lines; ++line) {
            const qsizetype lineBreak = m_insert.indexOf(QLatin1Char('\n'), end);
            end = lineBreak < 0 ? m_insert.size() : lineBreak;
            if (line + 1 < lines)
                ++end;
        }
        insertLines(m_insert.mid(m_insertAt, end - m_insertAt), lines);
        m_insertAt = end + 1;
    }
    scroll->setValue(scrolled);
    if (isDone()) {
        Q_EMIT done();
    } else if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            if (!isDone())
                step();
        });
    }
}

} // namespace tw::views
