// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/sourceschema.h"

#include <QStringList>

namespace tw::source {

/// Reads a Drizzle SQLite schema from TypeScript/JavaScript source files without executing anything.
/// Follows re-exports (`export * from "./users"`) and imports between the given files, resolves builder aliases
/// (`import { integer as int }`), knows sqliteTable/sqliteView and their extra config, and leaves pgTable/mysqlTable
/// declarations alone. Never fails as a whole: what it cannot read is a SourceDiagnostic naming file and line.
class SchemaSourceReader
{
public:
    /// @p paths are files, folders (every .ts/.js/.mts/.cts file below, sorted) or globs (`src/db/*.ts`,
    /// `src/**/schema.ts`), relative to @p baseDir unless absolute, in the order drizzle-kit would read them.
    static QStringList resolvePaths(const QStringList &paths, const QString &baseDir, QStringList *errors);

    /// Reads @p files (absolute paths, as resolvePaths gives them).
    static SourceSchema read(const QStringList &files, Casing casing);

    /// Reads one text as if it were the file @p path (tests, the fuzz target, unsaved editor buffers).
    static SourceSchema readText(const QString &path, const QString &text, Casing casing);
};

} // namespace tw::source
