// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/itemmodels/tableitemmodel.h"

namespace tw::model {

/// The columns of one table, one row per column. Flags are check boxes (Qt::CheckStateRole); every other field
/// takes its EditRole value as text, except:
/// - Type and Mode: the names sqlTypeName()/drizzleModeName() give; ChoicesRole lists the allowed ones (modes
///   filtered by the row's type). Changing the type drops a mode, length and enum values the new type cannot have.
/// - Default: EditRole is a QStringList `{kind, text}` with kind as columnDefaultKindName() spells it.
/// - Length: an int, 0 or empty for none. Enum values: comma-separated text or a QStringList.
class ColumnsModel : public TableItemModel
{
    Q_OBJECT

public:
    enum Field {
        Name,
        Type,
        Mode,
        NotNull,
        PrimaryKey,
        Unique,
        Autoincrement,
        Default,
        Length,
        EnumValues,
        TsName,
        Comment,
        FieldCount
    };

    explicit ColumnsModel(SchemaDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addItem() override;

    static bool isFlagField(int field);

protected:
    QVariant itemData(const Table &table, int row, int field, int role) const override;

private:
    static QVariant displayValue(const Column &column, int field);
    static bool applyValue(Column &column, int field, const QVariant &value);
};

} // namespace tw::model
