// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/model/io/projectfixtures.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace tw::model;
using tw::test::dataPath;
using tw::test::readData;

namespace {

Project readOrFail(const QByteArray &bytes)
{
    const Result<Project> result = ProjectReader::read(bytes);
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    return result.ok() ? result.value() : Project{};
}

} // namespace

TEST(ProjectRoundTrip, RichProjectReadsBackEqual)
{
    const Project project = tw::test::richProject();
    EXPECT_EQ(readOrFail(ProjectWriter::write(project)), project);
}

TEST(ProjectRoundTrip, RichProjectBytesAreStable)
{
    const QByteArray bytes = ProjectWriter::write(tw::test::richProject());
    EXPECT_EQ(ProjectWriter::write(readOrFail(bytes)), bytes);
}

TEST(ProjectRoundTrip, RichProjectMatchesGoldenFile)
{
    const Project project = tw::test::richProject();
    tw::test::expectMatchesGolden(dataPath(QStringLiteral("projects/valid/rich.twproj")),
                                  ProjectWriter::write(project));
    EXPECT_EQ(readOrFail(readData(QStringLiteral("projects/valid/rich.twproj"))), project);
}

TEST(ProjectRoundTrip, MinimalProjectMatchesGoldenFile)
{
    const Project project = tw::test::minimalProject();
    tw::test::expectMatchesGolden(dataPath(QStringLiteral("projects/valid/minimal.twproj")),
                                  ProjectWriter::write(project));
    EXPECT_EQ(readOrFail(readData(QStringLiteral("projects/valid/minimal.twproj"))), project);
}

TEST(ProjectRoundTrip, EmptyProjectRoundTrips)
{
    const Project empty;
    const QByteArray bytes = ProjectWriter::write(empty);
    EXPECT_EQ(readOrFail(bytes), empty);
    EXPECT_EQ(ProjectWriter::write(readOrFail(bytes)), bytes);
}

TEST(ProjectWriter, OutputStartsWithFormatVersionAndEndsWithNewline)
{
    const QByteArray bytes = ProjectWriter::write(tw::test::minimalProject());
    EXPECT_TRUE(bytes.startsWith("{\n    \"formatVersion\": 1,\n")) << bytes.left(60).toStdString();
    EXPECT_TRUE(bytes.endsWith("    \"baseline\": {}\n}\n"));
    EXPECT_FALSE(bytes.endsWith("}\n\n"));
}

TEST(ProjectWriter, DefaultsAreOmittedFromColumns)
{
    const QByteArray bytes = ProjectWriter::write(tw::test::minimalProject());
    for (const char *key : {"\"notNull\"", "\"mode\"", "\"default\"", "\"tsName\"", "\"comment\"", "\"length\"",
                            "\"indexes\"", "\"views\"", "\"unique\""}) {
        EXPECT_FALSE(bytes.contains(key)) << key;
    }
}

TEST(ProjectWriter, KeepsModelOrderOfTablesAndColumns)
{
    Project project = tw::test::minimalProject();
    Table second = project.schema.tables.first();
    second.id = Id(QStringLiteral("t.a_first_by_name"));
    second.name = QStringLiteral("a_first_by_name");
    second.columns.first().id = Id(QStringLiteral("c.a.body"));
    project.schema.tables << second;
    const QByteArray bytes = ProjectWriter::write(project);
    EXPECT_LT(bytes.indexOf("\"notes\""), bytes.indexOf("\"a_first_by_name\""));
    EXPECT_EQ(readOrFail(bytes).schema.tables.last().name, QStringLiteral("a_first_by_name"));
}

TEST(ProjectWriter, DropsLayoutEntriesOfObjectsThatNoLongerExist)
{
    Project project = tw::test::minimalProject();
    project.layout.items.insert(Id(QStringLiteral("t.deleted")), TableLayout{QPointF(1, 2), 0, QColor(), {}});
    project.layout.items.insert(Id(QStringLiteral("t.notes")), TableLayout{QPointF(3, 4), 0, QColor(), {}});
    const Project read = readOrFail(ProjectWriter::write(project));
    EXPECT_EQ(read.layout.items.keys(), QList<Id>{Id(QStringLiteral("t.notes"))});
}

