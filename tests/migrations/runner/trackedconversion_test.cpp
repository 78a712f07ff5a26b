// SPDX-License-Identifier: GPL-3.0-or-later
// Converting a migrations folder and a local D1 database's tracking rows as one step (TrackedConversion): both
// change, or neither does, also when the database is locked or read-only or the folder cannot be written; a step a
// dead process left half done is finished or undone by recover().
#include "migrations/convert/projectconversion.h"
#include "migrations/folder/folderlayout.h"
#include "migrations/runner/databasebackup.h"
#include "migrations/runner/trackedconversion.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace tw::migrations;
using tw::test::FolderFixture;
using tw::test::SqliteFile;
using Layout = tw::model::ProjectSettings::MigrationLayout;

namespace {

/// Makes this process act as "nobody" while it lives, so that permissions mean something when tests run as root.
class UnprivilegedScope
{
public:
    UnprivilegedScope()
    {
#ifdef Q_OS_LINUX
        m_dropped = geteuid() == 0 && seteuid(65534) == 0;
#endif
    }
    ~UnprivilegedScope()
    {
#ifdef Q_OS_LINUX
        if (m_dropped && seteuid(0) != 0)
            std::abort(); // the rest of the suite would run with the wrong rights
#endif
    }
    UnprivilegedScope(const UnprivilegedScope &) = delete;
    UnprivilegedScope &operator=(const UnprivilegedScope &) = delete;

private:
    bool m_dropped = false;
};

constexpr auto kAll = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr auto kReadOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto kReadOnlyFolder = kReadOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

/// Every file under @p root with its bytes, and the names beside it: what a failed conversion must leave as it was.
QStringList snapshotOf(const QString &root)
{
    QStringList lines = QDir(QFileInfo(root).absolutePath())
                            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        lines << QDir(root).relativeFilePath(file.fileName()) + u'=' + QString::fromLatin1(file.readAll().toHex());
    }
    lines.sort();
    return lines;
}

/// tests/data/folders/two-migrations applied by wrangler to a local D1 database (its `d1_migrations` rows).
struct D1Project
{
    D1Project()
        : folder(QStringLiteral("two-migrations"))
    {
        project.settings.migrationsFolder = folder.path();
        const SqliteFile db(database());
        EXPECT_TRUE(db.exec(QStringLiteral("CREATE TABLE d1_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name "
                                           "TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)")));
        EXPECT_TRUE(db.exec(QStringLiteral("INSERT INTO d1_migrations (name) VALUES ('0000_init.sql'), "
                                           "('0001_demonic_gunslinger.sql')")));
        QFile::setPermissions(dbDir.path(), kAll);
        QFile::setPermissions(database(), kAll);
        // Everything open to all, so that "nobody" (UnprivilegedScope) meets only the permission a test takes away.
        QFile::setPermissions(QFileInfo(folder.path()).absolutePath(), kAll);
        QDirIterator it(folder.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        QFile::setPermissions(folder.path(), kAll);
        while (it.hasNext())
            QFile::setPermissions(it.next(), kAll);
    }
    QString database() const { return dbDir.filePath(QStringLiteral("local.sqlite")); }
    QString projectFile() const { return QFileInfo(folder.path()).absolutePath() + QStringLiteral("/p.twproj"); }
    QStringList names() const { return SqliteFile(database()).rows(QStringLiteral("SELECT name FROM d1_migrations")); }
    ProjectConversion::Plan plan(Layout to) const
    {
        const auto plan = ProjectConversion::plan(project, projectFile(), to);
        EXPECT_TRUE(plan.ok()) << plan.error().toStdString();
        return plan.ok() ? plan.value() : ProjectConversion::Plan{};
    }
    tw::model::Result<TrackedConversion::Outcome> run(const ProjectConversion::Plan &plan) const
    {
        return TrackedConversion::run(plan, project, projectFile(), database(), QDateTime::currentDateTimeUtc());
    }
    tw::model::Result<TrackedConversion::Outcome> convert(Layout to) const { return run(plan(to)); }

    FolderFixture folder;
    QTemporaryDir dbDir;
    tw::model::Project project;
};

const QStringList kClassicNames{"0000_init.sql", "0001_demonic_gunslinger.sql"};
const QStringList kV1Names{"20261124000835_init/migration.sql", "20261124000839_demonic_gunslinger/migration.sql"};

} // namespace

