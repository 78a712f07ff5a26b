// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/differ.h"
#include "migrations/rebuild/targetmigrationwriter.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "tests/migrations/diff/schemadsl.h"
#include "tests/migrations/sqlite/sqlite3cli.h"
#include "tests/support/outsidetools.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::test::dsl;
using migrations::SchemaDefinition;
using migrations::TargetMigrationWriter;
using model::ReferentialAction;
using test::Sqlite3Cli;
using Target = model::ProjectSettings::Target;

namespace {

const QString kId = QStringLiteral("id");

QStringList statementsFor(const model::Schema &before, const model::Schema &after, Target target)
{
    const SchemaDefinition old = migrations::schemaDefinition(before);
    return TargetMigrationWriter::statements(migrations::diff(old, migrations::schemaDefinition(after)), old, target);
}

QString textFor(const model::Schema &before, const model::Schema &after, Target target)
{
    return migrations::SqliteMigrationWriter::fileText(statementsFor(before, after, target));
}

/// Creates @p before with @p seed, applies the d1 migration in a transaction, prints @p dump before and after.
Sqlite3Cli::Output applyD1(const model::Schema &before, const model::Schema &after, const QString &seed,
                           const QString &dump)
{
    return Sqlite3Cli::run(textFor({}, before, Target::Sqlite) + u'\n' + seed +
                           Sqlite3Cli::marker(QStringLiteral("before")) + dump + QStringLiteral("BEGIN;\n") +
                           textFor(before, after, Target::D1) + QStringLiteral("\nCOMMIT;\n") +
                           Sqlite3Cli::marker(QStringLiteral("check")) + QStringLiteral("PRAGMA foreign_key_check;\n") +
                           Sqlite3Cli::marker(QStringLiteral("after")) + dump);
}

TEST(TargetMigrationWriter, TableWithoutChildrenOrAutoincrementStaysDrizzleKitText)
{
    TableSpec before(QStringLiteral("items"));
    before << integer(kId).primaryKey() << integer(QStringLiteral("qty"));
    TableSpec after(QStringLiteral("items"));
    after << integer(kId).primaryKey() << integer(QStringLiteral("qty")).notNull();
    EXPECT_EQ(textFor(schema({before}), schema({after}), Target::D1),
              textFor(schema({before}), schema({after}), Target::Sqlite));
}

TEST(TargetMigrationWriter, AutoincrementAloneAddsOnlyTheSequenceCarry)
{
    TableSpec before(QStringLiteral("items"));
    before << integer(kId).primaryKey(true) << integer(QStringLiteral("qty"));
    TableSpec after(QStringLiteral("items"));
    after << integer(kId).primaryKey(true) << integer(QStringLiteral("qty")).notNull();
    QStringList expected = statementsFor(schema({before}), schema({after}), Target::Sqlite);
    const qsizetype drop = expected.indexOf(QStringLiteral("DROP TABLE `items`;"));
    ASSERT_GT(drop, 0);
    expected.insert(drop, QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT '__new_items', seq FROM "
                                         "sqlite_sequence WHERE name = 'items';"));
    expected.insert(drop, QStringLiteral("DELETE FROM sqlite_sequence WHERE name = '__new_items';"));
    EXPECT_EQ(statementsFor(schema({before}), schema({after}), Target::D1), expected);
}

TEST(TargetMigrationWriter, ViewTheMigrationReplacesIsDroppedOnceAndCreatedOnce)
{
    TableSpec p(QStringLiteral("p"));
    p << integer(kId).primaryKey() << text(QStringLiteral("a")) << text(QStringLiteral("b"));
    TableSpec p2(QStringLiteral("p"));
    p2 << integer(kId).primaryKey() << text(QStringLiteral("a")).notNull();
    p2 << text(QStringLiteral("b"));
    const model::Schema before = schema({p}, {view(QStringLiteral("v"), QStringLiteral("select a, b from p"))});
    const model::Schema after = schema({p2}, {view(QStringLiteral("v"), QStringLiteral("select a from p"))});
    const QStringList out = statementsFor(before, after, Target::D1);
    EXPECT_EQ(out.filter(QStringLiteral("DROP VIEW `v`;")).size(), 1) << out.join(u'\n').toStdString();
    ASSERT_EQ(out.filter(QStringLiteral("CREATE VIEW `v`")).size(), 1);
    EXPECT_EQ(out.filter(QStringLiteral("CREATE VIEW `v`")).first(),
              QStringLiteral("CREATE VIEW `v` AS select a from p;"));
    EXPECT_LT(out.indexOf(QStringLiteral("DROP VIEW `v`;")), out.indexOf(QStringLiteral("DROP TABLE `p`;")));
}

