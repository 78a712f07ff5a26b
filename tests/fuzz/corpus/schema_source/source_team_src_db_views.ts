import { sqliteView, integer, text } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import { users } from "./users";

export const reports = sqliteView("reports", {
  id: text(),
  total: integer(),
}).as(sql`select ${users.id} as id, count(*) as total from ${users} group by ${users.id}`);

/** Filled by the admin tool. */
export const legacyStats = sqliteView("legacy_stats", {}).existing();

export const activeMembers = sqliteView("active_members").as((qb) => qb.select().from(users));
