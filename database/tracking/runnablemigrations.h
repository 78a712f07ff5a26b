// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tw::migrations {
class MigrationsFolder;
class V1MigrationsFolder;
} // namespace tw::migrations

namespace tw::database {

/// One migration as a runner applies it, whichever layout its folder has.
struct RunnableMigration
{
    /// Relative path of its SQL: `0003_brave_falcon.sql` or `20261207033139_initial/migration.sql`. This is also the
    /// name wrangler records in `d1_migrations` (with `migrations_pattern` for a v1 folder).
    QString sqlFile;
    /// `__drizzle_migrations.name` as drizzle-orm 1.0's migrator records it (the v1 sub-folder); empty in the classic
    /// layout, whose migrator tracks by `created_at` alone.
    QString name;
    /// `__drizzle_migrations.created_at`: the journal's `when`, or the v1 folder name's second, both in ms.
    qint64 createdAt = 0;
    bool hasSqlFile = true; ///< false: a classic journal entry whose .sql was never committed
};

/// The migrations of a folder, in the order their runner applies them: the one description the runner
/// (MigrationApplier, MigrationRehearsal) and the tracking reader (TrackingHistory, MigrationHistory) work on, so
/// apply and the history agree for both layouts. Made from a classic MigrationsFolder (journal order) or a
/// V1MigrationsFolder (the sub-folders holding migration.sql, by name: drizzle-orm 1.0's migrator order).
class RunnableMigrations
{
public:
    enum class Layout { Classic, V1 };

    static RunnableMigrations fromFolder(const migrations::MigrationsFolder &folder);
    /// The v1 migrator never reads snapshot.json, so the folder's snapshot problems (generate's concern, e.g. open
    /// branches) are warnings here: an older branch's migration merged later must still be applied.
    static RunnableMigrations fromFolder(const migrations::V1MigrationsFolder &folder);
    /// Detects the layout (FolderLayoutDetector) and scans the folder; a missing or empty folder is an empty classic
    /// history; a folder holding both layouts fails with the detector's message.
    static model::Result<RunnableMigrations> scan(const QString &path);

    Layout layout() const { return m_layout; }
    /// True for the v1 layout: drizzle's migrator tracks by folder name, not by `created_at`.
    bool tracksByName() const { return m_layout == Layout::V1; }
    const QString &path() const { return m_path; }
    const QList<RunnableMigration> &migrations() const { return m_migrations; }
    bool hasErrors() const { return !m_errorText.isEmpty(); }
    /// What stops a runner, one `error: FILE: message` a line.
    const QString &errorText() const { return m_errorText; }
    const QString &warningText() const { return m_warningText; }
    /// Absolute path of a file inside the folder.
    QString filePath(const QString &relative) const;
    /// The bytes of @p migration's SQL file (empty when it cannot be read).
    QByteArray sqlBytes(const RunnableMigration &migration) const;
    /// sha256 hex of @p bytes, the hash both migrators record.
    static QString sha256Hex(const QByteArray &bytes);

private:
    Layout m_layout = Layout::Classic;
    QString m_path;
    QList<RunnableMigration> m_migrations;
    QString m_errorText;
    QString m_warningText;
};

} // namespace tw::database
