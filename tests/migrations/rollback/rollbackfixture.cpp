// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/rollback/rollbackfixture.h"

#include "database/sqltext/sqlstatementsplitter.h"
#include "migrations/diff/differ.h"
#include "migrations/folder/migrationfolderwriter.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationfolderwriter.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/rebuild/targetmigrationwriter.h"
#include "migrations/rollback/downfiles.h"
#include "migrations/runner/migrationapplier.h"
#include "migrations/snapshot/snapshot.h"
#include "migrations/snapshot/snapshotv7.h"
#include "migrations/snapshot/snapshotwriter.h"
#include "tests/support/databases/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <gtest/gtest.h>

namespace tw::test {

using namespace tw::migrations;

namespace {

DiffOptions optionsFor(const RenameMap &renames, SqlDialect dialect)
{
    DiffOptions options;
    options.matching = DiffOptions::Matching::NamesOnly;
    options.renames = renames;
    options.dialect = dialect;
    return options;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

RollbackFixture::RollbackFixture(SqlDialect dialect)
    : m_dialect(dialect)
    , m_lastId(Snapshot::originId())
{
    QDir(m_dir.path()).mkpath(QStringLiteral("drizzle"));
}

QString RollbackFixture::add(const QString &name, const model::Schema &schema, const RenameMap &renames,
                             const std::optional<QString> &sql)
{
    const QString id = newId();
    const int index = m_count++;
    const DiffOptions options = optionsFor(renames, m_dialect);
    if (m_dialect == SqlDialect::V1) {
        const SchemaDefinition next = continuedDefinition(m_ddl, schema, options);
        const QString text = sql.value_or(TargetMigrationWriter::migrationText(
            diff(m_ddl, next, options), m_ddl, model::ProjectSettings::Target::Sqlite, SqlDialect::V1));
        const SnapshotV7 snapshot{id, {m_lastId}, next, renames};
        const auto written = V1MigrationFolderWriter::add(
            V1MigrationsFolder::scan(folder()), {name, text.toUtf8(), SnapshotV7Writer::write(snapshot)},
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(index));
        EXPECT_TRUE(written.ok()) << written.error().toStdString();
        m_ddl = next;
        m_schema = schema;
        m_lastId = id;
        return written.ok() ? written.value() : QString();
    }
    const SchemaDefinition before = schemaDefinition(m_schema);
    const QString text = sql.value_or(TargetMigrationWriter::migrationText(
        diff(before, schemaDefinition(schema), options), before, model::ProjectSettings::Target::Sqlite));
    Snapshot snapshot{id, m_lastId, schema, {}};
    for (const RenameMap::TableRename &t : renames.tables)
        snapshot.renames.tables << SnapshotRenames::TableRename{t.from, t.to};
    for (const RenameMap::ColumnRename &c : renames.columns)
        snapshot.renames.columns << SnapshotRenames::ColumnRename{c.table, c.from, c.table, c.to};
    const auto bytes = SnapshotWriter::write(snapshot);
    EXPECT_TRUE(bytes.ok()) << bytes.error().toStdString();
    const MigrationsFolder scanned = MigrationsFolder::scan(folder());
    const QString tag = QStringLiteral("%1_%2").arg(scanned.nextIndex(), 4, 10, QLatin1Char('0')).arg(name);
    const auto written = MigrationFolderWriter::append(
        scanned, {tag, 1767225600000 + index * 1000, text.toUtf8(), bytes.ok() ? bytes.value() : QByteArray()});
    EXPECT_TRUE(written.ok()) << written.error().toStdString();
    m_schema = schema;
    m_lastId = id;
    return tag;
}

QString RollbackFixture::addCustom(const QString &name, const QString &sql)
{
    return add(name, m_schema, {}, sql);
}

QString RollbackFixture::sqlFile(const QString &name) const
{
    return m_dialect == SqlDialect::V1 ? name + QStringLiteral("/migration.sql") : name + QStringLiteral(".sql");
}

ApplyOptions RollbackFixture::options(Tracking tracking) const
{
    ApplyOptions options;
    options.databasePath = db();
    options.tracking = tracking;
    options.busyTimeoutMs = 200;
    return options;
}

model::Result<ApplyReport> RollbackFixture::apply(Tracking tracking) const
{
    const auto folderScan = database::RunnableMigrations::scan(folder());
    if (!folderScan)
        return model::Result<ApplyReport>::failure(folderScan.error());
    return MigrationApplier::apply(folderScan.value(), options(tracking));
}

RollbackRequest RollbackFixture::request(Tracking tracking, std::optional<QString> to) const
{
    return {projectFile(), folder(), options(tracking), std::move(to)};
}

void RollbackFixture::writeDownFile(const QString &name, const QByteArray &sql) const
{
    const QString path = DownFiles::pathFor(projectFile(), name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(sql);
}

void RollbackFixture::run(const QString &sql) const
{
    const SqliteFile file(db());
    for (const QString &statement : database::SqlStatementSplitter::split(sql))
        EXPECT_TRUE(file.exec(statement)) << statement.toStdString();
}

} // namespace tw::test
