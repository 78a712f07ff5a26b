import { relations, sql } from 'drizzle-orm'
import { integer, sqliteTable, sqliteView, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core'

// People who sign in.
export const users = sqliteTable('users', {
    id: integer().primaryKey({ autoIncrement: true }),
    email: text().notNull(),
    displayName: text(),
    createdAt: integer({ mode: 'timestamp' }).notNull().$defaultFn(() => new Date())
}, (table) => [
])

export const posts = sqliteTable('posts', {
    id: integer().primaryKey({ autoIncrement: true }),
    authorId: integer().notNull().references(() => users.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    body: text().$type<string>() // markdown
})

export const tags = sqliteTable('tags', {
    id: integer().primaryKey(),
    label: text().notNull()
})

export const usersRelations = relations(users, ({ many }) => ({
    posts: many(posts)
}))

export const recentPosts = sqliteView('recent_posts', {}).as(sql`select id, title from posts order by id desc`)
