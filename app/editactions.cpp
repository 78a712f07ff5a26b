// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editactions.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/schema/naming.h"
#include "views/common/icons.h"
#include "views/diagram/diagramview.h"
#include "views/panels/findtablepopup.h"

#include <QAction>
#include <QUndoStack>

namespace tw::app {
namespace {

QString unusedTableName(const model::Schema &schema)
{
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("table_%1").arg(n);
        if (!schema.tableNamed(name))
            return name;
    }
}

} // namespace

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
    m_redo->setShortcut(QKeySequence::Redo);

    m_newTable = new QAction(views::icons::icon(QStringLiteral("table-add")), tr("New &Table"), this);
    m_newTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_newTable->setStatusTip(tr("Add a table with an id key to the diagram"));
    connect(m_newTable, &QAction::triggered, this, &EditActions::addTable);

    m_delete = new QAction(views::icons::icon(QStringLiteral("edit-delete")), tr("&Delete Tables"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setStatusTip(tr("Remove the selected tables and the foreign keys pointing at them"));
    // Only while the diagram has focus: Delete in a text field or the column table must stay theirs.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    diagram->addAction(m_delete);
    connect(m_delete, &QAction::triggered, m_diagram, &views::DiagramView::deleteSelected);

    m_find = new QAction(views::icons::icon(QStringLiteral("edit-find")), tr("&Find Table…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] { m_findPopup->popup(m_diagram); });
    connect(m_findPopup, &views::FindTablePopup::tableChosen, this, [this](const model::Id &id) {
        m_diagram->selectTables({id});
        m_diagram->centerOn(id);
        Q_EMIT tableFound(id);
    });

    m_manyToMany = new QAction(views::icons::icon(QStringLiteral("many-to-many")), tr("&Many-to-Many Link"), this);
    m_manyToMany->setStatusTip(tr("Add a junction table between the two selected tables"));
    connect(m_manyToMany, &QAction::triggered, m_diagram, &views::DiagramView::createManyToMany);

    connect(m_diagram, &views::DiagramView::selectionChanged, this, &EditActions::updateSelectionActions);
    updateSelectionActions(m_diagram->selectedTableIds());
}

void EditActions::updateSelectionActions(const QList<model::Id> &selected)
{
    m_delete->setEnabled(!selected.isEmpty());
    m_manyToMany->setEnabled(selected.size() == 2);
}

model::Id EditActions::addTable()
{
    model::Table table;
    table.name = unusedTableName(m_document->schema());
    model::Column id;
    id.name = QStringLiteral("id");
    id.type = model::SqlType::Integer;
    id.primaryKey = true;
    id.autoincrement = true;
    id.notNull = true;
    table.columns << id;
    const QPointF centre = m_diagram->mapToScene(m_diagram->viewport()->rect().center());
    const model::Id tableId = model::SchemaEditor(m_document).addTable(table, centre - QPointF(80, 40));
    if (!tableId.isNull()) {
        m_diagram->selectTables({tableId});
        Q_EMIT tableCreated(tableId);
    }
    return tableId;
}

} // namespace tw::app
