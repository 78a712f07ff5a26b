// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace tw::migrations {

/// Follows `ALTER TABLE ... RENAME TO` and `RENAME COLUMN` through a list of statements, so that a comparison of a
/// database before and after them matches a renamed table or column with itself instead of reporting a drop.
/// A table rebuild (`__new_t` renamed to `t` after `DROP TABLE t`) keeps its name and needs no entry.
class RenameTracker
{
public:
    explicit RenameTracker(const QStringList &tablesBefore);

    /// Feeds one statement; anything but a rename or a `DROP TABLE` is ignored.
    void feed(const QString &statement);

    /// The name a table of the database before has now; empty when it was dropped or renamed away and not back.
    QString tableNow(const QString &before) const;
    /// The name a column of table @p tableBefore has now (itself when never renamed).
    QString columnNow(const QString &tableBefore, const QString &columnBefore) const;

    /// An identifier as written in SQL (`x`, "x", [x] or bare) without its quotes.
    static QString unquote(const QString &identifier);

private:
    QHash<QString, QString> m_current; ///< name now -> name before, for the tables of the database before
    QHash<QString, QHash<QString, QString>> m_columns; ///< table before -> (column before -> column now)
};

} // namespace tw::migrations
