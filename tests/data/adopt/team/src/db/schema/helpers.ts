import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";

/** Every table records when a row was made and last changed. */
export const timestamps = {
  createdAt: integer({ mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
  updatedAt: integer({ mode: "timestamp" }).$onUpdate(() => new Date()),
};

export const ROLES = ["reader", "writer", "admin"] as const;
