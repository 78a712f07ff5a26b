// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/databases/exampledatabase.h"

#include "database/connection/databaseconnection.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/generate/migrationgenerator.h"
#include "migrations/runner/migrationapplier.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>

namespace tw::test {

ExampleDatabase::ExampleDatabase()
{
    const QString example = dataPath(QStringLiteral("../../examples/aperto.twproj"));
    EXPECT_TRUE(QFile::copy(example, project())) << example.toStdString();
    QFile::setPermissions(project(), QFile::ReadOwner | QFile::WriteOwner);
    auto read = model::ProjectReader::readFile(project());
    EXPECT_TRUE(read.ok()) << read.error().toStdString();
    if (!read)
        return;
    migrations::GenerateRequest request;
    request.project = read.value();
    request.migrationsFolder = migrations();
    request.name = QStringLiteral("init");
    request.nowMs = 1700000000000;
    request.snapshotId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    const auto generated = migrations::MigrationGenerator::generate(request);
    EXPECT_TRUE(generated.ok()) << generated.error().toStdString();
    if (!generated)
        return;
    m_migrationFile = QFileInfo(generated.value().sqlPath).fileName();
    model::Project project = read.value();
    project.baseline = generated.value().baseline;
    QString error;
    EXPECT_TRUE(model::ProjectWriter::writeFile(project, this->project(), &error)) << error.toStdString();

    migrations::ApplyOptions options;
    options.databasePath = database();
    options.backupsToKeep = 0;
    options.tracking = model::ProjectSettings::Tracking::D1;
    const auto applied = migrations::MigrationApplier::apply(migrations::MigrationsFolder::scan(migrations()), options);
    EXPECT_TRUE(applied.ok()) << applied.error().toStdString();

    exec(QStringLiteral("INSERT INTO users (id, email, password, salt, name) VALUES "
                        "(1, 'ada@example.com', 'x', 's', 'Ada'), (2, 'bob@example.com', 'y', 't', 'Bob')"));
    exec(QStringLiteral("INSERT INTO categories (id, name, description, created_by_user_id) VALUES "
                        "(1, 'Technology', 'Tech-related items', 1), (2, 'Books', 'Reading, \"quoted\"', 1), "
                        "(3, 'Garden', NULL, 2)"));
    exec(QStringLiteral("INSERT INTO products (id, name, description, price, is_active, category_id) VALUES "
                        "(1, 'Laptop', 'Fast', 1299.5, 1, 1), (2, 'Phone', NULL, 799, 1, 1), "
                        "(3, 'Novel', 'Long', 12.99, 1, 2), (4, 'Rake', NULL, 25, 0, 3)"));
    exec(QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'sale'), (2, 'new')"));
    exec(QStringLiteral("INSERT INTO product_tags (product_id, tag_id) VALUES (1, 1), (1, 2), (3, 2)"));
}

void ExampleDatabase::exec(const QString &sql) const
{
    auto connection =
        database::DatabaseConnection::open(database(), database::DatabaseConnection::Mode::ReadWrite, 1000);
    ASSERT_TRUE(connection.ok()) << connection.error().toStdString();
    const QString error = connection.value()->exec(sql);
    EXPECT_TRUE(error.isEmpty()) << sql.toStdString() << ": " << error.toStdString();
}

} // namespace tw::test
