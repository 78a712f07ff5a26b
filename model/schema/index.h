// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QList>
#include <QString>

namespace tw::model {

/// One indexed term: a column of the table, or an expression (drizzle's `sql\`lower(email)\``).
struct IndexPart
{
    Id column;          ///< set for a column part
    QString expression; ///< set for an expression part

    static IndexPart ofColumn(Id id) { return {std::move(id), {}}; }
    static IndexPart ofExpression(QString sql) { return {{}, std::move(sql)}; }
    bool isExpression() const { return column.isNull(); }

    friend bool operator==(const IndexPart &, const IndexPart &) = default;
};

/// `CREATE [UNIQUE] INDEX name ON table (parts) [WHERE where]`.
struct Index
{
    Id id;
    QString name;
    bool unique = false;
    QList<IndexPart> parts;
    QString where; ///< partial index condition, empty for none

    friend bool operator==(const Index &, const Index &) = default;
};

} // namespace tw::model
