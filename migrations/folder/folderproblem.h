// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace tw::migrations {

/// Something wrong with a migrations folder, naming the file it concerns.
struct FolderProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file; ///< relative to the folder (`meta/0003_snapshot.json`), or empty for the folder itself
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// `error: meta/_journal.json: ...`
    QString toString() const;

    friend bool operator==(const FolderProblem &, const FolderProblem &) = default;
};

using FolderProblems = QList<FolderProblem>;

/// Whether any of @p problems is an error (what makes a folder unusable for generate).
bool hasErrors(const FolderProblems &problems);
/// The problems of @p severity, one `error: FILE: message` (or `warning: …`) a line; empty when there are none.
QString problemLines(const FolderProblems &problems, FolderProblem::Severity severity);

} // namespace tw::migrations
