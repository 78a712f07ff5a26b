// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/columntype.h"

#include <array>
#include <utility>

namespace tw::model {
namespace {

template<typename Enum, size_t N>
using NameTable = std::array<std::pair<Enum, const char *>, N>;

constexpr NameTable<SqlType, 5> kSqlTypes{{{SqlType::Integer, "integer"},
                                           {SqlType::Text, "text"},
                                           {SqlType::Real, "real"},
                                           {SqlType::Blob, "blob"},
                                           {SqlType::Numeric, "numeric"}}};

constexpr NameTable<DrizzleMode, 6> kModes{{{DrizzleMode::None, "none"},
                                            {DrizzleMode::Boolean, "boolean"},
                                            {DrizzleMode::Timestamp, "timestamp"},
                                            {DrizzleMode::TimestampMs, "timestamp_ms"},
                                            {DrizzleMode::Json, "json"},
                                            {DrizzleMode::Bigint, "bigint"}}};

constexpr NameTable<ReferentialAction, 5> kActions{{{ReferentialAction::NoAction, "no action"},
                                                    {ReferentialAction::Restrict, "restrict"},
                                                    {ReferentialAction::Cascade, "cascade"},
                                                    {ReferentialAction::SetNull, "set null"},
                                                    {ReferentialAction::SetDefault, "set default"}}};

template<typename Enum, size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N> &table, const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

template<typename Enum, size_t N>
QStringList namesOf(const NameTable<Enum, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace

QString sqlTypeName(SqlType type)
{
    return nameOf(kSqlTypes, type);
}
std::optional<SqlType> sqlTypeFromName(const QString &name)
{
    return valueOf(kSqlTypes, name);
}
QStringList sqlTypeNames()
{
    return namesOf(kSqlTypes);
}

QString drizzleModeName(DrizzleMode mode)
{
    return nameOf(kModes, mode);
}
std::optional<DrizzleMode> drizzleModeFromName(const QString &name)
{
    return valueOf(kModes, name);
}
QStringList drizzleModeNames()
{
    return namesOf(kModes);
}

bool isModeAllowedFor(DrizzleMode mode, SqlType type)
{
    switch (mode) {
    case DrizzleMode::None:
        return true;
    case DrizzleMode::Boolean:
    case DrizzleMode::Timestamp:
    case DrizzleMode::TimestampMs:
        return type == SqlType::Integer;
    case DrizzleMode::Json:
        return type == SqlType::Text || type == SqlType::Blob;
    case DrizzleMode::Bigint:
        return type == SqlType::Blob || type == SqlType::Numeric;
    }
    return false;
}

QString referentialActionName(ReferentialAction action)
{
    return nameOf(kActions, action);
}
std::optional<ReferentialAction> referentialActionFromName(const QString &name)
{
    return valueOf(kActions, name);
}
QStringList referentialActionNames()
{
    return namesOf(kActions);
}

} // namespace tw::model
