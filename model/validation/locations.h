// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "model/validation/finding.h"

// How findings name the objects they point at, e.g. `column users.email`, `foreign key on products (category_id)`.
// Also the automatic names drizzle gives to unnamed objects, which validation must see as SQLite will.
namespace tw::model::validation {

/// The schema's tables by id (Schema::tablesById()), made once per validation: rules look targets up in it.
using TablesById = QHash<Id, const Table *>;

} // namespace tw::model::validation

namespace tw::model::validation::locate {

/// @p name, or `(unnamed)` so that a missing name still reads as a location.
QString displayName(const QString &name);
/// `(a, b)` with the table's column names; `?` for ids that are not columns of @p table.
QString columnList(const Table &table, const QList<Id> &columnIds);
/// `users.email`.
QString qualifiedColumn(const Table &table, const Column &column);

FindingLocation table(const Table &table);
FindingLocation column(const Table &table, const Column &column);
FindingLocation primaryKey(const Table &table);
FindingLocation index(const Table &table, const Index &index);
FindingLocation foreignKey(const Table &table, const ForeignKey &key);
FindingLocation uniqueConstraint(const Table &table, const UniqueConstraint &unique);
FindingLocation checkConstraint(const Table &table, const CheckConstraint &check);
FindingLocation view(const View &view);

/// The key's name, or drizzle's `<table>_<columns>_<target>_<target columns>_fk`.
QString foreignKeyName(const TablesById &tables, const Table &table, const ForeignKey &key);

} // namespace tw::model::validation::locate
