// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/support/supportgenerator.h"

#include "codegen/api/codelayout.h"
#include "codegen/api/fileheader.h"
#include "codegen/typescript/tsliteral.h"

#include <QDir>

namespace tw::codegen {
namespace {

QString trpcText()
{
    return QStringLiteral("import { initTRPC } from '@trpc/server';\n"
                          "import type { AnyD1Database } from 'drizzle-orm/d1';\n"
                          "\n"
                          "/** The worker's bindings: the D1 database named DB in wrangler.toml. */\n"
                          "export interface Env {\n"
                          "  DB: AnyD1Database;\n"
                          "}\n"
                          "\n"
                          "export interface Logger {\n"
                          "  info(message: string, data?: Record<string, unknown>): void;\n"
                          "  warn(message: string, data?: Record<string, unknown>): void;\n"
                          "  error(message: string, data?: Record<string, unknown>): void;\n"
                          "  debug(message: string, data?: Record<string, unknown>): void;\n"
                          "}\n"
                          "\n"
                          "/** What every procedure receives. */\n"
                          "export interface Context {\n"
                          "  env: Env;\n"
                          "  user: { id: number; email: string } | null;\n"
                          "  log: Logger;\n"
                          "}\n"
                          "\n"
                          "const t = initTRPC.context<Context>().create();\n"
                          "\n"
                          "export const router = t.router;\n"
                          "export const procedure = t.procedure;\n");
}

QString authText(const QString &trpcImport)
{
    return QStringLiteral("import { TRPCError } from '@trpc/server';\n"
                          "import { procedure } from %1;\n"
                          "\n"
                          "export const publicProcedure = procedure;\n"
                          "\n"
                          "/** Rejects a call without a signed-in user; inside, `ctx.user` is never null. */\n"
                          "export const protectedProcedure = procedure.use(({ ctx, next }) => {\n"
                          "  if (!ctx.user) {\n"
                          "    throw new TRPCError({ code: 'UNAUTHORIZED' });\n"
                          "  }\n"
                          "  return next({ ctx: { ...ctx, user: ctx.user } });\n"
                          "});\n")
        .arg(ts::stringLiteral(trpcImport));
}

QString databaseText(const QString &trpcImport)
{
    return QStringLiteral(
               "import { drizzle } from 'drizzle-orm/d1';\n"
               "import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';\n"
               "import type { Context } from %1;\n"
               "\n"
               "/** Any drizzle SQLite database: D1 in the worker; sql.js or better-sqlite3 in tests. */\n"
               "export type Database = BaseSQLiteDatabase<'sync' | 'async', unknown>;\n"
               "\n"
               "/** The database the operations use: `ctx.db` when the caller put one there (tests), else D1's "
               "`ctx.env.DB`. */\n"
               "export function database(ctx: Context): Database {\n"
               "  if ('db' in ctx && ctx.db) {\n"
               "    return ctx.db as Database;\n"
               "  }\n"
               "  return drizzle(ctx.env.DB);\n"
               "}\n")
        .arg(ts::stringLiteral(trpcImport));
}

QString testDatabaseText(const QString &databaseImport, const QString &migrationsFolder)
{
    return QStringLiteral(
               "import initSqlJs from 'sql.js';\n"
               "import { drizzle } from 'drizzle-orm/sql-js';\n"
               "import { migrate } from 'drizzle-orm/sql-js/migrator';\n"
               "import type { Database } from %1;\n"
               "\n"
               "const sqlJs = initSqlJs();\n"
               "\n"
               "/** A fresh in-memory SQLite database (sql.js) with foreign keys on, as in D1, and every migration\n"
               " * of %2 applied. Run the tests from the folder that holds it. */\n"
               "export async function createTestDatabase(): Promise<Database> {\n"
               "  const SQL = await sqlJs;\n"
               "  const client = new SQL.Database();\n"
               "  client.run('PRAGMA foreign_keys = ON');\n"
               "  const db = drizzle(client);\n"
               "  migrate(db, { migrationsFolder: %3 });\n"
               "  return db;\n"
               "}\n")
        .arg(ts::stringLiteral(databaseImport), ts::commentText(migrationsFolder), ts::stringLiteral(migrationsFolder));
}

QString appRouterText(const QString &trpcImport, const QString &entriesImport)
{
    return QStringLiteral("import { generatedProcedures } from %2;\n"
                          "import { router } from %1;\n"
                          "\n"
                          "export const appRouter = router({\n"
                          "  ...generatedProcedures,\n"
                          "});\n"
                          "\n"
                          "export type AppRouter = typeof appRouter;\n")
        .arg(ts::stringLiteral(trpcImport), ts::stringLiteral(entriesImport));
}

GeneratedFile starter(const QString &path, const QString &text, const QString &sourceName)
{
    return GeneratedFile{path, (header::starter(sourceName) + text).toUtf8(), GeneratedFile::Policy::OnlyIfMissing};
}

} // namespace

GeneratedFiles SupportGenerator::generate(const model::Project &project, const CodegenOptions &options) const
{
    const CodeLayout layout(project.settings);
    const QString trpc = layout.trpcFile();
    const QString migrations = QDir::cleanPath(project.settings.migrationsFolder);
    return {
        GeneratedFile{layout.databaseFile(), (header::generated(options.sourceName) +
                                              databaseText(CodeLayout::importPath(layout.databaseFile(), trpc)))
                                                 .toUtf8()},
        starter(trpc, trpcText(), options.sourceName),
        starter(layout.authFile(), authText(CodeLayout::importPath(layout.authFile(), trpc)), options.sourceName),
        starter(layout.appRouterFile(),
                appRouterText(CodeLayout::importPath(layout.appRouterFile(), trpc),
                              CodeLayout::importPath(layout.appRouterFile(), layout.routerEntriesFile())),
                options.sourceName),
        starter(layout.testDatabaseFile(),
                testDatabaseText(CodeLayout::importPath(layout.testDatabaseFile(), layout.databaseFile()), migrations),
                options.sourceName),
    };
}

} // namespace tw::codegen
