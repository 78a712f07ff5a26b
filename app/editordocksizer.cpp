// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editordocksizer.h"

#include "views/editors/tableeditor.h"

#include <QDockWidget>
#include <QMainWindow>

namespace tw::app {
namespace {

// resizeDocks() sizes the dock area, the tabs below the docks included: about one tab bar more than the dock.
void resizeTo(QMainWindow *window, QDockWidget *dock, int height)
{
    window->resizeDocks({dock}, {height + EditorDockSizer::kTabBarHeight}, Qt::Vertical);
}

} // namespace

EditorDockSizer::EditorDockSizer(QMainWindow *window, QDockWidget *dock, views::TableEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
    , m_editor(editor)
{
    connect(editor, &views::TableEditor::showsTableChanged, this, &EditorDockSizer::follow);
}

void EditorDockSizer::fit()
{
    // The panels tabbed with the editor (Database) must not hold the area open while they are behind it: they
    // get the editor's height back whenever they come to the front.
    for (QDockWidget *sibling : m_window->tabifiedDockWidgets(m_dock)) {
        sibling->widget()->setMinimumHeight(1);
        connect(sibling, &QDockWidget::visibilityChanged, this, &EditorDockSizer::siblingShown, Qt::UniqueConnection);
    }
    connect(m_dock, &QDockWidget::visibilityChanged, this, &EditorDockSizer::editorShown, Qt::UniqueConnection);
    follow(m_editor->showsTable());
}

void EditorDockSizer::siblingShown(bool visible)
{
    auto *sibling = qobject_cast<QDockWidget *>(sender());
    if (visible && sibling && !sibling->isFloating() && sibling->height() < m_expandedHeight)
        resizeTo(m_window, sibling, m_expandedHeight);
}

void EditorDockSizer::editorShown(bool visible)
{
    if (visible)
        follow(m_editor->showsTable());
}

void EditorDockSizer::follow(bool showsTable)
{
    if (m_dock->isFloating() || !m_dock->widget()->isVisibleTo(m_window))
        return; // floating, closed, or behind another tab: its height is not the diagram's
    const int height = m_dock->height();
    if (showsTable && height < m_expandedHeight) {
        resizeTo(m_window, m_dock, m_expandedHeight);
    } else if (!showsTable && height > kCompactHeight) {
        if (height > 2 * kCompactHeight)
            m_expandedHeight = height; // the user's choice, restored when a table is shown again
        resizeTo(m_window, m_dock, kCompactHeight);
    }
}

} // namespace tw::app
