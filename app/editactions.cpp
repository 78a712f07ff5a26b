// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editactions.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/schema/uniquenames.h"
#include "views/common/icons.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"
#include "views/editors/relationshipdialog.h"
#include "views/editors/vieweditordialog.h"
#include "views/panels/findtablepopup.h"

#include <QAction>
#include <QMessageBox>

#include <QUndoStack>
#include <algorithm>

namespace tw::app {

EditActions::EditActions(model::SchemaDocument *document, views::DiagramView *diagram, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_diagram(diagram)
    , m_window(window)
    , m_findPopup(new views::FindTablePopup(document, window))
{
    QUndoStack *stack = document->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(views::icons::icon(QStringLiteral("edit-undo")));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(views::icons::icon(QStringLiteral("edit-redo")));
    // Ctrl+Y beside the platform's redo key (Ctrl+Shift+Z here), as Windows-trained hands and drawDB expect.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redo->setShortcuts(redoKeys);

    m_newTable = new QAction(views::icons::icon(QStringLiteral("table-add")), tr("New &Table"), this);
    m_newTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_newTable->setStatusTip(tr("Add a table with an id key to the diagram"));
    connect(m_newTable, &QAction::triggered, this, &EditActions::addTable);

    m_newRelationship =
        new QAction(views::icons::icon(QStringLiteral("relationship-add")), tr("New &Relationship…"), this);
    m_newRelationship->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_newRelationship->setStatusTip(
        tr("Add a foreign key from a child table to a parent's key, with its column and index"));
    connect(m_newRelationship, &QAction::triggered, this, &EditActions::addRelationship);

    m_newView = new QAction(views::icons::icon(QStringLiteral("view-add")), tr("New &View…"), this);
    m_newView->setStatusTip(tr("Add a database view defined by a SELECT"));
    connect(m_newView, &QAction::triggered, this, &EditActions::addView);

    m_delete = new QAction(views::icons::icon(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setStatusTip(tr("Remove the selected tables and views, and the foreign keys pointing at the tables"));
    // Only while the diagram has focus: Delete in a text field or the column table must stay theirs.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    diagram->addAction(m_delete);
    connect(m_delete, &QAction::triggered, m_diagram, &views::DiagramView::deleteSelected);

    m_selectAll = new QAction(tr("Select &All Tables"), this);
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Ctrl+A in a text field stays the field's
    diagram->addAction(m_selectAll);
    connect(m_selectAll, &QAction::triggered, this, [this] {
        QList<model::Id> ids;
        for (const model::Table &table : m_document->schema().tables)
            ids << table.id;
        m_diagram->selectTables(ids);
    });

    m_duplicate = new QAction(tr("D&uplicate Tables"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setStatusTip(tr("Copy the selected tables with their columns, indexes and keys, as one undo step"));
    m_duplicate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    diagram->addAction(m_duplicate);
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const QList<model::Id> copies = model::SchemaEditor(m_document).duplicateTables(m_diagram->selectedTableIds());
        if (!copies.isEmpty())
            m_diagram->selectTables(copies);
    });

    m_rename = new QAction(tr("Re&name Table"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setStatusTip(tr("Edit the selected table's name in the table editor"));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    diagram->addAction(m_rename);
    connect(m_rename, &QAction::triggered, this, [this] {
        const QList<model::Id> selected = m_diagram->selectedTableIds();
        if (selected.size() == 1)
            Q_EMIT renameRequested(selected.first());
    });

    m_find = new QAction(views::icons::icon(QStringLiteral("edit-find")), tr("&Find Table or Column…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] { m_findPopup->popup(m_diagram); });
    connect(m_findPopup, &views::FindTablePopup::tableChosen, this, &EditActions::tableFound);

    m_manyToMany = new QAction(views::icons::icon(QStringLiteral("many-to-many")), tr("&Many-to-Many Link"), this);
    m_manyToMany->setStatusTip(tr("Add a junction table between the two selected tables"));
    connect(m_manyToMany, &QAction::triggered, m_diagram, &views::DiagramView::createManyToMany);

    m_addNote = new QAction(tr("Add &Note"), this);
    m_addNote->setStatusTip(tr("Put a text note on the diagram (double-click a note to edit it)"));
    connect(m_addNote, &QAction::triggered, m_diagram, &views::DiagramView::addNote);
    m_newDiagramView = new QAction(tr("New Diagram View from &Selection…"), this);
    m_newDiagramView->setStatusTip(tr("A named diagram of just the selected tables, with its own layout, in a tab"));
    connect(m_newDiagramView, &QAction::triggered, m_diagram, &views::DiagramView::newViewFromSelection);

    connect(m_diagram, &views::DiagramView::selectionChanged, this, &EditActions::updateSelectionActions);
    updateSelectionActions(m_diagram->selectedTableIds());
}

void EditActions::updateSelectionActions(const QList<model::Id> &selected)
{
    m_delete->setEnabled(!selected.isEmpty() || !m_diagram->selectedViewIds().isEmpty() ||
                         !m_diagram->diagramScene()->selectedNoteIds().isEmpty());
    m_newDiagramView->setEnabled(!selected.isEmpty() || !m_diagram->selectedViewIds().isEmpty());
    m_manyToMany->setEnabled(selected.size() == 2);
    m_duplicate->setEnabled(!selected.isEmpty());
    m_rename->setEnabled(selected.size() == 1);
}

QPointF EditActions::viewCentre() const
{
    return m_diagram->mapToScene(m_diagram->viewport()->rect().center()) - QPointF(80, 40);
}

bool EditActions::addRelationship()
{
    if (m_document->schema().tables.isEmpty()) {
        QMessageBox::information(m_window, tr("New Relationship"),
                                 tr("A relationship joins two tables: add a table first (New Table)."));
        return false;
    }
    // Auto-layout puts parents above children: of two selected cards the upper one (the left one on a tie) is
    // taken as the parent.
    QList<model::Id> selected = m_diagram->selectedTableIds();
    std::sort(selected.begin(), selected.end(), [this](const model::Id &a, const model::Id &b) {
        const QPointF pa = m_document->layout().item(a).position;
        const QPointF pb = m_document->layout().item(b).position;
        return std::pair(pa.y(), pa.x()) > std::pair(pb.y(), pb.x());
    });
    views::RelationshipDialog dialog(m_document, selected.value(0), selected.value(1), m_window);
    return dialog.exec() == QDialog::Accepted;
}

model::Id EditActions::addView()
{
    model::View draft;
    draft.name = model::uniquenames::unusedName(m_document->schema(), model::uniquenames::Kind::View,
                                                QStringLiteral("view"), model::uniquenames::Numbering::Always);
    views::ViewEditorDialog dialog(m_document, draft, viewCentre(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.viewId();
}

model::Id EditActions::addTable()
{
    model::Table table;
    table.name = model::uniquenames::unusedName(m_document->schema(), model::uniquenames::Kind::Table,
                                                QStringLiteral("table"), model::uniquenames::Numbering::Always);
    model::Column id;
    id.name = QStringLiteral("id");
    id.type = model::SqlType::Integer;
    id.primaryKey = true;
    id.autoincrement = true;
    id.notNull = true;
    table.columns << id;
    const model::Id tableId = model::SchemaEditor(m_document).addTable(table, m_diagram->placeForNewTable(table));
    if (!tableId.isNull()) {
        m_diagram->selectTables({tableId});
        Q_EMIT tableCreated(tableId);
    }
    return tableId;
}

} // namespace tw::app
