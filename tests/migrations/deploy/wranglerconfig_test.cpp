// SPDX-License-Identifier: GPL-3.0-or-later
// The wrangler config reader: the same d1_databases from TOML, JSON and JSONC, `[env.X]` sections, and errors that
// name the file and line.
#include "migrations/deploy/wranglerconfig.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace tw::migrations::deploy {
namespace {

D1DatabaseConfig expectedMain()
{
    D1DatabaseConfig d;
    d.binding = QStringLiteral("DB");
    d.databaseName = QStringLiteral("aperto");
    d.databaseId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    d.migrationsDir = QStringLiteral("drizzle");
    d.migrationsPattern = QStringLiteral("drizzle/*/migration.sql");
    return d;
}

/// The line numbers are only known for TOML; the comparison ignores them.
void expectSame(const D1DatabaseConfig &got, const D1DatabaseConfig &want)
{
    D1DatabaseConfig withoutLine = got;
    withoutLine.line = want.line;
    EXPECT_EQ(withoutLine, want) << got.binding.toStdString();
}

const char *kToml = R"(# the Worker
name = "aperto-api"
main = "src/index.ts"
compatibility_date = "2025-01-01"
compatibility_flags = [ "nodejs_compat",
  "nodejs_als" ]   # arrays span lines

[vars]
GREETING = """
hello # not a comment
"""
LIMITS = { max = 10, "min" = 1 }

[[d1_databases]]
binding = "DB" # the binding
database_name = 'aperto'
database_id = "11111111-2222-3333-4444-555555555555"
migrations_dir = "drizzle"
migrations_pattern = "drizzle/*/migration.sql"

[[d1_databases]]
binding = "ANALYTICS"
database_name = "analytics"
database_id = "abc"

[env.staging]
name = "aperto-staging"

[[env.staging.d1_databases]]
binding = "DB"
database_name = "aperto-staging"
database_id = "def"
migrations_dir = "drizzle"
)";

const char *kJsonc = R"({
  // the Worker
  "name": "aperto-api",
  /* several
     lines */
  "compatibility_flags": ["nodejs_compat", "nodejs_als",],
  "vars": { "GREETING": "hello // not a comment", "LIMITS": { "max": 10, "min": 1, }, },
  "d1_databases": [
    {
      "binding": "DB",
      "database_name": "aperto",
      "database_id": "11111111-2222-3333-4444-555555555555",
      "migrations_dir": "drizzle",
      "migrations_pattern": "drizzle/*/migration.sql", // wrangler >= 4.98
    },
    { "binding": "ANALYTICS", "database_name": "analytics", "database_id": "abc" },
  ],
  "env": {
    "staging": {
      "name": "aperto-staging",
      "d1_databases": [{ "binding": "DB", "database_name": "aperto-staging", "database_id": "def",
                         "migrations_dir": "drizzle" }],
    },
  },
}
)";

void expectAperto(const model::Result<WranglerConfig> &config)
{
    ASSERT_TRUE(config.ok()) << config.error().toStdString();
    ASSERT_EQ(config.value().databases.size(), 2);
    expectSame(config.value().databases.at(0), expectedMain());
    EXPECT_EQ(config.value().databases.at(1).binding, QStringLiteral("ANALYTICS"));
    EXPECT_EQ(config.value().databases.at(1).migrationsDir, QStringLiteral("migrations")) << "wrangler's default";
    ASSERT_EQ(config.value().environments.keys(), QStringList{QStringLiteral("staging")});
    const auto staging = config.value().database(QStringLiteral("DB"), QStringLiteral("staging"));
    ASSERT_TRUE(staging.ok()) << staging.error().toStdString();
    EXPECT_EQ(staging.value().databaseName, QStringLiteral("aperto-staging"));
    EXPECT_EQ(staging.value().commandName(), QStringLiteral("aperto-staging"));
}

TEST(WranglerConfig, ReadsD1DatabasesAndEnvironmentsFromToml)
{
    const auto config = WranglerConfig::parse(QStringLiteral("/p/wrangler.toml"), kToml);
    expectAperto(config);
    EXPECT_EQ(config.value().databases.at(0).line, 15) << "where the entry's first key is";
}

TEST(WranglerConfig, ReadsTheSameFromJsoncWithCommentsAndTrailingCommas)
{
    expectAperto(WranglerConfig::parse(QStringLiteral("/p/wrangler.jsonc"), kJsonc));
    expectAperto(WranglerConfig::parse(QStringLiteral("/p/wrangler.json"), kJsonc));
}

