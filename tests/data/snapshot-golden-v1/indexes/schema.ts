// Indexes: plain, unique, multi-column, partial (where), expression, and an expression mixed with columns.
import { sql } from 'drizzle-orm';
import { index, int, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const accounts = sqliteTable(
  'accounts',
  {
    id: int().primaryKey({ autoIncrement: true }),
    email: text().notNull().unique(),
    handle: text().notNull(),
    tenant: int().notNull(),
    deletedAt: int('deleted_at'),
    score: int(),
  },
  (t) => [
    index('accounts_tenant_idx').on(t.tenant),
    uniqueIndex('accounts_tenant_handle_uq').on(t.tenant, t.handle),
    index('accounts_live_idx').on(t.handle).where(sql`${t.deletedAt} is null`),
    uniqueIndex('accounts_lower_email_uq').on(sql`lower(${t.email})`),
    index('accounts_mixed_idx').on(t.tenant, sql`lower(${t.handle})`, sql`coalesce(${t.score}, 0)`),
    uniqueIndex('accounts_partial_uq').on(t.handle, t.tenant).where(sql`${t.deletedAt} is null and ${t.score} > 0`),
    index('accounts_desc_idx').on(sql`${t.score} desc`),
  ],
);

export const notes = sqliteTable(
  'notes',
  {
    id: int().primaryKey(),
    body: text(),
  },
  (t) => [index('notes_body_len_idx').on(sql`length(${t.body})`)],
);
