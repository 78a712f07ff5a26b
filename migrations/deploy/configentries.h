// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace tw::migrations::deploy {

/// One leaf value of a wrangler config, flattened: its key path (array items as `#0`, `#1`, ...), the value and the
/// line it is written on (0 when the reader cannot tell). The TOML and the JSON readers both produce these, so one
/// extractor (WranglerConfig) reads `d1_databases` and `[env.X]` the same way from either format.
struct ConfigEntry
{
    QStringList path;
    QJsonValue value;
    int line = 0;
};
using ConfigEntries = QList<ConfigEntry>;

/// Appends @p value at @p path to @p out, descending into objects and arrays (arrays of tables included).
void flattenConfigValue(const QStringList &path, const QJsonValue &value, int line, ConfigEntries &out);

/// The subset of TOML a wrangler.toml uses: `[table]`, `[[array.of.tables]]`, dotted and quoted keys, basic and
/// literal strings (multi-line too), integers, floats, booleans, dates (kept as text), arrays and inline tables.
/// Errors say `FILE:LINE: what`.
class TomlSubsetReader
{
public:
    static model::Result<ConfigEntries> read(const QString &fileName, const QString &text);
};

/// JSON with comments (`//`, `/* */`) and trailing commas, as wrangler reads wrangler.json and wrangler.jsonc.
/// Errors say `FILE:LINE: what`.
class JsoncReader
{
public:
    static model::Result<ConfigEntries> read(const QString &fileName, const QByteArray &text);
    /// @p text with comments and trailing commas blanked out (newlines kept, so offsets and lines stay the same).
    static QByteArray strictJson(const QByteArray &text);
};

} // namespace tw::migrations::deploy
