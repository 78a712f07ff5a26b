// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace tw::model {

/// For a project whose schema is the team's own TypeScript source (ProjectSettings::SchemaMode::Source): what the
/// source said when project and source were last in sync, keyed by id — the SQL name of every table, column and
/// view as written there, the SHA-256 of every schema file, and a digest of the project's schema at that moment.
/// With it, `export` knows what the project changed (and edits only that), and a reader of the project knows
/// whether the source changed behind its back (digests differ) or the project did (schema digest differs), or both
/// (a conflict to resolve in the designer).
struct SourceState
{
    struct TableNames
    {
        QString name;
        QMap<Id, QString> columns; ///< column id -> SQL name in the source

        friend bool operator==(const TableNames &, const TableNames &) = default;
    };

    QMap<Id, TableNames> tables;
    QMap<Id, QString> views;
    QMap<QString, QByteArray> fileDigests; ///< schema file (relative to the project folder) -> hex SHA-256
    QByteArray schemaDigest;               ///< hex SHA-256 of the project's schema as written in the project file

    bool isEmpty() const { return tables.isEmpty() && views.isEmpty() && fileDigests.isEmpty(); }

    friend bool operator==(const SourceState &, const SourceState &) = default;
};

} // namespace tw::model
