// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"
#include "tests/support/schemaedits.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <type_traits>

using namespace tw::model;
using tw::test::commandKey;
using tw::test::id;

// Only commands change the document: a mutator without the key they alone can make does not compile.
template<typename Document>
concept MutableWithoutACommand = requires(Document &document, const Table &table, const ProjectSettings &settings)
{
    document.insertTable(0, table);
}
|| requires(Document &document, const ProjectSettings &settings)
{
    document.setSettings(settings);
};
static_assert(!MutableWithoutACommand<SchemaDocument>);
static_assert(!std::is_default_constructible_v<CommandKey>);

TEST(SchemaDocument, StartsEmptyCleanAndWithAnEmptyStack)
{
    SchemaDocument document;
    EXPECT_TRUE(document.project() == Project{});
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(SchemaDocument, InsertTableEmitsAboutToBeforeTheTableExistsAndInsertedAfter)
{
    SchemaDocument document(tw::test::sampleProject());
    Table table;
    table.id = id("tags");
    table.name = QStringLiteral("tags");
    qsizetype tablesAtAboutTo = -1;
    bool presentAtInserted = false;
    QObject context;
    QObject::connect(&document, &SchemaDocument::aboutToInsertTable, &context,
                     [&](int) { tablesAtAboutTo = document.schema().tables.size(); });
    QObject::connect(&document, &SchemaDocument::tableInserted, &context, [&](const Id &tableId, int row) {
        presentAtInserted = document.schema().tableRow(tableId) == row;
    });
    tw::test::SignalLog log(&document);

    ASSERT_TRUE(document.insertTable(commandKey(), 1, table));

    EXPECT_EQ(tablesAtAboutTo, 4);
    EXPECT_TRUE(presentAtInserted);
    EXPECT_EQ(log.entries, QStringList({QStringLiteral("aboutToInsertTable(1)"),
                                        QStringLiteral("tableInserted(tags,1)"), QStringLiteral("schemaChanged()")}));
}

TEST(SchemaDocument, InvalidMutationsChangeNothingAndEmitNothing)
{
    SchemaDocument document(tw::test::sampleProject());
    const Project before = document.project();
    tw::test::SignalLog log(&document);
    Table duplicate;
    duplicate.id = id("users");

    EXPECT_FALSE(document.insertTable(commandKey(), 0, duplicate));
    EXPECT_FALSE(document.insertTable(commandKey(), 9, Table{id("new"), {}, {}, {}, {}, {}, {}, {}, {}, {}}));
    EXPECT_FALSE(document.removeTable(commandKey(), id("missing")).has_value());
    EXPECT_FALSE(document.moveTable(commandKey(), 0, 4));
    EXPECT_FALSE(document.insertItem(commandKey(), id("missing"), 0, tw::test::column("missing", "x")));
    EXPECT_FALSE(document.insertItem(commandKey(), id("users"), 0, tw::test::column("users", "email")));
    EXPECT_FALSE(document.removeItem<Index>(commandKey(), id("users"), id("posts.author_title_idx")).has_value());
    EXPECT_FALSE(document.replaceItem(commandKey(), id("posts"), tw::test::column("users", "email")));

    EXPECT_TRUE(document.project() == before);
    EXPECT_TRUE(log.entries.isEmpty());
}

TEST(SchemaDocument, ItemSignalsCarryTableCollectionAndIds)
{
    SchemaDocument document(tw::test::sampleProject());
    QSignalSpy aboutToRemove(&document, &SchemaDocument::aboutToRemoveItem);
    QSignalSpy removed(&document, &SchemaDocument::itemRemoved);

    ASSERT_TRUE(document.removeItem<ForeignKey>(commandKey(), id("comments"), id("comments.user_fk")).has_value());

    ASSERT_EQ(aboutToRemove.count(), 1);
    ASSERT_EQ(removed.count(), 1);
    const QList<QVariant> args = removed.takeFirst();
    EXPECT_EQ(args.at(0).value<Id>(), id("comments"));
    EXPECT_EQ(args.at(1).value<TableCollection>(), TableCollection::ForeignKeys);
    EXPECT_EQ(args.at(2).value<Id>(), id("comments.user_fk"));
    EXPECT_EQ(args.at(3).toInt(), 1);
}

TEST(SchemaDocument, LayoutSettingsAndBaselineNeverEmitSchemaChanged)
{
    SchemaDocument document(tw::test::sampleProject());
    QSignalSpy schemaChanged(&document, &SchemaDocument::schemaChanged);
    QSignalSpy layoutChanged(&document, &SchemaDocument::layoutChanged);
    QSignalSpy settingsChanged(&document, &SchemaDocument::settingsChanged);
    QSignalSpy baselineChanged(&document, &SchemaDocument::baselineChanged);

    document.setLayoutItems(commandKey(),
                            {{id("users"), TableLayout{QPointF(5, 5), 200, Qt::red, QStringLiteral("auth")}}});
    ProjectSettings settings;
    settings.backupsToKeep = 2;
    document.setSettings(commandKey(), settings);
    Baseline baseline;
    baseline.snapshotId = QStringLiteral("abc");
    document.setBaseline(commandKey(), baseline);

    EXPECT_EQ(schemaChanged.count(), 0);
    ASSERT_EQ(layoutChanged.count(), 1);
    EXPECT_EQ(layoutChanged.at(0).at(0).value<QList<Id>>(), QList<Id>{id("users")});
    EXPECT_EQ(settingsChanged.count(), 1);
    EXPECT_EQ(baselineChanged.count(), 1);
    EXPECT_EQ(document.layout().item(id("users")).width, 200);
    EXPECT_EQ(document.settings().backupsToKeep, 2);
    EXPECT_EQ(document.baseline().snapshotId, QStringLiteral("abc"));
}

TEST(SchemaDocument, SourceStateIsSetOutsideTheUndoStackAndSignalledOnlyWhenItChanges)
{
    SchemaDocument document(tw::test::sampleProject());
    QSignalSpy sourceStateChanged(&document, &SchemaDocument::sourceStateChanged);
    QSignalSpy schemaChanged(&document, &SchemaDocument::schemaChanged);
    SourceState state;
    state.fileDigests.insert(QStringLiteral("src/db/schema.ts"), QByteArray("ab12"));

    document.setSourceState(state);
    document.setSourceState(state);

    EXPECT_EQ(document.project().source, state);
    EXPECT_EQ(sourceStateChanged.count(), 1);
    EXPECT_EQ(schemaChanged.count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST(SchemaDocument, ChangeGroupEmitsSchemaChangedOnceWhenTheOutermostGroupEnds)
{
    SchemaDocument document(tw::test::sampleProject());
    QSignalSpy schemaChanged(&document, &SchemaDocument::schemaChanged);
    {
        SchemaDocument::ChangeGroup outer(&document);
        {
            SchemaDocument::ChangeGroup inner(&document);
            document.removeItem<ForeignKey>(commandKey(), id("comments"), id("comments.user_fk"));
        }
        document.removeItem<ForeignKey>(commandKey(), id("posts"), id("posts.author_fk"));
        EXPECT_EQ(schemaChanged.count(), 0);
    }
    EXPECT_EQ(schemaChanged.count(), 1);
}

TEST(SchemaDocument, ResetProjectClearsTheStackAndEmitsProjectReset)
{
    SchemaDocument document;
    SchemaEditor editor(&document);
    Table table;
    table.name = QStringLiteral("t");
    ASSERT_FALSE(editor.addTable(table).isNull());
    ASSERT_TRUE(document.isModified());
    QSignalSpy reset(&document, &SchemaDocument::projectReset);
    QSignalSpy modified(&document, &SchemaDocument::modifiedChanged);

    document.resetProject(tw::test::sampleProject());

    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
    ASSERT_EQ(modified.count(), 1);
    EXPECT_FALSE(modified.at(0).at(0).toBool());
    EXPECT_TRUE(document.project() == tw::test::sampleProject());
}

TEST(SchemaDocument, CleanStateFollowsMarkSavedAndUndoBackToTheSavedPoint)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    QSignalSpy modified(&document, &SchemaDocument::modifiedChanged);

    ASSERT_TRUE(tw::test::renameTable(document, id("users"), QStringLiteral("accounts")));
    EXPECT_TRUE(document.isModified());
    document.markSaved();
    EXPECT_FALSE(document.isModified());
    ASSERT_TRUE(tw::test::renameTable(document, id("posts"), QStringLiteral("articles")));
    EXPECT_TRUE(document.isModified());
    document.undoStack()->undo();
    EXPECT_FALSE(document.isModified()); // back at the saved point
    document.undoStack()->undo();
    EXPECT_TRUE(document.isModified()); // before the saved point is a change too

    QList<bool> states;
    for (const QList<QVariant> &args : modified)
        states << args.at(0).toBool();
    EXPECT_EQ(states, QList<bool>({true, false, true, false, true}));
}

TEST(SchemaDocument, TypingDoesNotMergeAcrossTheSavedPoint)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    ASSERT_TRUE(tw::test::renameTable(document, id("users"), QStringLiteral("u"), true));
    document.markSaved();
    ASSERT_TRUE(tw::test::renameTable(document, id("users"), QStringLiteral("us"), true));

    EXPECT_EQ(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.schema().table(id("users"))->name, QStringLiteral("u"));
}

TEST(SchemaDocument, FilePathChangeIsSignalledOnce)
{
    SchemaDocument document;
    QSignalSpy spy(&document, &SchemaDocument::filePathChanged);
    document.setFilePath(QStringLiteral("/tmp/a.twproj"));
    document.setFilePath(QStringLiteral("/tmp/a.twproj"));
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(document.filePath(), QStringLiteral("/tmp/a.twproj"));
}

TEST(SchemaDocument, DestroyingAModifiedDocumentNeverCallsBackIntoIt)
{
    auto document = std::make_unique<SchemaDocument>();
    SchemaEditor editor(document.get());
    Table table;
    table.name = QStringLiteral("t");
    ASSERT_FALSE(editor.addTable(table).isNull());
    ASSERT_TRUE(document->isModified());
    int calls = 0;
    QObject::connect(document.get(), &SchemaDocument::modifiedChanged, [&, doc = document.get()](bool) {
        ++calls;
        doc->isModified(); // would touch a stack that is being destroyed
    });
    document.reset();
    EXPECT_EQ(calls, 0);
}
