import * as t from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import { users } from "./users";
import { ROLES, timestamps } from "./shared";

export const projects = t.sqliteTable("projects", {
  id: t.integer().primaryKey({ autoIncrement: true }),
  ownerId: t.text().notNull().references(() => users.id, { onDelete: "cascade", onUpdate: "cascade" }),
  name: t.text({ length: 120 }).notNull(),
  tags: t.text({ mode: "json" }).$type<string[]>().default(sql`'[]'`),
  ...timestamps,
}, (table) => ({
  ownerNameIdx: t.uniqueIndex("projects_owner_name_idx").on(table.ownerId, table.name),
  openIdx: t.index("projects_open_idx").on(table.name).where(sql`${table.name} <> ''`),
}));

export const memberships = t.sqliteTable(
  "memberships",
  {
    projectId: t.integer().notNull(),
    userId: t.text().notNull(),
    role: t.text({ enum: ROLES }).notNull().default("viewer"),
  },
  (table) => {
    return [
      t.primaryKey({ columns: [table.projectId, table.userId] }),
      t.foreignKey({ columns: [table.projectId], foreignColumns: [projects.id], name: "memberships_project_fk" }).onDelete("cascade"),
      t.foreignKey({ columns: [table.userId], foreignColumns: [users.id] }),
    ];
  },
);
