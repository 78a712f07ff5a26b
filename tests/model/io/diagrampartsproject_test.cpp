// SPDX-License-Identifier: GPL-3.0-or-later
// Notes and diagram views in the project file's layout section: round trip, canonical text, bad input.
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/model/io/projectfixtures.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

/// The aperto project with a note on the main diagram and a diagram view "Catalog" holding a coloured note.
Project projectWithParts()
{
    Project project = tw::test::apertoProject();
    const Id first = project.schema.tables.at(0).id;
    const Id second = project.schema.tables.at(1).id;
    SubDiagram catalog;
    catalog.name = QStringLiteral("Catalog");
    catalog.positions.insert(first, QPointF(40, 40));
    catalog.positions.insert(second, QPointF(340.5, -20));
    project.layout.subDiagrams.insert(Id(QStringLiteral("d.catalog")), catalog);
    DiagramNote welcome;
    welcome.position = QPointF(620, 120);
    welcome.size = QSizeF(260, 110);
    welcome.text = QStringLiteral("Prices are in cents.\nProducts are \"soft-deleted\" — via is_active.");
    project.layout.notes.insert(Id(QStringLiteral("n.welcome")), welcome);
    DiagramNote onView;
    onView.position = QPointF(40, 300);
    onView.text = QStringLiteral("Only the catalogue");
    onView.color = QColor(QStringLiteral("#cfe8ff"));
    onView.diagram = Id(QStringLiteral("d.catalog"));
    project.layout.notes.insert(Id(QStringLiteral("n.catalog")), onView);
    return project;
}

QByteArray replaced(QByteArray bytes, const char *from, const char *to)
{
    EXPECT_TRUE(bytes.contains(from)) << from;
    return bytes.replace(from, to);
}

} // namespace

TEST(DiagramPartsProject, NotesAndViewsReadBackEqualAndTheBytesAreStable)
{
    const Project project = projectWithParts();
    const QByteArray bytes = ProjectWriter::write(project);
    const auto read = ProjectReader::read(bytes);
    ASSERT_TRUE(read) << read.error().toStdString();
    EXPECT_EQ(read.value().layout.notes, project.layout.notes);
    EXPECT_EQ(read.value().layout.subDiagrams, project.layout.subDiagrams);
    EXPECT_EQ(read.value(), project);
    EXPECT_EQ(ProjectWriter::write(read.value()), bytes);
}

TEST(DiagramPartsProject, EachNoteAndViewIsOneIdKeyedEntryWithKeysInAFixedOrder)
{
    const QByteArray bytes = ProjectWriter::write(projectWithParts());
    EXPECT_TRUE(bytes.contains("        \"n.welcome\": {\n"
                               "            \"x\": 620,\n"
                               "            \"y\": 120,\n"
                               "            \"width\": 260,\n"
                               "            \"height\": 110,\n"
                               "            \"text\": \"Prices are in cents.\\nProducts are \\\"soft-deleted\\\" — via "
                               "is_active.\"\n"
                               "        },\n"))
        << bytes.toStdString();
    EXPECT_TRUE(bytes.contains("            \"text\": \"Only the catalogue\",\n"
                               "            \"color\": \"#cfe8ff\",\n"
                               "            \"diagram\": \"d.catalog\"\n"))
        << bytes.toStdString();
    EXPECT_TRUE(bytes.contains("        \"d.catalog\": {\n"
                               "            \"name\": \"Catalog\",\n"
                               "            \"cards\": {\n"))
        << bytes.toStdString();
    // Ascending id order across cards, notes and views: d.catalog, n.catalog, n.welcome, t.categories, ...
    const qsizetype view = bytes.indexOf("\"d.catalog\": {");
    const qsizetype note = bytes.indexOf("\"n.catalog\": {");
    const qsizetype card = bytes.indexOf("\"t.categories\": {\n            \"x\"");
    EXPECT_LT(view, note);
    EXPECT_LT(note, card);
}

