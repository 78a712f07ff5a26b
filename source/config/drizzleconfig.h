// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "source/schema/sourceschema.h"

#include <QString>
#include <QStringList>

namespace tw::source {

/// What a `drizzle.config.ts` (or `.js`, `.mjs`, `.json`) says, read from its object literal without running it
/// (`export default defineConfig({ ... })`, `export default { ... } satisfies Config`, `module.exports = {...}`).
struct DrizzleConfig
{
    QString path;       ///< the config file, absolute
    QStringList schema; ///< `schema`: a file, folder or glob, or several; as written (relative to the config)
    QString out;        ///< `out`, default "drizzle"
    QString dialect;    ///< `sqlite`, `turso`, ... (other dialects are refused by the importer)
    QString driver;     ///< `d1-http`, `expo`, `durable-sqlite`, ... or empty
    Casing casing = Casing::None;
    bool breakpoints = true;
    QStringList tablesFilter;

    /// Keys whose value is not a literal the reader can take (an environment variable, an imported constant, a
    /// function call): key -> what is written there, e.g. `schema` -> `process.env.SCHEMA_PATH`.
    QMap<QString, QString> unreadable;
    QList<SourceDiagnostic> diagnostics;

    friend bool operator==(const DrizzleConfig &, const DrizzleConfig &) = default;
};

class DrizzleConfigReader
{
public:
    /// Fails only when the file cannot be read or holds no config object; the message says what was expected.
    static model::Result<DrizzleConfig> read(const QString &path);
    static model::Result<DrizzleConfig> readText(const QString &path, const QString &text);
};

} // namespace tw::source
