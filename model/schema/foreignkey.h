// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/columntype.h"
#include "model/schema/id.h"

#include <QList>
#include <QString>

namespace tw::model {

/// `FOREIGN KEY (columns) REFERENCES targetTable(targetColumns) ON UPDATE .. ON DELETE ..`.
/// Columns are referred to by id, so renaming either side never breaks the key.
struct ForeignKey
{
    Id id;
    QString name; ///< empty: drizzle's automatic `<from>_<cols>_<to>_<cols>_fk`
    QList<Id> columns;
    Id targetTable;
    QList<Id> targetColumns;
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;

    friend bool operator==(const ForeignKey &, const ForeignKey &) = default;
};

} // namespace tw::model
