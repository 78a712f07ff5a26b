// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {

/// Edits one database view: its name, TypeScript name and SELECT (highlighted), and lists the columns drizzle
/// records for it. OK applies the changes as one command on the document's stack; Cancel changes nothing.
class ViewEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ViewEditorDialog(model::SchemaDocument *document, const model::Id &viewId, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *tsNameEdit() const { return m_tsName; }
    QPlainTextEdit *definitionEdit() const { return m_definition; }
    QLabel *columnsLabel() const { return m_columns; }

    /// Pushes the edited view (when it differs); false when the view is gone or nothing changed.
    bool apply();

    void accept() override;

private:
    model::SchemaDocument *m_document;
    model::Id m_viewId;
    QLineEdit *m_name;
    QLineEdit *m_tsName;
    QPlainTextEdit *m_definition;
    QLabel *m_columns;
};

} // namespace tw::views
