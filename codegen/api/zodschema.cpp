// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/api/zodschema.h"

#include "codegen/typescript/tsliteral.h"

namespace tw::codegen {
namespace {

using model::DrizzleMode;
using model::SqlType;

QString baseSchema(const model::Column &column, bool isForeignKey)
{
    switch (column.mode) {
    case DrizzleMode::Boolean:
        return QStringLiteral("z.boolean()");
    case DrizzleMode::Timestamp:
    case DrizzleMode::TimestampMs:
        return QStringLiteral("z.coerce.date()");
    case DrizzleMode::Bigint:
        return QStringLiteral("z.coerce.bigint()");
    case DrizzleMode::Json:
        return QStringLiteral("z.unknown()");
    case DrizzleMode::None:
        break;
    }
    switch (column.type) {
    case SqlType::Integer:
        return isForeignKey ? QStringLiteral("z.number().int().positive()") : QStringLiteral("z.number().int()");
    case SqlType::Real:
        return QStringLiteral("z.number()");
    case SqlType::Numeric:
        return QStringLiteral("z.string()");
    case SqlType::Blob:
        return QStringLiteral("z.unknown()");
    case SqlType::Text:
        break;
    }
    if (!column.enumValues.isEmpty())
        return QStringLiteral("z.enum(") + ts::stringArray(column.enumValues) + u')';
    if (column.length)
        return QStringLiteral("z.string().max(%1)").arg(*column.length);
    return QStringLiteral("z.string()");
}

bool acceptsNull(const model::Column &column)
{
    return !column.notNull && !column.primaryKey;
}

} // namespace

bool ZodSchema::isOptionalOnCreate(const model::Column &column)
{
    return acceptsNull(column) || !column.defaultValue.isNone() || column.autoincrement;
}

QString ZodSchema::forColumn(const model::Column &column, bool isForeignKey, Use use)
{
    QString schema = baseSchema(column, isForeignKey);
    if (use == Use::Key)
        return schema;
    const bool unknown = schema == QLatin1String("z.unknown()");
    if (acceptsNull(column) && !unknown)
        schema += QStringLiteral(".nullable()");
    if (use == Use::Update || isOptionalOnCreate(column))
        schema += QStringLiteral(".optional()");
    return schema;
}

} // namespace tw::codegen
