// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"
#include "tests/support/schemaedits.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::test::id;

namespace {

// A fresh item of each kind for table posts, named "extra".
template<typename T>
T extraItem();

template<>
Column extraItem<Column>()
{
    return tw::test::column("posts", "extra");
}

template<>
Index extraItem<Index>()
{
    return Index{id("posts.extra"), QStringLiteral("extra"), false, {IndexPart::ofColumn(id("posts.title"))}, {}};
}

template<>
ForeignKey extraItem<ForeignKey>()
{
    return ForeignKey{id("posts.extra"), QStringLiteral("extra"), {id("posts.id")}, id("users"), {id("users.id")}};
}

template<>
UniqueConstraint extraItem<UniqueConstraint>()
{
    return UniqueConstraint{id("posts.extra"), QStringLiteral("extra"), {id("posts.author_id"), id("posts.title")}};
}

template<>
CheckConstraint extraItem<CheckConstraint>()
{
    return CheckConstraint{id("posts.extra"), QStringLiteral("extra"), QStringLiteral("length(title) > 0")};
}

template<typename T>
class ItemCommands : public ::testing::Test
{
protected:
    SchemaDocument document{tw::test::sampleProject()};
    SchemaEditor editor{&document};

    QString noun() const { return tableCollectionNoun(tableCollectionOf<T>()); }
    const QList<T> &posts() const { return itemsOf<T>(*document.schema().table(id("posts"))); }
    QString undoText() const { return document.undoStack()->undoText(); }
};

using ItemTypes = ::testing::Types<Column, Index, ForeignKey, UniqueConstraint, CheckConstraint>;
TYPED_TEST_SUITE(ItemCommands, ItemTypes);

} // namespace

TYPED_TEST(ItemCommands, AddAtRowRoundTripsWithSignals)
{
    tw::test::SignalLog log(&this->document);

    tw::test::expectUndoRedoRoundTrip(this->document, [&] {
        return this->editor.addItem(id("posts"), extraItem<TypeParam>(), 0) == id("posts.extra");
    });

    EXPECT_EQ(this->posts().first(), extraItem<TypeParam>());
    EXPECT_EQ(this->undoText(), QStringLiteral("Add %1 extra to posts").arg(this->noun()));
    const QString inserted = QStringLiteral("itemInserted(posts,%1,posts.extra,0)").arg(this->noun());
    const QString removed = QStringLiteral("itemRemoved(posts,%1,posts.extra,0)").arg(this->noun());
    EXPECT_EQ(log.named(QStringLiteral("item")), QStringList({inserted, removed, inserted}));
    EXPECT_EQ(log.named(QStringLiteral("aboutToInsertItem")).first(),
              QStringLiteral("aboutToInsertItem(posts,%1,0)").arg(this->noun()));
}

TYPED_TEST(ItemCommands, AddRefusesMissingTableDuplicateIdAndBadRow)
{
    EXPECT_TRUE(this->editor.addItem(id("missing"), extraItem<TypeParam>()).isNull());
    ASSERT_FALSE(this->editor.addItem(id("posts"), extraItem<TypeParam>()).isNull());
    EXPECT_TRUE(this->editor.addItem(id("posts"), extraItem<TypeParam>()).isNull());
    TypeParam other = extraItem<TypeParam>();
    other.id = Id();
    EXPECT_TRUE(this->editor.addItem(id("posts"), other, 99).isNull());
    EXPECT_EQ(this->document.undoStack()->count(), 1);
}

TYPED_TEST(ItemCommands, RemoveRoundTripsAndRestoresTheRow)
{
    ASSERT_FALSE(this->editor.addItem(id("posts"), extraItem<TypeParam>(), 0).isNull());
    const QList<TypeParam> before = this->posts();

    tw::test::expectUndoRedoRoundTrip(
        this->document, [&] { return this->editor.template removeItem<TypeParam>(id("posts"), id("posts.extra")); });

    EXPECT_EQ(this->undoText(), QStringLiteral("Remove %1 extra from posts").arg(this->noun()));
    this->document.undoStack()->undo();
    EXPECT_EQ(this->posts(), before);
    EXPECT_FALSE(this->editor.template removeItem<TypeParam>(id("posts"), id("missing")));
}

TYPED_TEST(ItemCommands, MoveRoundTrips)
{
    TypeParam other = extraItem<TypeParam>();
    other.id = id("posts.other");
    other.name = QStringLiteral("other");
    ASSERT_FALSE(this->editor.addItem(id("posts"), other).isNull()); // posts has no check constraint
    ASSERT_FALSE(this->editor.addItem(id("posts"), extraItem<TypeParam>(), 0).isNull());
    const int last = int(this->posts().size()) - 1;

    tw::test::expectUndoRedoRoundTrip(this->document, [&] {
        return this->editor.template moveItem<TypeParam>(id("posts"), id("posts.extra"), last);
    });

    EXPECT_EQ(this->posts().last().id, id("posts.extra"));
    EXPECT_EQ(this->undoText(), QStringLiteral("Reorder %1 extra in posts").arg(this->noun()));
    EXPECT_FALSE(this->editor.template moveItem<TypeParam>(id("posts"), id("posts.extra"), last + 1));
}

