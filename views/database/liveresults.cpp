// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/database/liveresults.h"

#include <QCoreApplication>

namespace tw::views::liveresults {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::views::liveresults", text);
}

QString yesNo(bool value)
{
    return value ? tr("yes") : QString();
}

} // namespace

migrations::QueryResult objects(const QList<migrations::LiveObject> &objects)
{
    migrations::QueryResult r;
    r.columns = {tr("Name"), tr("Kind"), tr("Rows")};
    for (const migrations::LiveObject &o : objects)
        r.rows << QVariantList{o.name, o.kind == migrations::LiveObject::Kind::View ? tr("view") : tr("table"),
                               o.rowCount >= 0 ? QVariant(o.rowCount) : QVariant(tr("?"))};
    return r;
}

migrations::QueryResult columns(const migrations::LiveTable &table)
{
    migrations::QueryResult r;
    r.columns = {tr("Column"), tr("Type"), tr("Not null"), tr("Default"), tr("Primary key")};
    for (const migrations::LiveColumn &c : table.columns)
        r.rows << QVariantList{c.name, c.type, yesNo(c.notNull), c.defaultValue.isNull() ? QVariant(QString()) : c.defaultValue,
                               c.primaryKeyPosition ? QVariant(c.primaryKeyPosition) : QVariant(QString())};
    return r;
}

migrations::QueryResult indexes(const migrations::LiveTable &table)
{
    migrations::QueryResult r;
    r.columns = {tr("Index"), tr("Unique"), tr("Columns"), tr("From")};
    for (const migrations::LiveIndex &i : table.indexes)
        r.rows << QVariantList{i.name, yesNo(i.unique), i.columns.join(QLatin1String(", ")),
                               i.origin == QLatin1String("pk")  ? tr("primary key")
                               : i.origin == QLatin1String("u") ? tr("unique constraint")
                                                                : tr("CREATE INDEX")};
    return r;
}

migrations::QueryResult foreignKeys(const migrations::LiveTable &table)
{
    migrations::QueryResult r;
    r.columns = {tr("Columns"), tr("References"), tr("On update"), tr("On delete")};
    for (const migrations::LiveForeignKey &k : table.foreignKeys)
        r.rows << QVariantList{k.from.join(QLatin1String(", ")),
                               QStringLiteral("%1(%2)").arg(k.table, k.to.join(QLatin1String(", "))), k.onUpdate,
                               k.onDelete};
    return r;
}

migrations::QueryResult history(const QList<migrations::HistoryEntry> &entries)
{
    migrations::QueryResult r;
    r.columns = {tr("State"), tr("Migration"), tr("Tracking"), tr("Applied at"), tr("Note")};
    for (const migrations::HistoryEntry &e : entries)
        r.rows << QVariantList{migrations::historyStateName(e.state), e.migration, e.tracking, e.appliedAt, e.note};
    return r;
}

} // namespace tw::views::liveresults