TEST(TrackedConversion, RenamesTheRowsWithTheFolderBothWays)
{
    D1Project p;
    const auto toV1 = p.convert(Layout::V1);
    ASSERT_TRUE(toV1.ok()) << toV1.error().toStdString();
    EXPECT_EQ(p.names(), kV1Names);
    EXPECT_EQ(toV1.value().tracking.renamed, 2);
    EXPECT_TRUE(QFile::exists(toV1.value().tracking.backupPath));
    EXPECT_TRUE(toV1.value().report.contains(QStringLiteral("Changed 2 tracking rows")))
        << toV1.value().report.toStdString();

    p.project = toV1.value().project.project;
    const auto back = p.convert(Layout::Classic);
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(p.names(), kClassicNames);
    EXPECT_EQ(FolderLayoutDetector::detect(p.folder.path()).layout, FolderLayout::Classic);
    EXPECT_EQ(back.value().project.project.settings.migrationLayout, Layout::Classic);
    EXPECT_EQ(DatabaseBackup::existing(p.database()).size(), 2);
    EXPECT_TRUE(TrackedConversion::Pending::markers(p.folder.path()).isEmpty());
}

// drizzle-orm 0.31 runs a journal entry whose `when` is above the largest created_at: each row gets its entry's.
TEST(TrackedConversion, GivesDrizzleRowsTheirJournalTimeBack)
{
    D1Project p;
    ASSERT_TRUE(p.convert(Layout::V1).ok());
    {
        const SqliteFile db(p.database());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE \"__drizzle_migrations\" (id INTEGER PRIMARY KEY, hash text "
                                           "NOT NULL, created_at numeric, name text, applied_at TEXT)")));
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO \"__drizzle_migrations\" (hash, created_at, name) VALUES "
                                           "('h0', 1795478915000, '20261124000835_init'), ('h1', 1795478919410, "
                                           "'20261124000839_demonic_gunslinger')")));
    }
    p.project.settings.migrationLayout = Layout::V1;
    const auto back = p.convert(Layout::Classic);
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(SqliteFile(p.database()).rows(QStringLiteral("SELECT created_at FROM \"__drizzle_migrations\"")),
              (QStringList{"1795478915000", "1795478919000"}));
}

// Rows drizzle-orm 0.31 added (no name) to a table drizzle-orm 1.0 had upgraded: going to v1 again names them, or
// drizzle-orm 1.0 (which upgrades a table once) would run their migrations again.
TEST(TrackedConversion, NamesTheRowsDrizzleOrm031AddedWithoutOne)
{
    D1Project p;
    {
        const SqliteFile db(p.database());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE \"__drizzle_migrations\" (id INTEGER PRIMARY KEY, hash text "
                                           "NOT NULL, created_at numeric, name text, applied_at TEXT)")));
        ASSERT_TRUE(
            db.exec(QStringLiteral("INSERT INTO \"__drizzle_migrations\" (hash, created_at, name) VALUES "
                                   "('h0', 1795478915765, '20261124000835_init'), ('h1', 1795478919410, NULL)")));
    }
    ASSERT_TRUE(p.convert(Layout::V1).ok());
    EXPECT_EQ(SqliteFile(p.database()).rows(QStringLiteral("SELECT name FROM \"__drizzle_migrations\" ORDER BY id")),
              (QStringList{"20261124000835_init", "20261124000839_demonic_gunslinger"}));
}

TEST(TrackedConversion, ALockedDatabaseLeavesFolderAndRowsAsTheyWere)
{
    D1Project p;
    const QStringList before = snapshotOf(p.folder.path());
    const SqliteFile holder(p.database());
    ASSERT_TRUE(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(holder.exec(QStringLiteral("INSERT INTO d1_migrations (name) VALUES ('other.sql')")));
    const auto result = p.convert(Layout::V1);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("the folder was put back as it was")))
        << result.error().toStdString();
    holder.exec(QStringLiteral("ROLLBACK"));
    EXPECT_EQ(p.names(), kClassicNames);
    EXPECT_EQ(snapshotOf(p.folder.path()), before);
}

TEST(TrackedConversion, AReadOnlyDatabaseLeavesFolderAndRowsAsTheyWere)
{
    D1Project p;
    const QStringList before = snapshotOf(p.folder.path());
    ASSERT_TRUE(QFile::setPermissions(p.database(), kReadOnly));
    const ProjectConversion::Plan plan = p.plan(Layout::V1);
    auto result = tw::model::Result<TrackedConversion::Outcome>::failure(QStringLiteral("not run"));
    {
        const UnprivilegedScope nobody;
        result = p.run(plan);
    }
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("put back")) ||
                result.error().contains(QStringLiteral("nothing was changed")))
        << result.error().toStdString();
    QFile::setPermissions(p.database(), kAll);
    EXPECT_EQ(p.names(), kClassicNames);
    EXPECT_EQ(snapshotOf(p.folder.path()), before);
}

