// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/table.h"
#include "model/schema/view.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace tw::model {

/// The whole database schema: tables and views in model order. A plain value.
struct Schema
{
    QList<Table> tables;
    QList<View> views;

    const Table *table(const Id &tableId) const;
    Table *table(const Id &tableId);
    /// Case-insensitive, as SQLite compares names.
    const Table *tableNamed(const QString &tableName) const;
    qsizetype tableRow(const Id &tableId) const;

    const View *view(const Id &viewId) const;
    qsizetype viewRow(const Id &viewId) const;

    /// The ids of its tables and views, the objects a diagram card shows: one set for code that asks about many ids.
    QSet<Id> cardIds() const;
    /// Each id's table (the first, as table() finds it), for code that looks up many: valid until `tables` changes.
    QHash<Id, const Table *> tablesById() const;

    friend bool operator==(const Schema &, const Schema &) = default;
};

} // namespace tw::model
