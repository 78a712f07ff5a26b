// SPDX-License-Identifier: GPL-3.0-or-later
// Fill expressions in the plan: the UPDATE after an ADD, the SELECT term of a rebuild (both dialects, both targets),
// and the rebuild a NOT NULL column without default needs.
#include "migrations/diff/differ.h"
#include "migrations/rebuild/fillplanner.h"
#include "migrations/rebuild/targetmigrationwriter.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "migrations/sqlite/sqlitev1migrationwriter.h"
#include "tests/support/schemas/schemabuilder.h"

#include <gtest/gtest.h>

using namespace tw;
using migrations::FillPlanner;
using migrations::MigrationPlan;
using migrations::SchemaDefinition;
using migrations::SqlDialect;
using migrations::TargetMigrationWriter;
using Target = model::ProjectSettings::Target;

namespace {

/// posts(id, name, views text) with an index on name, and comments(post_id → posts ON DELETE CASCADE).
model::Schema before()
{
    test::SchemaBuilder b;
    b.table(QStringLiteral("posts"))
        .id()
        .text(QStringLiteral("name"))
        .notNull()
        .text(QStringLiteral("views"))
        .index(QStringLiteral("posts_name_idx"), {QStringLiteral("name")});
    b.table(QStringLiteral("comments"))
        .id()
        .integer(QStringLiteral("post_id"))
        .references(QStringLiteral("posts"))
        .onDelete(model::ReferentialAction::Cascade);
    return b.build();
}

struct Planned
{
    SchemaDefinition before;
    MigrationPlan plan;
    QList<model::Id> used;
};

Planned planned(const model::Schema &after, const model::ColumnFill &fill, SqlDialect dialect = SqlDialect::Classic)
{
    Planned p;
    migrations::DiffOptions options;
    options.dialect = dialect;
    p.before = migrations::schemaDefinition(before(), dialect);
    p.plan = migrations::diff(p.before, migrations::schemaDefinition(after, dialect), options);
    p.used = FillPlanner::apply(p.plan, p.before, {fill});
    return p;
}

model::Column &column(model::Schema &schema, const QString &name)
{
    return *schema.tables.first().column(test::columnId(schema, QStringLiteral("posts"), name));
}

model::Schema withSlug(bool notNull)
{
    model::Schema after = before();
    model::Column slug;
    slug.id = model::Id(QStringLiteral("slug"));
    slug.name = QStringLiteral("slug");
    slug.notNull = notNull;
    after.tables.first().columns << slug;
    return after;
}

model::ColumnFill slugFill(const model::Schema &schema)
{
    return {schema.tables.first().id, model::Id(QStringLiteral("slug")),
            QStringLiteral("lower(replace(name, ' ', '-'))"), QString()};
}

} // namespace

TEST(FillPlanner, ANullableNewColumnGetsAnUpdateAfterItsAddInBothDialects)
{
    const model::Schema after = withSlug(false);
    const Planned classic = planned(after, slugFill(after));
    EXPECT_EQ(classic.used, QList<model::Id>{model::Id(QStringLiteral("slug"))});
    EXPECT_EQ(migrations::SqliteMigrationWriter::migrationText(classic.plan),
              QStringLiteral("ALTER TABLE `posts` ADD `slug` text;--> statement-breakpoint\n"
                             "UPDATE `posts` SET `slug` = lower(replace(name, ' ', '-'));"));
    const Planned v1 = planned(after, slugFill(after), SqlDialect::V1);
    EXPECT_EQ(migrations::SqliteV1MigrationWriter::migrationText(v1.plan),
              QStringLiteral("ALTER TABLE `posts` ADD `slug` text;--> statement-breakpoint\n"
                             "UPDATE `posts` SET `slug` = lower(replace(name, ' ', '-'));"));
}

TEST(FillPlanner, ANotNullNewColumnWithoutDefaultBecomesARebuildThatSelectsTheFillAndKeepsTheIndexes)
{
    const model::Schema after = withSlug(true);
    const Planned p = planned(after, slugFill(after));
    EXPECT_TRUE(p.plan.warnings.isEmpty()) << p.plan.warnings.first().message.toStdString();
    EXPECT_EQ(
        migrations::SqliteMigrationWriter::migrationText(p.plan),
        QStringLiteral("PRAGMA foreign_keys=OFF;--> statement-breakpoint\n"
                       "CREATE TABLE `__new_posts` (\n"
                       "\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
                       "\t`name` text NOT NULL,\n"
                       "\t`views` text,\n"
                       "\t`slug` text NOT NULL\n"
                       ");\n"
                       "--> statement-breakpoint\n"
                       "INSERT INTO `__new_posts`(\"id\", \"name\", \"views\", \"slug\") SELECT \"id\", \"name\", "
                       "\"views\", lower(replace(name, ' ', '-')) FROM `posts`;--> statement-breakpoint\n"
                       "DROP TABLE `posts`;--> statement-breakpoint\n"
                       "ALTER TABLE `__new_posts` RENAME TO `posts`;--> statement-breakpoint\n"
                       "PRAGMA foreign_keys=ON;--> statement-breakpoint\n"
                       "CREATE INDEX `posts_name_idx` ON `posts` (`name`);"));
}

TEST(FillPlanner, WithoutAFillTheNotNullColumnKeepsDrizzleKitsAddAndItsWarning)
{
    const model::Schema after = withSlug(true);
    const Planned p = planned(after, {model::Id(), model::Id(QStringLiteral("other")), QStringLiteral("1"), {}});
    EXPECT_TRUE(p.used.isEmpty());
    EXPECT_EQ(migrations::SqliteMigrationWriter::migrationText(p.plan),
              QStringLiteral("ALTER TABLE `posts` ADD `slug` text NOT NULL;"));
    ASSERT_EQ(p.plan.warnings.size(), 1);
    EXPECT_TRUE(p.plan.warnings.first().message.contains(QStringLiteral("fill")));
}

TEST(FillPlanner, ATypeChangeConvertsThroughTheFillInTheD1SafeRebuildAndBothDialects)
{
    model::Schema after = before();
    column(after, QStringLiteral("views")).type = model::SqlType::Integer;
    const model::ColumnFill fill{after.tables.first().id, column(after, QStringLiteral("views")).id,
                                 QStringLiteral("CAST(trim(views) AS integer)"), QString()};
    for (const SqlDialect dialect : {SqlDialect::Classic, SqlDialect::V1}) {
        const Planned p = planned(after, fill, dialect);
        EXPECT_EQ(p.used.size(), 1);
        const QString sqlite = TargetMigrationWriter::migrationText(p.plan, p.before, Target::Sqlite, dialect);
        const QString d1 = TargetMigrationWriter::migrationText(p.plan, p.before, Target::D1, dialect);
        const QString quote = dialect == SqlDialect::V1 ? QStringLiteral("`") : QStringLiteral("\"");
        const QString select = QStringLiteral("SELECT %1id%1, %1name%1, CAST(trim(views) AS integer) FROM ").arg(quote);
        EXPECT_TRUE(sqlite.contains(select + QStringLiteral("`posts`;"))) << sqlite.toStdString();
        EXPECT_TRUE(d1.contains(QStringLiteral("CREATE TABLE `__keep_comments`"))) << d1.toStdString();
        EXPECT_TRUE(d1.contains(select)) << d1.toStdString();
    }
}
