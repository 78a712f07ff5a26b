// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QMenuBar;

namespace tw::views {

/// One key (or several, for one action) and what it does.
struct Shortcut
{
    QString action; ///< "New Table", without the menu's & and trailing …
    QString keys;   ///< "Ctrl+T", several joined by ", " (the platform's own text)
};

/// The shortcuts of one menu ("Edit", "Arrange ▸ Align") or one place in the window ("Table editor").
struct ShortcutGroup
{
    QString title;
    QList<Shortcut> shortcuts;
};

/// Every action in @p menuBar's menus that has a key, grouped by menu (a submenu is a group of its own), in menu
/// order. Read from the actions themselves, so the list is whatever the window does now.
QList<ShortcutGroup> menuShortcuts(const QMenuBar *menuBar);

/// The keys that belong to no menu: the table editor's lists and the diagram (ItemListPage's and DiagramView's own).
QList<ShortcutGroup> placeShortcuts();

} // namespace tw::views
