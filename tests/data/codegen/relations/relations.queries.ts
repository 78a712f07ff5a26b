// SPDX-License-Identifier: GPL-3.0-or-later
// Relational queries on ../projects/relations.twproj, typechecked with tsc --strict and run on D1 (Miniflare) by
// tools/interop/relations-check.sh: two keys to one table, self-references, keys both ways between two tables, a
// composite key, irregular plurals and a relation named like a column.
import type { DrizzleD1Database } from 'drizzle-orm/d1';
import * as schema from './src/db/schema';

/** Relations whose name differs from drizzle-kit's on purpose (drizzle-kit's would be a column's name). */
export const renamedFromDrizzleKit: string[] = ['posts.user_user'];

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected ${what}`);
}

export async function check(db: DrizzleD1Database<typeof schema>): Promise<void> {
  const [boss] = await db.insert(schema.users).values({ name: 'Boss' }).returning();
  const [ada] = await db.insert(schema.users).values({ name: 'Ada', managerId: boss.id }).returning();
  await db.insert(schema.messages).values({ senderId: ada.id, recipientId: boss.id, body: 'hello' });
  await db.insert(schema.posts).values({ user: ada.id, title: 'First' });
  const [root] = await db.insert(schema.categories).values({ name: 'All' }).returning();
  const [tools] = await db.insert(schema.categories).values({ name: 'Tools', parentId: root.id }).returning();
  const [grace] = await db.insert(schema.people).values({ name: 'Grace' }).returning();
  const [order] = await db.insert(schema.orders).values({ no: 7, year: 2026, ownerId: grace.id, categoryId: tools.id }).returning();
  await db.update(schema.people).set({ favouriteOrderId: order.id });
  await db.insert(schema.shipments).values({ orderNo: 7, orderYear: 2026 });

  // Two keys from messages to users: each side names its key.
  const message = await db.query.messages.findFirst({ with: { user_senderId: true, user_recipientId: true } });
  expect(message?.user_senderId.name === 'Ada' && message.user_recipientId.name === 'Boss', 'sender and recipient');
  const users = await db.query.users.findMany({
    with: { user: true, users: true, messages_senderId: true, messages_recipientId: true, posts: true },
    orderBy: (u, { asc }) => [asc(u.id)],
  });
  const manager: string | undefined = users[1].user?.name;
  expect(manager === 'Boss' && users[0].users[0].name === 'Ada', 'manager and reports (self-reference)');
  expect(users[1].messages_senderId.length === 1 && users[0].messages_recipientId.length === 1, 'sent and received');
  expect(users[1].posts[0].title === 'First', 'the user many posts');

  // A relation drizzle-kit would call `user`, which posts.user already is.
  const post = await db.query.posts.findFirst({ with: { user_user: true } });
  const userId: number | undefined = post?.user;
  expect(userId === ada.id && post?.user_user.name === 'Ada', 'the column and the relation side by side');

  const category = await db.query.categories.findFirst({
    where: (c, { eq }) => eq(c.id, tools.id),
    with: { category: true, categories: true, orders: true },
  });
  expect(category?.category?.name === 'All' && category.orders.length === 1, 'parent category and its orders');

  // Keys both ways between orders and people; person/people are irregular plurals.
  const person = await db.query.people.findFirst({ with: { orders: true, order: { with: { shipments: true } } } });
  expect(person?.orders[0].no === 7, 'the orders a person owns');
  expect(person?.order?.shipments.length === 1, 'a favourite order and its shipments (composite key)');
  const shipment = await db.query.shipments.findFirst({ with: { order: { with: { person: true, people: true } } } });
  expect(shipment?.order.person.name === 'Grace' && shipment.order.people[0].name === 'Grace', 'order owner and fans');
}
