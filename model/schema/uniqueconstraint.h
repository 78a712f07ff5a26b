// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QList>
#include <QString>

namespace tw::model {

/// A table-level `unique(name).on(columns)`; drizzle writes it as a unique index.
struct UniqueConstraint
{
    Id id;
    QString name; ///< empty: `<table>_<cols>_unique`
    QList<Id> columns;

    friend bool operator==(const UniqueConstraint &, const UniqueConstraint &) = default;
};

} // namespace tw::model
