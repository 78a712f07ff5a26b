// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/runner/rehearsalreport.h"

#include <QAbstractTableModel>

namespace tw::views {

/// A rehearsal's per-table report as a table: rows before and after, rows deleted, values set to NULL and foreign
/// key violations; rows that lose data or break foreign keys are highlighted.
class RehearsalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TableColumn,
        RowsBeforeColumn,
        RowsAfterColumn,
        DeletedColumn,
        NulledColumn,
        DroppedColumn,
        ViolationsColumn,
        ColumnCount
    };
    enum Role { LosesDataRole = Qt::UserRole + 1, CountRole };

    explicit RehearsalModel(QObject *parent = nullptr);

    void setReport(const migrations::RehearsalReport &report);
    const migrations::RehearsalReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static qint64 count(const migrations::TableRehearsal &table, int column);
    QVariant displayData(const migrations::TableRehearsal &table, int column) const;

    migrations::RehearsalReport m_report;
};

} // namespace tw::views
