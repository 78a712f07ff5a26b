// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace tw::views {
class TableEditor;
}

namespace tw::app {

/// Gives the Table dock's height to the diagram while the editor has no table to show (it shows only a one-line
/// hint then: a third of the window spent on it left the diagram a strip), and gives it back, at the height the
/// user last chose, as soon as a table is shown. A dock tabbed behind another (Database in front) is left alone.
class EditorDockSizer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCompactHeight = 72;  ///< title bar and the hint's line
    static constexpr int kDefaultHeight = 300; ///< the editor's height until the user resizes it
    static constexpr int kTabBarHeight = 26;   ///< the Table / Database tabs under the dock

    EditorDockSizer(QMainWindow *window, QDockWidget *dock, views::TableEditor *editor);

    /// Applies the current state (the window calls it once its size is known).
    void fit();

private:
    void follow(bool showsTable);
    void siblingShown(bool visible);
    void editorShown(bool visible);

    QMainWindow *m_window;
    QDockWidget *m_dock;
    views::TableEditor *m_editor;
    int m_expandedHeight = kDefaultHeight;
};

} // namespace tw::app
