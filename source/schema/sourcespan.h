// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::source {

/// A half-open range [begin, end) of a source file's text, in QString (UTF-16) offsets of the file decoded from
/// UTF-8. Spans always refer to the text the file had when it was read.
struct SourceSpan
{
    qsizetype begin = -1;
    qsizetype end = -1;

    bool isValid() const { return begin >= 0 && end >= begin; }
    qsizetype length() const { return end - begin; }

    friend bool operator==(const SourceSpan &, const SourceSpan &) = default;
};

/// A place in a file for messages: `src/db/schema.ts:12:5` (1-based line and column).
struct SourceLocation
{
    QString file; ///< as given to the reader (absolute, or relative to the project folder)
    int line = 0;
    int column = 0;

    QString toString() const;
    /// The line and column of @p offset in @p text (lines end at LF, CRLF or a lone CR).
    static SourceLocation at(const QString &file, const QString &text, qsizetype offset);
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

} // namespace tw::source
