import { sql } from "drizzle-orm";
import {
  sqliteTable,
  sqliteTableCreator,
  integer,
  text,
  real,
  numeric,
  blob,
  index,
  unique,
  foreignKey,
  primaryKey,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";

export const sqliteUsers = sqliteTable("sqlite_users", {
  id: integer("id").primaryKey(),
  name: text("name"),
});

const appTable = sqliteTableCreator((name) => `app_${name}`);

// A tree of categories, each pointing at its parent.
export const categories = appTable("categories", {
  id: integer().primaryKey({ autoIncrement: true }),
  parentId: integer("parent_id").references((): AnySQLiteColumn => categories.id, { onDelete: "set null" }),
  title: text().notNull().unique("app_categories_title_key"),
  weight: real().default(1.5),
  price: numeric({ mode: "bigint" }),
  payload: blob({ mode: "json" }).$type<{ a: number }>(),
  seenAt: integer("seen_at", { mode: "timestamp" }).default(sql`0`),
  note: text().default("it's \"quoted\""),
  slug: text().generatedAlwaysAs(sql`lower(title)`, { mode: "stored" }),
  titleLength: integer("title_length").generatedAlwaysAs((): ReturnType<typeof sql> => sql`length(${categories.title})`),
}, (t) => [
  unique().on(t.parentId, t.title),
  index("app_categories_weight_idx").on(t.weight).where(sql`${t.weight} > 0`),
]);

export const categoryLinks = sqliteTable("category_links", {
  fromId: integer("from_id").notNull(),
  toId: integer("to_id").notNull(),
  kind: text("kind", { length: 16 }).notNull().default("related"),
}, (t) => [
  primaryKey({ name: "category_links_pk", columns: [t.fromId, t.toId] }),
  foreignKey({ columns: [t.fromId], foreignColumns: [categories.id] }).onDelete("cascade").onUpdate("restrict"),
  foreignKey({ columns: [t.toId], foreignColumns: [categories.id], name: "links_to_fk" }),
]);

// drizzle-orm 0.36+ hands the column builders to a callback.
export const tags = sqliteTable("tags", (b) => ({
  id: b.integer().primaryKey(),
  label: b.text({ length: 40 }).notNull().unique(),
}));
