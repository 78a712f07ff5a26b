import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

const timestamps = {
  createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
};

export const notes = sqliteTable("notes", {
  id: integer("id").primaryKey(),
  body: text("body"),
  ...timestamps,
});
