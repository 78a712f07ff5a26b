// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The first line of every exported file: it names the project the file comes from (ExportStamp adds the hash
/// line after it).
namespace tw::codegen::header {

/// For files Tablewright owns: re-exporting rewrites them.
QString generated(const QString &sourceName);
/// For starting points (trpc.ts, auth.ts, ...): written only where no such file exists, then the user's.
QString starter(const QString &sourceName);

} // namespace tw::codegen::header
