// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/panels/findtablepopup.h"

#include "model/document/schemadocument.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

Project tables(const QStringList &names)
{
    Project project;
    for (const QString &name : names) {
        Table t;
        t.id = Id(QStringLiteral("t.") + name);
        t.name = name;
        project.schema.tables << t;
    }
    return project;
}

int visibleRows(const QListWidget *list)
{
    int rows = 0;
    for (int row = 0; row < list->count(); ++row)
        rows += list->item(row)->isHidden() ? 0 : 1;
    return rows;
}

TEST(FindTablePopup, FilterNarrowsTheListAndEnterPicksTheFirstMatch)
{
    SchemaDocument document(
        tables({QStringLiteral("users"), QStringLiteral("products"), QStringLiteral("product_tags")}));
    QWidget host;
    host.resize(400, 300);
    host.show();
    tw::views::FindTablePopup popup(&document, &host);
    popup.popup(&host);
    EXPECT_EQ(visibleRows(popup.list()), 3);
    QSignalSpy chosen(&popup, &tw::views::FindTablePopup::tableChosen);
    QTest::keyClicks(popup.filterEdit(), QStringLiteral("PROD"));
    EXPECT_EQ(visibleRows(popup.list()), 2);
    QTest::keyClick(popup.filterEdit(), Qt::Key_Down);
    QTest::keyClick(popup.filterEdit(), Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.first().at(0).value<Id>(), Id(QStringLiteral("t.product_tags")));
    EXPECT_TRUE(chosen.first().at(1).value<Id>().isNull()) << "a table, no column";
    EXPECT_FALSE(popup.isVisible());
}

TEST(FindTablePopup, NoMatchPicksNothing)
{
    SchemaDocument document(tables({QStringLiteral("users")}));
    tw::views::FindTablePopup popup(&document);
    popup.popup(nullptr);
    QSignalSpy chosen(&popup, &tw::views::FindTablePopup::tableChosen);
    QTest::keyClicks(popup.filterEdit(), QStringLiteral("zzz"));
    QTest::keyClick(popup.filterEdit(), Qt::Key_Return);
    EXPECT_EQ(chosen.count(), 0);
}

TEST(FindTablePopup, ListIsReadFreshFromTheDocumentEachTime)
{
    SchemaDocument document(tables({QStringLiteral("users")}));
    tw::views::FindTablePopup popup(&document);
    popup.popup(nullptr);
    EXPECT_EQ(popup.list()->count(), 1);
    popup.hide();
    document.resetProject(tables({QStringLiteral("a"), QStringLiteral("b")}));
    popup.popup(nullptr);
    EXPECT_EQ(popup.list()->count(), 2);
}

TEST(FindTablePopup, ColumnsMatchOnceSomethingIsTypedAndPickTheirTableAndColumn)
{
    Project project = tables({QStringLiteral("users"), QStringLiteral("email_log")});
    for (const QString &name : {QStringLiteral("id"), QStringLiteral("email")}) {
        Column column;
        column.id = Id(QStringLiteral("c.users.") + name);
        column.name = name;
        project.schema.tables[0].columns << column;
    }
    SchemaDocument document(project);
    tw::views::FindTablePopup popup(&document);
    popup.popup(nullptr);
    EXPECT_EQ(visibleRows(popup.list()), 2) << "an empty filter lists the tables only";
    QSignalSpy chosen(&popup, &tw::views::FindTablePopup::tableChosen);
    QTest::keyClicks(popup.filterEdit(), QStringLiteral("mail"));
    ASSERT_EQ(visibleRows(popup.list()), 2);
    EXPECT_EQ(popup.list()->currentItem()->text(), QStringLiteral("email_log")) << "tables come first";
    QTest::keyClick(popup.filterEdit(), Qt::Key_Down);
    EXPECT_EQ(popup.list()->currentItem()->text(), QStringLiteral("users.email"));
    QTest::keyClick(popup.filterEdit(), Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.first().at(0).value<Id>(), Id(QStringLiteral("t.users")));
    EXPECT_EQ(chosen.first().at(1).value<Id>(), Id(QStringLiteral("c.users.email")));
}

} // namespace
