// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/connection/databaseconnection.h"
#include "database/inspector/databaseinspector.h"
#include "database/tracking/trackinghistory.h"
#include "migrations/folder/migrationsfolder.h"
#include "tests/support/databases/exampledatabase.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::database;
using namespace tw::migrations;
using Tracking = tw::model::ProjectSettings::Tracking;

namespace {

QStringList lines(const QList<HistoryEntry> &entries)
{
    QStringList out;
    for (const HistoryEntry &e : entries)
        out << QStringLiteral("%1 %2 [%3]%4")
                   .arg(historyStateName(e.state), e.migration, e.tracking,
                        e.note.isEmpty() ? QString() : QStringLiteral(" ") + e.note);
    return out;
}

/// The two-migrations folder and an empty database beside it.
class HistoryFixture
{
public:
    HistoryFixture()
    {
        tw::test::copyDataFolder(QStringLiteral("folders/two-migrations"), folderPath());
        auto opened = DatabaseConnection::open(m_dir.filePath(QStringLiteral("db.sqlite")),
                                               DatabaseConnection::Mode::ReadWriteCreate, 1000);
        EXPECT_TRUE(opened.ok());
        m_connection = opened.value();
    }
    QString folderPath() const { return m_dir.filePath(QStringLiteral("drizzle")); }
    MigrationsFolder folder() const { return MigrationsFolder::scan(folderPath()); }
    DatabaseConnection &db() { return *m_connection; }
    QString sha256(const QString &file) const
    {
        QFile f(folder().filePath(file));
        f.open(QIODevice::ReadOnly);
        return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<DatabaseConnection> m_connection;
};

} // namespace

TEST(MigrationHistory, WranglerTrackingShowsAppliedPendingAndUnknown)
{
    HistoryFixture f;
    ASSERT_EQ(f.db().exec(TrackingHistory::createTableSql(Tracking::D1)), QString());
    ASSERT_EQ(f.db().exec(QStringLiteral(
                  "INSERT INTO d1_migrations (name, applied_at) VALUES "
                  "('0000_init.sql', '2026-11-20 10:00:00'), ('0007_other_branch.sql', '2026-11-21 09:00:00')")),
              QString());
    const auto history = MigrationHistory::read(f.db(), f.folder(), Tracking::D1);
    ASSERT_TRUE(history.ok()) << history.error().toStdString();
    EXPECT_EQ(lines(history.value()),
              (QStringList{
                  QStringLiteral("applied 0000_init.sql [d1]"),
                  QStringLiteral("pending 0001_demonic_gunslinger.sql [] apply refuses: the database's "
                                 "d1_migrations records 0007_other_branch.sql, which is not in the folder: "
                                 "it was migrated from a different folder or branch"),
                  QStringLiteral("unknown 0007_other_branch.sql [d1] recorded in d1_migrations, not in the folder")}));
    EXPECT_EQ(history.value().first().appliedAt, QStringLiteral("2026-11-20 10:00:00"));
}

TEST(MigrationHistory, DrizzleTrackingMatchesByHashOrWhenAndNamesChangedFiles)
{
    HistoryFixture f;
    const MigrationsFolder folder = f.folder();
    ASSERT_EQ(folder.migrations().size(), 2);
    ASSERT_EQ(f.db().exec(TrackingHistory::createTableSql(Tracking::Drizzle)), QString());
    ASSERT_EQ(f.db().exec(QStringLiteral("INSERT INTO \"__drizzle_migrations\" (id, hash, created_at) VALUES "
                                         "(1, 'edited0000hash', %1), (2, 'feedfacecafe0000', 99)")
                              .arg(folder.migrations().first().entry.when)),
              QString());
    const auto history = MigrationHistory::read(f.db(), folder, Tracking::Drizzle);
    ASSERT_TRUE(history.ok()) << history.error().toStdString();
    // The stray row makes apply refuse (two rows, one migration that old): the pending one says so.
    EXPECT_EQ(
        lines(history.value()),
        (QStringList{QStringLiteral("applied 0000_init.sql [drizzle] changed after it was applied (its sha256 "
                                    "differs from the recorded one)"),
                     QStringLiteral("pending 0001_demonic_gunslinger.sql [] apply refuses: the database's "
                                    "__drizzle_migrations records 2 migrations up to when=%1, but the folder "
                                    "has only 1 that old: it was migrated from a different folder or branch")
                         .arg(folder.migrations().first().entry.when),
                     QStringLiteral(
                         "unknown hash feedfacecafe… [drizzle] recorded in __drizzle_migrations, not in the folder")}));
    ASSERT_EQ(f.db().exec(QStringLiteral("UPDATE \"__drizzle_migrations\" SET hash = '%1' WHERE id = 1")
                              .arg(f.sha256(QStringLiteral("0000_init.sql")))),
              QString());
    EXPECT_EQ(lines(MigrationHistory::read(f.db(), folder, Tracking::Drizzle).value()).first(),
              QStringLiteral("applied 0000_init.sql [drizzle]"));
}

TEST(MigrationHistory, TheExamplesLocalDatabaseHasItsMigrationApplied)
{
    tw::test::ExampleDatabase example;
    auto inspector = DatabaseInspector::open(example.database());
    ASSERT_TRUE(inspector.ok());
    const auto history = inspector.value()->history(MigrationsFolder::scan(example.migrations()), Tracking::D1);
    ASSERT_TRUE(history.ok()) << history.error().toStdString();
    EXPECT_EQ(lines(history.value()), QStringList{QStringLiteral("applied %1 [d1]").arg(example.migrationFile())});
}

namespace {

/// The migrations `apply` would run (TrackingHistory::pending) and the ones the history calls pending.
std::pair<QStringList, QStringList> pendingBothWays(HistoryFixture &f, Tracking preferred)
{
    const MigrationsFolder folder = f.folder();
    QStringList byApply;
    const auto tracking = TrackingHistory::read(f.db());
    EXPECT_TRUE(tracking.ok());
    if (const auto pending = tracking.value().pending(folder, preferred, nullptr))
        for (const FolderMigration &m : pending.value())
            byApply << m.sqlFile;
    QStringList byHistory;
    const auto history = MigrationHistory::read(f.db(), folder, preferred);
    EXPECT_TRUE(history.ok());
    for (const HistoryEntry &e : history.value())
        if (e.state == HistoryEntry::State::Pending)
            byHistory << e.migration;
    return {byApply, byHistory};
}

} // namespace

// The Database panel's and `db history`'s "pending" is exactly what apply runs: drizzle's migrator never runs a
// migration older than the newest row (by created_at: the 0.31 table's SERIAL id is NULL, no order), so such a
// migration is "skipped", not pending.
TEST(MigrationHistory, PendingIsWhatApplyWouldRun)
{
    HistoryFixture f;
    const MigrationsFolder folder = f.folder();
    const qint64 first = folder.migrations().at(0).entry.when;
    const qint64 second = folder.migrations().at(1).entry.when;
    ASSERT_LT(first, second);
    ASSERT_EQ(f.db().exec(TrackingHistory::createTableSql(Tracking::Drizzle)), QString());
    ASSERT_EQ(f.db().exec(QStringLiteral("INSERT INTO \"__drizzle_migrations\" (hash, created_at) VALUES ('%1', %2)")
                              .arg(f.sha256(QStringLiteral("0001_demonic_gunslinger.sql")))
                              .arg(second)),
              QString());
    const auto [byApply, byHistory] = pendingBothWays(f, Tracking::Drizzle);
    EXPECT_EQ(byHistory, byApply);
    EXPECT_EQ(lines(MigrationHistory::read(f.db(), folder, Tracking::Drizzle).value()),
              (QStringList{QStringLiteral("skipped 0000_init.sql [] older than the last migration drizzle's migrator "
                                          "applied: it never runs it"),
                           QStringLiteral("applied 0001_demonic_gunslinger.sql [drizzle]")}));

    // Rows stored out of order (NULL ids): the newest by created_at decides, as in drizzle's migrator.
    ASSERT_EQ(f.db().exec(QStringLiteral("DELETE FROM \"__drizzle_migrations\"")), QString());
    ASSERT_EQ(f.db().exec(QStringLiteral("INSERT INTO \"__drizzle_migrations\" (hash, created_at) VALUES ('%1', %2)")
                              .arg(f.sha256(QStringLiteral("0000_init.sql")))
                              .arg(first)),
              QString());
    const auto [applyAfter, historyAfter] = pendingBothWays(f, Tracking::Drizzle);
    EXPECT_EQ(applyAfter, QStringList{QStringLiteral("0001_demonic_gunslinger.sql")});
    EXPECT_EQ(historyAfter, applyAfter);

    // wrangler's table decides when the project tracks with it: by name, every unrecorded file.
    ASSERT_EQ(f.db().exec(TrackingHistory::createTableSql(Tracking::D1)), QString());
    const auto [applyD1, historyD1] = pendingBothWays(f, Tracking::D1);
    EXPECT_EQ(applyD1, (QStringList{QStringLiteral("0000_init.sql"), QStringLiteral("0001_demonic_gunslinger.sql")}));
    EXPECT_EQ(historyD1, applyD1);
}