TEST(TrackedConversion, AnUnwritableFolderLeavesFolderAndRowsAsTheyWere)
{
    D1Project p;
    const QString parent = QFileInfo(p.folder.path()).absolutePath();
    const QStringList before = snapshotOf(p.folder.path());
    const ProjectConversion::Plan plan = p.plan(Layout::V1);
    ASSERT_TRUE(QFile::setPermissions(parent, kReadOnlyFolder));
    auto result = tw::model::Result<TrackedConversion::Outcome>::failure(QStringLiteral("not run"));
    {
        const UnprivilegedScope nobody;
        result = p.run(plan);
    }
    QFile::setPermissions(parent, kAll);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("nothing was changed"))) << result.error().toStdString();
    EXPECT_EQ(p.names(), kClassicNames);
    EXPECT_TRUE(DatabaseBackup::existing(p.database()).isEmpty());
    EXPECT_EQ(snapshotOf(p.folder.path()), before);
}

// The process died after the swap, before the rows changed: the next convert finishes the step.
TEST(TrackedConversion, RecoverFinishesAStepThatDiedAfterTheSwap)
{
    D1Project p;
    const auto plan = LayoutConverter::planToV1(p.folder.path());
    ASSERT_TRUE(plan.ok());
    TrackedConversion::Pending pending{LayoutConverter::stage(plan.value()).value(), p.database(),
                                       TrackingChanges::forConversion(plan.value())};
    ASSERT_TRUE(pending.save().ok());
    ASSERT_TRUE(LayoutConverter::swapIn(pending.staged).ok());
    const auto recovered = TrackedConversion::recover(p.folder.path());
    ASSERT_TRUE(recovered.ok()) << recovered.error().toStdString();
    EXPECT_TRUE(recovered.value().contains(QStringLiteral("was finished"))) << recovered.value().toStdString();
    EXPECT_EQ(p.names(), kV1Names);
    EXPECT_EQ(FolderLayoutDetector::detect(p.folder.path()).layout, FolderLayout::V1);
    EXPECT_FALSE(QFileInfo::exists(pending.staged.aside));
    EXPECT_TRUE(TrackedConversion::Pending::markers(p.folder.path()).isEmpty());
}

// The process died between the two renames of the swap, or before it: the next convert undoes the step.
TEST(TrackedConversion, RecoverUndoesAStepThatDiedBeforeTheSwapEnded)
{
    for (const bool halfSwapped : {true, false}) {
        D1Project p;
        const QStringList before = snapshotOf(p.folder.path());
        const auto plan = LayoutConverter::planToV1(p.folder.path());
        ASSERT_TRUE(plan.ok());
        TrackedConversion::Pending pending{LayoutConverter::stage(plan.value()).value(), p.database(),
                                           TrackingChanges::forConversion(plan.value())};
        ASSERT_TRUE(pending.save().ok());
        if (halfSwapped) {
            ASSERT_TRUE(QDir().rename(pending.staged.folder, pending.staged.aside));
        }
        const auto recovered = TrackedConversion::recover(p.folder.path());
        ASSERT_TRUE(recovered.ok()) << recovered.error().toStdString();
        EXPECT_FALSE(recovered.value().isEmpty());
        EXPECT_EQ(p.names(), kClassicNames);
        EXPECT_EQ(snapshotOf(p.folder.path()), before) << halfSwapped;
    }
}

// A kill while the converted copy was being built leaves the copy and no marker: the next convert removes it and
// says so, and leaves the folder and anything else beside it alone.
TEST(TrackedConversion, RecoverRemovesACopyLeftUnfinishedBeforeTheMarker)
{
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("drizzle"));
    ASSERT_TRUE(QDir().mkpath(folder + QStringLiteral("/meta")));
    const QString copy = root.filePath(QStringLiteral(".drizzle-v1-0b6a1a52-5c3e-4d6f-9a43-3c0f2b1d7e11"));
    ASSERT_TRUE(QDir().mkpath(copy + QStringLiteral("/20250101000000_init")));
    ASSERT_TRUE(QDir().mkpath(root.filePath(QStringLiteral(".other-v1-keep"))));
    const auto recovered = TrackedConversion::recover(folder);
    ASSERT_TRUE(recovered) << recovered.error().toStdString();
    EXPECT_TRUE(recovered.value().contains(QStringLiteral("unfinished copy"))) << recovered.value().toStdString();
    EXPECT_FALSE(QFileInfo::exists(copy));
    EXPECT_TRUE(QFileInfo::exists(folder + QStringLiteral("/meta")));
    EXPECT_TRUE(QFileInfo::exists(root.filePath(QStringLiteral(".other-v1-keep"))));
    EXPECT_EQ(TrackedConversion::recover(folder).value(), QString()); // nothing left to do
}
