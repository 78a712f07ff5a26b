// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/textedits.h"

#include <algorithm>

namespace tw::source {
namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

/// Every region between edits reads the same before and after.
[[maybe_unused]] bool untouchedRegionsIdentical(const QString &before, const QString &after,
                                                const QList<TextEdit> &ascending)
{
    qsizetype oldPos = 0;
    qsizetype newPos = 0;
    for (const TextEdit &edit : ascending) {
        const qsizetype keep = edit.span.begin - oldPos;
        if (QStringView(before).mid(oldPos, keep) != QStringView(after).mid(newPos, keep))
            return false;
        newPos += keep + edit.text.size();
        oldPos = edit.span.end;
    }
    return QStringView(before).mid(oldPos) == QStringView(after).mid(newPos);
}

/// Skips a quoted string or template literal starting at @p i; returns the offset after it.
qsizetype skipLiteral(const QString &text, qsizetype i)
{
    const QChar quote = text[i];
    for (++i; i < text.size(); ++i) {
        if (text[i] == u'\\')
            ++i;
        else if (text[i] == quote)
            return i + 1;
        else if (quote == u'`' && text[i] == u'$' && i + 1 < text.size() && text[i + 1] == u'{')
            i = std::max(i, text::matchingBracket(text, i + 1));
    }
    return text.size();
}

/// Skips a comment starting at @p i (which holds `/`); returns @p i when there is none.
qsizetype skipComment(const QString &text, qsizetype i)
{
    if (i + 1 >= text.size() || text[i] != u'/')
        return i;
    if (text[i + 1] == u'/') {
        const qsizetype end = text.indexOf(u'\n', i);
        return end < 0 ? text.size() : end;
    }
    if (text[i + 1] == u'*') {
        const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
        return end < 0 ? text.size() : end + 2;
    }
    return i;
}

} // namespace

model::Result<QString> applyTextEdits(const QString &text, QList<TextEdit> edits)
{
    // By offset; at one offset, insertions before the replacement that starts there.
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        if (a.span.begin != b.span.begin)
            return a.span.begin < b.span.begin;
        return a.span.length() == 0 && b.span.length() > 0;
    });
    for (qsizetype i = 1; i < edits.size(); ++i) {
        if (edits[i].span.begin < edits[i - 1].span.end)
            return model::Result<QString>::failure(
                QStringLiteral("two changes overlap at line %1").arg(text::lineNumber(text, edits[i].span.begin)));
    }
    QString out = text;
    for (qsizetype i = edits.size() - 1; i >= 0; --i)
        out.replace(edits[i].span.begin, edits[i].span.length(), edits[i].text);
    Q_ASSERT(untouchedRegionsIdentical(text, out, edits));
    return out;
}

namespace text {

qsizetype lineStart(const QString &text, qsizetype offset)
{
    const qsizetype br = offset > 0 ? text.lastIndexOf(u'\n', offset - 1) : -1;
    return br + 1;
}

qsizetype nextLineStart(const QString &text, qsizetype offset)
{
    const qsizetype br = text.indexOf(u'\n', offset);
    return br < 0 ? text.size() : br + 1;
}

int lineNumber(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

QString indentationAt(const QString &text, qsizetype offset)
{
    const qsizetype begin = lineStart(text, offset);
    qsizetype end = begin;
    while (end < text.size() && isBlank(text[end]))
        ++end;
    return text.mid(begin, end - begin);
}

bool onlyBlanksBefore(const QString &text, qsizetype offset)
{
    for (qsizetype i = lineStart(text, offset); i < offset; ++i) {
        if (!isBlank(text[i]))
            return false;
    }
    return true;
}

bool onlyBlanksAfter(const QString &text, qsizetype offset)
{
    for (qsizetype i = offset; i < text.size() && text[i] != u'\n'; ++i) {
        if (!isBlank(text[i]) && text[i] != u'\r')
            return false;
    }
    return true;
}

bool isBlankLine(const QString &text, qsizetype lineBegin)
{
    return onlyBlanksAfter(text, lineBegin);
}

SourceSpan wholeLinesIfAlone(const QString &text, SourceSpan span)
{
    if (onlyBlanksBefore(text, span.begin) && onlyBlanksAfter(text, span.end))
        return {lineStart(text, span.begin), nextLineStart(text, span.end)};
    return span;
}

qsizetype matchingBracket(const QString &text, qsizetype open)
{
    QString closers;
    for (qsizetype i = open; i < text.size();) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\'' || c == u'`') {
            i = skipLiteral(text, i);
            continue;
        }
        if (const qsizetype after = skipComment(text, i); after != i) {
            i = after;
            continue;
        }
        if (c == u'(')
            closers += u')';
        else if (c == u'[')
            closers += u']';
        else if (c == u'{')
            closers += u'}';
        else if (c == u')' || c == u']' || c == u'}') {
            if (closers.isEmpty() || closers.back() != c)
                return -1;
            closers.chop(1);
            if (closers.isEmpty())
                return i;
        }
        ++i;
    }
    return -1;
}

qsizetype skipBlanksAndComments(const QString &text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size()) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        const qsizetype after = skipComment(text, i);
        if (after == i)
            break;
        i = after;
    }
    return i;
}

} // namespace text
} // namespace tw::source
