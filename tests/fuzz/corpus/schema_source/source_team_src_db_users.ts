import { sqliteTable, text, integer, check } from 'drizzle-orm/sqlite-core'
import { sql } from 'drizzle-orm'
import { timestamps } from './shared'
import { jsonText } from './types'
import { STATUSES } from '../lib/constants'

const ID_PATTERN = /^[a-z0-9_-]{21}$/i
const half = 1 / 2

/**
 * Everyone with an account.
 * Soft-deleted users keep their row.
 */
export const users = sqliteTable('users', {
  id: text().primaryKey().$defaultFn(() => crypto.randomUUID()),
  emailAddress: text().notNull().unique(),
  status: text({ enum: STATUSES }).notNull(),
  settings: jsonText(),
  loginCount: integer().notNull().default(0),
  ...timestamps,
}, (table) => [
  check('users_login_count_positive', sql`${table.loginCount} >= 0`),
])
