// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/migrationsfolder.h"
#include "migrations/inspect/databaseinspector.h"
#include "migrations/runner/databaseconnection.h"
#include "migrations/runner/trackinghistory.h"
#include "tests/migrations/inspect/exampledatabase.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::migrations;
using Tracking = tw::model::ProjectSettings::Tracking;

namespace {

QStringList lines(const QList<HistoryEntry> &entries)
{
    QStringList out;
    for (const HistoryEntry &e : entries)
        out << QStringLiteral("%1 %2 [%3]%4").arg(historyStateName(e.state), e.migration, e.tracking,
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
    ASSERT_EQ(f.db().exec(QStringLiteral("INSERT INTO d1_migrations (name, applied_at) VALUES "
                                         "('0000_init.sql', '2026-11-20 10:00:00'), ('0007_other_branch.sql', '2026-11-21 09:00:00')")),
              QString());
    const auto history = MigrationHistory::read(f.db(), f.folder());
    ASSERT_TRUE(history.ok()) << history.error().toStdString();
    EXPECT_EQ(lines(history.value()),
              (QStringList{QStringLiteral("applied 0000_init.sql [d1]"), QStringLiteral("pending 0001_demonic_gunslinger.sql []"),
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
    const auto history = MigrationHistory::read(f.db(), folder);
    ASSERT_TRUE(history.ok()) << history.error().toStdString();
    EXPECT_EQ(lines(history.value()),
              (QStringList{QStringLiteral("applied 0000_init.sql [drizzle] changed after it was applied (its sha256 "
                                          "differs from the recorded one)"),
                           QStringLiteral("pending 0001_demonic_gunslinger.sql []"),
                           QStringLiteral("unknown hash feedfacecafe… [drizzle] recorded in __drizzle_migrations, not in the folder")}));
    ASSERT_EQ(f.db().exec(QStringLiteral("UPDATE \"__drizzle_migrations\" SET hash = '%1' WHERE id = 1")
                              .arg(f.sha256(QStringLiteral("0000_init.sql")))),
              QString());
    EXPECT_EQ(lines(MigrationHistory::read(f.db(), folder).value()).first(), QStringLiteral("applied 0000_init.sql [drizzle]"));
}

TEST(MigrationHistory, TheExamplesLocalDatabaseHasItsMigrationApplied)
{
    tw::test::ExampleDatabase example;
    auto inspector = DatabaseInspector::open(example.database());
    ASSERT_TRUE(inspector.ok());
    const auto history = inspector.value()->history(MigrationsFolder::scan(example.migrations()));
    ASSERT_TRUE(history.ok()) << history.error().toStdString();
    EXPECT_EQ(lines(history.value()), QStringList{QStringLiteral("applied %1 [d1]").arg(example.migrationFile())});
}
