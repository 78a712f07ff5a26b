// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/itemmodels/tableitemmodel.h"

namespace tw::model {

/// The CHECK constraints of one table: name and SQL expression, both plain text.
class CheckConstraintsModel : public TableItemModel
{
    Q_OBJECT

public:
    enum Field { Name, Expression, FieldCount };

    explicit CheckConstraintsModel(SchemaDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addItem() override;

protected:
    QVariant itemData(const Table &table, int row, int field, int role) const override;
};

} // namespace tw::model
