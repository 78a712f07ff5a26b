// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/projectsettings.h"
#include "model/schema/schema.h"
#include "source/schema/sourcespan.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tw::source {

using Casing = model::Casing;

/// Something the reader noticed, with where. Warnings never stop reading; an error means the named object
/// could not be read (it is left out of the schema, and editing that file is refused).
struct SourceDiagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Warning;
    SourceLocation location;
    QString message;

    /// `warning: src/db/schema.ts:12:5: message`
    QString toString() const;
    friend bool operator==(const SourceDiagnostic &, const SourceDiagnostic &) = default;
};

/// How a file is written, so that inserted code looks like its neighbours.
struct SourceStyle
{
    QChar quote = QLatin1Char('"');        ///< string quote used by the file's column builders
    bool semicolons = true;                ///< statements end with `;`
    QString indent = QStringLiteral("  "); ///< one indentation level
    bool trailingCommas = true;            ///< the last property of a columns object has a comma
    QString lineEnding = QStringLiteral("\n");

    friend bool operator==(const SourceStyle &, const SourceStyle &) = default;
};

/// One file of the schema source: its text as read and what it imports.
struct SourceFile
{
    QString path;      ///< absolute
    QString text;      ///< decoded UTF-8, exactly as on disk
    QByteArray digest; ///< SHA-256 of the bytes on disk
    SourceStyle style;
    /// Local identifier -> the drizzle-orm export it names: `int` -> `integer`, `sqliteTable` -> `sqliteTable`.
    /// Only imports from `drizzle-orm/sqlite-core` (and `drizzle-orm` for `sql`, `relations`) are listed.
    QMap<QString, QString> drizzleImports;
    /// The `import { a, b } from "drizzle-orm/sqlite-core"` statement, to extend when a new builder is needed.
    SourceSpan sqliteCoreImport;

    friend bool operator==(const SourceFile &, const SourceFile &) = default;
};

/// `.method(arguments)` after a column builder call: `.notNull()`, `.default(0)`, `.references(() => users.id)`,
/// `.$defaultFn(() => crypto.randomUUID())`, `.$type<Foo>()`, ...
struct SourceChainCall
{
    QString method;       ///< `notNull`, `$type`, ...
    SourceSpan span;      ///< from the `.` to the closing `)`
    SourceSpan arguments; ///< inside the parentheses

    friend bool operator==(const SourceChainCall &, const SourceChainCall &) = default;
};

/// One property of a table's columns object.
struct SourceColumn
{
    QString key;          ///< the TypeScript key (model Column::tsName)
    model::Column column; ///< what the source says, without an id
    SourceSpan entry;     ///< `key: builder(...).chain()`, without the separating comma
    SourceSpan lines; ///< whole lines holding entry (indentation, leading JSDoc, comma, trailing comment, line break)
    QString builder;  ///< the local builder name as written: `integer`, `int`, `text`, `customJson`, ...
    SourceSpan builderCall;     ///< `builder(args)`
    SourceSpan nameArgument;    ///< the SQL name string literal, invalid when the name comes from key + casing
    SourceSpan optionsArgument; ///< the `{ mode: ..., enum: ... }` object, invalid when absent
    QList<SourceChainCall> chain;
    /// False when the column is not a plain property (a spread `...timestamps`, a computed key, a builder this
    /// reader does not know such as a `customType`): it is read as far as possible but never edited in place.
    bool editable = true;
    QString notEditableReason;

    friend bool operator==(const SourceColumn &, const SourceColumn &) = default;
};

/// An entry of the table's extra-config callback (`(t) => [index(...).on(...), ...]` or the object form).
struct SourceConstraint
{
    enum class Kind { Index, UniqueIndex, Unique, PrimaryKey, ForeignKey, Check };
    Kind kind = Kind::Index;
    QString key;      ///< the property key in the object form, empty in the array form
    SourceSpan entry; ///< the expression
    SourceSpan lines; ///< whole lines holding it
    /// The index (Index, UniqueIndex), unique constraint, primary key, foreign key or check, with column ids
    /// referring to SourceTable::table's columns.
    model::Index index;
    model::UniqueConstraint unique;
    model::PrimaryKey primaryKey;
    model::ForeignKey foreignKey;
    model::CheckConstraint check;
    bool editable = true;

    friend bool operator==(const SourceConstraint &, const SourceConstraint &) = default;
};

/// `export const users = sqliteTable("users", { ... }, (t) => [...]);`
struct SourceTable
{
    int file = -1;    ///< index into SourceSchema::files
    QString variable; ///< the const's name (model Table::tsName)
    bool exported = true;
    /// The table as the source defines it: ids are assigned by the reader (fresh, stable within one read),
    /// columns in source order; foreign keys from `.references()` and from the extra config.
    model::Table table;
    SourceSpan declaration;   ///< the whole statement, including a leading JSDoc comment and the `;`
    SourceSpan nameArgument;  ///< the table's SQL name literal
    SourceSpan columnsObject; ///< `{ ... }`, braces included
    SourceSpan extraConfig;   ///< the third argument, invalid when absent
    /// The extra config callback's parameter (`t` in `(t) => [...]`) and the `[...]` or `({...})` object it
    /// returns (the object without its parentheses), to add entries in the way the table already writes them.
    QString extraConfigParameter;
    SourceSpan extraConfigEntries;
    QList<SourceColumn> columns; ///< same order as table.columns
    QList<SourceConstraint> constraints;

    friend bool operator==(const SourceTable &, const SourceTable &) = default;
};

/// `export const v = sqliteView("v").as(sql`...`)` or `sqliteView("v", { ... }).as(...)`, `.existing()`.
struct SourceView
{
    int file = -1;
    QString variable;
    model::View view;
    SourceSpan declaration;
    SourceSpan definition; ///< the SQL text inside sql`...`, invalid for query-builder views
    bool editable = true;

    friend bool operator==(const SourceView &, const SourceView &) = default;
};

/// A Drizzle schema source, read without running it: every file, every SQLite table and view with where it is
/// written, and what could not be read. Tables of other dialects (pgTable, mysqlTable) are skipped, not errors.
struct SourceSchema
{
    QList<SourceFile> files;
    QList<SourceTable> tables;
    QList<SourceView> views;
    QList<SourceDiagnostic> diagnostics;
    Casing casing = Casing::None;

    bool hasErrors() const;
    /// The tables and views as a model schema (the ids SourceTable/SourceView carry).
    model::Schema toSchema() const;
    const SourceTable *tableNamed(const QString &sqlName) const; ///< case-insensitive, as SQLite compares
    int fileIndex(const QString &absolutePath) const;

    friend bool operator==(const SourceSchema &, const SourceSchema &) = default;
};

} // namespace tw::source