TEST(WranglerConfig, ChoosesTheDatabaseByBindingOrTheOnlyOne)
{
    const auto config = WranglerConfig::parse(QStringLiteral("/p/wrangler.toml"), kToml).value();
    EXPECT_EQ(config.database(QStringLiteral("ANALYTICS")).value().databaseName, QStringLiteral("analytics"));
    const auto ambiguous = config.database({});
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error(),
              QStringLiteral("wrangler.toml has several D1 databases (DB, ANALYTICS): choose one with --binding"));
    EXPECT_EQ(config.database(QStringLiteral("NOPE")).error(),
              QStringLiteral("wrangler.toml has no D1 binding `NOPE` (bindings: DB, ANALYTICS)"));
    EXPECT_EQ(config.database(QStringLiteral("DB"), QStringLiteral("prod")).error(),
              QStringLiteral("wrangler.toml has no [env.prod] with d1_databases (environments: staging)"));
    EXPECT_EQ(config.database({}, QStringLiteral("staging")).value().databaseId, QStringLiteral("def"));
    EXPECT_EQ(config.migrationsFolder(config.databases.at(0)), QStringLiteral("/p/drizzle"));
}

TEST(WranglerConfig, TomlErrorsNameTheFileAndLine)
{
    const auto unterminated =
        WranglerConfig::parse(QStringLiteral("/p/wrangler.toml"), "name = \"x\"\n\n[[d1_databases]]\nbinding = \"DB\n");
    EXPECT_EQ(unterminated.error(), QStringLiteral("wrangler.toml:4: unterminated string"));
    const auto noEquals = WranglerConfig::parse(QStringLiteral("/p/wrangler.toml"), "name = \"x\"\nbinding \"DB\"\n");
    EXPECT_EQ(noEquals.error(), QStringLiteral("wrangler.toml:2: expected `=` after the key `binding`"));
    const auto noBinding = WranglerConfig::parse(QStringLiteral("/p/wrangler.toml"),
                                                 "name = \"x\"\n[[d1_databases]]\ndatabase_name = \"a\"\n");
    EXPECT_EQ(noBinding.error(), QStringLiteral("wrangler.toml:3: d1_databases[0] has no `binding`"));
    const auto notString = WranglerConfig::parse(QStringLiteral("/p/wrangler.toml"),
                                                 "[[d1_databases]]\nbinding = \"DB\"\nmigrations_dir = 3\n");
    EXPECT_EQ(notString.error(), QStringLiteral("wrangler.toml:3: d1_databases[0].migrations_dir must be a string"));
    const auto pattern = WranglerConfig::parse(
        QStringLiteral("/p/wrangler.toml"),
        "[[d1_databases]]\nbinding = \"DB\"\nmigrations_dir = \"drizzle\"\nmigrations_pattern = \"m/*.sql\"\n");
    EXPECT_EQ(pattern.error(), QStringLiteral("wrangler.toml:2: d1_databases[0].migrations_pattern `m/*.sql` must "
                                              "start with migrations_dir (`drizzle/`), as wrangler requires"));
}

TEST(WranglerConfig, JsonErrorsNameTheFileAndLine)
{
    const auto broken = WranglerConfig::parse(QStringLiteral("/p/wrangler.jsonc"),
                                              "{\n  // c\n  \"d1_databases\": [\n    { \"binding\" \"DB\" }\n  ]\n}\n");
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().startsWith(QStringLiteral("wrangler.jsonc:4: "))) << broken.error().toStdString();
    const auto notArray = WranglerConfig::parse(QStringLiteral("/p/wrangler.json"), "{\"d1_databases\": {\"a\": 1}}");
    EXPECT_EQ(notArray.error(),
              QStringLiteral("wrangler.json: `d1_databases` must be an array of tables (`[[d1_databases]]`)"));
}

TEST(WranglerConfig, FindsTheFileInWranglersOrder)
{
    QTemporaryDir dir;
    EXPECT_TRUE(WranglerConfig::find(dir.path()).isEmpty());
    for (const char *name : {"wrangler.toml", "wrangler.jsonc"}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    EXPECT_EQ(WranglerConfig::find(dir.path()), dir.filePath(QStringLiteral("wrangler.jsonc")));
    const auto missing = WranglerConfig::read(dir.filePath(QStringLiteral("nope.toml")));
    EXPECT_TRUE(
        missing.error().startsWith(dir.filePath(QStringLiteral("nope.toml")) + QStringLiteral(": cannot read")));
}

} // namespace
} // namespace tw::migrations::deploy
