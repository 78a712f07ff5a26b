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

database::QueryResult objects(const QList<database::LiveObject> &objects)
{
    database::QueryResult r;
    r.columns = {tr("Name"), tr("Kind"), tr("Rows")};
    for (const database::LiveObject &o : objects)
        r.rows << QVariantList{o.name, o.kind == database::LiveObject::Kind::View ? tr("view") : tr("table"),
                               o.rowCount >= 0 ? QVariant(o.rowCount) : QVariant(tr("?"))};
    return r;
}

database::QueryResult columns(const database::LiveTable &table)
{
    database::QueryResult r;
    r.columns = {tr("Column"), tr("Type"), tr("Not null"), tr("Default"), tr("Primary key")};
    for (const database::LiveColumn &c : table.columns)
        r.rows << QVariantList{c.name, c.type, yesNo(c.notNull),
                               c.defaultValue.isNull() ? QVariant(QString()) : c.defaultValue,
                               c.primaryKeyPosition ? QVariant(c.primaryKeyPosition) : QVariant(QString())};
    return r;
}

database::QueryResult indexes(const database::LiveTable &table)
{
    database::QueryResult r;
    r.columns = {tr("Index"), tr("Unique"), tr("Columns"), tr("From")};
    for (const database::LiveIndex &i : table.indexes)
        r.rows << QVariantList{i.name, yesNo(i.unique), i.columns.join(QLatin1String(", ")),
                               i.origin == QLatin1String("pk")  ? tr("primary key")
                               : i.origin == QLatin1String("u") ? tr("unique constraint")
                                                                : tr("CREATE INDEX")};
    return r;
}

database::QueryResult foreignKeys(const database::LiveTable &table)
{
    database::QueryResult r;
    r.columns = {tr("Columns"), tr("References"), tr("On update"), tr("On delete")};
    for (const database::LiveForeignKey &k : table.foreignKeys)
        r.rows << QVariantList{k.from.join(QLatin1String(", ")),
                               QStringLiteral("%1(%2)").arg(k.table, k.to.join(QLatin1String(", "))), k.onUpdate,
                               k.onDelete};
    return r;
}

database::QueryResult history(const QList<database::HistoryEntry> &entries)
{
    database::QueryResult r;
    r.columns = {tr("State"), tr("Migration"), tr("Tracking"), tr("Applied at"), tr("Note")};
    for (const database::HistoryEntry &e : entries)
        r.rows << QVariantList{database::historyStateName(e.state), e.migration, e.tracking, e.appliedAt, e.note};
    return r;
}

} // namespace tw::views::liveresults
