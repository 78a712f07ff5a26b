// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/help/shortcutlist.h"

#include "views/editors/itemlistpage.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace tw::views {
namespace {

QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("\u2026")))
        text.chop(1);
    return text.trimmed();
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts << key.toString(QKeySequence::NativeText);
    }
    return texts.join(QStringLiteral(", "));
}

void collect(const QMenu *menu, const QString &title, QList<ShortcutGroup> *groups)
{
    ShortcutGroup group{title, {}};
    QList<const QMenu *> submenus;
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            submenus << action->menu();
            continue;
        }
        if (!action->isSeparator() && !keysText(action->shortcuts()).isEmpty())
            group.shortcuts << Shortcut{plainText(action->text()), keysText(action->shortcuts())};
    }
    if (!group.shortcuts.isEmpty())
        *groups << group;
    for (const QMenu *submenu : std::as_const(submenus))
        collect(submenu, title + QStringLiteral(" \u25b8 ") + plainText(submenu->title()), groups);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::views::Shortcuts", text);
}

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

QList<ShortcutGroup> menuShortcuts(const QMenuBar *menuBar)
{
    QList<ShortcutGroup> groups;
    for (const QAction *action : menuBar->actions()) {
        if (action->menu())
            collect(action->menu(), plainText(action->menu()->title()), &groups);
    }
    return groups;
}

QList<ShortcutGroup> placeShortcuts()
{
    const QString add =
        keysText({ItemListPage::addKeys(), QKeySequence(Qt::CTRL | Qt::Key_Enter), QKeySequence(Qt::Key_Insert)});
    ShortcutGroup editor{tr("Table editor (columns, indexes, keys)"),
                         {{tr("Add a row and edit its name"), add},
                          {tr("Remove the current row"), native(ItemListPage::removeKeys())},
                          {tr("Move the current row up"), native(QKeySequence(Qt::ALT | Qt::Key_Up))},
                          {tr("Move the current row down"), native(QKeySequence(Qt::ALT | Qt::Key_Down))},
                          {tr("Edit the current cell"), native(QKeySequence(Qt::Key_F2))},
                          {tr("Next cell"), native(QKeySequence(Qt::Key_Tab))}}};
    ShortcutGroup diagram{tr("Diagram"),
                          {{tr("Move the selected cards"), tr("Arrow keys")},
                           {tr("Move the selected cards by one pixel"), tr("Shift+Arrow keys")},
                           {tr("Pan"), tr("Space+drag, or the middle button")},
                           {tr("Zoom"), tr("Ctrl+wheel")},
                           {tr("Edit a table (or the column under the pointer)"), tr("Double-click")}}};
    return {editor, diagram};
}

} // namespace tw::views
