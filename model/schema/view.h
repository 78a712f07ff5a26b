// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/column.h"
#include "model/schema/id.h"

#include <QList>
#include <QString>

namespace tw::model {

/// `CREATE VIEW name AS definition` (drizzle's `sqliteView(name).as(sql\`...\`)`).
struct View
{
    Id id;
    QString name;
    QString tsName;          ///< empty: derived camelCase of name
    QString definition;      ///< the SELECT statement
    bool isExisting = false; ///< drizzle's `.existing()`: declared for queries, never created by migrations
    QString comment;
    /// The columns drizzle records for the view: those declared with `sqliteView(name, { ... })` or selected by a
    /// query-builder view. They only type queries (no DDL), but drizzle's snapshot carries them, so importing a
    /// snapshot keeps them; empty for `sqliteView(name, {})`.
    QList<Column> columns;

    QString effectiveTsName() const;

    friend bool operator==(const View &, const View &) = default;
};

} // namespace tw::model
