// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/runner/applyoptions.h"
#include "model/core/result.h"
#include "tests/support/folders/folderfixture.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace tw::test {

/// A writable copy of a tests/data/folders/ migrations folder and a database path beside it.
struct ApplyFixture
{
    explicit ApplyFixture(const QString &folderName)
        : folder(folderName)
    {
    }

    QString db() const { return dir.filePath(QStringLiteral("local.sqlite")); }
    migrations::ApplyOptions
    options(model::ProjectSettings::Tracking tracking = model::ProjectSettings::Tracking::D1) const;
    model::Result<migrations::ApplyReport>
    apply(model::ProjectSettings::Tracking tracking = model::ProjectSettings::Tracking::D1,
          const migrations::ApplyProgress &progress = {}) const;

    FolderFixture folder;
    QTemporaryDir dir;
};

/// Appends a hand-written migration to @p folder, keeping the journal and snapshot chain valid.
void addMigration(const FolderFixture &folder, const QString &name, const QByteArray &sql);

/// The schema (sqlite_master) and a SHA-256 of every table's rows in rowid order, one line per object: two
/// databases with the same fingerprint hold the same schema and data.
QStringList databaseFingerprint(const QString &path);

} // namespace tw::test
