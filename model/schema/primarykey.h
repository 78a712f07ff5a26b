// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QList>
#include <QString>

namespace tw::model {

/// A table-level primary key (drizzle's `primaryKey({ columns: [...] })`), usually composite.
struct PrimaryKey
{
    Id id;
    QString name; ///< empty: drizzle's automatic `<table>_<cols>_pk`
    QList<Id> columns;

    friend bool operator==(const PrimaryKey &, const PrimaryKey &) = default;
};

} // namespace tw::model
