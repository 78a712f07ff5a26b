// SPDX-License-Identifier: GPL-3.0-or-later
// Property: a schema written out as DDL in any common style, created in a real SQLite file and introspected, is a
// valid project that generates the SQL the schema itself generates.
//
// What a database cannot give back is left out of randomSchema rather than normalised here: SQLite keeps no
// foreign key or primary key constraint names (drizzle-kit writes neither into its SQL, so the generated SQL
// compares equal without them), no TypeScript names and no modes (prepareImportedSchema derives both on each side,
// as `import` does). A unique constraint comes back under the name drizzle gives it, a check written without a
// name as `<table>_check_<n>`: randomSchema uses exactly those names.
#include "database/introspection/schemaintrospector.h"
#include "model/schema/importedschema.h"
#include "model/validation/schemavalidator.h"
#include "tests/database/introspection/introspectiondatabase.h"
#include "tests/database/introspection/randomschema.h"
#include "tests/database/introspection/styledddl.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QTemporaryDir>

using namespace tw::database;
using tw::test::DdlStyle;

namespace {

constexpr quint32 kSeeds = 40;

QString errorsOf(const tw::model::Findings &findings)
{
    QStringList errors;
    for (const tw::model::Finding &f : findings) {
        if (f.isError())
            errors << f.toString();
    }
    return errors.join(u'\n');
}

class IntrospectionProperty : public ::testing::TestWithParam<DdlStyle>
{
};

} // namespace

TEST_P(IntrospectionProperty, RandomSchemasReadBackAsValidProjectsThatGenerateTheSameSql)
{
    for (quint32 seed = 1; seed <= kSeeds; ++seed) {
        SCOPED_TRACE(QStringLiteral("seed %1").arg(seed).toStdString());
        tw::model::Schema original = tw::test::randomSchema(seed);
        tw::model::prepareImportedSchema(original);
        ASSERT_EQ(errorsOf(tw::model::SchemaValidator::validate(original)), QString())
            << "the generator drew an invalid schema";
        const QString ddl = tw::test::styledDdl(original, GetParam());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("styled.sqlite"));
        tw::test::createDatabase(path, ddl);
        auto read = SchemaIntrospector::read(path);
        ASSERT_TRUE(read.ok()) << read.error().toStdString();
        tw::model::Schema imported = read.value().schema;
        tw::model::prepareImportedSchema(imported);

        EXPECT_EQ(errorsOf(tw::model::SchemaValidator::validate(imported)), QString()) << ddl.toStdString();
        const QString expected = tw::test::styledDdl(original, DdlStyle::DrizzleKit);
        EXPECT_EQ(tw::test::styledDdl(imported, DdlStyle::DrizzleKit), expected) << ddl.toStdString();
        if (HasFailure())
            return; // one seed's DDL is enough to read
    }
}

INSTANTIATE_TEST_SUITE_P(DdlStyles, IntrospectionProperty,
                         ::testing::Values(DdlStyle::DrizzleKit, DdlStyle::Lowercase, DdlStyle::UppercaseInline,
                                           DdlStyle::Bracketed, DdlStyle::NamedConstraints),
                         [](const auto &testInfo) { return tw::test::ddlStyleName(testInfo.param).toStdString(); });

/// The property is only as good as what the seeds draw: every shape it promises appears in some seed.
TEST(IntrospectionProperty, TheSeedsDrawEveryShape)
{
    QSet<QString> seen;
    for (quint32 seed = 1; seed <= kSeeds; ++seed) {
        for (const tw::model::Table &t : tw::test::randomSchema(seed).tables) {
            if (t.primaryKey)
                seen << (t.primaryKey->columns.size() > 1 ? QStringLiteral("composite key")
                                                          : QStringLiteral("table-level key"));
            if (t.primaryKeyColumns().isEmpty())
                seen << QStringLiteral("no key");
            for (const tw::model::Column &c : t.columns) {
                seen << tw::model::sqlTypeName(c.type)
                     << (c.notNull ? QStringLiteral("not null") : QStringLiteral("null"))
                     << tw::model::columnDefaultKindName(c.defaultValue.kind());
                if (c.autoincrement)
                    seen << QStringLiteral("autoincrement");
                if (c.primaryKey && !c.autoincrement)
                    seen << QStringLiteral("column key");
                if (c.unique)
                    seen << QStringLiteral("column unique");
                if (c.length)
                    seen << QStringLiteral("length");
            }
            for (const tw::model::ForeignKey &fk : t.foreignKeys) {
                seen << QStringLiteral("on delete ") + tw::model::referentialActionName(fk.onDelete);
                if (fk.columns.size() > 1)
                    seen << QStringLiteral("composite reference");
                if (fk.targetTable == t.id)
                    seen << QStringLiteral("self reference");
            }
            if (!t.uniqueConstraints.isEmpty())
                seen << QStringLiteral("unique constraint");
            for (const tw::model::Index &index : t.indexes)
                seen << (index.unique ? QStringLiteral("unique index") : QStringLiteral("index"));
            if (!t.checkConstraints.isEmpty())
                seen << QStringLiteral("check");
        }
    }
    for (const char *shape : {"composite key",
                              "table-level key",
                              "no key",
                              "integer",
                              "text",
                              "real",
                              "blob",
                              "numeric",
                              "not null",
                              "null",
                              "none",
                              "number",
                              "string",
                              "boolean",
                              "expression",
                              "autoincrement",
                              "column key",
                              "column unique",
                              "length",
                              "on delete no action",
                              "on delete cascade",
                              "on delete restrict",
                              "on delete set null",
                              "on delete set default",
                              "composite reference",
                              "self reference",
                              "unique constraint",
                              "unique index",
                              "index",
                              "check"}) {
        EXPECT_TRUE(seen.contains(QString::fromLatin1(shape))) << shape;
    }
}
