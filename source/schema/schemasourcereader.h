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
    /// @p paths are files, folders (every .ts/.js/.mts/.mjs/.cts/.cjs file directly in it, sorted: drizzle-kit
    /// does not descend into subfolders) or globs (`src/db/*.ts`, `src/**/schema.ts`, `{a,b}`), relative to
    /// @p baseDir unless absolute, in the order drizzle-kit would read them. A path that gives no schema file is
    /// an entry in @p errors.
    static QStringList resolvePaths(const QStringList &paths, const QString &baseDir, QStringList *errors);

    /// Reads @p files (absolute paths, as resolvePaths gives them), and the files they import or re-export through
    /// relative specifiers (`./users`, `../lib/constants.js`), which SourceSchema::files lists after them. The
    /// schema holds what drizzle-kit sees: the tables and views of @p files and those they re-export; a table or
    /// view a listed file declares without exporting is read too, with a warning that drizzle-kit does not see it.
    static SourceSchema read(const QStringList &files, Casing casing);

    /// Reads one text as if it were the file @p path (tests, the fuzz target, unsaved editor buffers).
    static SourceSchema readText(const QString &path, const QString &text, Casing casing);
};

} // namespace tw::source
