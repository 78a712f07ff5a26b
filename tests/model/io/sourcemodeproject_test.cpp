// SPDX-License-Identifier: GPL-3.0-or-later
// A source-mode project (one opened from a team's own drizzle source) keeps its settings and its last sync with the
// schema files in the project file; generated-mode files are written exactly as before.
#include "model/io/atomicfile.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/model/io/projectfixtures.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::model;
using tw::test::dataPath;

namespace {

const QByteArray kDigestA = QByteArray(64, 'a');
const QByteArray kDigestB = QByteArray("0123456789abcdef").repeated(4);

Project sourceModeProject()
{
    Project p = tw::test::minimalProject();
    p.settings.schemaMode = ProjectSettings::SchemaMode::Source;
    p.settings.schemaSources = {QStringLiteral("src/db/schema"), QStringLiteral("src/db/extra/*.ts")};
    p.settings.casing = Casing::SnakeCase;
    p.settings.schemaFile = QStringLiteral("src/db/schema/users.ts");
    SourceState::TableNames notes;
    notes.name = QStringLiteral("notes");
    notes.columns.insert(Id(QStringLiteral("c.notes.body")), QStringLiteral("body"));
    p.source.tables.insert(Id(QStringLiteral("t.notes")), notes);
    p.source.views.insert(Id(QStringLiteral("v.recent")), QStringLiteral("recent_notes"));
    p.source.fileDigests.insert(QStringLiteral("src/db/schema/users.ts"), kDigestA);
    p.source.fileDigests.insert(QStringLiteral("src/db/schema/index.ts"), kDigestB);
    p.source.schemaDigest = QByteArray("fedcba9876543210").repeated(4);
    return p;
}

QString readError(const QByteArray &bytes)
{
    const Result<Project> result = ProjectReader::read(bytes);
    EXPECT_FALSE(result.ok()) << "read without error";
    return result.ok() ? QString() : result.error();
}

QByteArray withReplaced(const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = ProjectWriter::write(sourceModeProject());
    EXPECT_TRUE(bytes.contains(from)) << from.toStdString();
    return bytes.replace(from, to);
}

} // namespace

TEST(SourceModeProject, ReadsBackEqualAndByteIdentical)
{
    const Project project = sourceModeProject();
    const QByteArray bytes = ProjectWriter::write(project);
    const Result<Project> read = ProjectReader::read(bytes);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read.value(), project);
    EXPECT_EQ(ProjectWriter::write(read.value()), bytes);
}

TEST(SourceModeProject, MatchesGoldenFile)
{
    tw::test::expectMatchesGolden(dataPath(QStringLiteral("projects/valid/source-mode.twproj")),
                                  ProjectWriter::write(sourceModeProject()));
}

TEST(SourceModeProject, GeneratedModeWritesNoneOfTheNewKeys)
{
    const QByteArray bytes = ProjectWriter::write(tw::test::richProject());
    for (const char *key : {"\"schemaMode\"", "\"schemaSources\"", "\"casing\"", "\"source\""})
        EXPECT_FALSE(bytes.contains(key)) << key;
}

TEST(SourceModeProject, OlderFilesWithoutTheNewKeysReadAsGeneratedMode)
{
    const Result<Project> read = ProjectReader::readFile(dataPath(QStringLiteral("projects/valid/minimal.twproj")));
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read.value().settings.schemaMode, ProjectSettings::SchemaMode::Generated);
    EXPECT_EQ(read.value().settings.casing, Casing::None);
    EXPECT_TRUE(read.value().source.isEmpty());
}

TEST(SourceModeProject, UnknownSchemaModeNamesTheKeyAndTheChoices)
{
    const QString error = readError(withReplaced("\"schemaMode\": \"source\"", "\"schemaMode\": \"typescript\""));
    EXPECT_TRUE(error.startsWith(QStringLiteral("settings.schemaMode: "))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("generated"))) << error.toStdString();
}

TEST(SourceModeProject, UnknownCasingNamesTheKey)
{
    const QString error = readError(withReplaced("\"casing\": \"snake_case\"", "\"casing\": \"kebab\""));
    EXPECT_TRUE(error.startsWith(QStringLiteral("settings.casing: "))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("camelCase"))) << error.toStdString();
}

TEST(SourceModeProject, SourceModeWithoutSchemaSourcesIsRefused)
{
    Project project = sourceModeProject();
    project.settings.schemaSources.clear();
    const QString error = readError(ProjectWriter::write(project));
    EXPECT_TRUE(error.startsWith(QStringLiteral("settings.schemaSources: "))) << error.toStdString();
}

TEST(SourceModeProject, DigestThatIsNotHexNamesItsPath)
{
    const QString error = readError(withReplaced(kDigestA, "abc"));
    EXPECT_TRUE(error.startsWith(QStringLiteral("source.files"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("src/db/schema/users.ts"))) << error.toStdString();
    EXPECT_TRUE(error.endsWith(QStringLiteral("expected a SHA-256 as 64 lowercase hex digits, got \"abc\"")))
        << error.toStdString();
}

TEST(SourceModeProject, UnknownKeyInSourceIsRefused)
{
    const QString error = readError(withReplaced("\"schemaDigest\"", "\"schemaHash\""));
    EXPECT_TRUE(error.startsWith(QStringLiteral("source"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("schemaHash"))) << error.toStdString();
}

TEST(SourceModeProject, InvalidIdInSourceTablesNamesIt)
{
    const QString error = readError(withReplaced("\"t.notes\": {", "\"t notes\": {"));
    EXPECT_TRUE(error.startsWith(QStringLiteral("source.tables"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("not a valid id"))) << error.toStdString();
}

TEST(AtomicFile, WritesAndReplacesWholeFiles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/file.ts"));
    QString error;
    EXPECT_FALSE(AtomicFile::write(path, "x", &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    ASSERT_TRUE(AtomicFile::write(path, "first", &error, true)) << error.toStdString();
    ASSERT_TRUE(AtomicFile::write(path, "second", &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("second"));
    EXPECT_TRUE(error.isEmpty());
}
