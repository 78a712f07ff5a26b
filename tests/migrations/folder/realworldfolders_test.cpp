// SPDX-License-Identifier: GPL-3.0-or-later
// The six real drizzle-kit folders named by TW_REALWORLD_DIR (optional test data): each scans without errors, shows
// exactly the damage it carries as warnings, and `generate` right after importing it plans nothing.
#include "migrations/folder/migrationsfolder.h"
#include "tests/migrations/folder/damagedfolder.h"
#include "tests/migrations/folder/realworld.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <ostream>

#include <QTemporaryDir>

#include <algorithm>
#include <cctype>

using namespace tw::migrations;

namespace {

struct RealFolder
{
    const char *project;
    QStringList warnings; ///< every warning scan must give, in order
};

void PrintTo(const RealFolder &param, std::ostream *os)
{
    *os << param.project;
}

QList<RealFolder> realFolders()
{
    const QString journal = QStringLiteral("warning: meta/_journal.json: ");
    return {
        {"beilunyang__moemail", {}},
        {"likeandscribe__frontpage", {}},
        {"homarr-labs__homarr", {}},
        {"chrisbenincasa__tunarr",
         {QStringLiteral("warning: 0004_opposite_vivisector.sql: is not in the journal: wrangler applies it, "
                         "drizzle's migrator does not"),
          QStringLiteral("warning: 0037_swift_ozymandias.sql: is not in the journal: wrangler applies it, drizzle's "
                         "migrator does not")}},
        {"cloudflare__vibesdk",
         {journal + QStringLiteral("two journal entries carry the number 0006 (0006_gigantic_shinko_yamashiro is "
                                   "entry 6, 0006_puzzling_bloodstrike is entry 8; a branch merge): all run, "
                                   "drizzle's migrator in journal order, wrangler in file-name order")}},
        {"LubomirGeorgiev__cloudflare-workers-nextjs-saas-template",
         {journal + QStringLiteral("journal entry 0002_add_google_sso has no .sql file (0002_add_google_sso.sql): "
                                   "drizzle's migrator fails on it (ENOENT), wrangler never sees it"),
          journal + QStringLiteral("journal entry 0002_add_google_sso has no snapshot (meta/0002_snapshot.json): no "
                                   "runner needs it and drizzle-kit generate reads only the latest snapshot, but the "
                                   "id chain skips it"),
          QStringLiteral("warning: meta/0003_snapshot.json: prevId points at meta/0001_snapshot.json's id, not at the "
                         "snapshot of 0002_add_google_sso (meta/0002_snapshot.json, missing or unreadable): the chain "
                         "was broken in the past; drizzle-kit only reads the latest snapshot")}},
    };
}

/// A change every real schema allows: drop the last table no foreign key points at.
void dropOneUnreferencedTable(tw::model::Schema &schema)
{
    for (qsizetype i = schema.tables.size() - 1; i >= 0; --i) {
        const bool referenced = std::any_of(schema.tables.cbegin(), schema.tables.cend(), [&](const auto &table) {
            return std::any_of(table.foreignKeys.cbegin(), table.foreignKeys.cend(),
                               [&](const auto &fk) { return fk.targetTable == schema.tables[i].id; });
        });
        if (!referenced) {
            schema.tables.removeAt(i);
            return;
        }
    }
}

class RealworldFolders : public ::testing::TestWithParam<RealFolder>
{
protected:
    void SetUp() override
    {
        if (!QFileInfo::exists(tw::test::realworldMigrations(QString::fromLatin1(GetParam().project))))
            GTEST_SKIP() << "no real-world folders (TW_REALWORLD_DIR)";
        ASSERT_TRUE(tw::test::copyTree(tw::test::realworldMigrations(QString::fromLatin1(GetParam().project)), path()));
    }
    QString path() const { return m_dir.filePath(QStringLiteral("migrations")); }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_P(RealworldFolders, ScanGivesNoErrorsAndNamesItsDamage)
{
    const auto folder = MigrationsFolder::scan(path());
    EXPECT_FALSE(folder.hasErrors()) << folder.errorText().toStdString();
    const QString warnings = folder.warningText();
    EXPECT_EQ(warnings, GetParam().warnings.join(u'\n')) << warnings.toStdString();
}

TEST_P(RealworldFolders, GenerateRightAfterImportPlansNothing)
{
    const auto outcome = tw::test::importAndGenerate(path(), {}, QStringLiteral("unused"));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    EXPECT_TRUE(outcome.value().noChanges) << outcome.value().sql.toStdString();
    EXPECT_EQ(outcome.value().folderWarnings, GetParam().warnings);
}

TEST_P(RealworldFolders, NextMigrationContinuesTheChainAsDrizzleKitDoes)
{
    const auto before = MigrationsFolder::scan(path());
    const auto outcome = tw::test::importAndGenerate(path(), dropOneUnreferencedTable,
                                                     QStringLiteral("11111111-2222-4333-8444-555555555555"));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    const int idx = before.journal().entries.last().idx + 1;
    const QString number = QStringLiteral("%1").arg(idx, 4, 10, QLatin1Char('0'));
    EXPECT_TRUE(QFileInfo(outcome.value().sqlPath).fileName().startsWith(number + u'_'));
    const auto ids =
        tw::test::snapshotIds(path() + QStringLiteral("/meta/") + number + QStringLiteral("_snapshot.json"));
    EXPECT_EQ(ids.second, before.latestSnapshotId());
}

INSTANTIATE_TEST_SUITE_P(Shared, RealworldFolders, ::testing::ValuesIn(realFolders()),
                         [](const ::testing::TestParamInfo<RealFolder> &p) {
                             std::string name =
                                 std::string(p.param.project).substr(0, std::string(p.param.project).find("__"));
                             std::replace_if(
                                 name.begin(), name.end(), [](char c) { return !std::isalnum(uchar(c)); }, '_');
                             return name;
                         });
