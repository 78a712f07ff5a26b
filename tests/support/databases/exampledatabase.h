// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tw::test {

/// A project folder holding the bundled example (examples/aperto.twproj as `app.twproj`), its first migration
/// generated into `drizzle/`, applied to `local.sqlite` (tracked in d1_migrations, as wrangler does) and seeded
/// with the guide's rows: 2 users, 3 categories, 4 products, 2 tags, 3 product_tags.
class ExampleDatabase
{
public:
    ExampleDatabase();

    QString folder() const { return m_dir.path(); }
    QString project() const { return m_dir.filePath(QStringLiteral("app.twproj")); }
    QString migrations() const { return m_dir.filePath(QStringLiteral("drizzle")); }
    QString database() const { return m_dir.filePath(QStringLiteral("local.sqlite")); }
    /// The generated migration's file name (`0000_init.sql`).
    QString migrationFile() const { return m_migrationFile; }

    /// Runs @p sql on its own read-write connection (for test set-up); fails the test on an error.
    void exec(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    QString m_migrationFile;
};

} // namespace tw::test
