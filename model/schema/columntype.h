// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tw::model {

/// The storage type SQLite sees (drizzle's sqlite-core column builders map onto these).
enum class SqlType { Integer, Text, Real, Blob, Numeric };

/// Drizzle's `{ mode: ... }`: changes the TypeScript type, never the SQL type.
enum class DrizzleMode { None, Boolean, Timestamp, TimestampMs, Json, Bigint };

/// ON DELETE / ON UPDATE of a foreign key.
enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

/// Spelling used in project files, snapshots and SQL: "integer", "text", ...
QString sqlTypeName(SqlType type);
std::optional<SqlType> sqlTypeFromName(const QString &name);
QStringList sqlTypeNames();

/// "none", "boolean", "timestamp", "timestamp_ms", "json", "bigint".
QString drizzleModeName(DrizzleMode mode);
std::optional<DrizzleMode> drizzleModeFromName(const QString &name);
QStringList drizzleModeNames();
/// Whether drizzle-orm offers @p mode on a column builder of @p type.
bool isModeAllowedFor(DrizzleMode mode, SqlType type);

/// "no action", "restrict", "cascade", "set null", "set default" (drizzle's spelling, as in its SQL).
QString referentialActionName(ReferentialAction action);
std::optional<ReferentialAction> referentialActionFromName(const QString &name);
QStringList referentialActionNames();

} // namespace tw::model
