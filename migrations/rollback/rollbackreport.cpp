// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/rollbackrunner.h"

namespace tw::migrations {
namespace {

QString rows(qint64 count)
{
    return formatCount(count) + (count == 1 ? QStringLiteral(" row") : QStringLiteral(" rows"));
}

/// Says that differences the database had before the rollback are kept and not counted.
QString alreadyDifferentNote(const QStringList &alreadyDifferent)
{
    if (alreadyDifferent.isEmpty())
        return {};
    return QStringLiteral("Before the rollback the database already differed from its history in %1 way%2 (kept as "
                          "they are, not counted), e.g.: %3\n")
        .arg(alreadyDifferent.size())
        .arg(alreadyDifferent.size() == 1 ? QString() : QStringLiteral("s"))
        .arg(alreadyDifferent.first());
}

/// One line per table whose rows the rollback changes: `posts: 12 rows -> dropped (12 rows lost)`.
QString tableLines(const RehearsalReport &report)
{
    QString out;
    for (const TableRehearsal &t : report.tables) {
        const QString name = t.renamedTo.isEmpty() ? t.table : QStringLiteral("%1 -> %2").arg(t.table, t.renamedTo);
        const QString before = t.rowsBefore < 0 ? QStringLiteral("new") : rows(t.rowsBefore);
        const QString after = t.rowsAfter < 0 ? QStringLiteral("dropped") : rows(t.rowsAfter);
        QStringList lost;
        if (t.rowsAfter < 0 && t.rowsBefore > 0)
            lost << QStringLiteral("%1 lost").arg(rows(t.rowsBefore));
        else if (t.rowsDeleted > 0)
            lost << QStringLiteral("%1 lost").arg(rows(t.rowsDeleted));
        if (t.valuesDropped > 0)
            lost << QStringLiteral("%1 values dropped").arg(formatCount(t.valuesDropped));
        if (t.valuesNulled > 0)
            lost << QStringLiteral("%1 values set to NULL").arg(formatCount(t.valuesNulled));
        out += QStringLiteral("  %1: %2 -> %3%4\n")
                   .arg(name, before, after,
                        lost.isEmpty() ? QStringLiteral(", nothing lost")
                                       : QStringLiteral(" (%1)").arg(lost.join(QStringLiteral(", "))));
    }
    return out;
}

} // namespace

QString RollbackRehearsal::verdict() const
{
    if (!report.applyError.isEmpty())
        return QStringLiteral(
                   "The down steps fail on the copy, so rolling back for real would fail the same way:\n%1\n")
            .arg(report.applyError);
    QString out;
    if (!report.destructive.isEmpty()) {
        out += QStringLiteral("Rows and values the rollback loses:\n");
        for (const DestructiveStep &step : report.destructive)
            out += QStringLiteral("  %1\n").arg(step.text());
    } else {
        out += QStringLiteral("No row or value is lost.\n");
    }
    out += schemaDifference.isEmpty()
               ? QStringLiteral("Afterwards the schema is exactly %1's.\n")
                     .arg(plan.target.isEmpty() ? QStringLiteral("the empty database") : plan.target)
               : QStringLiteral("Afterwards the schema differs from what %1 expects:\n%2\n")
                     .arg(plan.target.isEmpty() ? QStringLiteral("the empty history") : plan.target, schemaDifference);
    return out + alreadyDifferentNote(alreadyDifferent);
}

QString RollbackRehearsal::toText() const
{
    QString out = plan.summary();
    if (plan.steps.isEmpty())
        return out;
    out += QStringLiteral("\nRehearsal on a copy of %1 (the database itself is not touched):\n").arg(plan.databasePath);
    if (report.applyError.isEmpty()) {
        out += tableLines(report);
        out += QStringLiteral("Integrity check afterwards: %1\n").arg(report.integrity);
    }
    return out + verdict();
}

QString RollbackOutcome::toText() const
{
    if (plan.steps.isEmpty())
        return plan.summary();
    QString out;
    for (const RollbackStep &step : plan.steps)
        out += QStringLiteral("rolled back %1\n").arg(step.name);
    out += plan.target.isEmpty() ? QStringLiteral("No migration is applied now.\n")
                                 : QStringLiteral("%1 is the last applied migration now.\n").arg(plan.target);
    out += schemaDifference.isEmpty()
               ? QStringLiteral("The schema is exactly the one its history expects.\n")
               : QStringLiteral("The schema differs from the one its history expects:\n%1\n").arg(schemaDifference);
    return out + alreadyDifferentNote(alreadyDifferent);
}

} // namespace tw::migrations
