// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::test;

namespace {

// A users table with one extra column configured by @p configure.
template<typename Configure>
Findings validateColumn(Configure configure)
{
    SchemaBuilder b;
    TableBuilder &t = b.table(QStringLiteral("users")).id();
    configure(t);
    return validate(b.build());
}

} // namespace

TEST(ValidationColumns, ModeNotOfferedForTheTypeIsAnError)
{
    const Findings f =
        validateColumn([](TableBuilder &t) { t.text(QStringLiteral("active")).mode(DrizzleMode::Boolean); });
    EXPECT_RULES(f, "mode-not-allowed");
    EXPECT_EQ(f[0].message,
              QStringLiteral("mode boolean is not available on a text column; drizzle offers it on integer"));
}

TEST(ValidationColumns, ModeOfferedForTheTypeIsFine)
{
    EXPECT_NO_FINDINGS(validateColumn([](TableBuilder &t) {
        t.integer(QStringLiteral("active")).mode(DrizzleMode::Boolean);
        t.text(QStringLiteral("settings")).mode(DrizzleMode::Json);
        t.blob(QStringLiteral("big")).mode(DrizzleMode::Bigint);
    }));
}

TEST(ValidationColumns, LengthOnNonTextColumnIsAWarningThatItIsIgnored)
{
    const Findings f = validateColumn([](TableBuilder &t) { t.integer(QStringLiteral("age")).length(3); });
    EXPECT_RULES(f, "invalid-length");
    EXPECT_FALSE(f[0].isError());
    EXPECT_TRUE(f[0].message.contains(QLatin1String("integer; it is ignored"))) << f[0].message.toStdString();
}

TEST(ValidationColumns, LengthBelowOneIsAWarning)
{
    const Findings f = validateColumn([](TableBuilder &t) { t.text(QStringLiteral("code")).length(0); });
    EXPECT_RULES(f, "invalid-length");
    EXPECT_FALSE(f[0].isError());
    EXPECT_NO_FINDINGS(validateColumn([](TableBuilder &t) { t.text(QStringLiteral("code")).length(1); }));
}

TEST(ValidationColumns, EnumValuesOnNonTextColumnAreAWarning)
{
    const Findings f = validateColumn([](TableBuilder &t) {
        t.integer(QStringLiteral("level")).enumValues({QStringLiteral("1"), QStringLiteral("2")});
    });
    EXPECT_RULES(f, "enum-on-non-text");
    EXPECT_FALSE(f[0].isError());
    EXPECT_NO_FINDINGS(validateColumn([](TableBuilder &t) {
        t.text(QStringLiteral("level")).enumValues({QStringLiteral("low"), QStringLiteral("high")});
    }));
}

TEST(ValidationColumns, DuplicateEnumValueIsReportedOnce)
{
    const Findings f = validateColumn([](TableBuilder &t) {
        t.text(QStringLiteral("colour"))
            .enumValues({QStringLiteral("red"), QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("red")});
    });
    EXPECT_RULES(f, "duplicate-enum-value");
    EXPECT_FALSE(f[0].isError());
    EXPECT_EQ(f[0].message, QStringLiteral("enum value \"red\" is listed twice"));
}

TEST(ValidationColumns, AutoincrementOnNonPrimaryKeyIsAnError)
{
    const Findings f = validateColumn([](TableBuilder &t) { t.integer(QStringLiteral("counter")).autoincrement(); });
    EXPECT_RULES(f, "invalid-autoincrement");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("counter is not a primary key column")));
}

TEST(ValidationColumns, AutoincrementOnTextPrimaryKeyIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("codes")).text(QStringLiteral("code")).primaryKey().autoincrement();
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "invalid-autoincrement");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("type is text")));
}

TEST(ValidationColumns, AutoincrementOnCompositeKeyColumnIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("pairs"))
        .integer(QStringLiteral("a"))
        .autoincrement()
        .integer(QStringLiteral("b"))
        .primaryKeyOn({QStringLiteral("a"), QStringLiteral("b")});
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "invalid-autoincrement");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("spans (a, b)")));
}

TEST(ValidationColumns, AutoincrementOnSingleIntegerPrimaryKeyIsFine)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id();
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationColumns, GeneratedColumnWithDefaultIsAnError)
{
    const Findings f = validateColumn([](TableBuilder &t) {
        t.text(QStringLiteral("name"))
            .text(QStringLiteral("lower_name"))
            .generated(QStringLiteral("lower(name)"))
            .defaultTo(ColumnDefault::string(QStringLiteral("x")));
    });
    EXPECT_RULES(f, "default-on-generated-column");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("'x'")));
}

TEST(ValidationColumns, GeneratedColumnWithoutDefaultIsFine)
{
    EXPECT_NO_FINDINGS(validateColumn([](TableBuilder &t) {
        t.text(QStringLiteral("name")).text(QStringLiteral("lower_name")).generated(QStringLiteral("lower(name)"));
    }));
}

TEST(ValidationColumns, GeneratedPrimaryKeyIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("things"))
        .text(QStringLiteral("raw"))
        .text(QStringLiteral("slug"))
        .primaryKey()
        .generated(QStringLiteral("lower(raw)"));
    EXPECT_RULES(validate(b.build()), "generated-primary-key");
}

TEST(ValidationColumns, GeneratedColumnNeedsAnExpression)
{
    EXPECT_RULES(validateColumn([](TableBuilder &t) { t.text(QStringLiteral("slug")).generated(QStringLiteral(" ")); }),
                 "empty-generated-expression");
}

TEST(ValidationColumns, ColumnFindingsPointAtTheColumn)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id().integer(QStringLiteral("age")).length(3);
    const Schema schema = b.build();
    const Findings f = validate(schema);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::Column);
    EXPECT_EQ(f[0].location.table, tableId(schema, QStringLiteral("users")));
    EXPECT_EQ(f[0].location.item, columnId(schema, QStringLiteral("users"), QStringLiteral("age")));
    EXPECT_EQ(f[0].location.text, QStringLiteral("column users.age"));
}
