// SPDX-License-Identifier: GPL-3.0-or-later
// examples/aperto.twproj: the guide's schema, canonical bytes, and a layout a person can read.
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "model/layout/autolayout.h"
#include "tests/model/io/projectfixtures.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QRectF>

using namespace tw::model;

namespace {

QString examplePath()
{
    return tw::test::dataPath(QStringLiteral("../../examples/aperto.twproj"));
}

Project readExample()
{
    const Result<Project> result = ProjectReader::readFile(examplePath());
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    return result.ok() ? result.value() : Project{};
}

} // namespace

TEST(ExampleProject, IsTheCanonicalFormOfTheGuideSchema)
{
    tw::test::expectMatchesGolden(examplePath(), ProjectWriter::write(tw::test::apertoProject()));
    EXPECT_EQ(readExample(), tw::test::apertoProject());
}

TEST(ExampleProject, ResavesByteIdentically)
{
    EXPECT_EQ(ProjectWriter::write(readExample()), tw::test::readData(QStringLiteral("../../examples/aperto.twproj")));
}

TEST(ExampleProject, HasTheGuideTablesKeysAndIndexes)
{
    const Project p = readExample();
    QStringList names;
    QStringList indexes;
    for (const Table &t : p.schema.tables) {
        names << t.name;
        for (const Index &index : t.indexes)
            indexes << index.name;
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("users"), QStringLiteral("categories"), QStringLiteral("products"),
                                  QStringLiteral("tags"), QStringLiteral("product_tags")}));
    EXPECT_EQ(indexes,
              (QStringList{QStringLiteral("categories_created_by_user_id_idx"),
                           QStringLiteral("products_category_id_idx"), QStringLiteral("product_tags_tag_id_idx")}));
    const Table *junction = p.schema.tableNamed(QStringLiteral("product_tags"));
    ASSERT_TRUE(junction && junction->primaryKey);
    EXPECT_EQ(junction->columnNames(junction->primaryKey->columns),
              (QStringList{QStringLiteral("product_id"), QStringLiteral("tag_id")}));
    ASSERT_EQ(junction->foreignKeys.size(), 2);
    for (const ForeignKey &fk : junction->foreignKeys)
        EXPECT_EQ(fk.onDelete, ReferentialAction::Cascade);
}

TEST(ExampleProject, ProductsCarryTheGuideColumnTypes)
{
    const Project p = readExample();
    const Table *products = p.schema.tableNamed(QStringLiteral("products"));
    ASSERT_TRUE(products);
    const Column *active = products->columnNamed(QStringLiteral("is_active"));
    ASSERT_TRUE(active);
    EXPECT_EQ(active->mode, DrizzleMode::Boolean);
    EXPECT_TRUE(active->notNull);
    EXPECT_EQ(active->defaultValue, ColumnDefault::boolean(true));
    const Column *created = products->columnNamed(QStringLiteral("created_at"));
    ASSERT_TRUE(created);
    EXPECT_EQ(created->mode, DrizzleMode::TimestampMs);
    EXPECT_EQ(created->defaultValue.toSql(),
              QStringLiteral("(cast((julianday('now') - 2440587.5)*86400000 as integer))"));
    EXPECT_EQ(p.settings.target, ProjectSettings::Target::D1);
    EXPECT_EQ(p.settings.tracking, ProjectSettings::Tracking::D1);
}

// Cards are 220 wide and as high as the diagram draws them: none overlap, and every parent sits left of its
// children (the example is laid out by Auto-Layout for a wide window).
TEST(ExampleProject, LayoutHasNoOverlapsAndParentsLeftOfChildren)
{
    const Project p = readExample();
    QMap<Id, QRectF> cards;
    for (const Table &t : p.schema.tables) {
        ASSERT_TRUE(p.layout.items.contains(t.id)) << t.name.toStdString();
        const TableLayout item = p.layout.item(t.id);
        cards.insert(t.id, QRectF(item.position, QSizeF(220, estimatedCardSize(t).height())));
    }
    for (auto a = cards.cbegin(); a != cards.cend(); ++a) {
        for (auto b = std::next(a); b != cards.cend(); ++b)
            EXPECT_FALSE(a.value().intersects(b.value()))
                << a.key().toString().toStdString() << " overlaps " << b.key().toString().toStdString();
    }
    for (const Table &t : p.schema.tables) {
        for (const ForeignKey &fk : t.foreignKeys)
            EXPECT_LT(cards[fk.targetTable].right(), cards[t.id].left()) << t.name.toStdString();
    }
}
