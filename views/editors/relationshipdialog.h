// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/relationshipdraft.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {

/// New Relationship: pick the child table and its column (an existing one or a new `<parent>_id`), the parent's
/// key column, ON DELETE / ON UPDATE and whether to index the column. OK is enabled only while the draft is valid
/// (the reason shows under the form); OK adds everything as one undo step.
class RelationshipDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p child and @p parent preselect the tables; null: the second and the first table (two different ones).
    RelationshipDialog(model::SchemaDocument *document, const model::Id &child, const model::Id &parent,
                       QWidget *parentWidget = nullptr);

    QComboBox *childTableCombo() const { return m_childTable; }
    QComboBox *columnCombo() const { return m_column; }
    QLineEdit *newColumnEdit() const { return m_newColumn; }
    QCheckBox *requiredCheck() const { return m_required; }
    QComboBox *parentTableCombo() const { return m_parentTable; }
    QComboBox *targetColumnCombo() const { return m_targetColumn; }
    QComboBox *onDeleteCombo() const { return m_onDelete; }
    QComboBox *onUpdateCombo() const { return m_onUpdate; }
    QCheckBox *indexCheck() const { return m_index; }
    QLabel *summaryLabel() const { return m_summary; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// The relationship as the form describes it now.
    model::RelationshipDraft draft() const;

    void accept() override;

private:
    void fillColumns();
    void fillTargetColumns();
    void suggestColumnName();
    void refresh();

    model::SchemaDocument *m_document;
    QComboBox *m_childTable;
    QComboBox *m_column;
    QLineEdit *m_newColumn;
    QCheckBox *m_required;
    QComboBox *m_parentTable;
    QComboBox *m_targetColumn;
    QComboBox *m_onDelete;
    QComboBox *m_onUpdate;
    QCheckBox *m_index;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QString m_suggestedName; ///< the last name suggested; replaced on a parent change unless the user typed one
};

} // namespace tw::views
