// The table-addition guide's example: users, categories, products, tags and the product_tags junction table.
import { sql } from 'drizzle-orm';
import { index, int, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: int().primaryKey({ autoIncrement: true }),
  email: text().notNull().unique(),
  name: text().notNull(),
  isActive: int('is_active', { mode: 'boolean' }).notNull().default(true),
  createdAt: int('created_at').notNull().default(1700000000000),
});

export const categories = sqliteTable('categories', {
  id: int().primaryKey({ autoIncrement: true }),
  name: text().notNull().unique(),
  description: text(),
  createdByUserId: int('created_by_user_id')
    .notNull()
    .references(() => users.id),
  createdAt: int('created_at').default(sql`(cast((julianday('now') - 2440587.5)*86400000 as integer))`),
});

export const products = sqliteTable(
  'products',
  {
    id: int().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    price: int().notNull(),
    count: int().notNull().default(0),
    categoryId: int('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade', onUpdate: 'restrict' }),
    ownerId: int('owner_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('products_category_idx').on(t.categoryId), index('products_owner_name_idx').on(t.ownerId, t.name)],
);

export const tags = sqliteTable('tags', {
  id: int().primaryKey({ autoIncrement: true }),
  label: text().notNull().unique(),
});

export const productTags = sqliteTable(
  'product_tags',
  {
    productId: int('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    tagId: int('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'set default', onUpdate: 'no action' }),
  },
  (t) => [primaryKey({ columns: [t.productId, t.tagId] }), index('product_tags_tag_idx').on(t.tagId)],
);
