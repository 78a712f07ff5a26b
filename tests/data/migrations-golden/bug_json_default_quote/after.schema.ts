// Hand-written (Tablewright never exports an object default): drizzle-kit does not escape its quotes.
import { int, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const settings = sqliteTable('settings', {
  id: int().primaryKey({ autoIncrement: true }),
  prefs: text({ mode: 'json' }).notNull().default({ note: "it's" }),
});
