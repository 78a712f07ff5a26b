// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/projectsettings.h"

#include <QString>

namespace tw::source {

/// The SQL name drizzle-orm gives a column written without one (`createdAt: integer()`), under the config's
/// `casing`: drizzle-orm's own toSnakeCase/toCamelCase, word splitting included (`userID` -> `user_id`, non-ASCII
/// letters dropped as its regular expression drops them). model::naming's conversions are for names Tablewright
/// chooses; these reproduce what drizzle computes, byte for byte.
QString drizzleColumnName(const QString &key, model::Casing casing);
QString drizzleSnakeCase(const QString &input);
/// drizzle-kit's casing of a foreign key or primary key name (given or automatic, which drizzle-orm builds from the
/// columns' names before casing): each original column name replaced, at its first occurrence, by its cased name.
QString drizzleCasedConstraintName(QString name, const QStringList &originalColumns, const QStringList &casedColumns);
QString drizzleCamelCase(const QString &input);

} // namespace tw::source
