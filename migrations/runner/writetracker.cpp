// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/writetracker.h"

#include "database/catalog/catalogsnapshot.h"
#include "database/connection/databaseconnection.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace tw::migrations {
namespace {

/// PRAGMAs a migration (or the applier's own checks) may run without changing data behind the tracker's back.
bool harmlessPragma(const char *name)
{
    static const QSet<QString> names{
        QStringLiteral("foreign_keys"),      QStringLiteral("defer_foreign_keys"), QStringLiteral("legacy_alter_table"),
        QStringLiteral("foreign_key_check"), QStringLiteral("foreign_key_list"),   QStringLiteral("quick_check"),
        QStringLiteral("integrity_check"),   QStringLiteral("table_info"),         QStringLiteral("table_xinfo"),
        QStringLiteral("index_list"),        QStringLiteral("index_info"),         QStringLiteral("index_xinfo"),
        QStringLiteral("busy_timeout"),      QStringLiteral("user_version")};
    return name && names.contains(QString::fromUtf8(name).toLower());
}

} // namespace

sqlite3 *WriteTracker::handleOf(database::DatabaseConnection &connection)
{
    const QVariant handle = connection.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    auto *db = *static_cast<sqlite3 *const *>(handle.data());
    // The same source id means the same library build, so the handle's layout is the one this code was compiled for.
    QString error;
    const QString theirs = connection.scalar(QStringLiteral("SELECT sqlite_source_id()"), &error).toString();
    if (db == nullptr || !error.isEmpty() || theirs != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    return db;
}

WriteTracker::WriteTracker(database::DatabaseConnection &connection)
    : m_db(handleOf(connection))
{
    if (m_db)
        sqlite3_set_authorizer(m_db, &WriteTracker::authorize, this);
}

WriteTracker::~WriteTracker()
{
    if (m_db)
        sqlite3_set_authorizer(m_db, nullptr, nullptr);
}

void WriteTracker::note(const char *table, const char *database)
{
    // temp tables cannot take part in main's foreign keys or pages; an attached database is refused when attached.
    if (!table || (database && qstricmp(database, "main") != 0))
        return;
    const QString name = database::CatalogSnapshot::fold(QString::fromUtf8(table));
    m_statement.insert(name);
    m_migration.insert(name);
    m_run.insert(name);
}

int WriteTracker::authorize(void *self, int action, const char *a1, const char *a2, const char *db, const char *)
{
    auto *tracker = static_cast<WriteTracker *>(self);
    switch (action) {
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
    case SQLITE_CREATE_TABLE:
    case SQLITE_DROP_TABLE:
        tracker->note(a1, db);
        break;
    case SQLITE_CREATE_TEMP_TABLE:
    case SQLITE_DROP_TEMP_TABLE:
    case SQLITE_CREATE_TEMP_INDEX:
    case SQLITE_DROP_TEMP_INDEX:
    case SQLITE_CREATE_TEMP_TRIGGER:
    case SQLITE_DROP_TEMP_TRIGGER:
    case SQLITE_CREATE_TEMP_VIEW:
    case SQLITE_DROP_TEMP_VIEW:
        break;
    case SQLITE_CREATE_INDEX:
    case SQLITE_DROP_INDEX:
        tracker->note(a2, db);
        break;
    case SQLITE_ALTER_TABLE:
        tracker->note(a2, a1); // for ALTER, the database comes first
        break;
    case SQLITE_PRAGMA:
        if (!harmlessPragma(a1))
            tracker->m_unsure = true;
        break;
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_VTABLE:
        tracker->m_unsure = true;
        break;
    default: // reads, functions, transactions, savepoints, views, triggers (their writes come with the statements that
             // fire them), ANALYZE, REINDEX
        break;
    }
    return SQLITE_OK;
}

} // namespace tw::migrations
