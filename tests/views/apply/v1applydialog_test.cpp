// SPDX-License-Identifier: GPL-3.0-or-later
// The apply dialog on a drizzle-kit 1.0 (v1) folder (tests/data/folders/v1-two-migrations, made by rc.5's generate):
// it rehearses and applies the sub-folders' migration.sql files, and tells a D1 user what wrangler needs to see them.
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"
#include "views/apply/applydialog.h"

#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tw::views;
using tw::test::FolderFixture;
using tw::test::SqliteFile;
using Tracking = tw::model::ProjectSettings::Tracking;

namespace {

struct V1Target
{
    explicit V1Target(Tracking tracking)
    {
        const SqliteFile file(db()); // an existing local database, as `wrangler dev` leaves it
        EXPECT_TRUE(file.exec(QStringLiteral("CREATE TABLE kept (id integer)")));
        target.migrationsFolder = folder.path();
        target.options.databasePath = db();
        target.options.tracking = tracking;
    }
    QString db() const { return dir.filePath(QStringLiteral("local.sqlite")); }

    FolderFixture folder{QStringLiteral("v1-two-migrations")};
    QTemporaryDir dir;
    tw::migrations::ApplyTarget target;
};

bool runToEnd(ApplyDialog &dialog, bool (ApplyDialog::*start)())
{
    QSignalSpy finished(&dialog, &ApplyDialog::runFinished);
    if (!(dialog.*start)())
        return false;
    if (!finished.wait(60000)) {
        ADD_FAILURE() << "the run did not end";
        return false;
    }
    return finished.first().first().toBool();
}

} // namespace

TEST(V1ApplyDialog, RehearsesAndAppliesTheFoldersAndRecordsThemAsWranglersPatternDoes)
{
    const V1Target v1(Tracking::D1);
    ApplyDialog dialog(v1.target);
    ASSERT_TRUE(runToEnd(dialog, &ApplyDialog::rehearse)) << dialog.details().toStdString();
    const auto *pending = dialog.findChild<QListView *>(QStringLiteral("pendingMigrations"));
    ASSERT_TRUE(pending);
    ASSERT_EQ(pending->model()->rowCount(), 2);
    EXPECT_EQ(pending->model()->index(0, 0).data().toString(), QStringLiteral("20261207033139_initial/migration.sql"));
    ASSERT_TRUE(runToEnd(dialog, &ApplyDialog::applyNow)) << dialog.details().toStdString();
    EXPECT_TRUE(dialog.summary().startsWith(QStringLiteral("Applied 2 migration(s).")))
        << dialog.summary().toStdString();
    const SqliteFile file(v1.db());
    EXPECT_EQ(file.rows(QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")),
              QStringList({QStringLiteral("20261207033139_initial/migration.sql"),
                           QStringLiteral("20261207033141_rename_tags/migration.sql")}));
}

TEST(V1ApplyDialog, TellsAD1UserWhichWranglerAndWhichConfigLinesReadAV1Folder)
{
    const V1Target v1(Tracking::D1);
    const ApplyDialog dialog(v1.target);
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("wranglerRequirement"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().contains(QStringLiteral("wrangler 4.98"))) << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(QStringLiteral("Node 22")));
    EXPECT_TRUE(note->text().contains(QStringLiteral("\"migrations_dir\": \"drizzle\",\n")));
    EXPECT_TRUE(note->text().contains(QStringLiteral("\"migrations_pattern\": \"drizzle/*/migration.sql\"")));
}

TEST(V1ApplyDialog, SaysNothingAboutWranglerForDrizzleTrackingOrAClassicFolder)
{
    const V1Target drizzle(Tracking::Drizzle);
    const ApplyDialog v1Dialog(drizzle.target);
    EXPECT_FALSE(v1Dialog.findChild<QLabel *>(QStringLiteral("wranglerRequirement")));
    FolderFixture classic(QStringLiteral("two-migrations"));
    tw::migrations::ApplyTarget target;
    target.migrationsFolder = classic.path();
    target.options.tracking = Tracking::D1;
    const ApplyDialog classicDialog(target);
    EXPECT_FALSE(classicDialog.findChild<QLabel *>(QStringLiteral("wranglerRequirement")));
}
