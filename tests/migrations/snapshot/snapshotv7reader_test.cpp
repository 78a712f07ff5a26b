// SPDX-License-Identifier: GPL-3.0-or-later
// SnapshotV7Reader on hand-written files: what drizzle-kit 1.0.0-rc.5 accepts (any top-level key order, any
// whitespace, extra top-level keys, `up`'s quoted renames) and what it rejects (an unknown key inside an entity, a
// boolean default, a missing `renames` or `generated`), with the JSON path in the message.
#include "migrations/json/jsontext.h"
#include "migrations/snapshot/snapshotv7.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace tw::migrations;

namespace {

const char *const kColumn = R"({"table":"users","name":"id","type":"integer","notNull":false,"autoincrement":true,)"
                            R"("default":null,"generated":null,"entityType":"columns"})";

/// A one-table snapshot in `up`'s key order, tab-indented, with an extra top-level key.
QByteArray upStyle(const QString &column = QString::fromUtf8(kColumn), const QString &renames = QStringLiteral("[]"))
{
    return QStringLiteral("{\n\t\"dialect\": \"sqlite\",\n\t\"id\": \"a\",\n\t\"prevIds\": [\"p1\", "
                          "\"p2\"],\n\t\"version\": \"7\",\n"
                          "\t\"x-formatter\": {\"tabs\": true},\n\t\"ddl\": [\n\t\t%1,\n"
                          "\t\t{\"table\":\"users\",\"name\":\"users_pk\",\"columns\":[\"id\"],\"nameExplicit\":false,"
                          "\"entityType\":\"pks\"},\n"
                          "\t\t{\"name\":\"users\",\"entityType\":\"tables\"}\n\t],\n\t\"renames\": %2\r\n}\r\n")
        .arg(column, renames)
        .toUtf8();
}

QString errorOf(const QByteArray &text)
{
    const auto result = SnapshotV7Reader::read(text);
    return result.ok() ? QStringLiteral("(read)") : result.error();
}

TEST(SnapshotV7Reader, AcceptsAnyKeyOrderWhitespaceAndExtraTopLevelKeys)
{
    const auto result = SnapshotV7Reader::read(upStyle());
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const SnapshotV7 &snapshot = result.value();
    EXPECT_EQ(snapshot.id, "a");
    EXPECT_EQ(snapshot.prevIds, (QStringList{"p1", "p2"}));
    ASSERT_EQ(snapshot.ddl.tables.size(), 1);
    const TableDefinition &users = snapshot.ddl.tables.first();
    EXPECT_EQ(users.primaryKeyName, "users_pk");
    ASSERT_EQ(users.columns.size(), 1);
    EXPECT_TRUE(users.columns[0].primaryKey);
    EXPECT_TRUE(users.columns[0].autoincrement);
    EXPECT_FALSE(users.columns[0].notNull);
}

TEST(SnapshotV7Reader, ReadsTheQuotedRenamesOfUpAndGeneratesPlainOnes)
{
    const auto quoted = SnapshotV7Reader::read(
        upStyle(QString::fromUtf8(kColumn),
                QStringLiteral(R"(["\"tags\"->\"labels\"", "\"users\".\"name\"->\"users\".\"display_name\""])")));
    ASSERT_TRUE(quoted.ok()) << quoted.error().toStdString();
    RenameMap expected;
    expected.addTable(QStringLiteral("tags"), QStringLiteral("labels"));
    expected.addColumn(QStringLiteral("users"), QStringLiteral("name"), QStringLiteral("display_name"));
    EXPECT_EQ(quoted.value().renames, expected);

    const auto plain = SnapshotV7Reader::read(
        upStyle(QString::fromUtf8(kColumn), QStringLiteral(R"(["tags->labels", "users.name->users.display_name"])")));
    ASSERT_TRUE(plain.ok()) << plain.error().toStdString();
    EXPECT_EQ(plain.value().renames, expected);
    EXPECT_TRUE(
        SnapshotV7Writer::write(quoted.value()).contains("\"tags->labels\",\n    \"users.name->users.display_name\""));
}

TEST(SnapshotV7Reader, RejectsAnUnknownKeyInsideAnEntityNamingIt)
{
    QString column = QString::fromUtf8(kColumn);
    column.replace(QStringLiteral("\"generated\":null,"), QStringLiteral("\"generated\":null,\"comment\":\"x\","));
    EXPECT_EQ(errorOf(upStyle(column)),
              "ddl[0] (columns users.id).comment: unknown key (drizzle-kit rejects the snapshot)");
}

TEST(SnapshotV7Reader, RejectsWhatDrizzleKitCallsMalformed)
{
    QString boolean = QString::fromUtf8(kColumn);
    boolean.replace(QStringLiteral("\"default\":null"), QStringLiteral("\"default\":true"));
    EXPECT_EQ(errorOf(upStyle(boolean)), "ddl[0] (columns users.id).default: expected a string, found a boolean");

    QString noGenerated = QString::fromUtf8(kColumn);
    noGenerated.remove(QStringLiteral("\"generated\":null,"));
    EXPECT_EQ(errorOf(upStyle(noGenerated)), "ddl[0] (columns users.id).generated: missing");

    QByteArray noRenames = upStyle();
    noRenames.replace(",\n\t\"renames\": []", "");
    EXPECT_EQ(errorOf(noRenames), "renames: missing");

    QByteArray v6 = upStyle();
    v6.replace("\"version\": \"7\"", "\"version\": \"6\"");
    EXPECT_TRUE(errorOf(v6).startsWith("version: snapshot version \"6\" is not drizzle-kit 1.0's \"7\""));
}

TEST(SnapshotV7Reader, RejectsNamesThatDoNotExist)
{
    QByteArray badKey = upStyle();
    badKey.replace("\"columns\":[\"id\"]", "\"columns\":[\"uid\"]");
    EXPECT_EQ(errorOf(badKey), "ddl[1] (pks users.users_pk).columns[0]: no column \"uid\" in table \"users\"");

    QString orphan = QString::fromUtf8(kColumn);
    orphan.replace(QStringLiteral("\"table\":\"users\""), QStringLiteral("\"table\":\"people\""));
    EXPECT_EQ(errorOf(upStyle(orphan)), "ddl[0] (columns people.id).table: no table \"people\" in the ddl");

    QByteArray entityType = upStyle();
    entityType.replace("\"entityType\":\"pks\"", "\"entityType\":\"policies\"");
    EXPECT_EQ(errorOf(entityType), "ddl[1].entityType: unknown entity type \"policies\"");
}

TEST(SnapshotV7Reader, ReadsWhatUpCopiesFromOlderSnapshots)
{
    // `up` copies autoincrement as it was (null where 0.31 had none) and marks 0.31's expression terms as columns.
    QString column = QString::fromUtf8(kColumn);
    column.replace(QStringLiteral("\"autoincrement\":true"), QStringLiteral("\"autoincrement\":null"));
    column += QString::fromUtf8(R"x(, {"table":"users","name":"users_lower_idx","columns":[{"value":"lower(id)",)x"
                                R"x("isExpression":false}],"isUnique":true,"where":null,"origin":"manual",)x"
                                R"x("entityType":"indexes"})x");
    const auto result = SnapshotV7Reader::read(upStyle(column));
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const TableDefinition &users = result.value().ddl.tables.first();
    EXPECT_FALSE(users.columns[0].autoincrement);
    ASSERT_EQ(users.indexes.size(), 1);
    EXPECT_EQ(users.indexes[0].terms, (QList<IndexTerm>{{QStringLiteral("lower(id)"), false}}));
}

TEST(SnapshotV7Reader, EntityGroupsInAnyOrderAreWrittenBackInDrizzleKitsOrder)
{
    for (const char *name : {"guide_example", "constraints", "key_declarations", "views"}) {
        const QByteArray golden =
            tw::test::readData(QStringLiteral("snapshot-golden-v1/%1/snapshot.json").arg(QLatin1String(name)));
        const auto json = JsonText::parse(golden);
        ASSERT_TRUE(json.ok()) << json.error().toStdString();
        // The groups in reverse (views first, tables last), each keeping its own order.
        QStringList types;
        const std::vector<JsonValue> &entities = json.value().find(QStringLiteral("ddl"))->values();
        for (const JsonValue &entity : entities) {
            const QString type = entity.find(QStringLiteral("entityType"))->toString();
            if (!types.contains(type))
                types.prepend(type);
        }
        JsonValue reordered = JsonValue::array();
        for (const QString &type : types) {
            for (const JsonValue &entity : entities) {
                if (entity.find(QStringLiteral("entityType"))->toString() == type)
                    reordered.append(entity);
            }
        }
        JsonValue shuffled = JsonValue::object();
        shuffled.insert(QStringLiteral("ddl"), reordered);
        for (qsizetype i = 0; i < json.value().size(); ++i) {
            const QString &key = json.value().keys()[i];
            if (key != QLatin1String("ddl"))
                shuffled.insert(key, json.value().values()[size_t(i)]);
        }
        const auto snapshot = SnapshotV7Reader::fromJson(shuffled);
        ASSERT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
        EXPECT_EQ(SnapshotV7Writer::write(snapshot.value()), golden) << name;
    }
}

} // namespace
