// SPDX-License-Identifier: GPL-3.0-or-later
// Every generator's output for the example project (grouped: catalog, accounts), the awkward schema and the awkward
// schema with odd group names, file by file, against the goldens under
// tests/data/codegen/export/<case>/ (stamped exactly as `tablewright export` writes them, so that
// tools/interop/codegen-check.sh and a reader see the same tree).
#include "codegen/codegenregistry.h"
#include "codegen/output/exportwriter.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/codegen/schemabuilder.h"
#include "tests/support/golden.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QSet>

using namespace tw;

namespace {

model::Project exampleProject()
{
    auto result = model::ProjectReader::readFile(test::dataPath(QStringLiteral("../../examples/aperto.twproj")));
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    return result.ok() ? result.value() : model::Project();
}

model::Project awkwardProject()
{
    model::Project project;
    project.schema = test::awkwardSchema();
    return project;
}

/// The awkward schema with diagram groups: `order` and `line` in a group whose name has quotes, an ampersand and a
/// symbol, with `files` (whose rows cannot be built); `event_log` alone in a group whose folder (`setting`, accents
/// dropped) an ungrouped table already has; `chickens` and `eggs` ungrouped, each requiring a row of the other.
model::Project domainsProject()
{
    model::Project project = awkwardProject();
    const auto group = [&project](const char *table, const QString &name) {
        project.layout.items[model::Id(QString::fromLatin1(table))].group = name;
    };
    group("t.order", QStringLiteral("Bob's \"Orders\" & Lines \u2713"));
    group("t.line", QStringLiteral("Bob's \"Orders\" & Lines \u2713"));
    group("t.event_log", QStringLiteral("S\u00e9tt\u00efng"));
    project.schema.tables << test::unsampleableTables();
    group("t.files", QStringLiteral("Bob's \"Orders\" & Lines \u2713"));
    return project;
}

/// domainsProject() as the interop check exports it: the schema file in a folder whose name needs escaping in an
/// import (`'../../../it\'s db/schema'`).
model::Project domainsInteropProject()
{
    model::Project project = domainsProject();
    project.settings.schemaFile = QStringLiteral("it's db/schema.ts");
    return project;
}

struct ExportCase
{
    const char *name;
    model::Project (*project)();
    const char *sourceName;
};

const ExportCase kCases[] = {
    {"aperto", &exampleProject, "aperto.twproj"},
    {"awkward", &awkwardProject, "awkward.twproj"},
    {"domains", &domainsProject, "domains.twproj"},
};

class CodeExportGolden : public testing::TestWithParam<ExportCase>
{
};

} // namespace

TEST_P(CodeExportGolden, EveryGeneratedFileMatchesItsGolden)
{
    const ExportCase &c = GetParam();
    const model::Project project = c.project();
    const codegen::CodegenRegistry registry;
    QSet<QString> generated;
    for (const auto &generator : registry.generators()) {
        for (const codegen::GeneratedFile &file : generator->generate(project, {QString::fromLatin1(c.sourceName)})) {
            SCOPED_TRACE(file.path.toStdString());
            EXPECT_FALSE(generated.contains(file.path)) << "two generators write the same file";
            generated.insert(file.path);
            test::expectMatchesGolden(codegen::ExportWriter::finalContent(file),
                                      QStringLiteral("codegen/export/%1/%2").arg(QLatin1String(c.name), file.path));
        }
    }
    // No golden left over from a file the generators no longer write.
    const QString root = test::dataPath(QStringLiteral("codegen/export/") + QLatin1String(c.name));
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        EXPECT_TRUE(generated.contains(relative)) << "stale golden " << relative.toStdString();
    }
}

TEST_P(CodeExportGolden, GeneratingTwiceGivesTheSameBytes)
{
    const model::Project project = GetParam().project();
    const codegen::CodegenRegistry registry;
    for (const auto &generator : registry.generators())
        EXPECT_EQ(generator->generate(project, {QStringLiteral("p")}),
                  generator->generate(project, {QStringLiteral("p")}))
            << generator->id().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Projects, CodeExportGolden, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<ExportCase> &param) { return std::string(param.param.name); });

TEST(CodeExport, AwkwardProjectFileForTheInteropTestMatchesTheSchemaBuilder)
{
    test::expectMatchesGolden(model::ProjectWriter::write(awkwardProject()),
                              QStringLiteral("codegen/projects/awkward.twproj"));
}

TEST(CodeExport, GroupedProjectFileForTheInteropTestMatchesTheGroupedCase)
{
    test::expectMatchesGolden(model::ProjectWriter::write(domainsInteropProject()),
                              QStringLiteral("codegen/projects/domains.twproj"));
}

TEST(CodeExport, RegistryOffersEveryKindForOnly)
{
    EXPECT_EQ(codegen::CodegenRegistry().ids(),
              (QStringList{QStringLiteral("schema"), QStringLiteral("types"), QStringLiteral("operations"),
                           QStringLiteral("procedures"), QStringLiteral("router"), QStringLiteral("tests"),
                           QStringLiteral("support")}));
}
