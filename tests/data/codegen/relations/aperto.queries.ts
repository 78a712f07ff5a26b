// SPDX-License-Identifier: GPL-3.0-or-later
// Relational queries on the exported example project (examples/aperto.twproj), typechecked with tsc --strict and
// run on D1 (Miniflare) by tools/interop/relations-check.sh: the relations() of schema.ts, both sides of every key.
import type { DrizzleD1Database } from 'drizzle-orm/d1';
import * as schema from './src/db/schema';

/** Relations whose name differs from drizzle-kit's on purpose (drizzle-kit's would be a column's name). */
export const renamedFromDrizzleKit: string[] = [];

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected ${what}`);
}

export async function check(db: DrizzleD1Database<typeof schema>): Promise<void> {
  const [user] = await db.insert(schema.users).values({ email: 'ada@example.com', password: 'p', salt: 's' }).returning();
  const [category] = await db.insert(schema.categories).values({ name: 'Tools', createdByUserId: user.id }).returning();
  const [product] = await db.insert(schema.products).values({ name: 'Hammer', price: 1200, categoryId: category.id }).returning();
  const [tag] = await db.insert(schema.tags).values({ name: 'steel' }).returning();
  await db.insert(schema.productTags).values({ productId: product.id, tagId: tag.id });

  const categories = await db.query.categories.findMany({
    with: { user: true, products: { with: { productTags: { with: { tag: true } } } } },
  });
  const email: string = categories[0].user.email;
  const tagName: string = categories[0].products[0].productTags[0].tag.name;
  expect(email === 'ada@example.com', 'the category one user');
  expect(tagName === 'steel', 'category -> products -> productTags -> tag');

  const users = await db.query.users.findMany({ with: { categories: true } });
  expect(users[0].categories.length === 1 && users[0].categories[0].name === 'Tools', 'the user many categories');
  const tags = await db.query.tags.findFirst({ with: { productTags: { with: { product: { with: { category: true } } } } } });
  expect(tags?.productTags[0].product.category.name === 'Tools', 'tag -> productTags -> product -> category');
}
