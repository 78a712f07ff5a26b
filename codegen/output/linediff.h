// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tw::codegen {

/// A line diff (longest common subsequence) printed as a unified diff, for showing what re-exporting would
/// change in a file on disk.
class LineDiff
{
public:
    /// `--- a/<path>` / `+++ b/<path>` and `@@` hunks with @p context lines around each change; empty when
    /// @p before equals @p after. A missing final newline counts as a difference of the last line.
    static QString unified(const QString &before, const QString &after, const QString &path, int context = 3);
    /// The edit script: each line of the result prefixed with ' ', '-' or '+'.
    static QStringList script(const QStringList &before, const QStringList &after);
};

} // namespace tw::codegen
