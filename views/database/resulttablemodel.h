// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/catalog/liveschema.h"

#include <QAbstractTableModel>

namespace tw::views {

/// A read-only grid over one statement's result (the console's results, a table's columns, the history):
/// NULL shown greyed as `NULL`, blobs by size, numbers right-aligned.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ResultTableModel(QObject *parent = nullptr);

    void setResult(const database::QueryResult &result);
    void clear();
    const database::QueryResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    database::QueryResult m_result;
};

/// Shared look of a database value in grids: the display text and the foreground for NULL.
QVariant cellData(const QVariant &value, int role);

} // namespace tw::views
