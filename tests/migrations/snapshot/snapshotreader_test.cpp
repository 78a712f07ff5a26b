// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/snapshot/goldensnapshots.h"

#include "migrations/json/jsontext.h"
#include "migrations/snapshot/importids.h"
#include "migrations/snapshot/snapshotreader.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::migrations;
using namespace tw::model;

namespace {

Snapshot readGolden(const char *name)
{
    const auto result = SnapshotReader::read(tw::test::goldenSnapshot(QString::fromLatin1(name)));
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    return result.ok() ? result.value() : Snapshot{};
}

const Table &tableNamed(const Snapshot &s, const char *name)
{
    static const Table none;
    const Table *t = s.schema.tableNamed(QString::fromUtf8(name));
    EXPECT_NE(t, nullptr) << name;
    return t ? *t : none;
}

/// A golden snapshot with one edit applied to its JSON; returns the reader's error.
QString errorAfterEdit(const char *golden, const std::function<void(JsonValue &)> &edit)
{
    auto json = JsonText::parse(tw::test::goldenSnapshot(QString::fromLatin1(golden)));
    EXPECT_TRUE(json.ok());
    JsonValue root = json.value();
    edit(root);
    const auto result = SnapshotReader::fromJson(root);
    EXPECT_FALSE(result.ok());
    return result.ok() ? QString() : result.error();
}

/// Replaces the value at a path of object keys.
void setAt(JsonValue &root, const QStringList &path, const JsonValue &value)
{
    if (path.size() == 1) {
        root.insert(path.first(), value);
        return;
    }
    JsonValue child = *root.find(path.first());
    setAt(child, path.mid(1), value);
    root.insert(path.first(), child);
}

JsonValue without(const JsonValue &object, const QString &key)
{
    JsonValue result = JsonValue::object();
    for (qsizetype i = 0; i < object.size(); ++i) {
        if (object.keys()[i] != key)
            result.insert(object.keys()[i], object.values()[size_t(i)]);
    }
    return result;
}

} // namespace

TEST(SnapshotReader, ReadsTheGuideExample)
{
    const Snapshot s = readGolden("guide_example");
    ASSERT_EQ(s.schema.tables.size(), 5);
    const Table &products = tableNamed(s, "products");
    EXPECT_EQ(products.id, ImportIds::table(QStringLiteral("products")));
    ASSERT_EQ(products.foreignKeys.size(), 2);
    EXPECT_TRUE(products.foreignKeys[0].name.isEmpty()) << "automatic names are not stored";
    EXPECT_EQ(products.foreignKeys[0].onDelete, ReferentialAction::Cascade);
    EXPECT_EQ(products.foreignKeys[0].onUpdate, ReferentialAction::Restrict);
    EXPECT_EQ(products.foreignKeys[0].targetTable, ImportIds::table(QStringLiteral("categories")));
    const Table &users = tableNamed(s, "users");
    EXPECT_TRUE(users.columnNamed(QStringLiteral("email"))->unique);
    EXPECT_TRUE(users.indexes.isEmpty());
    EXPECT_EQ(users.columnNamed(QStringLiteral("is_active"))->defaultValue, ColumnDefault::boolean(true));
    EXPECT_EQ(users.columnNamed(QStringLiteral("created_at"))->defaultValue,
              ColumnDefault::number(QStringLiteral("1700000000000")));
    const Table &productTags = tableNamed(s, "product_tags");
    ASSERT_TRUE(productTags.primaryKey.has_value());
    EXPECT_TRUE(productTags.primaryKey->name.isEmpty());
    EXPECT_EQ(productTags.columnNames(productTags.primaryKey->columns),
              (QStringList{QStringLiteral("product_id"), QStringLiteral("tag_id")}));
}

