import { sqliteTable, integer, text } from "drizzle-orm/sqlite-core";

export const sqliteUsers = sqliteTable("sqlite_users", {
  id: integer("id").primaryKey(),
  name: text("name"),
});
