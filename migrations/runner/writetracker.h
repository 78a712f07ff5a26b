// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

struct sqlite3;

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

/// Which tables of `main` the statements prepared on a connection write, as SQLite itself reports them to an
/// authorizer while compiling each statement (trigger bodies included): the applier's checks then cover exactly
/// those. Anything whose effect it cannot name (ATTACH, a virtual table, a PRAGMA that writes) marks it unsure.
class WriteTracker
{
public:
    /// Installs the authorizer on @p connection until destroyed; unavailable() when Qt's SQLite driver does not run
    /// the very library Tablewright links (another SQLite copy's handle cannot be touched safely).
    explicit WriteTracker(database::DatabaseConnection &connection);
    ~WriteTracker();
    WriteTracker(const WriteTracker &) = delete;
    WriteTracker &operator=(const WriteTracker &) = delete;

    /// The connection's SQLite handle when it belongs to the linked library, else nullptr.
    static sqlite3 *handleOf(database::DatabaseConnection &connection);

    bool unavailable() const { return m_db == nullptr; }
    /// The handle the authorizer is installed on, or nullptr.
    sqlite3 *handle() const { return m_db; }
    /// Whether some statement did something the sets below cannot describe (or no authorizer could be installed).
    bool unsure() const { return m_db == nullptr || m_unsure; }

    void beginMigration() { m_migration.clear(); }
    void beginStatement() { m_statement.clear(); }
    /// Names (database::CatalogSnapshot::fold()ed) of the tables written since the call named (an index's writes count
    /// for its table).
    const QSet<QString> &statementWrites() const { return m_statement; }
    const QSet<QString> &migrationWrites() const { return m_migration; }
    const QSet<QString> &runWrites() const { return m_run; }

private:
    static int authorize(void *self, int action, const char *a1, const char *a2, const char *db, const char *trigger);
    void note(const char *table, const char *database);

    sqlite3 *m_db = nullptr;
    bool m_unsure = false;
    QSet<QString> m_statement;
    QSet<QString> m_migration;
    QSet<QString> m_run;
};

} // namespace tw::migrations
