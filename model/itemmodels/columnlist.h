// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/table.h"

#include <QVariant>

#include <optional>

/// How the item models show and take lists of columns: names in the table's spelling.
namespace tw::model::columnlist {

/// The names of @p columnIds in order ("?" for a missing one).
QStringList names(const Table &table, const QList<Id> &columnIds);
/// Every column name of @p table, in table order: the choices an editor offers.
QStringList choices(const Table *table);
/// The ids of the columns named by @p value (a QStringList, or one string of comma-separated names); nullopt
/// when a name is not a column of @p table or is repeated.
std::optional<QList<Id>> idsFromNames(const Table &table, const QVariant &value);
/// Splits @p text at commas that are outside parentheses and quotes, trimming each term and dropping empty ones.
QStringList splitTopLevel(const QString &text);

} // namespace tw::model::columnlist
