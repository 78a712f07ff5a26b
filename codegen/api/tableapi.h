// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tw::codegen {

/// What the operations, procedures, types and tests of one table are called and built from: the domain's names
/// (`Category`, `Categories`, folder `category`), its key, the columns the caller supplies, the timestamps the
/// operations maintain, and the foreign keys that filter lists (the guide's "records for a user").
struct TableApi
{
    enum class KeyKind { Single, Composite, None };

    /// A `created_at`/`updated_at` column and the TypeScript expression giving "now" in its type.
    struct Timestamp
    {
        const model::Column *column = nullptr;
        QString nowExpression;
    };

    /// A single-column foreign key: `get<Plural>By<Column>` lists the rows pointing at one parent.
    struct Filter
    {
        const model::Column *column = nullptr;
        const model::Table *target = nullptr;
        const model::Column *targetColumn = nullptr;
        QString functionName;
    };

    const model::Table *table = nullptr;
    QString tableVar; ///< the schema.ts export: `categories`
    QString entity;   ///< `Category`
    QString plural;   ///< `Categories`
    QString domain;   ///< folder under lib/: `category`
    KeyKind keyKind = KeyKind::None;
    QList<const model::Column *> keyColumns;
    QStringList omittedFromData; ///< TS names the caller never supplies: autoincrement key, generated, timestamps
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> updatedAt;
    QList<Filter> filters;
    /// The filter whose parent is the users table (integer key): filled from `ctx.user.id` by the procedures.
    std::optional<Filter> owner;
    /// Columns an update may change (not key, not generated, not maintained timestamps).
    QList<const model::Column *> updatableColumns;

    bool hasKey() const { return keyKind != KeyKind::None; }
    QString dataType() const { return entity + QStringLiteral("Data"); }
    QString changesType() const { return entity + QStringLiteral("Changes"); }
    QString keyType() const { return entity + QStringLiteral("Key"); }
    QString insertType() const { return entity + QStringLiteral("Insert"); }
    /// `createCategory`, `getCategory`, `getAllCategories`, `updateCategory`, `deleteCategory`.
    QString createFunction() const { return QStringLiteral("create") + entity; }
    QString getFunction() const { return QStringLiteral("get") + entity; }
    QString listFunction() const { return QStringLiteral("getAll") + plural; }
    QString updateFunction() const { return QStringLiteral("update") + entity; }
    QString deleteFunction() const { return QStringLiteral("delete") + entity; }
    /// `categories.id`, or `table['odd name']`.
    QString columnRef(const model::Column &column) const;
    /// The where-expression selecting one row by key, reading the key from @p keyVariable.
    QString keyCondition(const QString &keyVariable) const;

    /// One entry per table of @p schema, in model order, each its own domain folder; every exported name (types,
    /// operations, procedures, router keys) unique in the whole schema.
    static QList<TableApi> forSchema(const model::Schema &schema);
    /// The folder of an ungrouped table: the kebab-case singular, else its kebab-case name, then `-2` suffixes,
    /// avoiding @p taken.
    static QString tableFolder(const TableApi &api, const QSet<QString> &taken);
    /// The names derived from an entity name: the types, the by-key operations and their procedures (`Category`,
    /// `createCategory`, `createCategoryProcedure`).
    static QStringList entityNames(const QString &entity);
    /// The names derived from the plural: lists, filters, their procedures and router keys (`getAllCategories`,
    /// `getCategories`, `getCategoriesProcedure`).
    QStringList pluralNames() const;
    /// `productTag` -> `ProductTag`. Singular forms are model::pluralize::singular, the one rule for the project.
    static QString pascalCase(const QString &camel);
    static QString pluralOf(const QString &word);
    static QString kebabCase(const QString &camel);
};

} // namespace tw::codegen