TEST(SnapshotReader, TableLevelSingleColumnKeyIsRecognisedByMissingNotNull)
{
    const Snapshot s = readGolden("constraints");
    const Table &badges = tableNamed(s, "badges");
    ASSERT_TRUE(badges.primaryKey.has_value());
    EXPECT_FALSE(badges.columns.first().primaryKey);
    EXPECT_EQ(badges.primaryKey->columns, QList<Id>{badges.columns.first().id});
    const Table &assignments = tableNamed(s, "assignments");
    EXPECT_EQ(assignments.primaryKey->name, QStringLiteral("assignment_key"));
}

TEST(SnapshotReader, TrailingUniqueIndexesBecomeUniqueConstraints)
{
    const Snapshot s = readGolden("constraints");
    const Table &regions = tableNamed(s, "regions");
    EXPECT_TRUE(regions.columnNamed(QStringLiteral("name"))->unique);
    ASSERT_EQ(regions.uniqueConstraints.size(), 1);
    EXPECT_TRUE(regions.uniqueConstraints.first().name.isEmpty());
    const Table &offices = tableNamed(s, "offices");
    // offices_label_city comes before the automatic offices_city_unique, so it stays an index.
    ASSERT_EQ(offices.indexes.size(), 1);
    EXPECT_EQ(offices.indexes.first().name, QStringLiteral("offices_label_city"));
    ASSERT_EQ(offices.uniqueConstraints.size(), 1);
    EXPECT_EQ(offices.columnNames(offices.uniqueConstraints.first().columns), QStringList{QStringLiteral("city")});
}

TEST(SnapshotReader, ExpressionIndexPartsComeFromInternalIndexes)
{
    const Snapshot s = readGolden("indexes");
    const Table &accounts = tableNamed(s, "accounts");
    const Index *mixed = nullptr;
    for (const Index &i : accounts.indexes)
        mixed = i.name == QLatin1String("accounts_mixed_idx") ? &i : mixed;
    ASSERT_NE(mixed, nullptr);
    ASSERT_EQ(mixed->parts.size(), 3);
    EXPECT_FALSE(mixed->parts[0].isExpression());
    EXPECT_EQ(mixed->parts[1], IndexPart::ofExpression(QStringLiteral("lower(\"handle\")")));
    EXPECT_EQ(mixed->parts[2], IndexPart::ofExpression(QStringLiteral("coalesce(\"score\", 0)")));
}

