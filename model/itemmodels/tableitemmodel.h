// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/schemaeditor.h"
#include "model/document/tablecollection.h"
#include "model/schema/uniquenames.h"
#include "model/validation/finding.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tw::model {

class SchemaDocument;

/// Base of the item models that show one list of one table (its columns, indexes, foreign keys, unique or check
/// constraints). It stores only the table id: data() reads the document on every call, and the row signals come
/// from the document's `aboutTo…`/past-tense item signals. setData() and the row operations push one command each.
///
/// Rows can be reordered by drag and drop (an internal move that pushes one move command) or with moveRows().
class TableItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the item's id as a string
        ChoicesRole,               ///< QStringList of values an editor offers for the cell (types, columns...)
        PresetRole,                ///< a ready value an editor offers in one click (Default: Column::nowDefault())
    };

    TableItemModel(SchemaDocument *document, TableCollection collection, QObject *parent = nullptr);

    SchemaDocument *document() const { return m_document; }
    TableCollection collection() const { return m_collection; }
    Id tableId() const { return m_tableId; }
    /// Shows the items of @p tableId (a null id shows nothing): a model reset.
    void setTableId(const Id &tableId);
    /// The shown table, or nullptr when there is none.
    const Table *table() const;

    Id itemId(int row) const;
    /// The row of @p itemId, or -1.
    int rowOf(const Id &itemId) const;

    /// The validation findings of the whole schema (the Problems panel's). A row whose item has findings is marked
    /// where it is edited: tinted (errors red, warnings amber, translucent for either theme) with the findings'
    /// messages in its cells' tooltips.
    void setFindings(const Findings &findings);

    /// Appends a new item with an unused default name (one command); answers its row, or -1.
    virtual int addItem() = 0;
    /// Removes the item at @p row (one command, compound for a column); false when there is none.
    bool removeItemAt(int row);
    /// Moves the item at @p from to final row @p to (one command).
    bool moveItem(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

protected:
    /// The cell's value for @p role; the base handles IdRole and out-of-range indexes.
    virtual QVariant itemData(const Table &table, int row, int field, int role) const = 0;
    SchemaEditor editor() const { return SchemaEditor(m_document); }
    const Schema &schema() const;
    /// A placeholder name for a new item of the table (`column_1`, `posts_idx_1`), free in the namespace @p kind
    /// shares (an index's is schema-wide).
    QString unusedName(uniquenames::Kind kind, const QString &stem) const;

private:
    void connectDocument();
    bool isMine(const Id &tableId, TableCollection collection) const;
    void refreshAllRows();
    void resetTo(const Id &tableId);
    int sourceRowOf(const QMimeData *data) const;

    SchemaDocument *m_document;
    TableCollection m_collection;
    Id m_tableId;
    /// Whether the views were told that the table exists (between resets it stays as they saw it).
    bool m_present = false;
    QHash<Id, Findings> m_findings; ///< by the item they are about
    QVariant findingData(const Id &itemId, const QVariant &own, int role) const;
};

} // namespace tw::model
