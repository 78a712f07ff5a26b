// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QString>
#include <QStringView>

#include <initializer_list>

namespace tw::migrations {

/// Ids for objects read from a name-keyed source (a drizzle snapshot), derived from the names alone so that
/// importing the same snapshot twice gives the same ids: `t.users`, `c.users.email`, `i.users.users_email_idx`...
/// A name that is not made of ASCII letters, digits, `_` and `-` (or that makes the id longer than 64 characters)
/// is shortened to a readable part plus `-` and 8 hex digits of a SHA-1 over the exact names, so distinct names
/// always give distinct ids and every id passes Id::isValidToken.
class ImportIds
{
public:
    static model::Id table(const QString &table);
    static model::Id column(const QString &table, const QString &column);
    static model::Id index(const QString &table, const QString &index);
    static model::Id foreignKey(const QString &table, const QString &foreignKey);
    static model::Id primaryKey(const QString &table);
    static model::Id uniqueConstraint(const QString &table, const QString &constraint);
    static model::Id checkConstraint(const QString &table, const QString &check);
    static model::Id view(const QString &view);
    static model::Id viewColumn(const QString &view, const QString &column);

private:
    static model::Id make(QStringView kind, std::initializer_list<QStringView> names);
};

} // namespace tw::migrations
