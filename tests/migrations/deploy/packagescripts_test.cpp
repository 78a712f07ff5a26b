// SPDX-License-Identifier: GPL-3.0-or-later
// The package.json scripts export kind: the guide's scripts added to an existing package.json with every other byte
// kept (key order, indentation, line endings, other scripts), and a same-named script that differs never replaced.
#include "codegen/output/packagescripts.h"
#include "tests/cli/clirunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace tw::codegen {
namespace {

const QList<PackageScripts::Script> kTwo = {{QStringLiteral("db:tables"), QStringLiteral("a")},
                                            {QStringLiteral("predeploy"), QStringLiteral("wrangler d1 x \"q\"")}};

TEST(PackageScripts, AddsToTheScriptsObjectKeepingEveryOtherByte)
{
    const QByteArray before = "{\n"
                              "    \"name\": \"api\",\n"
                              "    \"scripts\": {\n"
                              "        \"dev\": \"wrangler dev\",\n"
                              "        \"test\":\"vitest\"\n"
                              "    },\n"
                              "    \"devDependencies\": { \"wrangler\": \"4.86.0\" }\n"
                              "}\n";
    const auto after = PackageScripts::merge(before, kTwo);
    ASSERT_TRUE(after.ok()) << after.error().toStdString();
    EXPECT_EQ(after.value().toStdString(), "{\n"
                                           "    \"name\": \"api\",\n"
                                           "    \"scripts\": {\n"
                                           "        \"dev\": \"wrangler dev\",\n"
                                           "        \"test\":\"vitest\",\n"
                                           "        \"db:tables\": \"a\",\n"
                                           "        \"predeploy\": \"wrangler d1 x \\\"q\\\"\"\n"
                                           "    },\n"
                                           "    \"devDependencies\": { \"wrangler\": \"4.86.0\" }\n"
                                           "}\n");
    EXPECT_EQ(PackageScripts::merge(after.value(), kTwo).value(), after.value()) << "a second export adds nothing";
}

TEST(PackageScripts, AddsAScriptsObjectWhenThereIsNoneWithTheFilesIndentAndLineEndings)
{
    const QByteArray before = "{\r\n\t\"name\": \"api\",\r\n\t\"private\": true\r\n}";
    const auto after = PackageScripts::merge(before, kTwo);
    ASSERT_TRUE(after.ok()) << after.error().toStdString();
    EXPECT_EQ(after.value().toStdString(), "{\r\n\t\"name\": \"api\",\r\n\t\"private\": true,\r\n"
                                           "\t\"scripts\": {\r\n\t\t\"db:tables\": \"a\",\r\n"
                                           "\t\t\"predeploy\": \"wrangler d1 x \\\"q\\\"\"\r\n\t}\r\n}");
}

TEST(PackageScripts, FillsAnEmptyScriptsObject)
{
    const auto after = PackageScripts::merge("{\n  \"scripts\": {},\n  \"z\": 1\n}\n", kTwo.mid(0, 1));
    ASSERT_TRUE(after.ok()) << after.error().toStdString();
    EXPECT_EQ(after.value().toStdString(), "{\n  \"scripts\": {\n    \"db:tables\": \"a\"\n  },\n  \"z\": 1\n}\n");
}

TEST(PackageScripts, RefusesToReplaceADifferentScriptOfTheSameName)
{
    const QByteArray before = "{\n  \"scripts\": {\n    \"predeploy\": \"npm test\"\n  }\n}\n";
    const auto after = PackageScripts::merge(before, kTwo);
    ASSERT_FALSE(after.ok());
    EXPECT_EQ(after.error(), QStringLiteral("package.json already has a script `predeploy` that runs something else "
                                            "(`npm test`); it was left alone and nothing was added"));
    EXPECT_FALSE(PackageScripts::merge("[1]", kTwo).ok());
}

TEST(PackageScripts, TheGuidesScriptsUseTheBindingAndKeepTheTeamsQueryScript)
{
    const auto scripts = PackageScripts::forBinding(QStringLiteral("APP_DB"));
    QStringList names;
    for (const auto &script : scripts)
        names << script.first;
    EXPECT_EQ(names, (QStringList{"dev:query", "db:tables", "db:describe", "db:count", "predeploy", "dev:setup",
                                  "dev:reset"}));
    const QByteArray before = "{\n  \"scripts\": {\n    \"dev:query\": \"wrangler d1 execute APP_DB --local "
                              "--persist-to .wrangler-persist\"\n  }\n}\n";
    const auto after = PackageScripts::merge(before, scripts);
    ASSERT_TRUE(after.ok()) << after.error().toStdString();
    const QJsonObject merged = QJsonDocument::fromJson(after.value()).object().value(u"scripts").toObject();
    EXPECT_EQ(merged.value(u"dev:query").toString(),
              QStringLiteral("wrangler d1 execute APP_DB --local --persist-to .wrangler-persist"));
    EXPECT_EQ(merged.value(u"predeploy").toString(), QStringLiteral("wrangler d1 migrations apply APP_DB --remote"));
    EXPECT_EQ(merged.value(u"db:tables").toString(),
              QStringLiteral("npm run dev:query -- --command='SELECT name FROM sqlite_master WHERE type=\"table\" "
                             "ORDER BY name;'"));
    EXPECT_EQ(merged.size(), 7);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

TEST(PackageScripts, ExportOnlyPackageScriptsEditsTheExistingPackageJsonForTheConfigsBinding)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("aperto.twproj"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj"), project));
    writeFile(dir.filePath(QStringLiteral("wrangler.jsonc")),
              "{ \"d1_databases\": [ { \"binding\": \"APP_DB\", \"database_name\": \"aperto\" }, ] }");
    const QStringList arguments = {QStringLiteral("export"), project, QStringLiteral("--only"),
                                   QStringLiteral("package-scripts")};
    const auto missing = test::runCli(arguments);
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no package.json to add the scripts to"))) << "never created";
    const QByteArray before = "{\n  \"name\": \"api\",\n  \"scripts\": { \"dev\": \"wrangler dev\" }\n}\n";
    writeFile(dir.filePath(QStringLiteral("package.json")), before);
    const auto exported = test::runCli(arguments);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.out, QStringLiteral("updated %1\n").arg(dir.filePath(QStringLiteral("package.json"))));
    const QByteArray after = readFile(dir.filePath(QStringLiteral("package.json")));
    EXPECT_TRUE(after.startsWith("{\n  \"name\": \"api\",\n  \"scripts\": { \"dev\": \"wrangler dev\",\n"))
        << after.toStdString();
    EXPECT_TRUE(after.contains("\"predeploy\": \"wrangler d1 migrations apply APP_DB --remote\""));
    EXPECT_EQ(test::runCli(arguments).out,
              QStringLiteral("unchanged %1\n").arg(dir.filePath(QStringLiteral("package.json"))));
    EXPECT_EQ(test::runCli({QStringLiteral("export"), project, QStringLiteral("--only"),
                            QStringLiteral("schema,package-scripts")})
                  .exitCode,
              2);
    ASSERT_EQ(test::runCli({QStringLiteral("export"), project}).exitCode, 0);
    EXPECT_EQ(readFile(dir.filePath(QStringLiteral("package.json"))), after)
        << "a full export leaves package.json alone";
}

} // namespace
} // namespace tw::codegen
