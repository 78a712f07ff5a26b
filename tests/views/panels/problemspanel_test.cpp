// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/schemaedits.h"
#include "views/panels/problemspanel.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/itemmodels/problemsmodel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

Project oneTable()
{
    Project project;
    Table t;
    t.id = Id(QStringLiteral("notes"));
    t.name = QStringLiteral("notes");
    Column id;
    id.id = Id(QStringLiteral("notes.id"));
    id.name = QStringLiteral("id");
    id.type = SqlType::Integer;
    id.primaryKey = true;
    Column body;
    body.id = Id(QStringLiteral("notes.body"));
    body.name = QStringLiteral("body");
    t.columns << id << body;
    project.schema.tables << t;
    return project;
}

TEST(ProblemsPanel, ClickingAFindingReportsItsTableAndItem)
{
    SchemaDocument document(oneTable());
    tw::views::ProblemsPanel panel(&document);
    panel.resize(600, 300);
    panel.show();
    ASSERT_TRUE(tw::test::renameItem<Column>(document, Id(QStringLiteral("notes")), Id(QStringLiteral("notes.body")),
                                             QStringLiteral("id")));
    ASSERT_GT(panel.model()->errorCount(), 0);
    EXPECT_TRUE(panel.findChild<QLabel *>()->text().contains(QStringLiteral("error")));
    QSignalSpy activated(&panel, &tw::views::ProblemsPanel::problemActivated);
    const QModelIndex first = panel.model()->index(0, ProblemsModel::Message);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(first).center());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().at(0).value<Id>(), Id(QStringLiteral("notes")));
    EXPECT_FALSE(activated.first().at(1).value<Id>().isNull());
}

// A finding whose message names its remedy is fixed from the panel in one click (one undo step).
TEST(ProblemsPanel, TheFixButtonAppliesTheSelectedFindingsRemedy)
{
    Project project = oneTable();
    Table users;
    users.id = Id(QStringLiteral("users"));
    users.name = QStringLiteral("users");
    Column key;
    key.id = Id(QStringLiteral("users.id"));
    key.name = QStringLiteral("id");
    key.type = SqlType::Integer;
    key.primaryKey = true;
    users.columns << key;
    project.schema.tables.prepend(users);
    ForeignKey author;
    author.id = Id(QStringLiteral("notes.fk"));
    author.columns = {Id(QStringLiteral("notes.body"))};
    author.targetTable = users.id;
    author.targetColumns = {key.id};
    project.schema.tables[1].columns[1].type = SqlType::Integer;
    project.schema.tables[1].foreignKeys << author;
    SchemaDocument document(project);
    tw::views::ProblemsPanel panel(&document);
    panel.resize(390, 400);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));

    const auto &findings = panel.model()->findings();
    const auto row = std::find_if(findings.cbegin(), findings.cend(),
                                  [](const Finding &f) { return f.rule == QLatin1String("fk-without-index"); });
    ASSERT_NE(row, findings.cend());
    panel.view()->setCurrentIndex(panel.model()->index(int(row - findings.cbegin()), ProblemsModel::Message));
    ASSERT_TRUE(panel.fixButton()->isEnabled());
    EXPECT_EQ(panel.fixTitle()->text(), QStringLiteral("Add index notes_body_idx"));
    QTest::mouseClick(panel.fixButton(), Qt::LeftButton);
    ASSERT_EQ(document.schema().tables[1].indexes.size(), 1);
    EXPECT_EQ(document.schema().tables[1].indexes.first().name, QStringLiteral("notes_body_idx"));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(std::none_of(panel.model()->findings().cbegin(), panel.model()->findings().cend(),
                             [](const Finding &f) { return f.rule == QLatin1String("fk-without-index"); }));
    document.undoStack()->undo();
    EXPECT_TRUE(document.schema().tables[1].indexes.isEmpty());
}

TEST(ProblemsPanel, SummarySaysWhenTheSchemaIsValid)
{
    SchemaDocument document(oneTable());
    tw::views::ProblemsPanel panel(&document);
    EXPECT_EQ(panel.model()->errorCount(), 0);
    EXPECT_EQ(panel.findChild<QLabel *>()->text().contains(QStringLiteral("error")), panel.model()->errorCount() > 0);
}

} // namespace

namespace {

// A big schema is validated off the window's thread: the edit returns at once, the list keeps the earlier
// findings until the newest schema's are ready, and a burst of edits ends with the last one's findings.
TEST(ProblemsModelInBackground, ABigSchemasFindingsArriveWithoutBlockingTheEdit)
{
    SchemaDocument document(oneTable());
    ProblemsModel model(&document);
    model.setBackgroundFrom(0); // every schema counts as big
    ASSERT_EQ(model.errorCount(), 0);
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("id")}) {
        ASSERT_TRUE(tw::test::renameItem<Column>(document, Id(QStringLiteral("notes")),
                                                 Id(QStringLiteral("notes.body")), name));
    }
    EXPECT_TRUE(model.isValidating());
    EXPECT_EQ(model.errorCount(), 0); // not yet: the findings of the earlier schema
    ASSERT_TRUE(QTest::qWaitFor([&model] { return !model.isValidating(); }, 5000));
    EXPECT_GT(model.errorCount(), 0); // the last rename's duplicate name
    const auto &findings = model.findings();
    EXPECT_TRUE(std::any_of(findings.cbegin(), findings.cend(),
                            [](const Finding &f) { return f.rule == QLatin1String("duplicate-column-name"); }));
}

} // namespace
