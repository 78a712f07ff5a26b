// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QHash>
#include <QString>

namespace tw::model::validation {

// Tables and views share SQLite's namespace (names compared without regard to ASCII case) and the schema module's
// exports. A name taken twice is reported at the later object; this records, for every name, the first table or view
// (tables first, then views, in schema order) that uses it, so that asking costs a lookup instead of a scan of every
// earlier table (which made validating 2,000 tables quadratic).
class RelationNames
{
public:
    explicit RelationNames(const Schema &schema);

    /// The position of table row @p row or view row @p row among all relations.
    qsizetype tablePosition(qsizetype row) const { return row; }
    qsizetype viewPosition(qsizetype row) const { return m_schema.tables.size() + row; }

    /// The relation before @p position whose SQL name SQLite confuses with @p name ("table users"); empty when none.
    QString earlierWithSqlName(qsizetype position, const QString &name) const;
    /// The relation before @p position exported as @p tsName ("table users", the name as messages show it); empty
    /// when none.
    QString earlierWithExport(qsizetype position, const QString &tsName) const;

private:
    const Schema &m_schema;
    QHash<QString, qsizetype> m_firstBySqlName; ///< folded SQL name -> first position
    QHash<QString, qsizetype> m_firstByExport;  ///< exported TypeScript name -> first position
};

} // namespace tw::model::validation
