// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QString>

#include <ostream>

namespace tw::test {

/// The ways people and tools write the same SQLite schema, for reading each back with the introspector.
enum class DdlStyle {
    DrizzleKit,       ///< the project's own writer: what drizzle-kit generates
    Lowercase,        ///< hand-written: `id integer primary key autoincrement`, table-level `foreign key (...)`
    UppercaseInline,  ///< `"quoted"` names, VARCHAR(n), inline REFERENCES, table-level PRIMARY KEY(id), comments
    Bracketed,        ///< [tables], `columns`, IF NOT EXISTS, inline UNIQUE and REFERENCES
    NamedConstraints, ///< CONSTRAINT name for every key, unique, foreign key and check
};

QString ddlStyleName(DdlStyle style);
/// For gtest's messages about parameterised tests.
void PrintTo(DdlStyle style, std::ostream *os);

/// @p schema as one script of CREATE TABLE and CREATE INDEX statements in @p style. Hand-written styles follow
/// randomSchema's shapes: unnamed checks are written without a name (so their names must be what the
/// introspector gives them, `<table>_check_<n>`), one-column foreign keys go inline or to the table's end.
QString styledDdl(const model::Schema &schema, DdlStyle style);

} // namespace tw::test
