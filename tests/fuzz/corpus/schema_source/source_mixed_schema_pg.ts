import { pgTable, serial, text } from "drizzle-orm/pg-core";

export const pgUsers = pgTable("pg_users", {
  id: serial("id").primaryKey(),
  name: text("name"),
});
