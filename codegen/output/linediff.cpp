// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/output/linediff.h"

#include <vector>

namespace tw::codegen {
namespace {

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the final newline ends the last line, it does not start a new one
    else if (!lines.isEmpty())
        lines.last() += QStringLiteral("\n\\ No newline at end of file");
    return lines;
}

struct Hunk
{
    qsizetype first = 0; ///< index into the script
    qsizetype last = 0;  ///< exclusive
};

} // namespace

QStringList LineDiff::script(const QStringList &before, const QStringList &after)
{
    // Trim the common head and tail first: exported files usually differ in a few lines only.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] =
                before[head + i] == after[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    for (qsizetype k = 0; k < head; ++k)
        out << u' ' + before[k];
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[head + i] == after[head + j]) {
            out << u' ' + before[head + i];
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out << u'-' + before[head + i++]; // deletions first, as diff(1) prints them
        } else {
            out << u'+' + after[head + j++];
        }
    }
    for (qsizetype k = before.size() - tail; k < before.size(); ++k)
        out << u' ' + before[k];
    return out;
}

QString LineDiff::unified(const QString &before, const QString &after, const QString &path, int context)
{
    if (before == after)
        return {};
    const QStringList lines = script(splitLines(before), splitLines(after));
    QList<Hunk> hunks;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (lines[k].startsWith(u' '))
            continue;
        const qsizetype first = std::max<qsizetype>(0, k - context);
        const qsizetype last = std::min(lines.size(), k + 1 + context);
        if (!hunks.isEmpty() && first <= hunks.last().last)
            hunks.last().last = last;
        else
            hunks << Hunk{first, last};
    }
    QString out = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(path);
    for (const Hunk &hunk : std::as_const(hunks)) {
        qsizetype oldStart = 1;
        qsizetype newStart = 1;
        for (qsizetype k = 0; k < hunk.first; ++k) {
            oldStart += lines[k].startsWith(u'+') ? 0 : 1;
            newStart += lines[k].startsWith(u'-') ? 0 : 1;
        }
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        QString body;
        for (qsizetype k = hunk.first; k < hunk.last; ++k) {
            oldCount += lines[k].startsWith(u'+') ? 0 : 1;
            newCount += lines[k].startsWith(u'-') ? 0 : 1;
            body += lines[k] + u'\n';
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldCount ? oldStart : oldStart - 1)
                   .arg(oldCount)
                   .arg(newCount ? newStart : newStart - 1)
                   .arg(newCount) +
               body;
    }
    return out;
}

} // namespace tw::codegen
