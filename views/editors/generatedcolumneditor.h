// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace tw::model {
class SchemaDocument;
struct Column;
} // namespace tw::model

namespace tw::views {

/// Under the column list: whether the current column is `GENERATED ALWAYS AS (expression)`, its expression and
/// VIRTUAL or STORED. Reads the column from the document; each change is one command (typing the expression
/// merges into one undo step).
class GeneratedColumnEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GeneratedColumnEditor(model::SchemaDocument *document, QWidget *parent = nullptr);

    /// Shows the column @p columnId of @p tableId (null ids disable the editor).
    void setColumn(const model::Id &tableId, const model::Id &columnId);
    model::Id columnId() const { return m_columnId; }

    QCheckBox *generatedBox() const { return m_generated; }
    QLineEdit *expressionEdit() const { return m_expression; }
    QComboBox *storageBox() const { return m_storage; }

private:
    const model::Column *column() const;
    void refresh();
    void push(const model::Column &changed, bool mergeable);

    model::SchemaDocument *m_document;
    model::Id m_tableId;
    model::Id m_columnId;
    bool m_typing = false;
    QCheckBox *m_generated;
    QLineEdit *m_expression;
    QComboBox *m_storage;
};

} // namespace tw::views
