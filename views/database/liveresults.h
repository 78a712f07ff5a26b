// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/catalog/liveschema.h"
#include "database/tracking/migrationhistory.h"

namespace tw::views::liveresults {

/// The database panel's grids as results: what the database says, laid out as `PRAGMA` output is, in words.
database::QueryResult objects(const QList<database::LiveObject> &objects);
database::QueryResult columns(const database::LiveTable &table);
database::QueryResult indexes(const database::LiveTable &table);
database::QueryResult foreignKeys(const database::LiveTable &table);
database::QueryResult history(const QList<database::HistoryEntry> &entries);

} // namespace tw::views::liveresults
