// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ Keyboard Shortcuts (read from the window's actions) and Help ▸ User Guide (bundled).
#include "app/editactions.h"
#include "app/helpactions.h"
#include "app/mainwindow.h"
#include "tests/app/windowfixture.h"
#include "views/help/shortcutsdialog.h"
#include "views/help/userguidewindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using tw::views::ShortcutsDialog;
using tw::views::UserGuideWindow;

namespace {

/// "Group / Action = Keys" for every visible row of the dialog.
QStringList rows(const QTreeWidget *tree)
{
    QStringList lines;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->isHidden() && !group->child(i)->isHidden())
                lines << QStringLiteral("%1 / %2 = %3")
                             .arg(group->text(0), group->child(i)->text(0), group->child(i)->text(1));
        }
    }
    return lines;
}

/// Every action with a key in @p menu and its submenus, found without the dialog's code.
void actionsWithKeys(const QMenu *menu, QList<const QAction *> *found)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            actionsWithKeys(action->menu(), found);
        else if (!action->shortcut().isEmpty())
            *found << action;
    }
}

class HelpTest : public tw::test::ShopWindowTest
{
protected:
    /// Opens Help ▸ Keyboard Shortcuts as the user does and reads the dialog while it is up.
    QStringList shownShortcuts(const QString &search = {})
    {
        QStringList shown;
        QTimer::singleShot(0, [&shown, search] {
            auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->searchField()->setText(search);
            shown = rows(dialog->tree());
            dialog->reject();
        });
        window->helpActions()->shortcutsAction()->trigger();
        return shown;
    }
};

TEST_F(HelpTest, TheHelpMenuHasTheGuideOnF1AndTheShortcutsBeforeAbout)
{
    QMenu *help = window->menuBar()->actions().last()->menu();
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->actions().value(0), window->helpActions()->userGuideAction());
    EXPECT_EQ(help->actions().value(1), window->helpActions()->shortcutsAction());
    EXPECT_EQ(window->helpActions()->userGuideAction()->shortcut(), QKeySequence(Qt::Key_F1));
}

TEST_F(HelpTest, TheShortcutsListNamesNewTableAndRename)
{
    window->show();
    const QStringList shown = shownShortcuts();
    EXPECT_TRUE(shown.contains(QStringLiteral("Edit / New Table = Ctrl+T"))) << shown.join(u'\n').toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Edit / Rename Table = F2"))) << shown.join(u'\n').toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Table editor (columns, indexes, keys) / Remove the current row = "
                                              "Ctrl+Del")))
        << shown.join(u'\n').toStdString();
}

TEST_F(HelpTest, EveryMenuActionWithAKeyIsListedEvenOneAddedLater)
{
    window->show();
    QMenu *arrange = nullptr;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->title() == QStringLiteral("&Arrange"))
            arrange = menu->menu();
    }
    ASSERT_NE(arrange, nullptr);
    QAction *added = arrange->addAction(QStringLiteral("&Straighten Lines"));
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));

    QList<const QAction *> expected;
    for (const QAction *menu : window->menuBar()->actions())
        actionsWithKeys(menu->menu(), &expected);
    const QStringList shown = shownShortcuts();
    ASSERT_GE(expected.size(), 15);
    for (const QAction *action : std::as_const(expected)) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(u'&').remove(QStringLiteral("\u2026"));
        const bool listed = std::any_of(shown.cbegin(), shown.cend(), [&](const QString &row) {
            return row.contains(QStringLiteral(" / %1 = ").arg(text)) && row.contains(keys);
        });
        EXPECT_TRUE(listed) << text.toStdString() << " (" << keys.toStdString() << ") is not listed";
    }
    EXPECT_TRUE(shown.contains(QStringLiteral("Arrange / Straighten Lines = Ctrl+Alt+L")));
}

TEST_F(HelpTest, SearchKeepsTheRowsMatchingAnActionOrAKey)
{
    window->show();
    const QStringList byKey = shownShortcuts(QStringLiteral("ctrl+t"));
    EXPECT_TRUE(byKey.contains(QStringLiteral("Edit / New Table = Ctrl+T"))) << byKey.join(u'\n').toStdString();
    for (const QString &row : byKey)
        EXPECT_TRUE(row.contains(QStringLiteral("Ctrl+T"), Qt::CaseInsensitive)) << row.toStdString();
    const QStringList byName = shownShortcuts(QStringLiteral("relationship"));
    EXPECT_EQ(byName, QStringList{QStringLiteral("Edit / New Relationship = Ctrl+R")});
}

TEST_F(HelpTest, TheUserGuideShowsTheBundledGuideWithItsHeadingsAsContents)
{
    QFile bundled(QStringLiteral(":/guide/user-guide.md"));
    ASSERT_TRUE(bundled.open(QIODevice::ReadOnly)) << "the guide is compiled into the binary";
    const QString firstLine = QString::fromUtf8(bundled.readLine()).trimmed();
    ASSERT_TRUE(firstLine.startsWith(QLatin1String("# User guide")));

    window->helpActions()->userGuideAction()->trigger();
    UserGuideWindow *guide = window->findChild<UserGuideWindow *>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    QTextBlock first = guide->browser()->document()->begin();
    while (first.isValid() && first.blockFormat().headingLevel() == 0)
        first = first.next();
    EXPECT_EQ(first.text(), firstLine.mid(2));
    ASSERT_GT(guide->contents()->topLevelItemCount(), 0);
    EXPECT_EQ(guide->contents()->topLevelItem(0)->text(0), firstLine.mid(2));
    EXPECT_GE(guide->contents()->topLevelItem(0)->childCount(), 8) << "the numbered sections under the title";
}

TEST_F(HelpTest, TheGuidesPicturesAreBundledAndItsHeadingsReachable)
{
    UserGuideWindow *guide = window->helpActions()->showUserGuide();
    guide->resize(1000, 700);
    const QImage picture =
        guide->browser()
            ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/guide-open.png")))
            .value<QImage>();
    EXPECT_FALSE(picture.isNull()) << "the pictures the guide shows are bundled with it";
    EXPECT_LE(picture.width(), 720) << "a whole-window screenshot is shown at reading width";
    EXPECT_TRUE(guide->showHeading(QStringLiteral("7a-deploy-to-d1")));
    EXPECT_GT(guide->browser()->verticalScrollBar()->value(), 0);
    EXPECT_FALSE(guide->showHeading(QStringLiteral("no-such-heading")));
}

TEST_F(HelpTest, ALinkToABundledDocumentOpensItInTheGuideAndBackReturns)
{
    UserGuideWindow *guide = window->helpActions()->showUserGuide();
    Q_EMIT guide->browser()->anchorClicked(QUrl(QStringLiteral("cli.md")));
    EXPECT_EQ(guide->browser()->source(), QUrl(QStringLiteral("qrc:/guide/cli.md")));
    ASSERT_GT(guide->contents()->topLevelItemCount(), 0);
    EXPECT_TRUE(
        guide->contents()->topLevelItem(0)->text(0).contains(QStringLiteral("command-line"), Qt::CaseInsensitive))
        << guide->contents()->topLevelItem(0)->text(0).toStdString();
    auto *back = guide->findChild<QToolButton *>(QStringLiteral("guideBack"));
    ASSERT_NE(back, nullptr);
    ASSERT_TRUE(back->isEnabled());
    back->click();
    EXPECT_EQ(guide->browser()->source(), UserGuideWindow::guideUrl());
}

} // namespace
