// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/view.h"

#include <QDialog>
#include <QPointF>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {

/// Edits one database view: its name, TypeScript name and SELECT (highlighted), and lists the columns drizzle
/// records for it. OK applies the changes as one command on the document's stack; Cancel changes nothing.
/// Opened for a new view (New View), OK adds it at the given diagram position and stays disabled while the name
/// or the SELECT is empty.
class ViewEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ViewEditorDialog(model::SchemaDocument *document, const model::Id &viewId, QWidget *parent = nullptr);
    /// For a view not yet in the document: @p draft fills the form, OK adds it at @p position.
    ViewEditorDialog(model::SchemaDocument *document, const model::View &draft, QPointF position,
                     QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *tsNameEdit() const { return m_tsName; }
    QPlainTextEdit *definitionEdit() const { return m_definition; }
    QLabel *columnsLabel() const { return m_columns; }

    /// Pushes the edited view (when it differs) or adds the new one; false when the view is gone, nothing
    /// changed, or a new view lacks a name or a SELECT.
    bool apply();
    /// The id of the view the dialog edits (for a new view: the id it has once added).
    const model::Id &viewId() const { return m_viewId; }

    void accept() override;

private:
    void build(const model::View &view);
    void updateOk();

    model::SchemaDocument *m_document;
    model::Id m_viewId;
    bool m_isNew = false;
    model::View m_draft;
    QPointF m_position;
    QLineEdit *m_name;
    QLineEdit *m_tsName;
    QPlainTextEdit *m_definition;
    QLabel *m_columns;
    QPushButton *m_ok = nullptr;
};

} // namespace tw::views
