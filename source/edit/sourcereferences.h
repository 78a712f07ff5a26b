// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/sourceschema.h"

#include <QList>
#include <QString>

namespace tw::source {

/// Where an identifier is used in the schema files. Found by whole words over the text (comments and strings
/// included), so the editor errs on the side of refusing: a table whose variable appears anywhere else is not
/// removed or renamed behind the code that may use it.
struct SourceReference
{
    int file = -1;
    qsizetype offset = -1;
};

namespace references {

/// Uses of @p identifier (not as `x.identifier`) in every file of @p source, except inside @p exclude of
/// @p excludeFile.
QList<SourceReference> to(const SourceSchema &source, const QString &identifier, int excludeFile, SourceSpan exclude);
/// Spans of `member` in every `object.member` of @p text within @p within.
QList<SourceSpan> memberUses(const QString &text, const QString &object, const QString &member, SourceSpan within);
/// The parameter of an extra-config callback `(t) => ...` or `t => ...`; empty when it is destructured or absent.
QString callbackParameter(const QString &text, SourceSpan extraConfig);
/// The parameter the extra-config callbacks of @p file use (the first one named), `t` when none does: for a
/// callback the editor creates.
QString fileCallbackParameter(const SourceSchema &source, int file);
/// The parameter of a columns callback, `sqliteTable("t", (b) => ({ ... }))`; empty for a columns object.
QString builderParameter(const QString &text, const SourceTable &table);
/// The span of the declared name in `const name =` inside @p declaration, invalid when not found.
SourceSpan declaredName(const QString &text, SourceSpan declaration, const QString &name);

} // namespace references
} // namespace tw::source
