// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tw::migrations::deploy {

/// One `d1_databases` entry of a wrangler config: what deploy passes to `wrangler d1 …` and where wrangler looks
/// for migrations.
struct D1DatabaseConfig
{
    QString binding;
    QString databaseName;
    QString databaseId;
    QString migrationsDir = QStringLiteral("migrations"); ///< wrangler's default when the entry names none
    QString migrationsPattern;                            ///< wrangler >= 4.98; empty: `${migrations_dir}/*.sql`
    int line = 0;                                         ///< where the entry starts (TOML); 0 for JSON

    /// What `wrangler d1` commands take as DATABASE: the name when there is one, else the binding (wrangler
    /// accepts either).
    QString commandName() const { return databaseName.isEmpty() ? binding : databaseName; }
    friend bool operator==(const D1DatabaseConfig &, const D1DatabaseConfig &) = default;
};

/// The user's wrangler config (wrangler.json, wrangler.jsonc or wrangler.toml), read for its D1 databases only; the
/// one place Tablewright reads it, so deploy, the local chores and the settings agree on the binding. Nothing in it
/// is stored in the project: the file stays the user's, and so do their credentials (wrangler's own login).
struct WranglerConfig
{
    QString path; ///< absolute
    QList<D1DatabaseConfig> databases;
    /// `[env.X]` sections' own `d1_databases` (wrangler does not inherit them from the top level).
    QMap<QString, QList<D1DatabaseConfig>> environments;

    /// The file names wrangler looks for, in its order.
    static QStringList fileNames();
    /// The config in @p folder (the first of fileNames() that exists), or empty.
    static QString find(const QString &folder);
    /// Reads and checks @p path; errors name the file and, where the reader can tell, the line.
    static model::Result<WranglerConfig> read(const QString &path);
    static model::Result<WranglerConfig> parse(const QString &path, const QByteArray &text);

    /// The entry with @p binding (or the only one when @p binding is empty) in @p environment (top level when
    /// empty); the error lists the bindings there are.
    model::Result<D1DatabaseConfig> database(const QString &binding, const QString &environment = {}) const;
    /// The absolute migrations folder of @p database (relative to the config's folder, as wrangler resolves it).
    QString migrationsFolder(const D1DatabaseConfig &database) const;
};

} // namespace tw::migrations::deploy
