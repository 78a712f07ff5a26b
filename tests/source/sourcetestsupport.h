// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/sourceschema.h"

#include <QString>

namespace tw::test {

/// The text of @p span in @p text ("<invalid>" for an invalid span), for asserting spans exactly.
QString spanText(const QString &text, const source::SourceSpan &span);
/// The text of a table's or column's span in the file the table is declared in.
QString spanText(const source::SourceSchema &schema, int file, const source::SourceSpan &span);
/// Every diagnostic as `warning: file:line:col: message`, one per line, with paths relative to tests/data/source.
QString diagnosticsText(const source::SourceSchema &schema);
const source::SourceColumn *sourceColumn(const source::SourceTable &table, const QString &key);
/// A fixture under tests/data/source read as one file.
source::SourceSchema readFixture(const QString &relative, source::Casing casing = source::Casing::None);

} // namespace tw::test