TEST(SnapshotReader, DefaultsKeepTheirKinds)
{
    const Snapshot snapshot = readGolden("defaults");
    const Table &t = tableNamed(snapshot, "defaults");
    const auto def = [&t](const char *name) {
        return t.columnNamed(QString::fromLatin1(name))->defaultValue;
    };
    EXPECT_EQ(def("huge"), ColumnDefault::number(QStringLiteral("1e+21")));
    EXPECT_EQ(def("tiny"), ColumnDefault::number(QStringLiteral("1e-7")));
    EXPECT_EQ(def("quoted"), ColumnDefault::string(QStringLiteral("it's a 'quote'")));
    EXPECT_EQ(def("empty"), ColumnDefault::string(QString()));
    EXPECT_EQ(def("no"), ColumnDefault::boolean(false));
    EXPECT_EQ(def("current_ts"), ColumnDefault::expression(QStringLiteral("CURRENT_TIMESTAMP")));
    EXPECT_EQ(def("json_array"), ColumnDefault::string(QStringLiteral("[1,2,3]")));
    // drizzle-kit's undoubled quote in a JSON value (bug 5): the JSON it meant, on a json column.
    EXPECT_EQ(def("json_quote"), ColumnDefault::string(QStringLiteral(R"({"note":"it's"})")));
    EXPECT_EQ(t.columnNamed(QStringLiteral("json_quote"))->mode, tw::model::DrizzleMode::Json);
    EXPECT_EQ(t.columnNamed(QStringLiteral("json_array"))->mode, tw::model::DrizzleMode::None)
        << "without a quote the snapshot cannot tell a JSON value from a string";
}

TEST(SnapshotReader, GeneratedColumnsLoseDrizzlesOuterParentheses)
{
    const Snapshot snapshot = readGolden("generated_and_checks");
    const Table &people = tableNamed(snapshot, "people");
    const Column *stored = people.columnNamed(QStringLiteral("full_name_stored"));
    ASSERT_TRUE(stored->generated.has_value());
    EXPECT_EQ(stored->generated->expression, QStringLiteral("first_name || ' ' || last_name"));
    EXPECT_EQ(stored->generated->storage, GeneratedColumn::Storage::Stored);
    ASSERT_EQ(people.checkConstraints.size(), 3);
    EXPECT_EQ(people.checkConstraints[2].name, QStringLiteral("names not empty"));
}

TEST(SnapshotReader, ViewsKeepColumnsAndExistingViewsHaveNoDefinition)
{
    const Snapshot s = readGolden("views");
    ASSERT_EQ(s.schema.views.size(), 5);
    const View &active = s.schema.views[0];
    EXPECT_EQ(active.name, QStringLiteral("active_authors"));
    ASSERT_EQ(active.columns.size(), 4);
    // View columns carry drizzle-kit's unescaped quote.
    EXPECT_EQ(active.columns[2].defaultValue, ColumnDefault::string(QStringLiteral("don't panic")));
    const View &legacy = s.schema.views[2];
    EXPECT_TRUE(legacy.isExisting);
    EXPECT_TRUE(legacy.definition.isEmpty());
}

TEST(SnapshotReader, TypesIncludingSizedTextAreRead)
{
    const Snapshot snapshot = readGolden("column_types");
    const Table &t = tableNamed(snapshot, "every_type");
    EXPECT_EQ(t.columnNamed(QStringLiteral("short_text"))->length, 255);
    EXPECT_EQ(t.columnNamed(QStringLiteral("short_text"))->sqlTypeText(), QStringLiteral("text(255)"));
    EXPECT_EQ(t.columnNamed(QStringLiteral("bigint_blob"))->type, SqlType::Blob);
    EXPECT_EQ(t.columnNamed(QStringLiteral("number_numeric"))->type, SqlType::Numeric);
}

TEST(SnapshotReader, IntegerLikeNamesComeFirstAsJavaScriptOrdersThem)
{
    const Snapshot s = readGolden("names");
    EXPECT_EQ(s.schema.tables.first().name, QStringLiteral("2024"));
    const Table &order = tableNamed(s, "order");
    EXPECT_EQ(order.columns[0].name, QStringLiteral("2"));
    EXPECT_EQ(order.columns[1].name, QStringLiteral("10"));
    EXPECT_TRUE(Id::isValidToken(tableNamed(s, "café_crème").id.toString()));
}

TEST(SnapshotReader, MissingMetaIsAnErrorNamingIt)
{
    const QString error =
        errorAfterEdit("guide_example", [](JsonValue &root) { root = without(root, QStringLiteral("_meta")); });
    EXPECT_EQ(error, QStringLiteral("_meta: missing"));
}

TEST(SnapshotReader, WrongVersionIsRefused)
{
    const QString error = errorAfterEdit(
        "guide_example", [](JsonValue &root) { root.insert(QStringLiteral("version"), QStringLiteral("5")); });
    EXPECT_TRUE(error.startsWith(QLatin1String("version: snapshot version \"5\" is not supported")))
        << error.toStdString();
}

TEST(SnapshotReader, WrongDialectIsRefused)
{
    const QString error = errorAfterEdit(
        "guide_example", [](JsonValue &root) { root.insert(QStringLiteral("dialect"), QStringLiteral("postgresql")); });
    EXPECT_TRUE(error.startsWith(QLatin1String("dialect:"))) << error.toStdString();
}

TEST(SnapshotReader, UnknownKeyIsAnErrorWithItsPath)
{
    const QString error = errorAfterEdit("guide_example", [](JsonValue &root) {
        setAt(root,
              {QStringLiteral("tables"), QStringLiteral("users"), QStringLiteral("columns"), QStringLiteral("email"),
               QStringLiteral("mode")},
              QStringLiteral("x"));
    });
    EXPECT_EQ(error, QStringLiteral(
                         "tables[\"users\"].columns[\"email\"].mode: unknown key (drizzle-kit rejects the snapshot)"));
}

TEST(SnapshotReader, WrongTypeIsAnErrorWithItsPath)
{
    const QString error = errorAfterEdit("guide_example", [](JsonValue &root) {
        setAt(root,
              {QStringLiteral("tables"), QStringLiteral("tags"), QStringLiteral("columns"), QStringLiteral("label"),
               QStringLiteral("notNull")},
              QStringLiteral("yes"));
    });
    EXPECT_EQ(error, QStringLiteral("tables[\"tags\"].columns[\"label\"].notNull: expected a boolean, found a string"));
}

TEST(SnapshotReader, UnsupportedColumnTypeIsAnError)
{
    const QString error = errorAfterEdit("guide_example", [](JsonValue &root) {
        setAt(root,
              {QStringLiteral("tables"), QStringLiteral("tags"), QStringLiteral("columns"), QStringLiteral("label"),
               QStringLiteral("type")},
              QStringLiteral("varchar(20)"));
    });
    EXPECT_TRUE(error.startsWith(
        QLatin1String("tables[\"tags\"].columns[\"label\"].type: unsupported column type \"varchar(20)\"")))
        << error.toStdString();
}

TEST(SnapshotReader, ForeignKeyToMissingTableIsAnError)
{
    const QString error = errorAfterEdit("guide_example", [](JsonValue &root) {
        root.insert(QStringLiteral("tables"), without(*root.find(QStringLiteral("tables")), QStringLiteral("users")));
    });
    EXPECT_EQ(error, QStringLiteral("tables[\"categories\"].foreignKeys[\"categories_created_by_user_id_users_id_fk\"]."
                                    "tableTo: no table \"users\" in the snapshot"));
}

TEST(SnapshotReader, IndexOnUnknownColumnIsAnError)
{
    const QString error = errorAfterEdit(
        "indexes", [](JsonValue &root) { root.insert(QStringLiteral("internal"), JsonValue::object()); });
    EXPECT_TRUE(error.startsWith(QLatin1String(
        "tables[\"accounts\"].indexes[\"accounts_lower_email_uq\"].columns: \"lower(\\\"email\\\")\" is neither")))
        << error.toStdString();
}

TEST(SnapshotReader, NullDefaultIsAnError)
{
    const QString error = errorAfterEdit("guide_example", [](JsonValue &root) {
        setAt(root,
              {QStringLiteral("tables"), QStringLiteral("products"), QStringLiteral("columns"), QStringLiteral("count"),
               QStringLiteral("default")},
              JsonValue());
    });
    EXPECT_TRUE(error.startsWith(
        QLatin1String("tables[\"products\"].columns[\"count\"].default: null cannot be a column default")))
        << error.toStdString();
}

TEST(SnapshotReader, KeyThatDiffersFromNameIsAnError)
{
    const QString error = errorAfterEdit("guide_example", [](JsonValue &root) {
        setAt(root, {QStringLiteral("tables"), QStringLiteral("tags"), QStringLiteral("name")},
              QStringLiteral("labels"));
    });
    EXPECT_EQ(error, QStringLiteral("tables[\"tags\"].name: \"labels\" differs from its key \"tags\""));
}

TEST(SnapshotReader, InvalidJsonIsReportedWithPosition)
{
    const auto result = SnapshotReader::read("{\n \"version\": \"6\",\n}");
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().startsWith(QLatin1String("not valid JSON: parse error at line 3")))
        << result.error().toStdString();
}
