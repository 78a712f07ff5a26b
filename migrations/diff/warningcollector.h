// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/tablepair.h"
#include "migrations/plan/migrationwarning.h"

#include <QHash>
#include <QList>

namespace tw::migrations {

/// The data-loss and may-fail warnings of a diff, in table order. Internal to diff().
class WarningCollector
{
public:
    static QList<MigrationWarning> collect(const QList<TablePair> &pairs,
                                           const QList<const TableDefinition *> &dropped);

private:
    static void collectColumns(const TablePair &pair, QList<MigrationWarning> &out);
    static void collectConstraints(const TablePair &pair, const QHash<QString, QString> &newNames,
                                   QList<MigrationWarning> &out);
};

} // namespace tw::migrations
