// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QString>

namespace tw::model {

/// `CREATE VIEW name AS definition` (drizzle's `sqliteView(name).as(sql\`...\`)`).
struct View
{
    Id id;
    QString name;
    QString tsName;     ///< empty: derived camelCase of name
    QString definition; ///< the SELECT statement
    bool isExisting = false; ///< drizzle's `.existing()`: declared for queries, never created by migrations
    QString comment;

    QString effectiveTsName() const;

    friend bool operator==(const View &, const View &) = default;
};

} // namespace tw::model
