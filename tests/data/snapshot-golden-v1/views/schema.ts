// Views: from raw SQL, from the query builder, with declared columns, and existing (never created).
import { eq, sql } from 'drizzle-orm';
import { int, integer, sqliteTable, sqliteView, text } from 'drizzle-orm/sqlite-core';

export const authors = sqliteTable('authors', {
  id: int().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  motto: text().default("don't panic"),
  active: int({ mode: 'boolean' }).notNull().default(false),
});

export const activeAuthors = sqliteView('active_authors').as((qb) =>
  qb.select().from(authors).where(eq(authors.active, true)),
);
export const authorNames = sqliteView('author_names').as((qb) =>
  qb.select({ id: authors.id, name: authors.name, motto: authors.motto }).from(authors),
);
export const rawCount = sqliteView('raw_count', {
  total: integer().notNull(),
  label: text('label_text').default('n/a'),
}).as(sql`select count(*) as total, 'all' as label_text from authors`);
// A raw-SQL view needs its columns declared: drizzle-orm 0.45's sqliteView(name).as() only takes a query builder.
export const plainSql = sqliteView('plain_sql', { id: int(), loud: text() }).as(
  sql`SELECT id, upper(name) AS loud FROM authors WHERE name <> ''`,
);
export const legacy = sqliteView('legacy_report', { id: int().primaryKey() }).existing();
