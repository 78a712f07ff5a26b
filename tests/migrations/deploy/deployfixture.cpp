// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/deploy/deployfixture.h"

#include "database/connection/databaseconnection.h"
#include "database/connection/localdatabaselocator.h"
#include "tests/support/outsidetools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tw::test {

void DeployWorkspace::SetUp()
{
    const QString modules = QStringLiteral(TW_INTEROP_MODULES);
    if (!QFileInfo(modules + QStringLiteral("/.bin/wrangler")).isExecutable())
        return missingTool("wrangler (npm ci in tools/interop)");
    ASSERT_TRUE(QFile::link(modules, path(QStringLiteral("node_modules"))));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TW_EXAMPLES_DIR "/aperto-before-categories.twproj"), project()));
    QFile::setPermissions(project(), QFile::ReadOwner | QFile::WriteOwner);
    write(QStringLiteral("wrangler.toml"), "name = \"aperto-api\"\n"
                                           "compatibility_date = \"2025-01-01\"\n\n"
                                           "[[d1_databases]]\n"
                                           "binding = \"DB\"\n"
                                           "database_name = \"aperto\"\n"
                                           "database_id = \"00000000-0000-0000-0000-000000000000\"\n"
                                           "migrations_dir = \"drizzle\"\n");
    const CliRun generated =
        cli({QStringLiteral("generate"), project(), QStringLiteral("--name"), QStringLiteral("init")});
    ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    qputenv("WRANGLER_SEND_METRICS", "false");
}

QString DeployWorkspace::path(const QString &relative) const
{
    return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
}

CliRun DeployWorkspace::cli(const QStringList &arguments) const
{
    const QString previous = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    CliRun run = runCli(arguments);
    QDir::setCurrent(previous);
    return run;
}

void DeployWorkspace::addCategories() const
{
    QFile::remove(project());
    ASSERT_TRUE(QFile::copy(QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj"), project()));
    QFile::setPermissions(project(), QFile::ReadOwner | QFile::WriteOwner);
    const CliRun generated =
        cli({QStringLiteral("generate"), project(), QStringLiteral("--name"), QStringLiteral("add_categories")});
    ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    ASSERT_TRUE(QFileInfo::exists(path(QStringLiteral("drizzle/0001_add_categories.sql"))));
}

void DeployWorkspace::write(const QString &relative, const QByteArray &bytes) const
{
    QFile file(path(relative));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QStringList DeployWorkspace::localRows(const QString &sql) const
{
    const auto file = database::LocalDatabaseLocator::locate(m_dir.path());
    if (!file)
        return {};
    auto connection =
        database::DatabaseConnection::open(file.value(), database::DatabaseConnection::Mode::ReadOnly, 5000);
    if (!connection)
        return {QStringLiteral("error: ") + connection.error()};
    QSqlQuery query(connection.value()->database());
    QStringList rows;
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + sql};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
        rows << values.join(u'|');
    }
    return rows;
}

QStringList DeployWorkspace::backups() const
{
    return QDir(path(QStringLiteral("backups"))).entryList(QDir::Files, QDir::Name);
}

} // namespace tw::test
