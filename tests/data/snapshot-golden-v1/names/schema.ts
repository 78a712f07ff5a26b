// Awkward names: quotes, backticks, spaces, unicode, SQL reserved words, integer-like names (JavaScript puts
// those object keys first, in numeric order), and export names whose order differs from the table names'.
import { sql } from 'drizzle-orm';
import { index, int, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const zebra = sqliteTable('aaa_first_by_name', {
  id: int().primaryKey({ autoIncrement: true }),
});

export const order = sqliteTable(
  'order',
  {
    select: int().primaryKey({ autoIncrement: true }),
    group: text('group').notNull().unique(),
    from: text('from').default('where'),
    quoteCol: text('it"s').default('"quoted"'),
    tickCol: text('back`tick'),
    spaced: text('with space'),
    ten: int('10'),
    two: int('2').notNull(),
    tableRef: int('table').references(() => zebra.id),
  },
  (t) => [index('order by group').on(t.group, t.from), index('idx "q" `t`').on(t.quoteCol, t.tickCol)],
);

export const café = sqliteTable('café_crème', {
  id: int().primaryKey(),
  naïve: text('naïve').notNull().unique(),
  emoji: text('emoji_🎉').default('🎉'),
  orderId: int('order_id').references(() => order.select, { onDelete: 'cascade' }),
});

// Exported under a ligature (U+FB00): sorts after every ASCII export name. (A supplementary-plane export name such
// as U+1D49C makes drizzle-kit's bundled esbuild emit invalid JavaScript, so none is tested.)
export const ﬀtable = sqliteTable('ligature_table', { id: int().primaryKey() });

export const year = sqliteTable('2024', {
  id: int().primaryKey(),
  note: text().default(sql`'it''s'`),
});

export const Upper = sqliteTable('MixedCase', {
  ID: int().primaryKey(),
  Name: text(),
});
