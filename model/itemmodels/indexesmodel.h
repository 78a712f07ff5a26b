// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/itemmodels/tableitemmodel.h"

namespace tw::model {

/// The indexes of one table. Parts are edited as text, terms separated by top-level commas: a term that names a
/// column of the table is a column part, anything else an expression part (`email, lower(name)`).
/// Unique is a check box; Where is the partial-index condition (empty for none).
class IndexesModel : public TableItemModel
{
    Q_OBJECT

public:
    enum Field { Name, Parts, Unique, Where, FieldCount };

    explicit IndexesModel(SchemaDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addItem() override;

    /// `email, lower(name)`: how the Parts cell reads.
    static QString partsText(const Table &table, const QList<IndexPart> &parts);
    static QList<IndexPart> partsFromText(const Table &table, const QString &text);

protected:
    QVariant itemData(const Table &table, int row, int field, int role) const override;
};

} // namespace tw::model
