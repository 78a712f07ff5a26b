// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/projectsettings.h"

#include <QString>

namespace tw::codegen {

/// Where each exported file goes (relative to the output root, from the project settings) and how one generated
/// file imports another. The guide's layout: `src/db/schema.ts`, `src/trpc.ts`, `src/lib/auth.ts`,
/// `src/lib/<domain>/{operations,procedures,types}.ts`, `src/lib/<domain>/__tests__/operations.test.ts`.
class CodeLayout
{
public:
    explicit CodeLayout(const model::ProjectSettings &settings);

    QString schemaFile() const { return m_schemaFile; }
    /// `src/db/database.ts`: the one place that turns a context into a drizzle database.
    QString databaseFile() const;
    /// `src/db/test-database.ts`: a fresh, migrated in-memory database for the generated tests.
    QString testDatabaseFile() const;
    QString trpcFile() const;
    QString authFile() const;
    /// `src/lib/router.ts`: the router entries of every domain, to spread into the app's router.
    QString routerEntriesFile() const;
    /// `src/router.ts`: a minimal app router using those entries.
    QString appRouterFile() const;
    QString domainFile(const QString &domain, const QString &fileName) const;

    /// The module specifier with which @p fromFile imports @p toFile (`../../db/schema`).
    static QString importPath(const QString &fromFile, const QString &toFile);
    /// @p toFolder relative to @p fromFile's folder, for paths read at run time (`../../drizzle`).
    static QString relativeFolder(const QString &fromFile, const QString &toFolder);

private:
    QString m_schemaFile;
    QString m_codeFolder;
};

} // namespace tw::codegen
