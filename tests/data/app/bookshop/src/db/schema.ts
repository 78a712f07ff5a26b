import { relations, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Authors and their books: the shop's catalogue.
export const authors = sqliteTable("authors", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name").notNull(),
});

export const books = sqliteTable("books", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  authorId: text("author_id")
    .notNull()
    .references(() => authors.id),
  title: text("title").notNull(),
  addedAt: integer("added_at", { mode: "timestamp" }).default(sql`(unixepoch())`),
});

export const authorsRelations = relations(authors, ({ many }) => ({
  books: many(books),
}));
