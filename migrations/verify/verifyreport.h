// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/introspection/driftreport.h"
#include "model/validation/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::migrations {

/// One migration whose SQL does not do what its snapshot says.
struct VerifyFinding
{
    enum class Kind {
        Drift,     ///< the SQL ran, but the schema it leaves differs from the snapshot's
        SqlFailed, ///< a statement of the SQL failed on the replayed database
    };

    Kind kind = Kind::Drift;
    QString migration; ///< the SQL file, relative to the folder: `0002_x.sql`, `20260101000000_x/migration.sql`
    QString snapshot;  ///< the snapshot compared with, relative: `meta/0002_snapshot.json`, `<folder>/snapshot.json`
    /// Drift: how the schema after the SQL ("database") differs from the snapshot's ("expected").
    QList<database::DriftEntry> differences;
    QString statement; ///< SqlFailed: the statement as written in the file
    QString error;     ///< SqlFailed: SQLite's message

    /// The finding for people: a header naming the migration and one indented line per difference.
    QString text() const;

    friend bool operator==(const VerifyFinding &, const VerifyFinding &) = default;
};

/// What `verify` found in a folder: every migration it checked, the findings and what it could not judge.
struct VerifyReport
{
    QString folder;        ///< absolute path of the migrations folder
    qsizetype checked = 0; ///< migrations whose result was compared with their snapshot
    QList<VerifyFinding> findings;
    QStringList notes; ///< migrations left out (no SQL, no snapshot, after a failure) and introspection limits

    bool isClean() const { return findings.isEmpty(); }
    /// The findings, then `note: ...` lines, then a summary line ("3 migrations verified: no drift").
    QString text() const;
    /// The findings for the Problems panel: an error for a failing statement (applying it fails), a warning for
    /// drift, located at the migration's SQL file (rule `migration-sql-fails`, `migration-drift`).
    model::Findings asProblems() const;
};

} // namespace tw::migrations
