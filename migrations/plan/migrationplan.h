// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationwarning.h"
#include "migrations/plan/operations.h"

#include <QList>

namespace tw::migrations {

/// What the differ decided: the operations in the order they run, and what they may cost.
struct MigrationPlan
{
    QList<Operation> operations;
    QList<MigrationWarning> warnings;

    bool isEmpty() const { return operations.isEmpty(); }

    friend bool operator==(const MigrationPlan &, const MigrationPlan &) = default;
};

} // namespace tw::migrations
