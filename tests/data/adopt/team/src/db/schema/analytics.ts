import { pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

// The analytics warehouse is PostgreSQL; drizzle-kit's sqlite dialect ignores this table.
export const pageViews = pgTable("page_views", {
  id: serial("id").primaryKey(),
  path: text("path").notNull(),
  seenAt: timestamp("seen_at").defaultNow(),
});
