// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/sourcespan.h"
#include "source/typescript/tsmodule.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace tw::source {

/// One schema file as the reader sees it: its statements and what its names are bound to.
struct ModuleFile
{
    QString path;
    QString text;
    ts::TsModule module;
    /// Local name -> drizzle-orm export (`int` -> `integer`), for imports from drizzle-orm and its sqlite-core;
    /// a namespace import (`import * as t from "drizzle-orm/sqlite-core"`) is `t` -> `*`.
    QMap<QString, QString> drizzleImports;
    QSet<QString> sqliteNamespaces;
    QSet<QString> ormNamespaces;
    SourceSpan sqliteCoreImport;
    QHash<QString, int> constants; ///< top-level const/let/var name -> statement index
};

/// The files of a schema and the links between them: which declaration a name in a file stands for, following
/// imports and re-exports (`export * from "./users"`) between the files being read. Names imported from files
/// outside the set are unresolved, never guessed from the file system.
class ModuleGraph
{
public:
    struct Symbol
    {
        int file = -1;
        int statement = -1;
        bool isValid() const { return file >= 0 && statement >= 0; }
        friend bool operator==(const Symbol &, const Symbol &) = default;
    };

    ModuleGraph() = default;
    explicit ModuleGraph(QList<ModuleFile> files);

    const QList<ModuleFile> &files() const { return m_files; }
    const ModuleFile &file(int index) const { return m_files[index]; }
    const ts::TsStatement *statement(const Symbol &symbol) const;

    /// The top-level declaration @p name stands for in @p file, followed through imports into the other files.
    Symbol resolve(int file, const QString &name) const;
    /// `ns.name` after `import * as ns from "./users"`: the declaration it stands for.
    Symbol resolveMember(int file, const QString &ns, const QString &name) const;
    /// The exported declaration @p name of @p file, through its re-exports.
    Symbol resolveExport(int file, const QString &name, int depth = 0) const;
    /// The drizzle-orm export a callee or tag names (`sqliteTable`, `integer`, `sql`, ...), empty when it is not
    /// one: `int` after `import { integer as int }`, `t.text` after `import * as t`.
    QString drizzleName(int file, const ts::TsNode &callee) const;
    /// The file a relative module specifier of @p file names, -1 when it is not one of the files read.
    int moduleFile(int file, const QString &specifier) const;

private:
    /// resolve() @p depth hops into a chain of imports and re-exports: every path through the files counts its hops,
    /// so files that import from each other in a circle end at kMaxHops instead of recursing forever.
    Symbol resolveAt(int file, const QString &name, int depth) const;
    Symbol resolveImported(int file, const ts::TsBinding &binding, const QString &module, int depth) const;

    QList<ModuleFile> m_files;
};

/// The paths a relative module specifier of @p fromFile may name, in TypeScript's order of preference
/// (`./users` -> `./users.ts`, ..., `./users/index.ts`; `./users.js` -> `./users.ts`); empty for a package.
QStringList moduleCandidates(const QString &fromFile, const QString &specifier);

/// Builds a ModuleFile from a file's text: parses it and collects drizzle imports and top-level names.
ModuleFile readModuleFile(const QString &path, const QString &text);

} // namespace tw::source
