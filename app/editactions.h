// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QObject>
#include <QPointF>

class QAction;
class QWidget;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {
class DiagramView;
class FindTablePopup;
} // namespace tw::views

namespace tw::app {

/// Undo, Redo, New Table, New Relationship, New View, Delete, Find Table and Many-to-Many: the Edit menu. Each
/// edit is one undo step.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(model::SchemaDocument *document, views::DiagramView *diagram, QWidget *window);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *newTableAction() const { return m_newTable; }
    QAction *newRelationshipAction() const { return m_newRelationship; }
    QAction *newViewAction() const { return m_newView; }
    QAction *deleteAction() const { return m_delete; }
    QAction *findAction() const { return m_find; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *renameAction() const { return m_rename; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *manyToManyAction() const { return m_manyToMany; }
    QAction *addNoteAction() const { return m_addNote; }
    QAction *newDiagramViewAction() const { return m_newDiagramView; }
    views::FindTablePopup *findPopup() const { return m_findPopup; }

    /// Adds `table_N` with an `id` key where the diagram's view is centred, and selects it.
    model::Id addTable();
    /// Opens New Relationship: with one table selected it is the child; with two, the upper card (the left one
    /// when level) is the parent, as auto-layout places parents above children. Whether one was added.
    bool addRelationship();
    /// Opens the view editor for a new view placed where the diagram's view is centred; its id, or a null id.
    model::Id addView();

Q_SIGNALS:
    /// A table was created through New Table: the window shows it in the editor, ready for its name.
    void tableCreated(const tw::model::Id &tableId);
    /// F2 on the diagram with one table selected: the window puts its name field in focus, text selected.
    void renameRequested(const tw::model::Id &tableId);
    /// Find picked a table: it is selected and centred in the diagram.
    /// Find picked a table, or a column (@p columnId) of it: the window shows it (MainWindow::showItem).
    void tableFound(const tw::model::Id &tableId, const tw::model::Id &columnId);

private:
    QPointF viewCentre() const;
    void updateSelectionActions(const QList<model::Id> &selected);

    model::SchemaDocument *m_document;
    views::DiagramView *m_diagram;
    QWidget *m_window;
    views::FindTablePopup *m_findPopup;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_newTable;
    QAction *m_newRelationship;
    QAction *m_newView;
    QAction *m_delete;
    QAction *m_find;
    QAction *m_selectAll;
    QAction *m_rename;
    QAction *m_duplicate;
    QAction *m_manyToMany;
    QAction *m_addNote;
    QAction *m_newDiagramView;
};

} // namespace tw::app
