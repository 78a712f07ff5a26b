// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/sourceschema.h"
#include "source/typescript/tsmodule.h"

namespace tw::source {

/// How a file is written (quotes, semicolons, indentation, trailing commas, line endings), by majority of what
/// it already contains, so that code inserted into it matches. Defaults (double quotes, semicolons, two spaces,
/// trailing commas, LF) where the file gives no evidence.
SourceStyle detectSourceStyle(const QString &text, const ts::TsModule &module);

} // namespace tw::source
