// SPDX-License-Identifier: GPL-3.0-or-later
// Reading is the inverse of writing: for every project the codegen tests and examples hold, the schema.ts that
// SchemaTsGenerator writes reads back as the same tables, columns, keys, indexes, checks and views.
#include "codegen/schemats/schematsgenerator.h"
#include "model/io/projectreader.h"
#include "source/schema/schemasourcereader.h"
#include "tests/support/testdata.h"

#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace tw;

namespace {

/// A column as drizzle sees it: writing folds model values that mean the same (a key column is NOT NULL; an
/// expression `0` on a timestamp is the number 0; enum values only exist on plain text) into one spelling.
QString columnText(const model::Table &table, model::Column c)
{
    if (table.primaryKey)
        c.primaryKey = false;
    c.notNull = c.notNull || c.primaryKey;
    c.autoincrement = c.autoincrement && c.primaryKey;
    if (c.type != model::SqlType::Text || c.mode != model::DrizzleMode::None)
        c.enumValues.clear();
    if (c.defaultValue.kind() == model::ColumnDefault::Kind::Expression) {
        const QString &sql = c.defaultValue.text();
        static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
        if (!c.acceptsNumberLiteral() && number.match(sql).hasMatch())
            c.defaultValue = model::ColumnDefault::number(sql);
        else if (sql == u"true" || sql == u"false")
            c.defaultValue = model::ColumnDefault::boolean(sql == u"true");
    }
    return QStringList{c.name,
                       c.effectiveTsName(),
                       c.sqlTypeText(),
                       model::drizzleModeName(c.mode),
                       QString::number(c.notNull),
                       QString::number(c.primaryKey),
                       QString::number(c.autoincrement),
                       QString::number(c.unique),
                       model::columnDefaultKindName(c.defaultValue.kind()),
                       c.defaultValue.text(),
                       c.generated ? c.generated->expression : QString(),
                       c.generated ? model::generatedStorageName(c.generated->storage) : QString(),
                       c.enumValues.join(u'|'),
                       c.comment}
        .join(QStringLiteral(" ; "));
}

QString names(const model::Schema &schema, const model::Id &tableId, const QList<model::Id> &columns)
{
    const model::Table *table = schema.table(tableId);
    return table ? table->name + u'(' + table->columnNames(columns).join(u',') + u')' : QStringLiteral("?");
}

QStringList schemaText(const model::Schema &schema)
{
    QStringList out;
    for (const model::Table &t : schema.tables) {
        out << QStringLiteral("table %1 ts=%2 comment=%3").arg(t.name, t.effectiveTsName(), t.comment);
        for (const model::Column &c : t.columns)
            out << QStringLiteral("  column ") + columnText(t, c);
        if (t.primaryKey)
            out << QStringLiteral("  pk %1 %2").arg(t.primaryKey->name, names(schema, t.id, t.primaryKey->columns));
        QStringList sorted;
        for (const model::Index &i : t.indexes) {
            QStringList parts;
            for (const model::IndexPart &p : i.parts)
                parts << (p.isExpression() ? p.expression : names(schema, t.id, {p.column}));
            sorted << QStringLiteral("  index %1 unique=%2 %3 where=%4")
                          .arg(i.name)
                          .arg(i.unique)
                          .arg(parts.join(u','), i.where);
        }
        for (const model::ForeignKey &fk : t.foreignKeys)
            sorted << QStringLiteral("  fk %1 %2 -> %3 %4 %5")
                          .arg(fk.name, names(schema, t.id, fk.columns),
                               names(schema, fk.targetTable, fk.targetColumns),
                               model::referentialActionName(fk.onDelete), model::referentialActionName(fk.onUpdate));
        for (const model::UniqueConstraint &u : t.uniqueConstraints)
            sorted << QStringLiteral("  unique %1 %2").arg(u.name, names(schema, t.id, u.columns));
        for (const model::CheckConstraint &c : t.checkConstraints)
            sorted << QStringLiteral("  check %1 %2").arg(c.name, c.expression);
        sorted.sort();
        out << sorted;
    }
    for (const model::View &v : schema.views)
        out << QStringLiteral("view %1 ts=%2 existing=%3 comment=%4 sql=%5")
                   .arg(v.name, v.effectiveTsName())
                   .arg(v.isExisting)
                   .arg(v.comment, v.isExisting ? QString() : v.definition);
    return out;
}

QStringList projectFiles()
{
    QStringList files;
    for (const QString &name :
         QDir(test::dataPath("codegen/projects")).entryList({"*.twproj"}, QDir::Files, QDir::Name))
        files << test::dataPath("codegen/projects/" + name);
    const QString examples = QStringLiteral(TW_TEST_SOURCE_DIR "/examples");
    for (const QString &name : QDir(examples).entryList({"*.twproj"}, QDir::Files, QDir::Name))
        files << examples + u'/' + name;
    return files;
}

TEST(CodegenRoundTrip, ReadingTheGeneratedSchemaGivesTheProjectsSchema)
{
    const QStringList files = projectFiles();
    ASSERT_GE(files.size(), 5);
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        const model::Result<model::Project> project = model::ProjectReader::readFile(file);
        ASSERT_TRUE(project.ok()) << project.error().toStdString();
        const model::Schema &original = project.value().schema;
        const QString text = codegen::SchemaTsGenerator::schemaText(original, QStringLiteral("x.twproj"));
        const source::SourceSchema read =
            source::SchemaSourceReader::readText("/p/schema.ts", text, source::Casing::None);
        QStringList diagnostics;
        for (const source::SourceDiagnostic &d : read.diagnostics)
            diagnostics << d.toString();
        EXPECT_EQ(diagnostics.join(u'\n'), QString());
        ASSERT_EQ(read.tables.size(), original.tables.size());
        ASSERT_EQ(read.views.size(), original.views.size());
        EXPECT_EQ(schemaText(read.toSchema()).join(u'\n'), schemaText(original).join(u'\n'));
        for (const source::SourceTable &table : read.tables) {
            for (const source::SourceColumn &column : table.columns)
                EXPECT_TRUE(column.editable) << column.key.toStdString();
        }
    }
}

} // namespace

