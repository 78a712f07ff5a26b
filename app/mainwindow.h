// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/userprompts.h"
#include "model/schema/id.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {
class DiagramView;
class ProblemsPanel;
class TableEditor;
}

namespace tw::app {

class EditActions;
class FileActions;
class ViewActions;

/// The designer window: the diagram in the centre; docks for the table editor, the problems, the undo history
/// and the overview. Wiring only: the actions live in FileActions, EditActions and ViewActions.
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
    FileActions *fileActions() const { return m_file; }
    EditActions *editActions() const { return m_edit; }
    ViewActions *viewActions() const { return m_view; }

    bool openFile(const QString &filePath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createToolBar();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *content, Qt::DockWidgetArea area);
    void updateTitle();
    void showTable(const model::Id &tableId);
    void showProblem(const model::Id &tableId, const model::Id &itemId);
    void restoreSettings();
    void showAbout();

    std::unique_ptr<UserPrompts> m_prompts;
    model::SchemaDocument *m_document;
    views::DiagramView *m_diagram;
    views::TableEditor *m_tableEditor;
    views::ProblemsPanel *m_problems;
    FileActions *m_file;
    EditActions *m_edit;
    ViewActions *m_view;
    QList<QDockWidget *> m_docks;
    QLabel *m_zoomLabel;
};

} // namespace tw::app
