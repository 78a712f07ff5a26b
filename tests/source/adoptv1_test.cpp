// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a team's project whose migrations folder drizzle-kit 1.0 wrote (ProjectAdopter, the path of `import
// --schema` and the designer's Open Drizzle Project): the project continues the v1 layout from its latest snapshot.
#include "source/adopt/projectadopter.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using tw::model::ProjectSettings;
using tw::source::ProjectAdopter;

namespace {

/// The schema.ts tests/data/folders/v1-two-migrations was generated from.
const char kSchema[] = R"(import { int, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', { id: int().primaryKey(), displayName: text('display_name') });
export const tags = sqliteTable('labels', { id: int().primaryKey(), title: text().unique() });
export const posts = sqliteTable('posts', {
  id: int().primaryKey({ autoIncrement: true }),
  tagId: int('tag_id').references(() => tags.id, { onDelete: 'set null' }),
});
)";

} // namespace

TEST(AdoptV1Folder, TheProjectContinuesTheV1LayoutFromTheLatestSnapshot)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    tw::test::copyDataFolder(QStringLiteral("folders/v1-two-migrations"), folder);
    QDir(dir.path()).mkpath(QStringLiteral("src/db"));
    QFile schema(dir.filePath(QStringLiteral("src/db/schema.ts")));
    ASSERT_TRUE(schema.open(QIODevice::WriteOnly));
    schema.write(kSchema);
    schema.close();

    const auto adoption = ProjectAdopter::fromFolder(folder, {dir.filePath(QStringLiteral("src/db/schema.ts"))},
                                                     tw::model::Casing::None, dir.filePath(QStringLiteral("p.twproj")));
    ASSERT_TRUE(adoption.ok()) << adoption.error().toStdString();
    EXPECT_TRUE(adoption.value().warnings.isEmpty()) << adoption.value().warnings.join(u'\n').toStdString();
    const tw::model::Project &project = adoption.value().project;
    EXPECT_EQ(project.settings.migrationLayout, ProjectSettings::MigrationLayout::V1);
    EXPECT_EQ(project.settings.migrationsFolder, QStringLiteral("drizzle"));
    EXPECT_EQ(project.baseline.snapshotId, QStringLiteral("2c9e9c39-1eb7-4239-879f-a085d6393379"));
    EXPECT_EQ(project.schema.tables.size(), 3);
    EXPECT_EQ(adoption.value().folderSummary, QStringLiteral("drizzle-kit 1.0 layout (v1): 2 migrations"));
}

TEST(AdoptV1Folder, AMixedFolderIsRefused)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    tw::test::copyDataFolder(QStringLiteral("folders/v1-two-migrations"), folder);
    QDir(folder).mkpath(QStringLiteral("meta"));
    QFile journal(folder + QStringLiteral("/meta/_journal.json"));
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
    journal.write(R"({"version":"7","dialect":"sqlite","entries":[]})");
    journal.close();
    QFile schema(dir.filePath(QStringLiteral("schema.ts")));
    ASSERT_TRUE(schema.open(QIODevice::WriteOnly));
    schema.write(kSchema);
    schema.close();

    const auto adoption = ProjectAdopter::fromFolder(folder, {dir.filePath(QStringLiteral("schema.ts"))},
                                                     tw::model::Casing::None, dir.filePath(QStringLiteral("p.twproj")));
    ASSERT_FALSE(adoption.ok());
    EXPECT_TRUE(adoption.error().contains(QStringLiteral("_journal.json"))) << adoption.error().toStdString();
}
