// The schema before the migration whose snapshot is the golden (see schema.ts and hints.json).
import { int, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', { id: int().primaryKey(), name: text() });
export const tags = sqliteTable('tags', { id: int().primaryKey(), label: text().unique() });
export const posts = sqliteTable('posts', {
  id: int().primaryKey({ autoIncrement: true }),
  tagId: int('tag_id').references(() => tags.id, { onDelete: 'set null' }),
});