TEST(DiagramPartsProject, AProjectWithoutThemHasNoTraceOfThem)
{
    const Project aperto = tw::test::apertoProject();
    EXPECT_TRUE(aperto.layout.notes.isEmpty());
    EXPECT_TRUE(aperto.layout.subDiagrams.isEmpty());
    const QByteArray bytes = ProjectWriter::write(aperto);
    EXPECT_FALSE(bytes.contains("\"text\": ") || bytes.contains("\"cards\": ") || bytes.contains("\"diagram\": "));
}

TEST(DiagramPartsProject, AViewForgetsARemovedTableAndTheFileStillReads)
{
    Project project = projectWithParts();
    const Id removed = project.schema.tables.at(0).id;
    project.schema.tables.removeFirst();
    for (Table &table : project.schema.tables)
        table.foreignKeys.removeIf([&removed](const ForeignKey &fk) { return fk.targetTable == removed; });
    const QByteArray bytes = ProjectWriter::write(project);
    const auto read = ProjectReader::read(bytes);
    ASSERT_TRUE(read) << read.error().toStdString();
    const SubDiagram catalog = read.value().layout.subDiagrams.value(Id(QStringLiteral("d.catalog")));
    EXPECT_EQ(catalog.positions.keys(), QList<Id>{project.schema.tables.at(0).id});
}

TEST(DiagramPartsProject, BadNotesAndViewsAreRefusedNamingThePlace)
{
    const QByteArray bytes = ProjectWriter::write(projectWithParts());
    const struct
    {
        const char *from;
        const char *to;
        const char *message;
    } cases[] = {
        {"\"text\": \"Only the catalogue\"", "\"text\": 12", "layout[\"n.catalog\"].text: expected a string"},
        {"\"x\": 620,", "\"x\": \"left\",", "layout[\"n.welcome\"].x: expected a finite number"},
        {"\"height\": 110,", "\"height\": -1,", "layout[\"n.welcome\"].height: expected 0 or more"},
        {"\"diagram\": \"d.catalog\"", "\"diagram\": \"d.gone\"",
         "layout[\"n.catalog\"].diagram: no diagram view has id"},
        {"\"color\": \"#cfe8ff\"", "\"color\": \"blue\"", "layout[\"n.catalog\"].color: expected a colour"},
        {"\"name\": \"Catalog\"", "\"name\": \"  \"", "layout[\"d.catalog\"].name: a diagram view needs a name"},
        {"\"text\": \"Only the catalogue\"", "\"text\": \"x\", \"shape\": 1",
         "layout[\"n.catalog\"].shape: unknown key"},
        {"\"cards\": {\n                \"t.categories\"", "\"cards\": {\n                \"t.nothing\"",
         "layout[\"d.catalog\"].cards[\"t.nothing\"]: no table or view has id"},
        {"\"name\": \"Catalog\",\n            \"cards\"", "\"label\": \"Catalog\",\n            \"cards\"",
         "layout[\"d.catalog\"]: no table or view has id \"d.catalog\""},
    };
    for (const auto &c : cases) {
        const auto read = ProjectReader::read(replaced(bytes, c.from, c.to));
        ASSERT_FALSE(read) << c.to;
        EXPECT_TRUE(read.error().contains(QString::fromUtf8(c.message))) << read.error().toStdString();
    }
}

TEST(DiagramPartsProject, ANonFiniteNotePositionIsWrittenAsZeroSoTheFileStillReads)
{
    Project project = projectWithParts();
    project.layout.notes[Id(QStringLiteral("n.welcome"))].position = QPointF(qInf(), 5);
    const auto read = ProjectReader::read(ProjectWriter::write(project));
    ASSERT_TRUE(read) << read.error().toStdString();
    EXPECT_EQ(read.value().layout.notes.value(Id(QStringLiteral("n.welcome"))).position, QPointF(0, 5));
}
