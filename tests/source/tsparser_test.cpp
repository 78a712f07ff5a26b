// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/typescript/tsmodule.h"
#include "source/typescript/tsparser.h"

#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::source::ts;

namespace {

QString at(const QString &text, const tw::source::SourceSpan &span)
{
    return text.mid(span.begin, span.length());
}

TsNode parse(const QString &text)
{
    return TsParser::parseRange(text, 0, text.size());
}

TEST(TsParser, CallChainsWithTypeArguments)
{
    const QString text = QStringLiteral("text('a').$type<Array<string>>().notNull()");
    const TsNode node = parse(text);
    ASSERT_EQ(node.kind, TsNode::Kind::Call);
    EXPECT_EQ(at(text, node.span), text);
    const TsNode &notNull = node.children[0];
    ASSERT_EQ(notNull.kind, TsNode::Kind::Member);
    EXPECT_EQ(notNull.text, "notNull");
    const TsNode &typed = notNull.children[0];
    ASSERT_EQ(typed.kind, TsNode::Kind::Call);
    EXPECT_EQ(at(text, typed.typeArguments), "<Array<string>>");
    EXPECT_EQ(typed.children[0].text, "$type");
    const TsNode &builder = typed.children[0].children[0];
    ASSERT_EQ(builder.kind, TsNode::Kind::Call);
    EXPECT_EQ(at(text, builder.span), "text('a')");
    EXPECT_EQ(at(text, builder.inner), "'a'");
    ASSERT_EQ(builder.arguments().size(), 1);
    EXPECT_EQ(builder.arguments()[0].text, "a");
}

TEST(TsParser, LessThanIsNotATypeArgumentList)
{
    const QString text = QStringLiteral("a < b && c > (d)");
    const TsNode node = parse(text);
    EXPECT_EQ(node.kind, TsNode::Kind::Other);
    EXPECT_EQ(at(text, node.span), text);
}

TEST(TsParser, ObjectLiteralKeysOfEveryForm)
{
    const QString text =
        QStringLiteral("{ a: 1, 'b-c': 2, 3: x, [k]: y, short, ...rest, m() { return 1 }, get g() { return 2 }, }");
    const TsNode node = parse(text);
    ASSERT_EQ(node.kind, TsNode::Kind::Object);
    ASSERT_EQ(node.children.size(), 8);
    EXPECT_EQ(node.children[0].text, "a");
    EXPECT_EQ(node.children[1].text, "b-c");
    EXPECT_EQ(at(text, node.children[1].name), "'b-c'");
    EXPECT_EQ(node.children[2].text, "3");
    EXPECT_EQ(node.children[3].form, TsNode::PropertyForm::Computed);
    EXPECT_EQ(node.children[4].form, TsNode::PropertyForm::Shorthand);
    EXPECT_EQ(node.children[4].children[0].text, "short");
    EXPECT_EQ(node.children[5].kind, TsNode::Kind::Spread);
    EXPECT_EQ(node.children[6].form, TsNode::PropertyForm::Method);
    EXPECT_EQ(node.children[7].form, TsNode::PropertyForm::Accessor);
    EXPECT_EQ(at(text, node.children[0].span), "a: 1");
    EXPECT_EQ(at(text, node.children[6].span), "m() { return 1 }");
    ASSERT_NE(node.property(u"a"), nullptr);
    EXPECT_EQ(node.property(u"a")->children[0].text, "1");
}

TEST(TsParser, ArrowFunctionsOfEveryBodyForm)
{
    const QString arrayBody = QStringLiteral("(t) => [index('i').on(t.a)]");
    TsNode node = parse(arrayBody);
    ASSERT_EQ(node.kind, TsNode::Kind::Arrow);
    EXPECT_EQ(node.parameters, QStringList{"t"});
    EXPECT_EQ(node.children[0].kind, TsNode::Kind::Array);

    const QString objectBody = QStringLiteral("(table) => ({ a: 1 })");
    node = parse(objectBody);
    ASSERT_EQ(node.kind, TsNode::Kind::Arrow);
    EXPECT_EQ(node.children[0].unwrapped().kind, TsNode::Kind::Object);

    const QString block = QStringLiteral("(table) => { const x = 1; if (x) { return 2; } return [x]; }");
    node = parse(block);
    ASSERT_EQ(node.kind, TsNode::Kind::Arrow);
    EXPECT_TRUE(node.blockBody);
    ASSERT_EQ(node.children.size(), 1);
    EXPECT_EQ(node.children[0].kind, TsNode::Kind::Array);
    EXPECT_EQ(at(block, node.span), block);

    const QString typed = QStringLiteral("(): AnySQLiteColumn => users.id");
    node = parse(typed);
    ASSERT_EQ(node.kind, TsNode::Kind::Arrow);
    EXPECT_EQ(node.children[0].kind, TsNode::Kind::Member);
    EXPECT_EQ(node.children[0].text, "id");

    node = parse("x => x + 1");
    ASSERT_EQ(node.kind, TsNode::Kind::Arrow);
    EXPECT_EQ(node.parameters, QStringList{"x"});

    node = parse("async ({ many }, b) => 1");
    ASSERT_EQ(node.kind, TsNode::Kind::Arrow);
    EXPECT_EQ(node.parameters, (QStringList{QString(), "b"}));
}

TEST(TsParser, TaggedTemplatesParseTheirSubstitutions)
{
    const QString text = QStringLiteral("sql`lower(${t.email}) || ${sql.raw('x')}`");
    const TsNode node = parse(text);
    ASSERT_EQ(node.kind, TsNode::Kind::TaggedTemplate);
    EXPECT_TRUE(node.children[0].isIdentifier(u"sql"));
    const TsNode &tpl = node.children[1];
    ASSERT_EQ(tpl.children.size(), 2);
    EXPECT_EQ(tpl.children[0].kind, TsNode::Kind::Member);
    EXPECT_EQ(at(text, tpl.children[0].span), "t.email");
    EXPECT_EQ(tpl.children[1].kind, TsNode::Kind::Call);
    ASSERT_EQ(tpl.quasis.size(), 3);
    EXPECT_EQ(at(text, tpl.quasis[0]), "lower(");
}

TEST(TsParser, AsConstAndSatisfiesWrapTheirExpression)
{
    const QString text = QStringLiteral("['a', 'b'] as const");
    TsNode node = parse(text);
    ASSERT_EQ(node.kind, TsNode::Kind::As);
    EXPECT_EQ(node.text, "const");
    EXPECT_EQ(node.unwrapped().kind, TsNode::Kind::Array);
    EXPECT_EQ(node.unwrapped().children.size(), 2);

    node = parse("{ out: 'x' } satisfies Config<{ a: 1 }>");
    ASSERT_EQ(node.kind, TsNode::Kind::Satisfies);
    EXPECT_EQ(node.text, "Config<{ a: 1 }>");
    EXPECT_EQ(node.unwrapped().kind, TsNode::Kind::Object);
}

TEST(TsModule, StatementsImportsAndReExports)
{
    const QString text = QStringLiteral(
        "import { sqliteTable, integer as int, type AnySQLiteColumn } from \"drizzle-orm/sqlite-core\";\n"
        "import * as t from 'drizzle-orm/sqlite-core'\n"
        "import def, { x } from './x'\n"
        "export * from './users';\n"
        "export { a as b } from './a';\n"
        "function helper() { return 1 }\n"
        "/** The users. */\n"
        "export const users = sqliteTable('users', {}), other = 2;\n"
        "type T = { a: string };\n"
        "const config: Config = { out: 'x' }\n"
        "export default config;\n");
    const TsModule module = TsModuleReader::read(text);
    QList<TsStatement::Kind> kinds;
    for (const TsStatement &s : module.statements)
        kinds << s.kind;
    using K = TsStatement::Kind;
    EXPECT_EQ(kinds, (QList<K>{K::Import, K::Import, K::Import, K::ExportFrom, K::ExportFrom, K::Other, K::Variable,
                               K::Variable, K::Other, K::Variable, K::ExportDefault}));
    const TsStatement &imports = module.statements[0];
    EXPECT_EQ(imports.module, "drizzle-orm/sqlite-core");
    ASSERT_EQ(imports.bindings.size(), 3);
    EXPECT_EQ(imports.bindings[1].local, "int");
    EXPECT_EQ(imports.bindings[1].imported, "integer");
    EXPECT_TRUE(imports.bindings[2].typeOnly);
    EXPECT_EQ(module.statements[1].bindings[0].imported, "*");
    EXPECT_EQ(module.statements[2].bindings[0].imported, "default");
    EXPECT_EQ(module.statements[4].bindings[0].local, "b");
    EXPECT_EQ(module.statements[4].bindings[0].imported, "a");
    const TsStatement &users = module.statements[6];
    EXPECT_EQ(users.name, "users");
    EXPECT_TRUE(users.exported);
    EXPECT_EQ(at(text, users.span), "/** The users. */\nexport const users = sqliteTable('users', {}), other = 2;");
    EXPECT_EQ(at(text, users.jsDoc), "/** The users. */");
    EXPECT_EQ(module.statements[7].name, "other");
    EXPECT_EQ(at(text, module.statements[9].typeAnnotation), "Config");
    EXPECT_TRUE(module.statements[10].value.isIdentifier(u"config"));
}

TEST(TsModule, StatementsWithoutSemicolons)
{
    const QString text = QStringLiteral("const a = f()\nconst b = [1]\n(function () {})()\nexport const c = 1");
    const TsModule module = TsModuleReader::read(text);
    ASSERT_GE(module.statements.size(), 3);
    EXPECT_EQ(module.statements[0].name, "a");
    EXPECT_EQ(at(text, module.statements[0].span), "const a = f()");
    EXPECT_EQ(module.statements.last().name, "c");
}

} // namespace
