// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/databasecopy.h"

#include "database/connection/databaseconnection.h"

#include <QFile>
#include <QVariant>

namespace tw::migrations {

QString DatabaseCopy::literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

QString DatabaseCopy::integrityProblem(database::DatabaseConnection &connection)
{
    QString error;
    const QString integrity = connection.scalar(QStringLiteral("PRAGMA quick_check"), &error).toString();
    if (!error.isEmpty())
        return error;
    return integrity == QLatin1String("ok") ? QString() : integrity;
}

QString DatabaseCopy::copy(const QString &source, const QString &destination, int busyTimeoutMs)
{
    if (!QFile::exists(source)) {
        QFile empty(destination);
        return empty.open(QIODevice::WriteOnly) ? QString() : empty.errorString();
    }
    auto opened =
        database::DatabaseConnection::open(source, database::DatabaseConnection::Mode::ReadOnly, busyTimeoutMs);
    if (!opened)
        return opened.error();
    if (const QString problem = integrityProblem(*opened.value()); !problem.isEmpty())
        return QStringLiteral("%1 failed its integrity check (%2); restore one of the .backup-*.sqlite copies beside "
                              "it")
            .arg(source, problem);
    const QString vacuum = QStringLiteral("VACUUM INTO %1").arg(literal(destination));
    QString e = opened.value()->exec(vacuum);
    if (!e.isEmpty()) {
        // SQLite 3.40's VACUUM INTO on a read-only connection miscounts generated columns ("table vacuum_db.t has 4
        // columns but 6 values were supplied"); on a writable one (which VACUUM INTO does not write) it works.
        QFile::remove(destination);
        opened =
            database::DatabaseConnection::open(source, database::DatabaseConnection::Mode::ReadWrite, busyTimeoutMs);
        e = opened ? opened.value()->exec(vacuum) : opened.error();
    }
    return e.isEmpty() ? QString() : QStringLiteral("cannot copy %1 for the rehearsal: %2").arg(source, e);
}

} // namespace tw::migrations