TEST(ProjectWriter, NonFinitePositionsAreWrittenAsZero)
{
    Project project = tw::test::minimalProject();
    project.layout.items.insert(Id(QStringLiteral("t.notes")),
                                TableLayout{QPointF(qQNaN(), qInf()), qInf(), QColor(), {}});
    const Project read = readOrFail(ProjectWriter::write(project));
    EXPECT_EQ(read.layout.item(Id(QStringLiteral("t.notes"))).position, QPointF(0, 0));
    EXPECT_EQ(read.layout.item(Id(QStringLiteral("t.notes"))).width, 0);
}

TEST(ProjectReader, AcceptsOptionalKeysWrittenOutWithTheirDefaults)
{
    const QByteArray bytes = R"({"formatVersion": 1, "layout": {}, "baseline": {"snapshotId": "", "tables": {}},
        "settings": {"migrationsFolder": "drizzle", "schemaFile": "src/db/schema.ts", "codeFolder": "src",
                     "database": "", "target": "d1", "tracking": "d1", "backupsToKeep": 5},
        "schema": {"views": [], "tables": [{"id": "t.notes", "name": "notes", "tsName": "", "indexes": [],
            "columns": [{"id": "c.notes.body", "name": "body", "type": "text", "notNull": false,
                         "mode": "none", "comment": "", "enumValues": []}]}]}})";
    EXPECT_EQ(readOrFail(bytes), tw::test::minimalProject());
}

TEST(ProjectRoundTrip, ProcedureAccessIsWrittenOnlyWhenChosenAndReadsBack)
{
    Project project = tw::test::minimalProject();
    EXPECT_FALSE(ProjectWriter::write(project).contains("procedureAccess"));
    for (const auto access : {ProjectSettings::ProcedureAccess::Protected, ProjectSettings::ProcedureAccess::Public}) {
        project.settings.procedureAccess = access;
        const QByteArray bytes = ProjectWriter::write(project);
        EXPECT_TRUE(bytes.contains("\"procedureAccess\": \"" + procedureAccessName(access).toUtf8() + '"'))
            << bytes.data();
        const Project read = readOrFail(bytes);
        EXPECT_EQ(read.settings.procedureAccess, access);
        EXPECT_EQ(read, project);
    }
}

TEST(ProjectReader, ProcedureAccessAutoIsTheDefaultAndMayBeWrittenOut)
{
    QByteArray bytes = ProjectWriter::write(tw::test::minimalProject());
    bytes.replace("\"backupsToKeep\": 5", "\"backupsToKeep\": 5, \"procedureAccess\": \"auto\"");
    ASSERT_TRUE(bytes.contains("procedureAccess"));
    EXPECT_EQ(readOrFail(bytes), tw::test::minimalProject());
}

TEST(ProjectReader, AcceptsUppercaseColourAndNormalisesIt)
{
    QByteArray bytes = ProjectWriter::write(tw::test::minimalProject());
    bytes.replace("\"layout\": {}", R"("layout": {"t.notes": {"x": 1, "y": 2, "color": "#A0B1C2"}})");
    const Project project = readOrFail(bytes);
    EXPECT_EQ(project.layout.item(Id(QStringLiteral("t.notes"))).color, QColor(0xa0, 0xb1, 0xc2));
    EXPECT_TRUE(ProjectWriter::write(project).contains("\"color\": \"#a0b1c2\""));
}

TEST(ProjectReader, AcceptsAByteOrderMark)
{
    const QByteArray bytes = ProjectWriter::write(tw::test::minimalProject());
    EXPECT_EQ(readOrFail("\xEF\xBB\xBF" + bytes), tw::test::minimalProject());
}
