// Hand-written (Tablewright never exports an object default): drizzle-kit does not escape its quotes.
import { int, sqliteTable } from 'drizzle-orm/sqlite-core';

export const settings = sqliteTable('settings', {
  id: int().primaryKey({ autoIncrement: true }),
});
