// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/inspect/liveschema.h"
#include "migrations/inspect/migrationhistory.h"

namespace tw::views::liveresults {

/// The database panel's grids as results: what the database says, laid out as `PRAGMA` output is, in words.
migrations::QueryResult objects(const QList<migrations::LiveObject> &objects);
migrations::QueryResult columns(const migrations::LiveTable &table);
migrations::QueryResult indexes(const migrations::LiveTable &table);
migrations::QueryResult foreignKeys(const migrations::LiveTable &table);
migrations::QueryResult history(const QList<migrations::HistoryEntry> &entries);

} // namespace tw::views::liveresults
