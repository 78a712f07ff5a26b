// SPDX-License-Identifier: GPL-3.0-or-later
// Every common way of writing SQLite DDL, created in a real database and introspected, is a valid project.
#include "database/introspection/schemaintrospector.h"
#include "model/schema/importedschema.h"
#include "model/validation/schemavalidator.h"
#include "tests/database/introspection/introspectiondatabase.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <algorithm>

using namespace tw::database;
using tw::model::Column;
using tw::model::ColumnDefault;
using tw::model::SqlType;
using tw::model::Table;

namespace {

/// The fixture tests/data/introspect/styles/<name>.sql, created in a SQLite file, read and prepared as `import`
/// prepares it.
IntrospectedSchema imported(const QString &name)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("style.sqlite"));
    tw::test::createDatabase(
        path, QString::fromUtf8(tw::test::readData(QStringLiteral("introspect/styles/%1.sql").arg(name))));
    auto read = SchemaIntrospector::read(path);
    if (!read.ok()) {
        ADD_FAILURE() << read.error().toStdString();
        return {};
    }
    IntrospectedSchema result = read.value();
    tw::model::prepareImportedSchema(result.schema);
    return result;
}

const Table &table(const IntrospectedSchema &result, const QString &name)
{
    static const Table none;
    const Table *t = result.schema.tableNamed(name);
    EXPECT_TRUE(t) << "no table " << name.toStdString();
    return t ? *t : none;
}

const Column &column(const Table &t, const QString &name)
{
    static const Column none;
    const Column *c = t.columnNamed(name);
    EXPECT_TRUE(c) << "no column " << name.toStdString() << " in " << t.name.toStdString();
    return c ? *c : none;
}

bool hasWarning(const IntrospectedSchema &result, const QString &part)
{
    return std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                       [&](const QString &w) { return w.contains(part); });
}

QString errorsOf(const tw::model::Schema &schema)
{
    QStringList errors;
    for (const tw::model::Finding &f : tw::model::SchemaValidator::validate(schema)) {
        if (f.isError())
            errors << f.toString();
    }
    return errors.join(u'\n');
}

