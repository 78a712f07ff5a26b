// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/itemmodels/tableitemmodel.h"

namespace tw::model {

/// The foreign keys of one table. Columns and TargetColumns take a QStringList of column names (or one
/// comma-separated string); TargetTable takes a table name, and choosing another table also points the target
/// columns at that table's primary key. OnDelete/OnUpdate take referentialActionName() spellings. ChoicesRole
/// lists what each cell may hold.
class ForeignKeysModel : public TableItemModel
{
    Q_OBJECT

public:
    enum Field { Name, Columns, TargetTable, TargetColumns, OnDelete, OnUpdate, FieldCount };

    explicit ForeignKeysModel(SchemaDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addItem() override;

protected:
    QVariant itemData(const Table &table, int row, int field, int role) const override;

private:
    bool applyValue(const Table &table, ForeignKey &key, int field, const QVariant &value) const;
};

} // namespace tw::model
