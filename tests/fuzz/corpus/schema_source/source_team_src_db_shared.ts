import { integer } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";

export const ROLES = ["owner", "editor", "viewer"] as const;

/** Columns every table carries. */
export const timestamps = {
  createdAt: integer({ mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  updatedAt: integer({ mode: "timestamp_ms" })
    .$onUpdate(() => new Date()),
};
