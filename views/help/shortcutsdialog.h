// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/help/shortcutlist.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace tw::views {

/// Help ▸ Keyboard Shortcuts: every key of the window, grouped by menu and place, with a search field that keeps the
/// rows whose action or key contains what is typed ("table", "ctrl+d").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<ShortcutGroup> &groups, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }

    /// Shows only the rows matching @p text (all of them when it is empty), and their groups.
    void filter(const QString &text);

private:
    QLineEdit *m_search;
    QTreeWidget *m_tree;
};

} // namespace tw::views
