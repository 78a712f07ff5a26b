// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/drizzlenames.h"

namespace tw::migrations {

QString DrizzleNames::foreignKey(const QString &fromTable, const QStringList &fromColumns, const QString &toTable,
                                 const QStringList &toColumns)
{
    QStringList chunks{fromTable};
    chunks << fromColumns << toTable << toColumns;
    return chunks.join(QLatin1Char('_')) + QLatin1String("_fk");
}

QString DrizzleNames::primaryKey(const QString &table, const QStringList &columns)
{
    return table + QLatin1Char('_') + columns.join(QLatin1Char('_')) + QLatin1String("_pk");
}

QString DrizzleNames::unique(const QString &table, const QStringList &columns)
{
    return table + QLatin1Char('_') + columns.join(QLatin1Char('_')) + QLatin1String("_unique");
}

QString DrizzleNames::tableRenameKey(const QString &table)
{
    // drizzle-kit does not escape quotes inside the name; neither may we.
    return QLatin1Char('"') + table + QLatin1Char('"');
}

QString DrizzleNames::columnRenameKey(const QString &table, const QString &column)
{
    return tableRenameKey(table) + QLatin1Char('.') + tableRenameKey(column);
}

} // namespace tw::migrations
