// SPDX-License-Identifier: GPL-3.0-or-later
// Applies a drizzle migrations folder to a SQLite file with drizzle-orm's own migrator (sql-js driver), foreign
// keys on as with drizzle's better-sqlite3 driver (its default), and writes the database back only on success.
// usage: node d1-drizzle-migrate.mjs DB_FILE MIGRATIONS_FOLDER      exit 0 applied, 1 failed (message on stderr)
import fs from 'node:fs';
import initSqlJs from 'sql.js';
import { drizzle } from 'drizzle-orm/sql-js';
import { migrate } from 'drizzle-orm/sql-js/migrator';

const [dbFile, folder] = process.argv.slice(2);
if (!dbFile || !folder) {
    console.error('usage: node d1-drizzle-migrate.mjs DB_FILE MIGRATIONS_FOLDER');
    process.exit(2);
}
const SQL = await initSqlJs();
const sqlite = new SQL.Database(fs.existsSync(dbFile) ? fs.readFileSync(dbFile) : undefined);
sqlite.exec('PRAGMA foreign_keys=ON');
try {
    migrate(drizzle(sqlite), { migrationsFolder: folder });
} catch (error) {
    console.error(`drizzle migrator: ${error.cause?.message ?? error.message}`);
    process.exit(1);
}
fs.writeFileSync(dbFile, Buffer.from(sqlite.export()));
