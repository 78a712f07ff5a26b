// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/tracking/drizzletableupgrade.h"

#include "database/connection/databaseconnection.h"
#include "database/tracking/runnablemigrations.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tw::database {
namespace {

using DrizzleRow = DrizzleTableUpgrade::DrizzleRow;

QString execBound(DatabaseConnection &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() ? QString() : query.lastError().databaseText();
}

/// rc.5's upToV1 reads `String(created_at)` and replaces its last three digits by 000: the second, in ms.
qint64 secondOf(qint64 createdAt)
{
    return createdAt / 1000 * 1000;
}

/// How upToV1 matched a row, which decides the WHERE of its UPDATE.
enum class MatchedBy { None, Millis, Hash };

struct LegacyMatch
{
    QString name;
    MatchedBy by = MatchedBy::None;
};

/// rc.5's upToV1 match of one 0.31 row: the only local migration in the row's second; among several in that second
/// the one with the row's hash; with none in that second the (last, by time then name) one with the row's hash.
LegacyMatch matchLegacyRow(const DrizzleRow &row, const QList<RunnableMigration> &byTime,
                           const QHash<QString, QString> &hashes)
{
    QList<const RunnableMigration *> candidates;
    for (const RunnableMigration &m : byTime) {
        if (m.createdAt == secondOf(row.createdAt))
            candidates << &m;
    }
    if (candidates.size() == 1)
        return {candidates.first()->name, MatchedBy::Millis};
    if (candidates.size() > 1) {
        for (const RunnableMigration *m : std::as_const(candidates)) {
            if (!row.hash.isEmpty() && hashes.value(m->name) == row.hash)
                return {m->name, MatchedBy::Hash};
        }
        return {};
    }
    QString last;
    for (const RunnableMigration &m : byTime) {
        if (hashes.value(m.name) == row.hash)
            last = m.name;
    }
    return last.isEmpty() ? LegacyMatch{} : LegacyMatch{last, MatchedBy::Hash};
}

QList<LegacyMatch> matchLegacyRows(const QList<DrizzleRow> &rows, const RunnableMigrations &folder)
{
    QList<RunnableMigration> byTime = folder.migrations();
    std::stable_sort(byTime.begin(), byTime.end(), [](const RunnableMigration &a, const RunnableMigration &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.name < b.name;
    });
    QHash<QString, QString> hashes;
    for (const RunnableMigration &m : std::as_const(byTime))
        hashes.insert(m.name, RunnableMigrations::sha256Hex(folder.sqlBytes(m)));
    QList<LegacyMatch> matches;
    for (const DrizzleRow &row : rows)
        matches << matchLegacyRow(row, byTime, hashes);
    return matches;
}

/// rc.5's refusal, word for word after our prefix, so a user searching for it finds drizzle's discussions.
QString unmatchedRowsMessage(const QList<DrizzleRow> &rows, const QList<LegacyMatch> &matches)
{
    QStringList unmatched;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (matches[i].by == MatchedBy::None)
            unmatched << QStringLiteral("[id: %1, created_at: %2]")
                             .arg(rows[i].id ? QString::number(rows[i].id) : QStringLiteral("null"))
                             .arg(rows[i].createdAt);
    }
    if (unmatched.isEmpty())
        return {};
    return QStringLiteral("While upgrading your database migrations table we found %1 (%2) migrations in the database "
                          "that do not match any local migration. This means that some migrations were applied to the "
                          "database but are missing from the local environment")
        .arg(unmatched.size())
        .arg(unmatched.join(QLatin1String(", ")));
}

} // namespace

model::Result<QStringList> DrizzleTableUpgrade::rowNames(const QList<DrizzleRow> &rows,
                                                         const RunnableMigrations &folder)
{
    const QList<LegacyMatch> matches = matchLegacyRows(rows, folder);
    if (const QString refusal = unmatchedRowsMessage(rows, matches); !refusal.isEmpty())
        return model::Result<QStringList>::failure(refusal);
    QStringList names;
    for (const LegacyMatch &match : matches)
        names << match.name;
    return names;
}

QString DrizzleTableUpgrade::run(DatabaseConnection &connection, const QList<DrizzleRow> &rows,
                                 const RunnableMigrations &folder)
{
    const QList<LegacyMatch> matches = matchLegacyRows(rows, folder);
    if (const QString refusal = unmatchedRowsMessage(rows, matches); !refusal.isEmpty())
        return refusal;
    for (const QString &column : {QStringLiteral("\"name\" text"), QStringLiteral("\"applied_at\" TEXT")}) {
        if (const QString e =
                connection.exec(QStringLiteral("ALTER TABLE \"__drizzle_migrations\" ADD COLUMN ") + column);
            !e.isEmpty())
            return e;
    }
    const QString update =
        QStringLiteral("UPDATE \"__drizzle_migrations\" SET \"name\" = ?, \"applied_at\" = NULL WHERE ");
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const DrizzleRow &row = rows[i];
        const QString e =
            row.id ? execBound(connection, update + QStringLiteral("\"id\" = ?"), {matches[i].name, row.id})
            : matches[i].by == MatchedBy::Millis
                ? execBound(connection, update + QStringLiteral("\"created_at\" = ?"),
                            {matches[i].name, QString::number(row.createdAt)})
                : execBound(connection, update + QStringLiteral("\"hash\" = ?"), {matches[i].name, row.hash});
        if (!e.isEmpty())
            return e;
    }
    return {};
}

} // namespace tw::database
