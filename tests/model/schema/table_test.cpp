// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/importedschema.h"
#include "model/schema/schema.h"
#include "model/schema/typescriptnames.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace tw::model;

namespace {

Column makeColumn(const char *id, const char *name, SqlType type)
{
    Column c;
    c.id = Id(QString::fromLatin1(id));
    c.name = QString::fromLatin1(name);
    c.type = type;
    return c;
}

Table productTags()
{
    Table t;
    t.id = Id(QStringLiteral("pt"));
    t.name = QStringLiteral("product_tags");
    t.columns << makeColumn("pt.p", "product_id", SqlType::Integer) << makeColumn("pt.t", "tag_id", SqlType::Integer);
    t.primaryKey =
        PrimaryKey{Id(QStringLiteral("pt.pk")), {}, {Id(QStringLiteral("pt.p")), Id(QStringLiteral("pt.t"))}};
    return t;
}

} // namespace

TEST(Table, TsNameDerivesFromSqlNameUnlessSet)
{
    Table t = productTags();
    EXPECT_EQ(t.effectiveTsName(), QStringLiteral("productTags"));
    t.tsName = QStringLiteral("tagsOfProducts");
    EXPECT_EQ(t.effectiveTsName(), QStringLiteral("tagsOfProducts"));
}

TEST(Table, CompositePrimaryKeyIsAUniqueKeyInAnyOrder)
{
    const Table t = productTags();
    EXPECT_TRUE(t.isUniqueKey({Id(QStringLiteral("pt.t")), Id(QStringLiteral("pt.p"))}));
    EXPECT_FALSE(t.isUniqueKey({Id(QStringLiteral("pt.t"))}));
}

TEST(Table, ColumnUniqueFlagAndUniqueIndexMakeUniqueKeys)
{
    Table t = productTags();
    t.columns[1].unique = true;
    EXPECT_TRUE(t.isUniqueKey({Id(QStringLiteral("pt.t"))}));
    Index partial{Id(QStringLiteral("i")),
                  QStringLiteral("i"),
                  true,
                  {IndexPart::ofColumn(Id(QStringLiteral("pt.p")))},
                  QStringLiteral("tag_id > 0")};
    t.indexes << partial;
    EXPECT_FALSE(t.isUniqueKey({Id(QStringLiteral("pt.p"))})) << "a partial unique index is no key";
    t.indexes[0].where.clear();
    EXPECT_TRUE(t.isUniqueKey({Id(QStringLiteral("pt.p"))}));
}

TEST(Table, ValueEqualitySeesEveryField)
{
    const Table a = productTags();
    Table b = a;
    EXPECT_EQ(a, b);
    b.columns[0].comment = QStringLiteral("x");
    EXPECT_NE(a, b);
    b = a;
    b.primaryKey->columns.removeLast();
    EXPECT_NE(a, b);
}

TEST(Table, TextLengthAppearsInSqlType)
{
    Column c = makeColumn("c", "name", SqlType::Text);
    EXPECT_EQ(c.sqlTypeText(), QStringLiteral("text"));
    c.length = 255;
    EXPECT_EQ(c.sqlTypeText(), QStringLiteral("text(255)"));
    EXPECT_EQ(c.effectiveTsName(), QStringLiteral("name"));
}

TEST(Schema, LooksUpTablesByIdAndCaseInsensitiveName)
{
    Schema s;
    s.tables << productTags();
    EXPECT_EQ(s.tableNamed(QStringLiteral("PRODUCT_TAGS")), &s.tables[0]);
    EXPECT_EQ(s.table(Id(QStringLiteral("pt"))), &s.tables[0]);
    EXPECT_EQ(s.table(Id(QStringLiteral("nope"))), nullptr);
}

TEST(Schema, LooksUpManyIdsThroughOneMapLikeItsOwnLookups)
{
    Schema s;
    s.tables << productTags() << productTags();
    s.tables[1].name = QStringLiteral("copy");
    s.tables << productTags();
    s.tables[2].id = Id(QStringLiteral("other"));
    s.views << View{};
    s.views[0].id = Id(QStringLiteral("v"));
    const QHash<Id, const Table *> byId = s.tablesById();
    EXPECT_EQ(byId.size(), 2);
    EXPECT_EQ(byId.value(Id(QStringLiteral("pt"))), s.table(Id(QStringLiteral("pt"))))
        << "a repeated id finds the first table, as table() does";
    EXPECT_EQ(byId.value(Id(QStringLiteral("pt"))), &s.tables[0]);
    EXPECT_EQ(byId.value(Id(QStringLiteral("other"))), &s.tables[2]);
    EXPECT_EQ(s.cardIds(), (QSet<Id>{Id(QStringLiteral("pt")), Id(QStringLiteral("other")), Id(QStringLiteral("v"))}));
}