TEST(TargetMigrationWriter, CycleThroughTheParentFillsTheNewTableFromItsCopy)
{
    if (!Sqlite3Cli::isAvailable())
        return test::missingTool("sqlite3");
    TableSpec a(QStringLiteral("a"));
    a << integer(kId).primaryKey() << integer(QStringLiteral("b_id")) << text(QStringLiteral("label"));
    a.foreignKey({QStringLiteral("b_id")}, QStringLiteral("b"), {kId}, ReferentialAction::SetNull);
    TableSpec b(QStringLiteral("b"));
    b << integer(kId).primaryKey() << integer(QStringLiteral("a_id"));
    b.foreignKey({QStringLiteral("a_id")}, QStringLiteral("a"), {kId}, ReferentialAction::Cascade);
    TableSpec changed(QStringLiteral("a"));
    changed << integer(kId).primaryKey() << integer(QStringLiteral("b_id")) << text(QStringLiteral("label")).notNull();
    changed.foreignKey({QStringLiteral("b_id")}, QStringLiteral("b"), {kId}, ReferentialAction::SetNull);
    const model::Schema before = schema({a, b});
    const model::Schema after = schema({changed, b});
    const QString text = textFor(before, after, Target::D1);
    EXPECT_TRUE(text.contains(QStringLiteral("CREATE TABLE `__keep_a` AS SELECT `id`, `b_id`, `label` FROM `a`;")));
    EXPECT_TRUE(text.contains(QStringLiteral("FROM `__keep_a`;"))) << text.toStdString();
    const auto out = applyD1(before, after,
                             QStringLiteral("PRAGMA foreign_keys=OFF;\nINSERT INTO a VALUES (1, 1, 'x'), (2, 2, 'y');\n"
                                            "INSERT INTO b VALUES (1, 1), (2, 2);\nPRAGMA foreign_keys=ON;\n"),
                             QStringLiteral("SELECT * FROM a ORDER BY id;\nSELECT * FROM b ORDER BY id;\n"));
    ASSERT_TRUE(out.ok) << out.error.toStdString();
    EXPECT_EQ(out.sections().value(QStringLiteral("check")), QString());
    EXPECT_EQ(out.sections().value(QStringLiteral("after")), out.sections().value(QStringLiteral("before")));
    EXPECT_EQ(out.sections().value(QStringLiteral("after")), QStringLiteral("1|1|x\n2|2|y\n1|1\n2|2\n"));
}

TEST(TargetMigrationWriter, OddIdentifiersAndHiddenRowidsSurviveTheRoundTrip)
{
    if (!Sqlite3Cli::isAvailable())
        return test::missingTool("sqlite3");
    const QString parent = QStringLiteral("o'dd `p\"");
    TableSpec p(parent);
    p << text(QStringLiteral("co`de")).primaryKey() << text(QStringLiteral("label"));
    TableSpec c(QStringLiteral("select"));
    c << text(QStringLiteral("k\"ey")).notNull() << text(QStringLiteral("p_code"));
    c.foreignKey({QStringLiteral("p_code")}, parent, {QStringLiteral("co`de")}, ReferentialAction::Cascade);
    TableSpec changed(parent);
    changed << text(QStringLiteral("co`de")).primaryKey() << text(QStringLiteral("label")).notNull();
    const model::Schema before = schema({p, c});
    const model::Schema after = schema({changed, c});
    const auto out = applyD1(before, after,
                             QStringLiteral("INSERT INTO `o'dd ``p\"` VALUES ('a', 'A'), ('b', 'B');\n"
                                            "INSERT INTO `select` VALUES ('k1', 'a'), ('k2', 'b'), ('k3', NULL);\n"
                                            "DELETE FROM `select` WHERE `k\"ey` = 'k1';\n"
                                            "INSERT INTO `select` VALUES ('k4', 'a');\n"),
                             QStringLiteral("SELECT rowid, * FROM `select` ORDER BY rowid;\n"));
    ASSERT_TRUE(out.ok) << out.error.toStdString() << textFor(before, after, Target::D1).toStdString();
    EXPECT_EQ(out.sections().value(QStringLiteral("check")), QString());
    EXPECT_EQ(out.sections().value(QStringLiteral("after")), QStringLiteral("2|k2|b\n3|k3|\n4|k4|a\n"));
}

TEST(TargetMigrationWriter, ChildOfAUniqueColumnComesBackAfterTheParentsUniqueIndex)
{
    if (!Sqlite3Cli::isAvailable())
        return test::missingTool("sqlite3");
    TableSpec p(QStringLiteral("p"));
    p << integer(kId).primaryKey() << text(QStringLiteral("code")).notNull().unique() << integer(QStringLiteral("n"));
    TableSpec changed(QStringLiteral("p"));
    changed << integer(kId).primaryKey() << text(QStringLiteral("code")).notNull().unique()
            << integer(QStringLiteral("n")).notNull();
    TableSpec c(QStringLiteral("c"));
    c << integer(kId).primaryKey() << text(QStringLiteral("p_code"));
    c.foreignKey({QStringLiteral("p_code")}, QStringLiteral("p"), {QStringLiteral("code")}, ReferentialAction::Cascade);
    const model::Schema before = schema({p, c});
    const model::Schema after = schema({changed, c});
    const QStringList out = statementsFor(before, after, Target::D1);
    const qsizetype unique = out.indexOf(QStringLiteral("CREATE UNIQUE INDEX `p_code_unique` ON `p` (`code`);"));
    ASSERT_GE(unique, 0) << out.join(u'\n').toStdString();
    EXPECT_LT(unique,
              out.indexOf(QStringLiteral("INSERT INTO `c` (`id`, `p_code`) SELECT `id`, `p_code` FROM `__keep_c`;")));
    const auto run = applyD1(
        before, after,
        QStringLiteral(
            "INSERT INTO p VALUES (1, 'a', 1), (2, 'b', 2);\nINSERT INTO c VALUES (1, 'a'), (2, 'b'), (3, 'a');\n"),
        QStringLiteral("SELECT * FROM c ORDER BY id;\n"));
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    EXPECT_EQ(run.sections().value(QStringLiteral("check")), QString());
    EXPECT_EQ(run.sections().value(QStringLiteral("after")), QStringLiteral("1|a\n2|b\n3|a\n"));
}

} // namespace
