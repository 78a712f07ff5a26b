// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/locations.h"

namespace tw::model::validation::locate {
namespace {

FindingLocation make(FindingLocation::Kind kind, const Id &table, const Id &item, const QString &text)
{
    return FindingLocation{kind, table, item, text};
}

} // namespace

QString displayName(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("(unnamed)") : name;
}

QString columnList(const Table &table, const QList<Id> &columnIds)
{
    return QLatin1Char('(') + table.columnNames(columnIds).join(QLatin1String(", ")) + QLatin1Char(')');
}

QString qualifiedColumn(const Table &table, const Column &column)
{
    return displayName(table.name) + QLatin1Char('.') + displayName(column.name);
}

FindingLocation table(const Table &table)
{
    return make(FindingLocation::Kind::Table, table.id, {}, QStringLiteral("table ") + displayName(table.name));
}

FindingLocation column(const Table &table, const Column &column)
{
    return make(FindingLocation::Kind::Column, table.id, column.id,
                QStringLiteral("column ") + qualifiedColumn(table, column));
}

FindingLocation primaryKey(const Table &table)
{
    const Id item = table.primaryKey ? table.primaryKey->id : Id();
    return make(FindingLocation::Kind::PrimaryKey, table.id, item,
                QStringLiteral("primary key of ") + displayName(table.name));
}

FindingLocation index(const Table &table, const Index &index)
{
    return make(FindingLocation::Kind::Index, table.id, index.id,
                QStringLiteral("index %1 on %2").arg(displayName(index.name), displayName(table.name)));
}

FindingLocation foreignKey(const Table &table, const ForeignKey &key)
{
    return make(FindingLocation::Kind::ForeignKey, table.id, key.id,
                QStringLiteral("foreign key on %1 %2").arg(displayName(table.name), columnList(table, key.columns)));
}

FindingLocation uniqueConstraint(const Table &table, const UniqueConstraint &unique)
{
    const QString text = unique.name.isEmpty()
                             ? QStringLiteral("unique constraint on %1 %2")
                                   .arg(displayName(table.name), columnList(table, unique.columns))
                             : QStringLiteral("unique constraint %1 on %2").arg(unique.name, displayName(table.name));
    return make(FindingLocation::Kind::UniqueConstraint, table.id, unique.id, text);
}

FindingLocation checkConstraint(const Table &table, const CheckConstraint &check)
{
    return make(FindingLocation::Kind::CheckConstraint, table.id, check.id,
                QStringLiteral("check %1 on %2").arg(displayName(check.name), displayName(table.name)));
}

FindingLocation view(const View &view)
{
    return make(FindingLocation::Kind::View, view.id, {}, QStringLiteral("view ") + displayName(view.name));
}

QString foreignKeyName(const TablesById &tables, const Table &table, const ForeignKey &key)
{
    if (!key.name.isEmpty())
        return key.name;
    const Table *target = tables.value(key.targetTable);
    const QString targetName = target ? target->name : QStringLiteral("?");
    const QString targetColumns =
        target ? target->columnNames(key.targetColumns).join(QLatin1Char('_')) : QStringLiteral("?");
    return QStringList{table.name, table.columnNames(key.columns).join(QLatin1Char('_')), targetName, targetColumns,
                       QStringLiteral("fk")}
        .join(QLatin1Char('_'));
}

} // namespace tw::model::validation::locate
