// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "source/schema/sourceschema.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace tw::source {

/// One `.method(arguments)` of a column's chain as the generated mode writes it.
struct ChainText
{
    QString method;
    QString text; ///< from the `.` to the closing `)`
};

/// Whether @p file (or, when given and it has columns, @p table alone) leaves SQL names to the keys: more columns
/// without a name argument than with one. Without any column to go by, whether `casing` is set.
bool reliesOnDerivedNames(const SourceSchema &source, int file, const SourceTable *table = nullptr);

/// The Drizzle code the generated mode writes (codegen's DrizzleColumnWriter and DrizzleTableConfigWriter, so that
/// both modes agree on what drizzle-kit will record), restyled for one file of the team's source: its quote
/// character, the local names it imports builders under (`int` for `integer`), and explicit or `casing`-derived
/// column names. Remembers which drizzle exports the text it gave out needs, so the caller can import them.
class DrizzleText
{
public:
    /// @p reliesOnCasing: the file leaves column names to the key (and @p casing) where it can.
    DrizzleText(const model::Schema &schema, const SourceFile &file, Casing casing, bool reliesOnCasing);

    /// `key: builder(...).chain()`, without indentation or comma.
    QString column(const model::Table &table, const model::Column &column);
    /// `builder(name, { options })` alone.
    QString builderCall(const model::Table &table, const model::Column &column);
    /// The column's modelled chain calls (`notNull`, `primaryKey`, `unique`, `default`, `generatedAlwaysAs`,
    /// `references`), in the order the generated mode writes them.
    QList<ChainText> chain(const model::Table &table, const model::Column &column);
    /// The extra-config entries of @p table (normally a copy holding just the one constraint to write).
    QStringList configEntries(const model::Table &table, const QString &parameter);
    /// The string literal for @p text in the file's quotes.
    QString literal(const QString &text) const;
    /// An object key in the file's quotes when it is not an identifier.
    QString propertyKey(const QString &name) const;
    /// Converts the generated mode's single-quoted literals to @p quote (template literals are left alone).
    static QString withQuotes(const QString &code, QChar quote);

    /// Column builders come from the table's builder callback, `sqliteTable("t", (b) => ({ id: b.integer() }))`.
    void setBuilderObject(const QString &parameter) { m_builderObject = parameter; }
    /// The name the file has @p drizzleExport under, or the export itself (then remembered as needed).
    QString localName(const QString &drizzleExport);

    /// Exports of `drizzle-orm/sqlite-core` that the file does not import yet but the text given out uses.
    QStringList missingCoreImports() const;
    bool needsSql() const { return m_needsSql; }
    bool needsAnyColumnType() const { return m_needsAnyColumn; }

private:
    QString restyled(const QString &code);
    QString restyledBuilder(const model::Column &column, const QString &generatedCall);
    void noteUses(const QString &code);

    const model::Schema &m_schema;
    const SourceFile &m_file;
    Casing m_casing;
    bool m_reliesOnCasing;
    QSet<QString> m_missing;
    bool m_needsSql = false;
    bool m_needsAnyColumn = false;
    QString m_builderObject;
};

} // namespace tw::source
