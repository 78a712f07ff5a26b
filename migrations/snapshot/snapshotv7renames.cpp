// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/snapshotv7renames.h"

namespace tw::migrations {
namespace {

const QString kArrow = QStringLiteral("->");

/// `"a"` or `"t"."a"` -> {table (empty for a bare name), name}.
std::optional<std::pair<QString, QString>> unquote(const QString &side)
{
    if (side.size() < 2 || !side.startsWith(u'"') || !side.endsWith(u'"'))
        return std::nullopt;
    const QString inner = side.mid(1, side.size() - 2);
    const qsizetype dot = inner.indexOf(QStringLiteral("\".\""));
    if (dot < 0)
        return std::pair{QString(), inner};
    return std::pair{inner.left(dot), inner.mid(dot + 3)};
}

bool parseQuoted(const QString &entry, RenameMap &renames)
{
    for (qsizetype at = entry.indexOf(kArrow); at >= 0; at = entry.indexOf(kArrow, at + 1)) {
        const auto from = unquote(entry.left(at));
        const auto to = unquote(entry.mid(at + kArrow.size()));
        if (!from || !to || from->first.isEmpty() != to->first.isEmpty())
            continue;
        if (from->first.isEmpty())
            renames.addTable(from->second, to->second);
        else
            renames.addColumn(to->first, from->second, to->second);
        return true;
    }
    return false;
}

/// `t.a->t.b` (the same table on both sides) -> a column rename; anything else with an arrow -> a table rename.
bool parsePlain(const QString &entry, RenameMap &renames)
{
    for (qsizetype at = entry.indexOf(kArrow); at >= 0; at = entry.indexOf(kArrow, at + 1)) {
        const QString from = entry.left(at);
        const QString to = entry.mid(at + kArrow.size());
        for (qsizetype dot = from.indexOf(u'.'); dot > 0; dot = from.indexOf(u'.', dot + 1)) {
            const QString table = from.left(dot + 1);
            if (to.startsWith(table) && to.size() > table.size() && from.size() > table.size()) {
                renames.addColumn(table.chopped(1), from.mid(table.size()), to.mid(table.size()));
                return true;
            }
        }
    }
    const qsizetype at = entry.indexOf(kArrow);
    if (at <= 0 || at + kArrow.size() >= entry.size())
        return false;
    renames.addTable(entry.left(at), entry.mid(at + kArrow.size()));
    return true;
}

} // namespace

bool SnapshotV7Renames::parse(const QString &entry, RenameMap &renames)
{
    if (entry.startsWith(u'"') && parseQuoted(entry, renames))
        return true;
    return parsePlain(entry, renames);
}

QStringList SnapshotV7Renames::format(const RenameMap &renames)
{
    QStringList entries;
    for (const RenameMap::TableRename &rename : renames.tables)
        entries << rename.from + kArrow + rename.to;
    for (const RenameMap::ColumnRename &rename : renames.columns)
        entries << rename.table + u'.' + rename.from + kArrow + rename.table + u'.' + rename.to;
    return entries;
}

} // namespace tw::migrations