namespace {

/// A random table of columns of every kind the writer knows, with awkward names, defaults and comments.
model::Table randomTable(QRandomGenerator &random, int number)
{
    static const QStringList names{"id",          "created_at", "it's \"quoted\" `name`",
                                   "größe",       "order",      "x1",
                                   "total_cents", "flag",       "note",
                                   "payload",     "amount",     "seen"};
    static const QList<model::ColumnDefault> defaults{model::ColumnDefault::number("0"),
                                                      model::ColumnDefault::number("-1.5"),
                                                      model::ColumnDefault::number("42"),
                                                      model::ColumnDefault::string("it's ${x} `y` \\n"),
                                                      model::ColumnDefault::string(""),
                                                      model::ColumnDefault::boolean(true),
                                                      model::ColumnDefault::boolean(false),
                                                      model::ColumnDefault::expression("(unixepoch())"),
                                                      model::ColumnDefault::expression("CURRENT_TIMESTAMP"),
                                                      model::ColumnDefault::expression("lower('A') || \"x\"")};
    static const QStringList comments{"", "", "A note.", "Two\nlines", "with */ inside"};
    model::Table table;
    table.name = QStringLiteral("table_%1").arg(number);
    table.id = model::Id(table.name);
    QStringList pool = names;
    const int count = random.bounded(1, 8);
    for (int i = 0; i < count; ++i) {
        model::Column c;
        c.name = pool.takeAt(random.bounded(int(pool.size())));
        c.id = model::Id(QStringLiteral("c%1_%2").arg(number).arg(i));
        c.type = model::SqlType(random.bounded(5));
        const model::DrizzleMode mode = model::DrizzleMode(random.bounded(6));
        c.mode = model::isModeAllowedFor(mode, c.type) ? mode : model::DrizzleMode::None;
        if (c.type == model::SqlType::Text && random.bounded(3) == 0)
            c.length = random.bounded(1, 500);
        if (c.type == model::SqlType::Text && c.mode == model::DrizzleMode::None && random.bounded(3) == 0)
            c.enumValues = {"a", "it's", "c d"};
        c.notNull = random.bounded(2) == 0;
        c.unique = random.bounded(4) == 0;
        if (i == 0 && random.bounded(2) == 0) {
            c.primaryKey = true;
            c.notNull = true;
            c.autoincrement = c.type == model::SqlType::Integer && random.bounded(2) == 0;
        }
        if (random.bounded(4) == 0) {
            c.generated =
                model::GeneratedColumn{"length(name) * 2", model::GeneratedColumn::Storage(random.bounded(2))};
        } else if (random.bounded(2) == 0) {
            c.defaultValue = defaults[random.bounded(int(defaults.size()))];
            if (c.defaultValue.kind() == model::ColumnDefault::Kind::Boolean && c.mode == model::DrizzleMode::Json)
                c.defaultValue = {};
        }
        c.comment = comments[random.bounded(int(comments.size()))];
        table.columns << c;
    }
    const model::Id a = table.columns[random.bounded(int(table.columns.size()))].id;
    const model::Id b = table.columns.last().id;
    if (random.bounded(2) == 0) {
        model::Index index{
            model::Id("i"), table.name + "_idx", random.bounded(2) == 0, {model::IndexPart::ofColumn(a)}, {}};
        if (random.bounded(2) == 0)
            index.parts << model::IndexPart::ofExpression("lower(\"x\") || 'it''s'");
        if (random.bounded(2) == 0)
            index.where = "\"" + table.name + "\".\"x\" > 0";
        table.indexes << index;
    }
    if (a != b && random.bounded(2) == 0)
        table.uniqueConstraints << model::UniqueConstraint{
            model::Id("u"), random.bounded(2) ? QString() : "named_unique", {a, b}};
    if (random.bounded(3) == 0)
        table.checkConstraints << model::CheckConstraint{model::Id("k"), table.name + "_check", "length(`x`) < 10"};
    if (a != b && !table.columns[0].primaryKey && random.bounded(3) == 0)
        table.primaryKey = model::PrimaryKey{model::Id("p"), random.bounded(2) ? QString() : "named_pk", {a, b}};
    return table;
}

TEST(CodegenRoundTrip, RandomColumnsReadBackAsWritten)
{
    QRandomGenerator random(2026);
    for (int round = 0; round < 200; ++round) {
        model::Schema original;
        for (int t = 0; t < 3; ++t)
            original.tables << randomTable(random, t);
        // One inline reference from the last table to the first table's first column, when that is possible.
        model::Table &last = original.tables.last();
        const model::Table &first = original.tables.first();
        if (last.columns.size() > 1) {
            model::ForeignKey fk;
            fk.id = model::Id("fk");
            fk.columns = {last.columns[1].id};
            fk.targetTable = first.id;
            fk.targetColumns = {first.columns[0].id};
            fk.onDelete = model::ReferentialAction(random.bounded(5));
            last.foreignKeys << fk;
            if (first.columns.size() > 1) { // a composite key, written in the extra config
                fk.id = model::Id("fk2");
                fk.name = random.bounded(2) ? QString() : QStringLiteral("named_fk");
                fk.columns = {last.columns[0].id, last.columns[1].id};
                fk.targetColumns = {first.columns[0].id, first.columns[1].id};
                fk.onUpdate = model::ReferentialAction(random.bounded(5));
                last.foreignKeys << fk;
            }
        }
        const QString text = codegen::SchemaTsGenerator::schemaText(original, QStringLiteral("random.twproj"));
        const source::SourceSchema read =
            source::SchemaSourceReader::readText("/p/schema.ts", text, source::Casing::None);
        ASSERT_EQ(schemaText(read.toSchema()).join(u'\n'), schemaText(original).join(u'\n')) << text.toStdString();
    }
}

} // namespace
