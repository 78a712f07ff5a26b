// Generated columns (virtual and stored; SQL, function and string forms) and CHECK constraints.
import { sql } from 'drizzle-orm';
import { check, int, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const people = sqliteTable(
  'people',
  {
    id: int().primaryKey({ autoIncrement: true }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    fullName: text('full_name').generatedAlwaysAs(sql`first_name || ' ' || last_name`),
    fullNameStored: text('full_name_stored').generatedAlwaysAs(sql`first_name || ' ' || last_name`, { mode: 'stored' }),
    initials: text().generatedAlwaysAs((): any => sql`substr(${people.firstName}, 1, 1) || substr(${people.lastName}, 1, 1)`, { mode: 'virtual' }),
    constant: int().generatedAlwaysAs('42', { mode: 'stored' }),
    age: int().notNull(),
    heightM: real('height_m'),
    ageNextYear: int('age_next_year').generatedAlwaysAs(sql`age + 1`).notNull(),
  },
  (t) => [
    check('people_age_check', sql`${t.age} >= 0 AND ${t.age} < 200`),
    check('height_positive', sql`${t.heightM} IS NULL OR ${t.heightM} > 0`),
    check('names not empty', sql`length(first_name) > 0 and length("last_name") > 0`),
  ],
);