class CommonDdl : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST_P(CommonDdl, ImportsAsAProjectWithoutValidationErrors)
{
    const IntrospectedSchema result = imported(GetParam());
    EXPECT_FALSE(result.schema.tables.isEmpty());
    EXPECT_EQ(errorsOf(result.schema), QString()) << result.warnings.join(u'\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(Styles, CommonDdl,
                         ::testing::Values(QStringLiteral("lowercase"), QStringLiteral("uppercase"),
                                           QStringLiteral("wrangler"), QStringLiteral("quoted"),
                                           QStringLiteral("named_constraints"), QStringLiteral("defaults"),
                                           QStringLiteral("strict_without_rowid")),
                         [](const auto &testInfo) { return testInfo.param.toStdString(); });

TEST(DdlStyles, AutoincrementWithoutNotNullIsTheColumnsOwnKey)
{
    const IntrospectedSchema result = imported(QStringLiteral("lowercase"));
    for (const QString &name : {QStringLiteral("users"), QStringLiteral("posts")}) {
        const Table &t = table(result, name);
        const Column &id = column(t, QStringLiteral("id"));
        EXPECT_TRUE(id.primaryKey) << name.toStdString();
        EXPECT_TRUE(id.autoincrement) << name.toStdString();
        EXPECT_TRUE(id.notNull) << "a rowid alias never holds NULL";
        EXPECT_FALSE(t.primaryKey.has_value()) << name.toStdString();
    }
    const IntrospectedSchema upper = imported(QStringLiteral("uppercase"));
    const Table &mixedCase = table(upper, QStringLiteral("Mixed"));
    EXPECT_TRUE(column(mixedCase, QStringLiteral("Id")).autoincrement);
    EXPECT_TRUE(column(mixedCase, QStringLiteral("Label")).unique);
}

TEST(DdlStyles, InlineReferencesUniqueAndSizedTypes)
{
    const IntrospectedSchema result = imported(QStringLiteral("lowercase"));
    const Table &posts = table(result, QStringLiteral("posts"));
    ASSERT_EQ(posts.foreignKeys.size(), 2) << "inline REFERENCES and FOREIGN KEY on the same column are one key";
    EXPECT_EQ(posts.foreignKeys[0].onDelete, tw::model::ReferentialAction::Cascade);
    const tw::model::ForeignKey &editor = posts.foreignKeys[1];
    EXPECT_EQ(editor.onDelete, tw::model::ReferentialAction::SetNull);
    EXPECT_EQ(editor.targetColumns,
              QList<tw::model::Id>{column(table(result, QStringLiteral("users")), QStringLiteral("id")).id})
        << "REFERENCES users without columns: its primary key";
    EXPECT_TRUE(hasWarning(result, QStringLiteral("is declared twice")));
    EXPECT_EQ(column(posts, QStringLiteral("title")).sqlTypeText(), QStringLiteral("text(255)"));
    const Table &kv = table(result, QStringLiteral("kv"));
    EXPECT_EQ(column(kv, QStringLiteral("value")).type, SqlType::Blob) << "no declared type: SQLite's blob affinity";
    ASSERT_TRUE(kv.primaryKey.has_value()) << "an untyped key can hold NULL";
    EXPECT_EQ(column(posts, QStringLiteral("score")).defaultValue, ColumnDefault::number(QStringLiteral("-1.5")));
    EXPECT_TRUE(column(table(result, QStringLiteral("users")), QStringLiteral("email")).unique);
    EXPECT_EQ(column(table(result, QStringLiteral("users")), QStringLiteral("created_at")).defaultValue,
              ColumnDefault::expression(QStringLiteral("current_timestamp")));
}

TEST(DdlStyles, OneColumnKeyIsTheColumnsOwnUnlessItCanHoldNull)
{
    const IntrospectedSchema upper = imported(QStringLiteral("uppercase"));
    const Table &post = table(upper, QStringLiteral("Post"));
    EXPECT_TRUE(column(post, QStringLiteral("id")).primaryKey) << "NOT NULL + PRIMARY KEY(id): the column's own key";
    EXPECT_FALSE(post.primaryKey.has_value());
    const IntrospectedSchema wrangler = imported(QStringLiteral("wrangler"));
    const Column &id = column(table(wrangler, QStringLiteral("orders")), QStringLiteral("id"));
    EXPECT_TRUE(id.primaryKey) << "INTEGER PRIMARY KEY is the rowid alias: never NULL, so .primaryKey()";
    EXPECT_TRUE(id.notNull);
    const IntrospectedSchema quoted = imported(QStringLiteral("quoted"));
    EXPECT_TRUE(column(table(quoted, QStringLiteral("order items")), QStringLiteral("line no")).primaryKey)
        << "table-level PRIMARY KEY (`line no`) on one INTEGER column is the rowid alias too";
    const Table &coupons = table(wrangler, QStringLiteral("coupons"));
    ASSERT_TRUE(coupons.primaryKey.has_value()) << "code TEXT PRIMARY KEY can hold NULL: primaryKey({ columns })";
    EXPECT_EQ(coupons.columnNames(coupons.primaryKey->columns), QStringList{"code"});
    const IntrospectedSchema strict = imported(QStringLiteral("strict_without_rowid"));
    EXPECT_TRUE(column(table(strict, QStringLiteral("kv")), QStringLiteral("k")).primaryKey) << "STRICT: never NULL";
}

TEST(DdlStyles, TextKeyReferencingAnIntegerKeyIsOnlyAWarning)
{
    const IntrospectedSchema result = imported(QStringLiteral("wrangler"));
    const tw::model::Findings findings = tw::model::SchemaValidator::validate(result.schema);
    const auto mismatch = std::find_if(findings.cbegin(), findings.cend(), [](const tw::model::Finding &f) {
        return f.rule == QLatin1String("fk-type-mismatch");
    });
    ASSERT_NE(mismatch, findings.cend());
    EXPECT_FALSE(mismatch->isError());
    EXPECT_EQ(column(table(result, QStringLiteral("orders")), QStringLiteral("note")).defaultValue,
              ColumnDefault::expression(QStringLiteral("\"none\"")));
}

TEST(DdlStyles, QuotedNamesOfEveryKind)
{
    const IntrospectedSchema result = imported(QStringLiteral("quoted"));
    const Table &items = table(result, QStringLiteral("order items"));
    QStringList names;
    for (const Column &c : items.columns)
        names << c.name;
    EXPECT_EQ(names, QStringList({"line no", "sku", "qty", "unit price"}));
    EXPECT_EQ(column(items, QStringLiteral("qty")).defaultValue, ColumnDefault::expression(QStringLiteral("(1 + 1)")));
    ASSERT_EQ(items.indexes.size(), 1);
    EXPECT_EQ(items.indexes.first().name, QStringLiteral("order items by sku"));
    EXPECT_EQ(items.indexes.first().parts.size(), 2);
}

TEST(DdlStyles, NamedConstraintsKeepTheNamesSqliteKeeps)
{
    const IntrospectedSchema result = imported(QStringLiteral("named_constraints"));
    const Table &teams = table(result, QStringLiteral("teams"));
    ASSERT_EQ(teams.indexes.size(), 1) << "a named UNIQUE keeps its name as drizzle's unique index";
    EXPECT_EQ(teams.indexes.first().name, QStringLiteral("teams_slug_key"));
    EXPECT_TRUE(teams.indexes.first().unique);
    ASSERT_EQ(teams.checkConstraints.size(), 1);
    EXPECT_EQ(teams.checkConstraints.first().name, QStringLiteral("slug_not_empty"));
    const Table &members = table(result, QStringLiteral("members"));
    ASSERT_TRUE(members.primaryKey.has_value());
    EXPECT_EQ(members.columnNames(members.primaryKey->columns), QStringList({"team_id", "user_name"}));
    ASSERT_EQ(members.indexes.size(), 1);
    EXPECT_EQ(members.indexes.first().name, QStringLiteral("user_name_key"));
    QStringList checks;
    for (const tw::model::CheckConstraint &c : members.checkConstraints)
        checks << c.name;
    EXPECT_EQ(checks, QStringList({"role_known", "role_known_2"})) << "drizzle keys checks by name";
    ASSERT_EQ(members.foreignKeys.size(), 1);
    EXPECT_EQ(members.foreignKeys.first().onDelete, tw::model::ReferentialAction::Cascade);
    EXPECT_TRUE(hasWarning(result, QStringLiteral("foreign key names (members_team_fk) are not kept")));
}

TEST(DdlStyles, DefaultsOfEveryKind)
{
    const IntrospectedSchema result = imported(QStringLiteral("defaults"));
    const Table &settings = table(result, QStringLiteral("settings"));
    const auto defaultOf = [&](const char *name) {
        return column(settings, QString::fromLatin1(name)).defaultValue;
    };
    EXPECT_EQ(defaultOf("negative"), ColumnDefault::number(QStringLiteral("-42")));
    EXPECT_EQ(defaultOf("signed"), ColumnDefault::expression(QStringLiteral("+2.5")));
    EXPECT_EQ(defaultOf("quoted"), ColumnDefault::string(QStringLiteral("it's")));
    EXPECT_EQ(defaultOf("double_quoted"), ColumnDefault::expression(QStringLiteral("\"hello\"")));
    EXPECT_EQ(defaultOf("bare"), ColumnDefault::expression(QStringLiteral("hello")));
    EXPECT_EQ(defaultOf("epoch"), ColumnDefault::expression(QStringLiteral("(strftime('%s', 'now'))")));
    EXPECT_EQ(defaultOf("raw"), ColumnDefault::expression(QStringLiteral("x'CAFE'")));
    EXPECT_EQ(defaultOf("unset_value"), ColumnDefault::expression(QStringLiteral("NULL")));
    // As drizzle-kit records what schema.ts must write as sql`...`: a number only where a number literal goes.
    EXPECT_EQ(defaultOf("exponent"), ColumnDefault::expression(QStringLiteral("1e3")));
    EXPECT_EQ(defaultOf("number_on_text"), ColumnDefault::expression(QStringLiteral("0")));
    EXPECT_EQ(defaultOf("hex"), ColumnDefault::expression(QStringLiteral("0x10")));
    EXPECT_EQ(defaultOf("string_on_integer"), ColumnDefault::string(QStringLiteral("7")));
}

TEST(DdlStyles, TableOptionsDrizzleCannotDeclareAreWarnings)
{
    const IntrospectedSchema result = imported(QStringLiteral("strict_without_rowid"));
    EXPECT_TRUE(hasWarning(result, QStringLiteral("table \"kv\": STRICT is not kept")));
    EXPECT_TRUE(hasWarning(result, QStringLiteral("table \"tags\": WITHOUT ROWID is not kept")));
    EXPECT_TRUE(column(table(result, QStringLiteral("tags")), QStringLiteral("name")).primaryKey);
}
