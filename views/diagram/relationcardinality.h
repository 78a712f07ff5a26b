// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::model {
struct ForeignKey;
struct Table;
} // namespace tw::model

namespace tw::views {

/// The crow's-foot marks of one foreign key. The child (referencing) end is "zero or many", or "zero or one"
/// when the key's columns are unique in the child (primary key, unique flag, constraint or index). The parent
/// end is "exactly one" when every key column is NOT NULL (or part of the primary key), else "zero or one".
struct Cardinality
{
    bool childMany = true;
    bool parentOptional = false;

    friend bool operator==(const Cardinality &, const Cardinality &) = default;

    static Cardinality of(const model::Table &child, const model::ForeignKey &foreignKey);
};

} // namespace tw::views
