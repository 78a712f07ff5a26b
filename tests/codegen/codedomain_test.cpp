// SPDX-License-Identifier: GPL-3.0-or-later
// Domains from diagram groups: safe folder names, collisions with ungrouped folders and between groups, names
// unique across a domain's one file and the flat router, and import paths escaped as string literals.
#include "codegen/api/codedomain.h"
#include "codegen/codegenregistry.h"
#include "codegen/operations/operationsgenerator.h"
#include "codegen/router/routergenerator.h"
#include "codegen/tests/testsgenerator.h"
#include "codegen/typescript/tsimports.h"
#include "codegen/typescript/tsliteral.h"
#include "tests/codegen/schemabuilder.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using namespace tw;
using codegen::CodeDomain;

namespace {

model::Project guideProject(const QMap<QString, QString> &groups)
{
    model::Project project;
    project.schema = test::guideSchema();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        project.layout.items[model::Id(it.key())].group = it.value();
    return project;
}

QStringList foldersOf(const QList<CodeDomain> &domains)
{
    QStringList folders;
    for (const CodeDomain &domain : domains)
        folders << domain.folder;
    return folders;
}

QStringList tablesOf(const CodeDomain &domain)
{
    QStringList tables;
    for (const codegen::TableApi &api : domain.tables)
        tables << api.table->name;
    return tables;
}

QString fileText(const codegen::GeneratedFiles &files, const QString &path)
{
    for (const codegen::GeneratedFile &file : files) {
        if (file.path == path)
            return QString::fromUtf8(file.content);
    }
    ADD_FAILURE() << "no generated file " << path.toStdString();
    return {};
}

} // namespace

TEST(CodeDomain, GroupNamesBecomeSafeKebabFolders)
{
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("catalog")), QStringLiteral("catalog"));
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("Order Items")), QStringLiteral("order-items"));
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("orderItems")), QStringLiteral("order-items"));
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("Bob's \"Orders\" & Lines \u2713")),
              QStringLiteral("bobs-orders-lines"));
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("Caf\u00e9 \u00dcnic\u00f6de")), QStringLiteral("cafe-unicode"));
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("../etc/passwd")), QStringLiteral("etc-passwd"));
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("a\\b`c${d}")), QStringLiteral("a-b-c-d"));
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("\u65e5\u672c\u8a9e")), QStringLiteral("group"));
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("--")), QStringLiteral("group"));
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("CON")), QStringLiteral("con-group"));
    EXPECT_EQ(CodeDomain::folderName(QStringLiteral("v2 Api")), QStringLiteral("v2-api"));
}

TEST(CodeDomain, TablesOfOneGroupShareADomainAndUngroupedTablesKeepTheirFolders)
{
    const QList<CodeDomain> domains =
        CodeDomain::forProject(guideProject({{QStringLiteral("t.categories"), QStringLiteral("Catalog")},
                                             {QStringLiteral("t.products"), QStringLiteral("Catalog")}}));
    EXPECT_EQ(foldersOf(domains), (QStringList{QStringLiteral("user"), QStringLiteral("catalog"), QStringLiteral("tag"),
                                               QStringLiteral("product-tag")}));
    EXPECT_EQ(domains[1].group, QStringLiteral("Catalog"));
    EXPECT_EQ(tablesOf(domains[1]), (QStringList{QStringLiteral("categories"), QStringLiteral("products")}));
    EXPECT_TRUE(domains[0].group.isEmpty());
    for (const CodeDomain &domain : domains) {
        for (const codegen::TableApi &api : domain.tables)
            EXPECT_EQ(api.domain, domain.folder);
    }
    // Without groups, every table is its own domain, as TableApi gives it.
    const QList<CodeDomain> plain = CodeDomain::forProject(guideProject({}));
    const QList<codegen::TableApi> apis = codegen::TableApi::forSchema(test::guideSchema());
    ASSERT_EQ(plain.size(), apis.size());
    for (qsizetype i = 0; i < apis.size(); ++i)
        EXPECT_EQ(plain[i].folder, apis[i].domain);
}

TEST(CodeDomain, ABlankGroupIsNoGroup)
{
    const QList<CodeDomain> domains =
        CodeDomain::forProject(guideProject({{QStringLiteral("t.tags"), QStringLiteral("  \t")}}));
    EXPECT_EQ(foldersOf(domains),
              (QStringList{QStringLiteral("user"), QStringLiteral("category"), QStringLiteral("product"),
                           QStringLiteral("tag"), QStringLiteral("product-tag")}));
}

TEST(CodeDomain, AGroupWhoseFolderIsTakenGetsANumberedFolder)
{
    // "Tag" kebabs to the folder of the ungrouped `tags`; "catalog" and "Catalog!" are different groups with the
    // same folder. Ungrouped tables keep theirs; groups number in model order.
    const QList<CodeDomain> domains =
        CodeDomain::forProject(guideProject({{QStringLiteral("t.users"), QStringLiteral("Tag")},
                                             {QStringLiteral("t.categories"), QStringLiteral("catalog")},
                                             {QStringLiteral("t.products"), QStringLiteral("Catalog!")}}));
    EXPECT_EQ(foldersOf(domains),
              (QStringList{QStringLiteral("tag-2"), QStringLiteral("catalog"), QStringLiteral("catalog-2"),
                           QStringLiteral("tag"), QStringLiteral("product-tag")}));
    EXPECT_EQ(tablesOf(domains[3]), QStringList{QStringLiteral("tags")});
}

