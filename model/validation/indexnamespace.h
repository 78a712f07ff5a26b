// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QHash>
#include <QString>

namespace tw::model::validation {

// SQLite keeps tables, views and indexes in one schema-wide namespace (sqlite_schema.name), compared without
// regard to ASCII case. Index names therefore collide across tables, and with table and view names; this
// records the names met so far so that each collision is reported once, at the later object.
class IndexNamespace
{
public:
    /// Records every table and view name of @p schema up front: an index may not take any of them.
    explicit IndexNamespace(const Schema &schema);

    /// Records @p name for @p owner (e.g. `index users_email_idx on users`). Returns the description of the
    /// object that already holds the name, or an empty string when the name was free.
    QString claim(const QString &name, const QString &owner);

private:
    QHash<QString, QString> m_relations; // folded table/view name -> "table users"
    QHash<QString, QString> m_indexes;   // folded index name -> owner
};

} // namespace tw::model::validation
