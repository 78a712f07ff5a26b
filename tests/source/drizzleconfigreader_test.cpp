// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/config/drizzleconfig.h"
#include "tests/support/testdata.h"

#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::source;

namespace {

DrizzleConfig readOk(const QString &name, const QString &text)
{
    const model::Result<DrizzleConfig> config = DrizzleConfigReader::readText("/p/" + name, text);
    EXPECT_TRUE(config.ok()) << config.error().toStdString();
    return config.ok() ? config.value() : DrizzleConfig{};
}

TEST(DrizzleConfigReader, DefineConfigWithEveryKey)
{
    const DrizzleConfig config = readOk("drizzle.config.ts", R"(import { defineConfig } from "drizzle-kit";
import "dotenv/config";

export default defineConfig({
  schema: ["./src/db/schema.ts", `./src/db/views/*.ts`],
  out: "./migrations",
  dialect: 'turso',
  driver: "d1-http",
  casing: "snake_case",
  breakpoints: false,
  tablesFilter: "app_*",
  strict: true,
  dbCredentials: { url: process.env.DATABASE_URL!, authToken: process.env.TOKEN },
});
)");
    EXPECT_EQ(config.path, "/p/drizzle.config.ts");
    EXPECT_EQ(config.schema, (QStringList{"./src/db/schema.ts", "./src/db/views/*.ts"}));
    EXPECT_EQ(config.out, "./migrations");
    EXPECT_EQ(config.dialect, "turso");
    EXPECT_EQ(config.driver, "d1-http");
    EXPECT_EQ(config.casing, Casing::SnakeCase);
    EXPECT_FALSE(config.breakpoints);
    EXPECT_EQ(config.tablesFilter, QStringList{"app_*"});
    EXPECT_TRUE(config.unreadable.isEmpty());
    EXPECT_TRUE(config.diagnostics.isEmpty());
}

TEST(DrizzleConfigReader, DefaultsWhereKeysAreMissing)
{
    const DrizzleConfig config = readOk("drizzle.config.ts", "export default { dialect: 'sqlite', schema: './s.ts' }");
    EXPECT_EQ(config.out, "drizzle");
    EXPECT_TRUE(config.breakpoints);
    EXPECT_EQ(config.casing, Casing::None);
    EXPECT_TRUE(config.driver.isEmpty());
}

TEST(DrizzleConfigReader, EveryWayOfExportingTheObject)
{
    const QList<QPair<QString, QString>> variants{
        {"drizzle.config.ts",
         "import type { Config } from 'drizzle-kit'\nexport default {\n  schema: './a.ts',\n} satisfies Config\n"},
        {"drizzle.config.ts", "import type { Config } from 'drizzle-kit';\nconst config: Config = { schema: './a.ts' "
                              "};\nexport default config;\n"},
        {"drizzle.config.js",
         "/** @type { import('drizzle-kit').Config } */\nmodule.exports = { schema: './a.ts' };\n"},
        {"drizzle.config.cjs",
         "const { defineConfig } = require('drizzle-kit');\nmodule.exports = defineConfig({ schema: './a.ts' });\n"},
        {"drizzle.config.mjs", "export default { schema: './a.ts' } as const;\n"},
        {"drizzle.config.json", "{ \"schema\": \"./a.ts\", \"dialect\": \"sqlite\" }"},
    };
    for (const auto &[name, text] : variants) {
        const DrizzleConfig config = readOk(name, text);
        EXPECT_EQ(config.schema, QStringList{"./a.ts"}) << text.toStdString();
    }
}

TEST(DrizzleConfigReader, ValuesComputedAtRunTimeAreUnreadable)
{
    const DrizzleConfig config = readOk("drizzle.config.ts", R"(import { SCHEMA } from "./paths";
export default defineConfig({
  schema: process.env.SCHEMA_PATH ?? "./src/schema.ts",
  out: SCHEMA,
  dialect: `sqlite`,
  casing: `${"snake"}_case`,
  tablesFilter: getFilter(),
});
)");
    EXPECT_EQ(config.unreadable.value("schema"), "process.env.SCHEMA_PATH ?? \"./src/schema.ts\"");
    EXPECT_EQ(config.unreadable.value("out"), "SCHEMA");
    EXPECT_EQ(config.unreadable.value("casing"), "`${\"snake\"}_case`");
    EXPECT_EQ(config.unreadable.value("tablesFilter"), "getFilter()");
    EXPECT_FALSE(config.unreadable.contains("dialect"));
    EXPECT_EQ(config.dialect, "sqlite");
    EXPECT_TRUE(config.schema.isEmpty());
    ASSERT_EQ(config.diagnostics.size(), 4);
    EXPECT_EQ(config.diagnostics[0].location.line, 3);
    EXPECT_EQ(config.diagnostics[0].location.column, 11);
}

TEST(DrizzleConfigReader, AFileThatIsNotAConfigSaysWhatWasExpected)
{
    const model::Result<DrizzleConfig> ts =
        DrizzleConfigReader::readText("/p/drizzle.config.ts", "export const x = 1;\n");
    ASSERT_FALSE(ts.ok());
    EXPECT_EQ(ts.error(),
              "drizzle.config.ts: expected `export default defineConfig({ ... })` or an exported object literal");
    const model::Result<DrizzleConfig> json = DrizzleConfigReader::readText("/p/drizzle.config.json", "[1, 2]");
    ASSERT_FALSE(json.ok());
    EXPECT_TRUE(json.error().startsWith("drizzle.config.json: expected a JSON object"));
    EXPECT_FALSE(DrizzleConfigReader::read("/nonexistent/drizzle.config.ts").ok());
}

TEST(DrizzleConfigReader, SyntaxErrorsAreErrorsWhereTheyAre)
{
    const DrizzleConfig ts = readOk("drizzle.config.ts", "export default {\n  schema: \"./s.ts\",\n  out:\n};\n");
    EXPECT_EQ(ts.schema, QStringList{"./s.ts"});
    ASSERT_EQ(ts.diagnostics.size(), 1) << ts.diagnostics.last().toString().toStdString();
    EXPECT_EQ(ts.diagnostics[0].toString(),
              "error: /p/drizzle.config.ts:3:7: expected a value after `out:`, found `}`");
    const DrizzleConfig json = readOk("drizzle.config.json", "{ \"schema\": \"./s.ts\" \"out\": \"m\" }");
    ASSERT_EQ(json.diagnostics.size(), 1);
    EXPECT_EQ(json.diagnostics[0].toString(),
              "error: /p/drizzle.config.json:1:22: expected `,` or `}`, found a string");
    EXPECT_TRUE(readOk("drizzle.config.json", "{ \"schema\": [\"a.ts\", \"b.ts\"] }").diagnostics.isEmpty());
}

TEST(DrizzleConfigReader, ReadsTheTeamFixtureFromDisk)
{
    const model::Result<DrizzleConfig> config =
        DrizzleConfigReader::read(test::dataPath("source/team/drizzle.config.ts"));
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config.value().schema, QStringList{"./src/db/index.ts"});
    EXPECT_EQ(config.value().casing, Casing::SnakeCase);
    EXPECT_TRUE(config.value().unreadable.isEmpty()); // dbCredentials is not the importer's business
}

} // namespace
