// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/userprompts.h"
#include "model/schema/id.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {
class DiagramView;
class PendingChangesPanel;
class PendingPlanWatcher;
class SqlPreviewPanel;
class ProblemsPanel;
class TableEditor;
} // namespace tw::views

namespace tw::app {

class AdoptActions;
class EditActions;
class EditorDockSizer;
class FileActions;
class HelpActions;
class ImportActions;
class MigrationActions;
class StartPageController;
class SourceUpdater;
class ViewActions;

/// The designer window: the diagram in the centre; docks for the table editor, the SQL preview, the problems,
/// the pending changes, the undo history and the overview. Wiring only: the actions live in FileActions, EditActions
/// and ViewActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p prompts answers the window's questions (DialogPrompts when null).
    explicit MainWindow(std::unique_ptr<UserPrompts> prompts = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    model::SchemaDocument *document() const { return m_document; }
    views::DiagramView *diagram() const { return m_diagram; }
    views::TableEditor *tableEditor() const { return m_tableEditor; }
    views::ProblemsPanel *problemsPanel() const { return m_problems; }
    views::PendingPlanWatcher *pendingPlan() const { return m_pendingPlan; }
    views::PendingChangesPanel *pendingChangesPanel() const { return m_pendingChanges; }
    views::SqlPreviewPanel *sqlPreviewPanel() const { return m_sqlPreview; }
    FileActions *fileActions() const { return m_file; }
    EditActions *editActions() const { return m_edit; }
    ViewActions *viewActions() const { return m_view; }
    MigrationActions *migrationActions() const { return m_migration; }
    AdoptActions *adoptActions() const { return m_adopt; }
    ImportActions *importActions() const { return m_import; }
    HelpActions *helpActions() const { return m_help; }
    /// The start page over the diagram while no project is open.
    StartPageController *startPage() const { return m_start; }
    SourceUpdater *sourceUpdater() const { return m_sourceUpdater; }
    /// The status bar's note that the schema files cannot be read (hidden while they can).
    QLabel *sourceProblemLabel() const { return m_sourceProblem; }
    /// The Migration menu (objectName "migrationMenu"): apply and export add their actions here.
    QMenu *migrationMenu() const;
    /// The toolbar's migration group: actions added here appear after Generate Migration.
    QToolBar *migrationToolBar() const { return m_migrationBar; }

    bool openFile(const QString &filePath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createToolBar();
    void connectSourceUpdater();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *content, Qt::DockWidgetArea area);
    void updateTitle();
    static void showShortcutsInToolTips(QToolBar *bar);
    void showTable(const model::Id &tableId);
    /// Selects @p tableId on the diagram, centres it and opens it in the table editor with @p itemId (a column,
    /// index or constraint) selected: a clicked problem, a found column.
    void showItem(const model::Id &tableId, const model::Id &itemId);
    void editView(const model::Id &viewId);
    void restoreSettings();
    void showAbout();

    std::unique_ptr<UserPrompts> m_prompts;
    model::SchemaDocument *m_document;
    views::DiagramView *m_diagram;
    views::TableEditor *m_tableEditor;
    EditorDockSizer *m_editorDockSizer = nullptr;
    views::ProblemsPanel *m_problems;
    views::PendingPlanWatcher *m_pendingPlan;
    views::PendingChangesPanel *m_pendingChanges;
    views::SqlPreviewPanel *m_sqlPreview;
    FileActions *m_file;
    EditActions *m_edit;
    ViewActions *m_view;
    MigrationActions *m_migration;
    AdoptActions *m_adopt;
    ImportActions *m_import;
    HelpActions *m_help;
    StartPageController *m_start = nullptr;
    SourceUpdater *m_sourceUpdater;
    QToolBar *m_migrationBar = nullptr;
    QList<QDockWidget *> m_docks;
    QLabel *m_zoomLabel;
    QLabel *m_sourceProblem;
};

} // namespace tw::app
