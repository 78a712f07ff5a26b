// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tw::migrations {

/// What converting a drizzle-kit 0.31 (classic) migrations folder to drizzle-kit 1.0's layout moves, decided before
/// anything is touched: the confirmation the designer shows and the report the CLI prints come from it.
struct LayoutConversion
{
    struct Move
    {
        QString sqlFile;      ///< `0003_brave_falcon.sql`, moved byte for byte to `<folder>/migration.sql`
        QString snapshotFile; ///< `meta/0003_snapshot.json`, converted to `<folder>/snapshot.json` (version 7)
        QString folder;       ///< `20261206234211_brave_falcon`
        qint64 when = 0;      ///< the journal's `when` (epoch ms) the folder time comes from
        /// The folder's second is later than `when`'s: `when` was not later than the entry before it (the same
        /// second, or out of order), and drizzle-kit's `up` would have let the name order differ from the journal's.
        bool timeMoved = false;
        QByteArray snapshot; ///< the converted snapshot.json (ClassicSnapshotUpgrade)
    };

    QString path; ///< the migrations folder
    QList<Move> moves;
    /// Top-level `.sql` files the journal does not list: left where they are, as drizzle-kit's `up` leaves them (no
    /// drizzle tool runs them; wrangler without `migrations_pattern` would).
    QStringList straySqlFiles;

    /// The `d1_migrations` names wrangler records, before and after: `0000_x.sql` → `<folder>/migration.sql`.
    QList<QPair<QString, QString>> trackingRenames() const;
    /// What will move, one line each, for a confirmation or a report.
    QString description() const;
};

/// Converts a classic migrations folder to drizzle-kit 1.0's layout the way its `up` (1.0.0-rc.5) lays it out: one
/// `<YYYYMMDDHHMMSS>_<name>/` per journal entry (the time is the entry's `when` in UTC, the name its tag without the
/// number), `migration.sql` moved byte for byte, `snapshot.json` converted as `up` converts it (ids kept, prevIds =
/// [prevId]), `meta/` removed. Where `up` is a trap, this is not:
/// - an entry whose `when` is not in a later second than the entry before it gets the second after that entry's, so
///   the folder names (the migrators' order) keep the journal's order (`up` sorts same-second folders by their random
///   names and the migrator then runs them in that order);
/// - an entry without its `.sql` or its snapshot is refused by name (`up` drops an entry without `.sql` silently);
/// - files in `meta/` that belong to no entry are refused by name (`up` deletes `meta/` whole);
/// - stray top-level `.sql` files are reported;
/// - the folder changes all at once: the new layout is built beside it and swapped in, so any failure leaves the
///   folder as it was.
class LayoutConverter
{
public:
    /// Reads and checks @p folderPath and converts every snapshot in memory; fails, naming the file, on anything that
    /// would be lost or wrong. Nothing is written.
    static model::Result<LayoutConversion> planToV1(const QString &folderPath);
    /// Carries out @p plan. On failure (returned with the reason) the folder is as it was.
    static model::Result<bool> apply(const LayoutConversion &plan);
};

} // namespace tw::migrations
