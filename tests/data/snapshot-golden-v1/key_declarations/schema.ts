// How a key or a unique constraint is declared decides where drizzle-kit 1.0 lists it: every table's
// primaryKey()/unique() before the columns' .primaryKey()/.unique(). Also: notNull on key columns, explicit key
// names, a table without a key, a column .unique() that a one-column uniqueIndex makes redundant.
import { int, primaryKey, sqliteTable, text, unique, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const alpha = sqliteTable('alpha', { id: int().primaryKey().notNull(), code: text().unique('alpha_code_named') });
export const beta = sqliteTable('beta', { slug: text().notNull() }, (t) => [primaryKey({ columns: [t.slug] })]);
export const gamma = sqliteTable('gamma', { p: int(), q: int() }, (t) => [primaryKey({ columns: [t.p, t.q] })]);
export const delta = sqliteTable(
  'delta',
  { id: int().primaryKey({ autoIncrement: true }), y: int().unique(), z: int(), w: text().unique() },
  (t) => [unique('delta_z_named').on(t.z), uniqueIndex('delta_w_idx').on(t.w)],
);
export const epsilon = sqliteTable('epsilon', { n: int(), note: text().default('no key') });
export const zeta = sqliteTable('zeta', { id: int() }, (t) => [primaryKey({ name: 'zeta_key', columns: [t.id] })]);
