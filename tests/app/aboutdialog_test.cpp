// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About Tablewright: the version from CMake's project(), the Qt version and the licence.
#include "app/aboutdialog.h"
#include "app/mainwindow.h"
#include "tests/app/windowfixture.h"
#include "tests/support/printers.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

#include <gtest/gtest.h>

namespace {

QString allLabelText(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

TEST(AboutDialog, ShowsVersionQtVersionAndLicence)
{
    tw::app::AboutDialog dialog;
    const QString text = allLabelText(dialog);
    EXPECT_TRUE(text.contains(QStringLiteral("Tablewright " TW_VERSION))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GNU General Public License"))) << text.toStdString();
    EXPECT_TRUE(dialog.detailsText().startsWith(QStringLiteral("Version " TW_VERSION)));
}

TEST(AboutDialog, HelpMenuOpensIt)
{
    tw::test::ScriptedPrompts::Script script;
    tw::app::MainWindow window(std::make_unique<tw::test::ScriptedPrompts>(&script));
    QAction *about = nullptr;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->menu() == nullptr)
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->menuRole() == QAction::AboutRole)
                about = action;
        }
    }
    ASSERT_NE(about, nullptr);
    QString shownTitle;
    // The dialog is modal: from inside its event loop, note it and close it. Polling (for at most 5 s) rather
    // than one shot, so that a dialog that never shows fails the test instead of hanging it.
    QTimer poll;
    int attempts = 0;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (auto *dialog = qobject_cast<tw::app::AboutDialog *>(QApplication::activeModalWidget())) {
            shownTitle = dialog->windowTitle();
            dialog->reject();
        }
        if (!shownTitle.isEmpty()) {
            poll.stop();
        } else if (++attempts > 500) {
            poll.stop();
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
                    dialog->reject(); // not the About dialog: fail below rather than wait forever
            }
        }
    });
    poll.start(10);
    about->trigger();
    EXPECT_EQ(shownTitle, QStringLiteral("About Tablewright"));
}

} // namespace
