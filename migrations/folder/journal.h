// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tw::migrations {

/// One entry of `meta/_journal.json`.
struct JournalEntry
{
    int idx = 0;
    QString version = QStringLiteral("6"); ///< snapshot format version
    qint64 when = 0;                       ///< epoch ms; drizzle's migrator runs entries newer than the last applied
    QString tag;                           ///< file name without `.sql`: `0003_brave_falcon`
    bool breakpoints = true;

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

/// drizzle-kit's `meta/_journal.json` (format in docs/drizzle-formats.md).
struct Journal
{
    QString version = QStringLiteral("7");
    QString dialect = QStringLiteral("sqlite");
    QList<JournalEntry> entries;

    /// Parses the journal; errors name the JSON path (`entries[2].when: expected a number`).
    static model::Result<Journal> parse(const QByteArray &text);
    /// The bytes drizzle-kit writes: `JSON.stringify(journal, null, 2)`, no trailing newline.
    QByteArray toJson() const;

    friend bool operator==(const Journal &, const Journal &) = default;
};

} // namespace tw::migrations
