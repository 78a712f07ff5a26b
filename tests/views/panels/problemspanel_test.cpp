// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/schemaedits.h"
#include "views/panels/problemspanel.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/itemmodels/problemsmodel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

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

TEST(ProblemsPanel, SummarySaysWhenTheSchemaIsValid)
{
    SchemaDocument document(oneTable());
    tw::views::ProblemsPanel panel(&document);
    EXPECT_EQ(panel.model()->errorCount(), 0);
    EXPECT_EQ(panel.findChild<QLabel *>()->text().contains(QStringLiteral("error")), panel.model()->errorCount() > 0);
}

} // namespace
