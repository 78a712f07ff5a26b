// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/databases/applyfixture.h"

#include "migrations/folder/migrationsfolder.h"
#include "migrations/runner/migrationapplier.h"
#include "tests/support/databases/sqlitefile.h"

#include <QCryptographicHash>

namespace tw::test {

using namespace tw::migrations;

ApplyOptions ApplyFixture::options(model::ProjectSettings::Tracking tracking) const
{
    ApplyOptions options;
    options.databasePath = db();
    options.tracking = tracking;
    options.busyTimeoutMs = 200;
    return options;
}

model::Result<ApplyReport> ApplyFixture::apply(model::ProjectSettings::Tracking tracking,
                                               const ApplyProgress &progress) const
{
    return MigrationApplier::apply(MigrationsFolder::scan(folder.path()), options(tracking), progress);
}

void addMigration(const FolderFixture &folder, const QString &name, const QByteArray &sql)
{
    const auto scanned = MigrationsFolder::scan(folder.path());
    Journal journal = scanned.journal();
    const int idx = scanned.nextIndex();
    const QString tag = QStringLiteral("%1_%2").arg(idx, 4, 10, QLatin1Char('0')).arg(name);
    journal.entries << JournalEntry{idx, QStringLiteral("6"), scanned.nextWhen(0), tag, true};
    folder.write(tag + QStringLiteral(".sql"), sql);
    folder.write(QStringLiteral("meta/_journal.json"), journal.toJson());
    folder.write(
        QStringLiteral("meta/%1_snapshot.json").arg(idx, 4, 10, QLatin1Char('0')),
        QStringLiteral("{\"id\": \"id-%1\", \"prevId\": \"%2\"}").arg(idx).arg(scanned.latestSnapshotId()).toUtf8());
}

QStringList databaseFingerprint(const QString &path)
{
    const SqliteFile db(path);
    QStringList lines =
        db.rows(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    const QStringList tables =
        db.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    for (const QString &table : tables) {
        const QString quoted = u'"' + QString(table).replace(u'"', QStringLiteral("\"\"")) + u'"';
        const QStringList rows = db.rows(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(quoted));
        const QByteArray hash = QCryptographicHash::hash(rows.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
        lines << QStringLiteral("%1: %2 rows, sha256 %3")
                     .arg(table)
                     .arg(rows.size())
                     .arg(QString::fromLatin1(hash.toHex()));
    }
    return lines;
}

} // namespace tw::test
