import { mysqlTable, int, varchar } from "drizzle-orm/mysql-core";

export const mysqlUsers = mysqlTable("mysql_users", {
  id: int("id").primaryKey().autoincrement(),
  name: varchar("name", { length: 255 }),
});
