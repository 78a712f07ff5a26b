// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram's Group menu: the project's groups, No Group and New Group…, each one undo step.
#include "views/diagram/groupmenu.h"

#include "model/document/schemadocument.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::views::GroupMenu;

namespace {

const Id kTags(QStringLiteral("tags"));
const Id kProducts(QStringLiteral("products"));
const Id kUsers(QStringLiteral("users"));

Project groupedProject()
{
    Project project;
    for (const Id &id : {kTags, kProducts, kUsers}) {
        Table table;
        table.id = id;
        table.name = id.toString();
        project.schema.tables << table;
    }
    project.layout.items.insert(kTags, TableLayout{QPointF(0, 0), 0, {}, QStringLiteral("catalog")});
    project.layout.items.insert(kProducts, TableLayout{QPointF(300, 0), 0, {}, QStringLiteral("catalog")});
    project.layout.items.insert(kUsers, TableLayout{QPointF(600, 0), 0, {}, QStringLiteral("Accounts")});
    return project;
}

QAction *actionNamed(const QMenu &menu, const QString &text)
{
    for (QAction *action : menu.actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QStringList texts(const QMenu &menu)
{
    QStringList result;
    for (const QAction *action : menu.actions())
        result << (action->isSeparator() ? QStringLiteral("-") : action->text());
    return result;
}

TEST(GroupMenu, ListsTheGroupsAndChecksTheOneAllSelectedTablesShare)
{
    SchemaDocument document(groupedProject());
    EXPECT_EQ(document.layout().groups(), (QStringList{QStringLiteral("Accounts"), QStringLiteral("catalog")}));
    GroupMenu both(&document, {kTags, kProducts});
    EXPECT_EQ(texts(both), (QStringList{QStringLiteral("Accounts"), QStringLiteral("catalog"), QStringLiteral("-"),
                                        QStringLiteral("&No Group"), QStringLiteral("New Group…")}));
    EXPECT_TRUE(actionNamed(both, QStringLiteral("catalog"))->isChecked());
    EXPECT_FALSE(actionNamed(both, QStringLiteral("Accounts"))->isChecked());
    GroupMenu mixed(&document, {kTags, kUsers});
    EXPECT_FALSE(actionNamed(mixed, QStringLiteral("catalog"))->isChecked());
    EXPECT_FALSE(actionNamed(mixed, QStringLiteral("&No Group"))->isChecked());
}

TEST(GroupMenu, PickingAGroupMovesEverySelectedTableInOneUndoStep)
{
    SchemaDocument document(groupedProject());
    GroupMenu menu(&document, {kTags, kUsers});
    actionNamed(menu, QStringLiteral("Accounts"))->trigger();
    EXPECT_EQ(document.layout().item(kTags).group, QStringLiteral("Accounts"));
    EXPECT_EQ(document.layout().item(kUsers).group, QStringLiteral("Accounts"));
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.layout().item(kTags).group, QStringLiteral("catalog"));
}

TEST(GroupMenu, NoGroupClearsAndNewGroupAsksForATrimmedName)
{
    SchemaDocument document(groupedProject());
    QStringList answers{QStringLiteral("  billing  "), QStringLiteral("   ")};
    const auto ask = [&answers](QWidget *) {
        return answers.takeFirst();
    };
    GroupMenu menu(&document, {kProducts}, nullptr, ask);
    actionNamed(menu, QStringLiteral("New Group…"))->trigger();
    EXPECT_EQ(document.layout().item(kProducts).group, QStringLiteral("billing"));
    actionNamed(menu, QStringLiteral("New Group…"))->trigger(); // a blank answer cancels
    EXPECT_EQ(document.layout().item(kProducts).group, QStringLiteral("billing"));
    EXPECT_EQ(document.undoStack()->count(), 1);
    actionNamed(menu, QStringLiteral("&No Group"))->trigger();
    EXPECT_EQ(document.layout().item(kProducts).group, QString());
    EXPECT_EQ(document.undoStack()->count(), 2);
}

} // namespace
