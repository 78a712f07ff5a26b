// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/rollbackplan.h"

namespace tw::migrations {

QString RollbackPlan::downSql() const
{
    QStringList parts;
    for (const RollbackStep &step : steps) {
        QString part = QStringLiteral("-- undo %1 (%2)\n")
                           .arg(step.name, step.downFile.isEmpty() ? QStringLiteral("derived from its snapshots")
                                                                   : QStringLiteral("from ") + step.downFile);
        part +=
            step.statements.isEmpty() ? QStringLiteral("-- (no schema change)\n") : step.statements.join(u'\n') + u'\n';
        parts << part;
    }
    return parts.join(u'\n');
}

QString RollbackPlan::summary() const
{
    if (steps.isEmpty())
        return QStringLiteral("Nothing to roll back in %1.\n").arg(databasePath);
    QString text = QStringLiteral("Roll back %1 migration%2 of %3, leaving %4:\n")
                       .arg(steps.size())
                       .arg(steps.size() == 1 ? QString() : QStringLiteral("s"))
                       .arg(databasePath, target.isEmpty() ? QStringLiteral("no migration applied")
                                                           : QStringLiteral("%1 as the last applied").arg(target));
    for (const RollbackStep &step : steps)
        text += QStringLiteral("  undo %1 (%2 statement%3, %4)\n")
                    .arg(step.name)
                    .arg(step.statements.size())
                    .arg(step.statements.size() == 1 ? QString() : QStringLiteral("s"))
                    .arg(step.downFile.isEmpty() ? QStringLiteral("derived from its snapshots") : step.downFile);
    return text;
}

} // namespace tw::migrations
