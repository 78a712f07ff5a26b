// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/locations.h"
#include "model/validation/rules.h"

#include <QSet>

namespace tw::model::validation {
namespace {

QString typesAllowing(DrizzleMode mode)
{
    QStringList types;
    for (const QString &name : sqlTypeNames()) {
        if (isModeAllowedFor(mode, *sqlTypeFromName(name)))
            types << name;
    }
    return types.join(QLatin1String(" or "));
}

void checkMode(FindingCollector &out, const FindingLocation &where, const Column &column)
{
    if (isModeAllowedFor(column.mode, column.type))
        return;
    out.error("mode-not-allowed", where,
              QStringLiteral("mode %1 is not available on a %2 column; drizzle offers it on %3")
                  .arg(drizzleModeName(column.mode), sqlTypeName(column.type), typesAllowing(column.mode)));
}

void checkLength(FindingCollector &out, const FindingLocation &where, const Column &column)
{
    if (!column.length)
        return;
    // Warnings: the SQL and the TypeScript leave a non-text length out, and SQLite takes text(0) and ignores it.
    if (column.type != SqlType::Text) {
        out.warning("invalid-length", where,
                    QStringLiteral("length %1 applies only to text columns, but the column's type is %2; it is "
                                   "ignored")
                        .arg(*column.length)
                        .arg(sqlTypeName(column.type)));
    } else if (*column.length < 1) {
        out.warning(
            "invalid-length", where,
            QStringLiteral("length %1 is not a positive number of characters; SQLite ignores it").arg(*column.length));
    }
}

void checkEnumValues(FindingCollector &out, const FindingLocation &where, const Column &column)
{
    if (column.enumValues.isEmpty())
        return;
    // Warnings: the TypeScript leaves enum values out on other columns, and repeats compile and change nothing.
    if (column.type != SqlType::Text) {
        out.warning("enum-on-non-text", where,
                    QStringLiteral("enum values apply only to text columns, but the column's type is %1; they are "
                                   "ignored")
                        .arg(sqlTypeName(column.type)));
    }
    QSet<QString> seen;
    QSet<QString> reported;
    for (const QString &value : column.enumValues) {
        if (seen.contains(value) && !reported.contains(value)) {
            out.warning("duplicate-enum-value", where, QStringLiteral("enum value \"%1\" is listed twice").arg(value));
            reported.insert(value);
        }
        seen.insert(value);
    }
}

// SQLite accepts AUTOINCREMENT only in `INTEGER PRIMARY KEY AUTOINCREMENT` on the column itself: the single
// rowid alias. drizzle writes it from the column's primaryKey({ autoIncrement: true }), never from a table key.
void checkAutoincrement(FindingCollector &out, const FindingLocation &where, const Table &table, const Column &column)
{
    if (!column.autoincrement)
        return;
    const QString prefix = QStringLiteral("autoincrement works only on the table's single INTEGER PRIMARY KEY column");
    if (column.type != SqlType::Integer) {
        out.error("invalid-autoincrement", where,
                  QStringLiteral("%1, but the column's type is %2").arg(prefix, sqlTypeName(column.type)));
        return;
    }
    if (column.primaryKey && table.primaryKey)
        return; // two primary keys: reported as multiple-primary-keys, which decides where the key lives
    const QList<Id> keyColumns = table.primaryKeyColumns();
    if (!keyColumns.contains(column.id)) {
        out.error("invalid-autoincrement", where,
                  QStringLiteral("%1, but %2 is not a primary key column").arg(prefix, column.name));
    } else if (keyColumns.size() > 1) {
        out.error(
            "invalid-autoincrement", where,
            QStringLiteral("%1, but the primary key spans %2").arg(prefix, locate::columnList(table, keyColumns)));
    } else if (!column.primaryKey) {
        out.error("invalid-autoincrement", where,
                  QStringLiteral("%1 declared on the column itself, but the key is declared at table level; flag the "
                                 "column as primary key instead")
                      .arg(prefix));
    }
}

void checkGenerated(FindingCollector &out, const FindingLocation &where, const Table &table, const Column &column)
{
    if (!column.generated)
        return;
    if (column.generated->expression.trimmed().isEmpty())
        out.error("empty-generated-expression", where, QStringLiteral("the generated column has no expression"));
    if (!column.defaultValue.isNone()) {
        out.error(
            "default-on-generated-column", where,
            QStringLiteral("a generated column cannot also have a default (%1)").arg(column.defaultValue.toSql()));
    }
    if (table.primaryKeyColumns().contains(column.id)) {
        out.error("generated-primary-key", where,
                  QStringLiteral("a generated column cannot be part of the primary key"));
    }
}

} // namespace

void checkColumnDefinition(FindingCollector &out, const Table &table, const Column &column)
{
    const FindingLocation where = locate::column(table, column);
    checkMode(out, where, column);
    checkLength(out, where, column);
    checkEnumValues(out, where, column);
    checkAutoincrement(out, where, table, column);
    checkGenerated(out, where, table, column);
}

} // namespace tw::model::validation
