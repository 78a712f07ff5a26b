// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/cli/clirunner.h"

#include <gtest/gtest.h>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tw::test {

/// A folder laid out as the user guide's walkthrough leaves it: `aperto.twproj` (the example before categories),
/// `drizzle/0000_init.sql` generated, a `wrangler.toml` whose D1 database reads that folder, and `node_modules`
/// linked to tools/interop's, so deploy finds the project's own wrangler (4.86.0). SetUp skips (or, where the
/// outside tools are required, fails) when that wrangler is not installed.
class DeployWorkspace : public ::testing::Test
{
protected:
    void SetUp() override;

    QString path(const QString &relative = {}) const;
    QString project() const { return path(QStringLiteral("aperto.twproj")); }
    /// `tablewright ARGS` in-process, from the workspace folder.
    CliRun cli(const QStringList &arguments) const;
    /// Replaces the project with the finished example and generates `0001_add_categories.sql`.
    void addCategories() const;
    void write(const QString &relative, const QByteArray &bytes) const;
    /// Rows of @p sql on wrangler's local D1 file, one `a|b` string per row; empty when there is no such file.
    QStringList localRows(const QString &sql) const;
    QStringList backups() const;

private:
    QTemporaryDir m_dir;
    QString m_previousFolder;
};

} // namespace tw::test