TYPED_TEST(ItemCommands, RenameRoundTripsAndSignalsItemChanged)
{
    ASSERT_FALSE(this->editor.addItem(id("posts"), extraItem<TypeParam>()).isNull());
    tw::test::SignalLog log(&this->document);

    tw::test::expectUndoRedoRoundTrip(this->document, [&] {
        return tw::test::renameItem<TypeParam>(this->document, id("posts"), id("posts.extra"), QStringLiteral("more"));
    });

    EXPECT_EQ(this->undoText(), QStringLiteral("Rename %1 extra to more in posts").arg(this->noun()));
    EXPECT_EQ(log.named(QStringLiteral("itemChanged")).size(), 3);
    EXPECT_EQ(log.named(QStringLiteral("itemChanged")).first(),
              QStringLiteral("itemChanged(posts,%1,posts.extra)").arg(this->noun()));
}

TEST(ColumnCommands, ChangeColumnPropertiesRoundTrips)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    Column title = *document.schema().table(id("posts"))->column(id("posts.title"));
    title.notNull = true;
    title.length = 200;
    title.defaultValue = ColumnDefault::string(QStringLiteral("untitled"));

    const Project after =
        tw::test::expectUndoRedoRoundTrip(document, [&] { return editor.changeItem(id("posts"), title); });

    EXPECT_EQ(*after.schema.table(id("posts"))->column(id("posts.title")), title);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Change column title in posts"));
}

TEST(ColumnCommands, RemovingAReferencedColumnTakesOutgoingKeyAndAdjustsIndex)
{
    const Project original = tw::test::sampleProject();
    SchemaDocument document(original);
    SchemaEditor editor(&document);

    const Project after = tw::test::expectUndoRedoRoundTrip(
        document, [&] { return editor.removeItem<Column>(id("posts"), id("posts.author_id")); });

    const Table &posts = *after.schema.table(id("posts"));
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Remove column author_id from posts"));
    EXPECT_TRUE(posts.foreignKeys.isEmpty());
    ASSERT_EQ(posts.indexes.size(), 1);
    EXPECT_EQ(posts.indexes.first().parts, QList<IndexPart>{IndexPart::ofColumn(id("posts.title"))});
    EXPECT_EQ(posts.uniqueConstraints.size(), 1);
    EXPECT_TRUE(tw::test::danglingReferences(after).isEmpty());
    document.undoStack()->undo();
    EXPECT_TRUE(document.project() == original);
}

TEST(ColumnCommands, RemovingAKeyColumnTakesIncomingForeignKeysFromOtherTables)
{
    const Project original = tw::test::sampleProject();
    SchemaDocument document(original);
    SchemaEditor editor(&document);

    const Project after = tw::test::expectUndoRedoRoundTrip(
        document, [&] { return editor.removeItem<Column>(id("users"), id("users.id")); });

    EXPECT_TRUE(after.schema.table(id("posts"))->foreignKeys.isEmpty());
    EXPECT_EQ(after.schema.table(id("comments"))->foreignKeys.size(), 1);
    EXPECT_TRUE(tw::test::danglingReferences(after).isEmpty());
    document.undoStack()->undo();
    EXPECT_TRUE(document.project() == original);
}

TEST(ColumnCommands, RemovingAColumnDropsUniqueIndexesAndUniqueConstraintsOnIt)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);

    ASSERT_TRUE(editor.removeItem<Column>(id("users"), id("users.email")));
    ASSERT_TRUE(editor.removeItem<Column>(id("posts"), id("posts.title")));

    EXPECT_TRUE(document.schema().table(id("users"))->indexes.isEmpty());
    EXPECT_TRUE(document.schema().table(id("posts"))->uniqueConstraints.isEmpty());
    EXPECT_EQ(document.schema().table(id("posts"))->indexes.first().parts.size(), 1);
    EXPECT_TRUE(tw::test::danglingReferences(document.project()).isEmpty());
}

TEST(ColumnCommands, RemovingPrimaryKeyColumnsShrinksThenDropsTheTableLevelKey)
{
    const Project original = tw::test::sampleProject();
    SchemaDocument document(original);
    SchemaEditor editor(&document);

    ASSERT_TRUE(editor.removeItem<Column>(id("post_tags"), id("post_tags.tag")));
    ASSERT_TRUE(document.schema().table(id("post_tags"))->primaryKey.has_value());
    EXPECT_EQ(document.schema().table(id("post_tags"))->primaryKey->columns, QList<Id>{id("post_tags.post_id")});
    ASSERT_TRUE(editor.removeItem<Column>(id("post_tags"), id("post_tags.post_id")));
    EXPECT_FALSE(document.schema().table(id("post_tags"))->primaryKey.has_value());
    EXPECT_TRUE(document.schema().table(id("post_tags"))->foreignKeys.isEmpty());
    EXPECT_TRUE(tw::test::danglingReferences(document.project()).isEmpty());

    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_TRUE(document.project() == original);
}
