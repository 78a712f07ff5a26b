// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/editaspect.h"
#include "model/schema/id.h"
#include "model/validation/finding.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;

namespace tw::model {
class SchemaDocument;
class TableItemModel;
} // namespace tw::model

namespace tw::views {

class GeneratedColumnEditor;
class ItemListPage;

/// Edits one table: name, TypeScript name, comment and group fields above tabs for its columns, indexes, foreign keys,
/// unique and CHECK constraints. It keeps only the table id: the fields and item models read the document and
/// follow its signals; every edit is one command, and typing in a field merges into one undo step.
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ColumnsTab, IndexesTab, ForeignKeysTab, UniqueTab, ChecksTab };

    explicit TableEditor(model::SchemaDocument *document, QWidget *parent = nullptr);

    model::Id tableId() const { return m_tableId; }
    /// False while the hint shows instead of a table (no table chosen, or it was deleted).
    bool showsTable() const;
    /// Shows @p tableId (a null id shows a hint instead).
    void setTableId(const model::Id &tableId);
    /// Marks the rows whose items have findings (TableItemModel::setFindings) on every tab.
    void setFindings(const model::Findings &findings);
    /// Shows the tab holding @p itemId (a column, index or constraint of the shown table) and selects its row.
    bool selectItem(const model::Id &itemId);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *tsNameEdit() const { return m_tsName; }
    QLineEdit *commentEdit() const { return m_comment; }
    /// The table's diagram group (also its code-export domain): pick an existing one or type a new one.
    QComboBox *groupBox() const { return m_group; }
    QTabWidget *tabs() const { return m_tabs; }
    ItemListPage *page(Tab tab) const;
    /// Generated-column settings of the current column (under the Columns tab).
    GeneratedColumnEditor *generatedEditor() const { return m_generatedEditor; }

Q_SIGNALS:
    /// The editor switched between showing a table and showing the hint (no table, or the table was deleted).
    void showsTableChanged(bool showsTable);

private:
    void buildHeader(QWidget *page);
    void addPage(model::TableItemModel *model, const QString &title);
    void connectField(QLineEdit *field, model::EditAspect aspect);
    void editField(model::EditAspect aspect, const QString &text);
    void refresh();
    void refreshGroup();
    void applyGroup();
    void updateTabTitles();
    void followCurrentColumn();

    model::SchemaDocument *m_document;
    model::Id m_tableId;
    /// The field being typed in: its next edit merges with the previous one. Cleared when editing finishes.
    std::optional<model::EditAspect> m_typing;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QLineEdit *m_name;
    QLineEdit *m_tsName;
    QLineEdit *m_comment;
    QComboBox *m_group;
    QTabWidget *m_tabs;
    GeneratedColumnEditor *m_generatedEditor;
    QList<ItemListPage *> m_pages;
    QStringList m_titles;
};

} // namespace tw::views
