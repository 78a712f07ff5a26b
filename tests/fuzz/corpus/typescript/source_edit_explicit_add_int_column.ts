import { relations, sql } from "drizzle-orm";
import { index, integer as int, sqliteTable, sqliteView, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// People who sign in.
export const users = sqliteTable("users", {
  id: int("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull(),
  displayName: text("display_name"),
  createdAt: int("created_at", { mode: "timestamp" }).notNull().$defaultFn(() => new Date()),
}, (t) => [
  uniqueIndex("users_email_idx").on(t.email),
]);

export const posts = sqliteTable("posts", {
  id: int("id").primaryKey({ autoIncrement: true }),
  authorId: int("author_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  body: text("body").$type<string>(), // markdown
  score: int("score").notNull().default(0),
});

export const tags = sqliteTable("tags", {
  id: int("id").primaryKey(),
  label: text("label").notNull(),
});

export const usersRelations = relations(users, ({ many }) => ({
  posts: many(posts),
}));

export const recentPosts = sqliteView("recent_posts", {}).as(sql`select id, title from posts order by id desc`);
