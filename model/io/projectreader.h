// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/project/project.h"

#include <QByteArray>
#include <QString>

namespace tw::model {

/// Reads `.twproj` files. Never half-loads: either the whole project or one specific error message naming the
/// JSON path (`tables[3].columns[1].type: ...`) or, for syntax errors, the line and column.
class ProjectReader
{
public:
    /// Files larger than this are refused before they are read.
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

    static Result<Project> read(const QByteArray &bytes);
    /// Reads @p filePath; errors are prefixed with nothing: callers add the file name.
    static Result<Project> readFile(const QString &filePath);
};

} // namespace tw::model
