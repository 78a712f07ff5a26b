import { relations, sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamps } from "./helpers";
import { users } from "./users";

// Posts are written by users; drafts are not published.
export const posts = sqliteTable(
  "posts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    authorId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text().notNull(),
    body: text().notNull().default(""),
    published: integer({ mode: "boolean" }).notNull().default(false),
    score: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index("posts_author_idx").on(t.authorId),
    index("posts_published_idx").on(t.createdAt).where(sql`${t.published} = 1`),
    check("posts_score_check", sql`${t.score} >= 0`),
  ],
);

export const postsRelations = relations(posts, ({ one }) => ({
  author: one(users, { fields: [posts.authorId], references: [users.id] }),
}));
