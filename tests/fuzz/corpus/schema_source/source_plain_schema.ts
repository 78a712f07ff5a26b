import { sql } from "drizzle-orm";
import { sqliteTable, integer as int, text, real, blob, index, uniqueIndex, unique } from "drizzle-orm/sqlite-core";

/** People who can sign in. */
export const users = sqliteTable("users", {
  id: int("id").primaryKey({ autoIncrement: true }),
  /** Where we write to them */
  email: text("email", { length: 320 }).notNull().unique(),
  displayName: text("display_name"),
  role: text("role", { enum: ["admin", "member"] }).notNull().default("member"),
  score: real("score").default(-1.5),
  avatar: blob("avatar", { mode: "buffer" }),
  isActive: int("is_active", { mode: "boolean" }).notNull().default(true),
  createdAt: int("created_at", { mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
}, (t) => [
  index("users_name_idx").on(t.displayName),
  uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
]);

export const posts = sqliteTable("posts", {
  id: int("id").primaryKey(),
  authorId: int("author_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  slug: text("slug").notNull(),
  views: int("views").notNull().default(0),
}, (t) => [
  unique().on(t.authorId, t.slug),
  index("posts_title_idx").on(t.title).where(sql`${t.views} > 10`),
]);
