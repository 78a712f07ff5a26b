import { sql } from 'drizzle-orm';
import { sqliteTable, sqliteView, integer, text, index, uniqueIndex, primaryKey, check, foreignKey } from 'drizzle-orm/sqlite-core';

export const authors = sqliteTable('authors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().default('anonymous'),
  email: text('email').unique(),
  score: integer('score').default(0),
  slug: text('slug').generatedAlwaysAs(sql`lower(name)`, { mode: 'virtual' }),
}, (t) => [index('authors_active_idx').on(t.name).where(sql`score > 0`), check('score_positive', sql`${t.score} >= 0`)]);

export const books = sqliteTable('books', {
  id: integer('id').primaryKey(),
  authorId: integer('author_id').notNull().references(() => authors.id, { onDelete: 'cascade', onUpdate: 'set null' }),
  title: text('title').notNull(),
}, (t) => [uniqueIndex('books_title_idx').on(t.title, sql`lower(${t.title})`)]);

export const tags = sqliteTable('tags', {
  bookId: integer('book_id').notNull(),
  tag: text('tag').notNull(),
}, (t) => [primaryKey({ columns: [t.bookId, t.tag] }), foreignKey({ columns: [t.bookId], foreignColumns: [books.id], name: 'tags_book_fk' }).onDelete('no action')]);

export const bookTitles = sqliteView('book_titles', { title: text('title') }).as(sql`select title from books`);
