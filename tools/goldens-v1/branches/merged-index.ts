// A and B plus one further change (an index): the merge migration both write.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  name: text('name'),
  bio: text('bio'),
});

export const posts = sqliteTable('posts', {
  id: integer('id').primaryKey(),
  title: text('title').notNull(),
  userId: integer('user_id').references(() => users.id),
});

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey(),
    postId: integer('post_id').notNull().references(() => posts.id),
    body: text('body').notNull(),
  },
  (t) => [index('comments_post_idx').on(t.postId)],
);
