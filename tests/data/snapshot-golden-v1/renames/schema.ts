// A table rename and two column renames (one in the renamed table), answered by hints.json: drizzle-kit 1.0 records
// them in `renames` and keeps the names generated for the old table (tags_pk, tags_label_unique, the foreign key's).
import { int, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', { id: int().primaryKey(), displayName: text('display_name') });
export const tags = sqliteTable('labels', { id: int().primaryKey(), title: text().unique() });
export const posts = sqliteTable('posts', {
  id: int().primaryKey({ autoIncrement: true }),
  tagId: int('tag_id').references(() => tags.id, { onDelete: 'set null' }),
});