TEST(CodeDomain, NamesStayDistinctWhenTablesThatSingularizeAlikeShareAFile)
{
    // tags/tag singularize alike; sheep/sheeps make one table's entity the other's plural (getSheeps twice).
    model::Project project = guideProject({});
    model::Table tag = project.schema.tables[3];
    tag.id = model::Id(QStringLiteral("t.tag"));
    tag.name = QStringLiteral("tag");
    model::Table sheep = tag;
    sheep.id = model::Id(QStringLiteral("t.sheep"));
    sheep.name = QStringLiteral("sheep");
    model::Table sheeps = tag;
    sheeps.id = model::Id(QStringLiteral("t.sheeps"));
    sheeps.name = QStringLiteral("sheeps");
    // tag_procedures: its get, `getTagProcedure`, would be the procedure of getTag.
    model::Table tagProcedures = tag;
    tagProcedures.id = model::Id(QStringLiteral("t.tag_procedures"));
    tagProcedures.name = QStringLiteral("tag_procedures");
    project.schema.tables << tag << sheep << sheeps << tagProcedures;
    for (const char *id : {"t.tags", "t.tag", "t.sheep", "t.sheeps", "t.tag_procedures"})
        project.layout.items[model::Id(QString::fromLatin1(id))].group = QStringLiteral("Pen");

    const codegen::CodegenRegistry registry;
    static const QRegularExpression exported(QStringLiteral("^export (?:async function|const|type) (\\w+)"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression imported(QStringLiteral("^import \\{ ([\\w, ]+) \\} from '\\./operations';"),
                                             QRegularExpression::MultilineOption);
    for (const char *file : {"operations.ts", "procedures.ts", "types.ts"}) {
        const QString path = QStringLiteral("src/lib/pen/") + QLatin1String(file);
        QStringList names;
        for (const auto &generator : registry.generators()) {
            for (const codegen::GeneratedFile &generated : generator->generate(project, {QStringLiteral("p")})) {
                if (generated.path != path)
                    continue;
                const QString text = QString::fromUtf8(generated.content);
                QRegularExpressionMatchIterator it = exported.globalMatch(text);
                while (it.hasNext())
                    names << it.next().captured(1);
                // procedures.ts imports the operations it calls next to the procedures it declares.
                const QRegularExpressionMatch operations = imported.match(text);
                if (operations.hasMatch())
                    names << operations.captured(1).split(QStringLiteral(", "));
            }
        }
        ASSERT_FALSE(names.isEmpty()) << path.toStdString();
        EXPECT_EQ(names.removeDuplicates(), 0) << path.toStdString() << ": " << names.join(u' ').toStdString();
    }
    const QString router = fileText(codegen::RouterGenerator().generate(project, {QStringLiteral("p")}),
                                    QStringLiteral("src/lib/router.ts"));
    static const QRegularExpression key(QStringLiteral("^  (\\w+): \\w+Procedure,$"),
                                        QRegularExpression::MultilineOption);
    QStringList keys;
    QRegularExpressionMatchIterator it = key.globalMatch(router);
    while (it.hasNext())
        keys << it.next().captured(1);
    EXPECT_GT(keys.size(), 20);
    EXPECT_EQ(keys.removeDuplicates(), 0) << keys.join(u' ').toStdString();
}

TEST(CodeDomain, OneTestFileHoldsADescribeAndASampleFunctionPerTable)
{
    const auto files = codegen::TestsGenerator().generate(
        guideProject({{QStringLiteral("t.tags"), QStringLiteral("catalog")},
                      {QStringLiteral("t.product_tags"), QStringLiteral("catalog")}}),
        {QStringLiteral("p")});
    const QString text = fileText(files, QStringLiteral("src/lib/catalog/__tests__/operations.test.ts"));
    EXPECT_TRUE(text.contains(QStringLiteral("describe('Tag operations'")));
    EXPECT_TRUE(text.contains(QStringLiteral("describe('ProductTag operations'")));
    EXPECT_TRUE(text.contains(QStringLiteral("async function sampleTagData(db: Database): Promise<TagData>")));
    EXPECT_TRUE(text.contains(QStringLiteral("await createProductTag(await sampleProductTagData(db), ctx)")));
    EXPECT_FALSE(text.contains(QStringLiteral("sampleData(")));
    EXPECT_EQ(text.count(QStringLiteral("async function insertTag(")), 1) << "a parent helper is shared";
    // A one-table domain keeps the plain name.
    EXPECT_TRUE(fileText(files, QStringLiteral("src/lib/user/__tests__/operations.test.ts"))
                    .contains(QStringLiteral("async function sampleData(db: Database)")));
}

TEST(CodeDomain, ImportPathsFromSettingsAreEscapedStringLiterals)
{
    codegen::TsImports imports;
    imports.add(QStringLiteral("../it's \\ db/schema"), QStringLiteral("users"));
    imports.addType(QStringLiteral("./a'b"), QStringLiteral("User"));
    EXPECT_EQ(imports.toString(), QStringLiteral("import { users } from '../it\\'s \\\\ db/schema';\n"
                                                 "import type { User } from './a\\'b';\n"));

    model::Project project = guideProject({{QStringLiteral("t.tags"), QStringLiteral("catalog")}});
    project.settings.schemaFile = QStringLiteral("it's \"db\"\\x/schema.ts");
    const QString operations = fileText(codegen::OperationsGenerator().generate(project, {QStringLiteral("p")}),
                                        QStringLiteral("src/lib/catalog/operations.ts"));
    EXPECT_TRUE(operations.contains(QStringLiteral("import { tags } from '../../../it\\'s \"db\"\\\\x/schema';")))
        << operations.toStdString();
}

TEST(CodeDomain, CommentTextCannotCloseOrBreakAComment)
{
    EXPECT_EQ(codegen::ts::commentText(QStringLiteral("a */ b\nc")), QStringLiteral("a *\\/ b c"));
    EXPECT_EQ(codegen::ts::commentText(QStringLiteral("plain `name`")), QStringLiteral("plain `name`"));
}
