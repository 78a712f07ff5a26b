// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "source/schema/sourcespan.h"

#include <QList>
#include <QString>

namespace tw::source {

/// Replace @p span of a file's text (as read) with @p text; an empty span inserts.
struct TextEdit
{
    SourceSpan span;
    QString text;

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

/// Applies @p edits to @p text from the end backwards, so that every span still refers to the text as read.
/// Insertions at the same offset keep the order in which they were given. Fails when two edits overlap.
/// In debug builds, asserts that every region outside the edits is byte-identical afterwards.
model::Result<QString> applyTextEdits(const QString &text, QList<TextEdit> edits);

/// Line helpers over a file's text (offsets as in SourceSpan).
namespace text {
qsizetype lineStart(const QString &text, qsizetype offset);
/// The offset just after the line break ending the line of @p offset (or the end of the text).
qsizetype nextLineStart(const QString &text, qsizetype offset);
/// 1-based line number of @p offset.
int lineNumber(const QString &text, qsizetype offset);
/// The whitespace the line of @p offset starts with.
QString indentationAt(const QString &text, qsizetype offset);
/// Whether only spaces and tabs lie between the start of the line and @p offset.
bool onlyBlanksBefore(const QString &text, qsizetype offset);
/// Whether only spaces and tabs lie between @p offset and the end of its line.
bool onlyBlanksAfter(const QString &text, qsizetype offset);
/// Whether the line starting at @p lineBegin holds only blanks (or is the end of the text).
bool isBlankLine(const QString &text, qsizetype lineBegin);
/// @p span widened to whole lines when nothing but blanks surrounds it on its first and last line.
SourceSpan wholeLinesIfAlone(const QString &text, SourceSpan span);
/// The offset of the bracket closing the one at @p open (`(`, `[`, `{`), skipping strings, template literals and
/// comments; -1 when unbalanced.
qsizetype matchingBracket(const QString &text, qsizetype open);
/// The first offset at or after @p from that is not whitespace or a comment.
qsizetype skipBlanksAndComments(const QString &text, qsizetype from);
} // namespace text

} // namespace tw::source
