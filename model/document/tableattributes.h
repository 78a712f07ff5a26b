// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/primarykey.h"

#include <QString>

#include <optional>

namespace tw::model {

struct Table;

/// The scalar part of a Table: everything except its item lists (columns, indexes, keys, checks).
/// Attribute edits swap this value as a whole, so one command covers rename, tsName, comment and the
/// table-level primary key.
struct TableAttributes
{
    QString name;
    QString tsName;
    QString comment;
    std::optional<PrimaryKey> primaryKey;

    static TableAttributes of(const Table &table);
    void applyTo(Table &table) const;

    friend bool operator==(const TableAttributes &, const TableAttributes &) = default;
};

} // namespace tw::model
