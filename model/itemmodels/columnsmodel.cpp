// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/columnsmodel.h"

#include "model/itemmodels/columnlist.h"

namespace tw::model {
namespace {

bool &flagOf(Column &column, int field)
{
    switch (field) {
    case ColumnsModel::NotNull:
        return column.notNull;
    case ColumnsModel::PrimaryKey:
        return column.primaryKey;
    case ColumnsModel::Unique:
        return column.unique;
    default:
        return column.autoincrement;
    }
}

std::optional<ColumnDefault> defaultFrom(const QVariant &value)
{
    const QStringList parts = value.toStringList();
    if (parts.isEmpty() || parts.size() > 2)
        return std::nullopt;
    const QString text = parts.value(1);
    const QString kind = parts.first();
    using Kind = ColumnDefault::Kind;
    if (kind == columnDefaultKindName(Kind::None))
        return ColumnDefault::none();
    if (kind == columnDefaultKindName(Kind::Number))
        return ColumnDefault::number(text.trimmed());
    if (kind == columnDefaultKindName(Kind::String))
        return ColumnDefault::string(text);
    if (kind == columnDefaultKindName(Kind::Boolean))
        return ColumnDefault::boolean(text.trimmed() == QLatin1String("true"));
    if (kind == columnDefaultKindName(Kind::Expression))
        return ColumnDefault::expression(text.trimmed());
    return std::nullopt;
}

QStringList defaultKindNames()
{
    using Kind = ColumnDefault::Kind;
    QStringList names;
    for (Kind kind : {Kind::None, Kind::Number, Kind::String, Kind::Boolean, Kind::Expression})
        names << columnDefaultKindName(kind);
    return names;
}

QStringList modesAllowedFor(SqlType type)
{
    QStringList names;
    for (const QString &name : drizzleModeNames()) {
        if (isModeAllowedFor(*drizzleModeFromName(name), type))
            names << name;
    }
    return names;
}

EditAspect aspectOf(int field)
{
    switch (field) {
    case ColumnsModel::Name:
        return EditAspect::Name;
    case ColumnsModel::TsName:
        return EditAspect::TsName;
    case ColumnsModel::Comment:
        return EditAspect::Comment;
    default:
        return EditAspect::Definition;
    }
}

bool flagValue(const Column &column, int field)
{
    Column copy = column;
    return flagOf(copy, field);
}

} // namespace

ColumnsModel::ColumnsModel(SchemaDocument *document, QObject *parent)
    : TableItemModel(document, TableCollection::Columns, parent)
{
}

int ColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QVariant ColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableItemModel::headerData(section, orientation, role);
    static const QStringList headers = {tr("Name"),   tr("Type"),        tr("Mode"),      tr("Not null"),
                                        tr("PK"),     tr("Unique"),      tr("Auto inc."), tr("Default"),
                                        tr("Length"), tr("Enum values"), tr("TS name"),   tr("Comment")};
    return headers.value(section);
}

bool ColumnsModel::isFlagField(int field)
{
    return field == NotNull || field == PrimaryKey || field == Unique || field == Autoincrement;
}

Qt::ItemFlags ColumnsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableItemModel::flags(index);
    if (!index.isValid())
        return f;
    return f | (isFlagField(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QVariant ColumnsModel::displayValue(const Column &column, int field)
{
    switch (field) {
    case Name:
        return column.name;
    case Type:
        return sqlTypeName(column.type);
    case Mode:
        return drizzleModeName(column.mode);
    case Default:
        return column.defaultValue.isNone() ? QString() : column.defaultValue.toSql();
    case Length:
        return column.length ? QVariant(*column.length) : QVariant();
    case EnumValues:
        return column.enumValues.join(QStringLiteral(", "));
    case TsName:
        return column.tsName;
    case Comment:
        return column.comment;
    default:
        return {};
    }
}

QVariant ColumnsModel::itemData(const Table &table, int row, int field, int role) const
{
    const Column &column = table.columns.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(column, field);
    case Qt::EditRole:
        if (field == Default)
            return QStringList{columnDefaultKindName(column.defaultValue.kind()), column.defaultValue.text()};
        if (field == Length)
            return column.length.value_or(0);
        return displayValue(column, field);
    case Qt::CheckStateRole:
        if (isFlagField(field))
            return flagValue(column, field) ? Qt::Checked : Qt::Unchecked;
        return {};
    case ChoicesRole:
        if (field == Type)
            return sqlTypeNames();
        if (field == Mode)
            return modesAllowedFor(column.type);
        if (field == Default)
            return defaultKindNames();
        return {};
    case PresetRole:
        return field == Default ? QVariant(column.nowDefault()) : QVariant();
    case Qt::ToolTipRole:
        if (field == TsName && column.tsName.isEmpty())
            return tr("Derived: %1").arg(column.effectiveTsName());
        return {};
    default:
        return {};
    }
}

bool ColumnsModel::applyValue(Column &column, int field, const QVariant &value)
{
    switch (field) {
    case Name:
        column.name = value.toString().trimmed();
        return !column.name.isEmpty();
    case Type: {
        const std::optional<SqlType> type = sqlTypeFromName(value.toString());
        if (!type)
            return false;
        column.type = *type;
        if (!isModeAllowedFor(column.mode, column.type))
            column.mode = DrizzleMode::None;
        if (column.type != SqlType::Text) {
            column.length.reset();
            column.enumValues.clear();
        }
        return true;
    }
    case Mode: {
        const std::optional<DrizzleMode> mode = drizzleModeFromName(value.toString());
        if (!mode || !isModeAllowedFor(*mode, column.type))
            return false;
        column.mode = *mode;
        return true;
    }
    case Default: {
        const std::optional<ColumnDefault> def = defaultFrom(value);
        if (def)
            column.defaultValue = *def;
        return def.has_value();
    }
    case Length: {
        bool ok = true;
        const int length = value.isNull() || value.toString().isEmpty() ? 0 : value.toInt(&ok);
        column.length = length > 0 ? std::optional(length) : std::nullopt;
        return ok && length >= 0;
    }
    case EnumValues:
        column.enumValues = value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                                     : columnlist::splitTopLevel(value.toString());
        return true;
    case TsName:
        column.tsName = value.toString().trimmed();
        return true;
    case Comment:
        column.comment = value.toString();
        return true;
    default:
        return false;
    }
}

bool ColumnsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Table *t = table();
    if (!t || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Column column = t->columns.at(index.row());
    if (isFlagField(index.column())) {
        if (role != Qt::CheckStateRole)
            return false;
        flagOf(column, index.column()) = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole || !applyValue(column, index.column(), value)) {
        return false;
    }
    return editor().changeItem(tableId(), column, aspectOf(index.column()));
}

int ColumnsModel::addItem()
{
    const Table *t = table();
    if (!t)
        return -1;
    Column column;
    column.name = unusedName(uniquenames::Kind::Column, QStringLiteral("column"));
    column.type = SqlType::Text;
    return editor().addItem(tableId(), column).isNull() ? -1 : rowCount() - 1;
}

} // namespace tw::model
