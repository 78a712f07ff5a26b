// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/itemmodels/tableitemmodel.h"

namespace tw::model {

/// The table-level unique constraints of one table: a name (empty for drizzle's automatic one) and the columns,
/// edited as a QStringList of names (or one comma-separated string); ChoicesRole lists the table's columns.
class UniqueConstraintsModel : public TableItemModel
{
    Q_OBJECT

public:
    enum Field { Name, Columns, FieldCount };

    explicit UniqueConstraintsModel(SchemaDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addItem() override;

protected:
    QVariant itemData(const Table &table, int row, int field, int role) const override;
};

} // namespace tw::model
