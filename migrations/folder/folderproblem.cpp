// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/folderproblem.h"

#include <QStringList>

#include <algorithm>

namespace tw::migrations {

QString FolderProblem::toString() const
{
    const QString level = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    return file.isEmpty() ? level + QStringLiteral(": ") + message
                          : level + QStringLiteral(": ") + file + QStringLiteral(": ") + message;
}

bool hasErrors(const FolderProblems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const FolderProblem &p) { return p.isError(); });
}

QString problemLines(const FolderProblems &problems, FolderProblem::Severity severity)
{
    QStringList lines;
    for (const FolderProblem &p : problems) {
        if (p.severity == severity)
            lines << p.toString();
    }
    return lines.join(u'\n');
}

} // namespace tw::migrations
