import { relations } from "drizzle-orm";
import { sqliteTable, text, integer as int } from "drizzle-orm/sqlite-core";
import { ROLES, timestamps } from "./helpers";
import { posts } from "./posts";

export type UserSettings = { theme: "light" | "dark"; digest: boolean };

/** People who can sign in. */
export const users = sqliteTable("users", {
  id: text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  /** Unique, compared as written. */
  email: text().notNull().unique(),
  displayName: text(),
  role: text({ enum: ROLES }).notNull().default("reader"),
  settings: text({ mode: "json" }).$type<UserSettings>(),
  loginCount: int().notNull().default(0),
  ...timestamps,
});

export const usersRelations = relations(users, ({ many }) => ({
  posts: many(posts),
}));
