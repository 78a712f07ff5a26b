// Every sqlite-core column builder and mode: modes change the TypeScript type, never the SQL type.
import { blob, int, integer, numeric, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const everyType = sqliteTable('every_type', {
  id: integer().primaryKey(),
  plainInt: int('plain_int'),
  asNumber: integer('as_number', { mode: 'number' }).notNull(),
  asBoolean: integer('as_boolean', { mode: 'boolean' }),
  asTimestamp: integer('as_timestamp', { mode: 'timestamp' }),
  asTimestampMs: integer('as_timestamp_ms', { mode: 'timestamp_ms' }).notNull(),
  plainText: text('plain_text'),
  shortText: text('short_text', { length: 255 }),
  oneCharText: text('one_char_text', { length: 1 }).notNull(),
  enumText: text('enum_text', { enum: ['draft', 'published'] }),
  jsonText: text('json_text', { mode: 'json' }),
  plainReal: real('plain_real'),
  plainBlob: blob('plain_blob'),
  bufferBlob: blob('buffer_blob', { mode: 'buffer' }),
  jsonBlob: blob('json_blob', { mode: 'json' }),
  bigintBlob: blob('bigint_blob', { mode: 'bigint' }),
  plainNumeric: numeric('plain_numeric'),
  numberNumeric: numeric('number_numeric', { mode: 'number' }),
  bigintNumeric: numeric('bigint_numeric', { mode: 'bigint' }).notNull(),
});

// A column-level primary key without autoincrement, on text.
export const codes = sqliteTable('codes', {
  code: text().primaryKey(),
  rank: real().notNull(),
});
