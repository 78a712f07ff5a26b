// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/inspector/rowsquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tw::database {
class DatabaseInspector;
}

namespace tw::views {

/// The rows of one table or view, read a page at a time as the view asks for them (`LIMIT`/`OFFSET` windows, a
/// few pages cached), so a 1,000,000-row table opens at once and never sits in memory. Sorting and filtering are
/// SQL (`ORDER BY`, `WHERE ... LIKE`). Each page query runs to its end, so no read lock outlives it.
/// Cells are editable only while the inspector is writing; an edit is an UPDATE in its open transaction.
class TableRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 16;

    explicit TableRowsModel(QObject *parent = nullptr);

    /// Not owned; null detaches.
    void setInspector(database::DatabaseInspector *inspector);
    /// Shows @p table (empty: nothing); returns an error message or an empty string.
    QString setTable(const QString &table);
    QString table() const { return m_query.table; }
    void setFilterText(const QString &text);
    /// Re-reads the row count and drops the cached pages (after writes or a commit).
    void refresh();

    /// Page queries run since the table was set (for tests and the benchmark).
    int pagesRead() const { return m_pagesRead; }
    QString lastError() const { return m_lastError; }
    bool isEditable() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// A page or an edit failed; the message is for the status line.
    void errorOccurred(const QString &message);

private:
    const QList<QVariantList> *pageFor(int row) const;
    void reload();
    void reportError(const QString &message) const;

    database::DatabaseInspector *m_inspector = nullptr;
    database::RowsQuery m_query;
    QStringList m_columns;
    int m_rowCount = 0;
    mutable QHash<qint64, QList<QVariantList>> m_pages;
    mutable QList<qint64> m_pageOrder; ///< least recently used first
    mutable int m_pagesRead = 0;
    mutable QString m_lastError;
};

} // namespace tw::views
