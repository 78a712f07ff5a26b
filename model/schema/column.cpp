// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/column.h"

#include "model/schema/naming.h"

namespace tw::model {

QString generatedStorageName(GeneratedColumn::Storage storage)
{
    return storage == GeneratedColumn::Storage::Stored ? QStringLiteral("stored") : QStringLiteral("virtual");
}

std::optional<GeneratedColumn::Storage> generatedStorageFromName(const QString &name)
{
    if (name == QLatin1String("virtual"))
        return GeneratedColumn::Storage::Virtual;
    if (name == QLatin1String("stored"))
        return GeneratedColumn::Storage::Stored;
    return std::nullopt;
}

QString Column::effectiveTsName() const
{
    return tsName.isEmpty() ? naming::camelCaseFromSnake(name) : tsName;
}

QString Column::sqlTypeText() const
{
    const QString base = sqlTypeName(type);
    if (type == SqlType::Text && length)
        return QStringLiteral("%1(%2)").arg(base).arg(*length);
    return base;
}

QString Column::nowDefault() const
{
    if (mode == DrizzleMode::Timestamp)
        return QStringLiteral("(unixepoch())");
    if (mode == DrizzleMode::TimestampMs || (type == SqlType::Integer && mode == DrizzleMode::None))
        return QStringLiteral("(cast((julianday('now') - 2440587.5)*86400000 as integer))");
    if (type == SqlType::Text && mode == DrizzleMode::None && enumValues.isEmpty())
        return QStringLiteral("(CURRENT_TIMESTAMP)");
    return {};
}

bool Column::acceptsNumberLiteral() const
{
    if (mode == DrizzleMode::Json)
        return true;
    if (mode != DrizzleMode::None)
        return false;
    return type == SqlType::Integer || type == SqlType::Real;
}

Column referencingColumn(Column column, const Column &key, bool isNew)
{
    column.type = key.type;
    column.length = key.length;
    if (isNew || !isModeAllowedFor(column.mode, column.type))
        column.mode = key.mode == DrizzleMode::Boolean ? DrizzleMode::None : key.mode;
    return column;
}

} // namespace tw::model