TEST(Id, GeneratedIdsAreValidTokensAndReproducibleFromASeed)
{
    QRandomGenerator a(42), b(42);
    const Id x = Id::generate(a);
    EXPECT_EQ(x, Id::generate(b));
    EXPECT_TRUE(Id::isValidToken(x.toString()));
    EXPECT_EQ(x.toString().size(), 12);
    EXPECT_FALSE(Id::isValidToken(QStringLiteral("has space")));
    EXPECT_NE(Id::generate(), Id::generate());
}

TEST(TypeScriptNames, ImportedNamesBecomeUniqueIdentifiersWithoutTouchingSqlNames)
{
    Schema s;
    Table order;
    order.id = Id(QStringLiteral("t1"));
    order.name = QStringLiteral("delete");
    order.columns << makeColumn("c1", "it's \"odd\"", SqlType::Text) << makeColumn("c2", "its_odd", SqlType::Text)
                  << makeColumn("c3", "fine_name", SqlType::Text);
    Table other = order;
    other.id = Id(QStringLiteral("t2"));
    other.name = QStringLiteral("Delete");
    s.tables << order << other;
    assignTypeScriptNames(s);
    EXPECT_EQ(s.tables[0].tsName, QStringLiteral("_delete"));
    EXPECT_EQ(s.tables[1].tsName, QStringLiteral("_delete2"));
    EXPECT_EQ(s.tables[0].columns[0].tsName, QStringLiteral("itsOdd"));
    EXPECT_EQ(s.tables[0].columns[1].tsName, QStringLiteral("itsOdd2")) << "derived itsOdd is taken";
    EXPECT_TRUE(s.tables[0].columns[2].tsName.isEmpty()) << "a usable derived name stays derived";
    EXPECT_EQ(s.tables[0].name, QStringLiteral("delete"));
    EXPECT_EQ(s.tables[0].columns[0].name, QStringLiteral("it's \"odd\""));
}

TEST(ImportedSchema, RecoversModesAndLeavesDefaultsAsRead)
{
    Schema s;
    Table t;
    t.id = Id(QStringLiteral("t"));
    t.name = QStringLiteral("things");
    Column flag = makeColumn("c1", "flag", SqlType::Integer);
    flag.defaultValue = ColumnDefault::boolean(false);
    Column blob = makeColumn("c2", "data", SqlType::Blob);
    blob.defaultValue = ColumnDefault::string(QStringLiteral("{}"));
    Column fine = makeColumn("c3", "quoted", SqlType::Text);
    fine.defaultValue = ColumnDefault::expression(QStringLiteral("'it''s'"));
    t.columns << flag << blob << fine;
    s.tables << t;
    prepareImportedSchema(s);
    EXPECT_EQ(s.tables[0].columns[0].mode, DrizzleMode::Boolean);
    EXPECT_EQ(s.tables[0].columns[1].mode, DrizzleMode::Json);
    EXPECT_EQ(s.tables[0].columns[2].defaultValue, ColumnDefault::expression(QStringLiteral("'it''s'")))
        << "a well-formed literal is left as it was read";
}

TEST(ReferencingColumn, EveryGestureTakesTheKeysTypeAndNeverItsBooleanMode)
{
    Column key = makeColumn("k", "id", SqlType::Integer);
    key.mode = DrizzleMode::Boolean;
    // An existing column whose mode cannot stay (blob's bigint on an integer): the diagram drag once gave it the
    // key's boolean mode while the dialog gave none; both now call this.
    Column existing = makeColumn("c", "flag_ref", SqlType::Blob);
    existing.mode = DrizzleMode::Bigint;
    const Column fitted = referencingColumn(existing, key, false);
    EXPECT_EQ(fitted.type, SqlType::Integer);
    EXPECT_EQ(fitted.mode, DrizzleMode::None);
    EXPECT_EQ(fitted.id, existing.id);
    EXPECT_EQ(fitted.name, existing.name);

    Column timestampKey = makeColumn("t", "at", SqlType::Integer);
    timestampKey.mode = DrizzleMode::Timestamp;
    EXPECT_EQ(referencingColumn(Column{}, timestampKey, true).mode, DrizzleMode::Timestamp);
    Column number = makeColumn("n", "n", SqlType::Integer);
    EXPECT_EQ(referencingColumn(number, timestampKey, false).mode, DrizzleMode::None) << "a fitting mode stays";

    Column textKey = makeColumn("s", "code", SqlType::Text);
    textKey.length = 12;
    const Column fromInteger = referencingColumn(number, textKey, false);
    EXPECT_EQ(fromInteger.type, SqlType::Text);
    EXPECT_EQ(fromInteger.length, 12);
}
