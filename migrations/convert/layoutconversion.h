// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/schema/schema.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tw::migrations {

/// What converting a migrations folder between drizzle-kit 0.31's (classic) layout and drizzle-kit 1.0's moves,
/// decided before anything is touched: the confirmation the designer shows and the report the CLI prints come from it.
struct LayoutConversion
{
    enum class Direction {
        ToV1,      ///< journal entries become `<folder>/` (LayoutConverter::planToV1)
        ToClassic, ///< `<folder>/` become journal entries (LayoutConverter::planToClassic)
    };

    /// One migration: the same three names in both directions, the classic ones on one side, the v1 folder on the
    /// other.
    struct Move
    {
        QString sqlFile;      ///< `0003_brave_falcon.sql`, moved byte for byte to or from `<folder>/migration.sql`
        QString snapshotFile; ///< `meta/0003_snapshot.json` (version 6), to or from `<folder>/snapshot.json` (7)
        QString folder;       ///< `20261206234211_brave_falcon`
        qint64 when = 0;      ///< the journal's `when` (epoch ms): the folder time comes from it, or it from the folder
        /// The folder's second is later than `when`'s: `when` was not later than the entry before it (the same
        /// second, or out of order), and drizzle-kit's `up` would have let the name order differ from the journal's.
        bool timeMoved = false;
        QByteArray snapshot; ///< the converted snapshot (ClassicSnapshotUpgrade, or V1SnapshotDowngrade)
    };

    Direction direction = Direction::ToV1;
    QString path; ///< the migrations folder
    QList<Move> moves;
    /// Top-level `.sql` files the journal does not list: left where they are, as drizzle-kit's `up` leaves them (no
    /// drizzle tool runs them; wrangler without `migrations_pattern` would).
    QStringList straySqlFiles;

    /// ToClassic: `meta/_journal.json` as drizzle-kit 0.31.11 writes it for the moves.
    QByteArray journal;

    /// The `d1_migrations` names wrangler records, before and after: `0000_x.sql` → `<folder>/migration.sql`, or
    /// the other way round.
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
    /// The way back: a drizzle-kit 1.0 folder as the classic folder 0.31 would have made of the same migrations:
    /// `NNNN_<name>.sql` moved byte for byte, in the migrators' order; `meta/NNNN_snapshot.json` the version 6
    /// snapshot of the same state with the same ids (V1SnapshotDowngrade); a journal entry each with `when` the
    /// folder's time and `breakpoints` true (drizzle-orm 1.0 always splits at breakpoints). Refuses, naming the folder,
    /// what the classic layout cannot hold: a merge or open branches, a chain whose prevIds do not follow the folder
    /// order, a folder without both files or with others, a snapshot V1SnapshotDowngrade refuses, a top-level `.sql`
    /// file in the way of a new name. @p project: the project's schema, for what v7 snapshots do not record (see
    /// V1SnapshotDowngrade).
    static model::Result<LayoutConversion> planToClassic(const QString &folderPath,
                                                         const model::Schema *project = nullptr);

    /// The converted folder, built beside the migrations folder and not yet in its place.
    struct Staged
    {
        QString folder;  ///< the migrations folder
        QString staging; ///< the converted copy: `.<name>-<layout>-<uuid>` beside it
        QString aside;   ///< where the original goes while the copy takes its place: `.<name>-was-<uuid>`
    };
    /// Builds the converted folder beside the original (which is not touched); fails when it cannot.
    static model::Result<Staged> stage(const LayoutConversion &plan);
    /// Puts the staged copy in the folder's place (two renames: the original aside, the copy in). On failure the
    /// folder is as it was.
    static model::Result<bool> swapIn(const Staged &staged);
    /// Undoes swapIn(): the original back in its place, the copy removed.
    static model::Result<bool> swapBack(const Staged &staged);
    /// After swapIn(): removes the original kept aside.
    static model::Result<bool> finish(const Staged &staged);
    /// Before swapIn() or after a failure: removes the staged copy.
    static void discard(const Staged &staged);
    /// stage(), swapIn() and finish(): the folder alone. On failure (returned with the reason) it is as it was.
    static model::Result<bool> apply(const LayoutConversion &plan);
};

} // namespace tw::migrations
