// SPDX-License-Identifier: GPL-3.0-or-later
// Applies a drizzle-kit 1.0 (v1 layout) migrations folder to a SQLite file with drizzle-orm 1.0.0-rc.5's own
// migrator (libsql driver, @libsql/client), the oracle for Tablewright's v1 tracking.
// usage: node migrate-v1.mjs DB_FILE MIGRATIONS_FOLDER      exit 0 applied, 1 failed (message on stderr)
import path from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';

const [dbFile, folder] = process.argv.slice(2);
if (!dbFile || !folder) {
    console.error('usage: node migrate-v1.mjs DB_FILE MIGRATIONS_FOLDER');
    process.exit(2);
}
const client = createClient({ url: 'file:' + path.resolve(dbFile) });
try {
    await migrate(drizzle({ client }), { migrationsFolder: folder });
} catch (error) {
    console.error(`drizzle-orm rc.5 migrator: ${error.cause?.message ?? error.message}`);
    process.exitCode = 1;
} finally {
    client.close();
}
