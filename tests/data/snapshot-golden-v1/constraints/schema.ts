// Table-level unique (named and unnamed), composite and named foreign keys, self-references,
// a single-column table-level primary key and a named composite primary key.
import { foreignKey, int, primaryKey, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';

export const regions = sqliteTable(
  'regions',
  {
    country: text().notNull(),
    code: text().notNull(),
    name: text().notNull().unique(),
  },
  (t) => [primaryKey({ columns: [t.country, t.code] }), unique().on(t.name, t.country)],
);

export const offices = sqliteTable(
  'offices',
  {
    id: int().primaryKey({ autoIncrement: true }),
    country: text().notNull(),
    regionCode: text('region_code').notNull(),
    label: text(),
    city: text(),
  },
  (t) => [
    foreignKey({ columns: [t.country, t.regionCode], foreignColumns: [regions.country, regions.code] })
      .onDelete('cascade')
      .onUpdate('cascade'),
    unique('offices_label_city').on(t.label, t.city),
    unique().on(t.city),
  ],
);

export const employees = sqliteTable(
  'employees',
  {
    id: int().primaryKey({ autoIncrement: true }),
    managerId: int('manager_id').references((): any => employees.id, { onDelete: 'set null' }),
    mentorId: int('mentor_id'),
    officeId: int('office_id'),
  },
  (t) => [
    foreignKey({ name: 'employees_mentor_fk', columns: [t.mentorId], foreignColumns: [t.id] }).onDelete('restrict'),
    foreignKey({ columns: [t.officeId], foreignColumns: [offices.id] }),
  ],
);

// Primary key declared at table level on one column: drizzle marks the column but keeps notNull false.
export const badges = sqliteTable('badges', { slug: text() }, (t) => [primaryKey({ columns: [t.slug] })]);

export const assignments = sqliteTable(
  'assignments',
  {
    employeeId: int('employee_id').notNull().references(() => employees.id),
    badgeSlug: text('badge_slug').notNull().references(() => badges.slug),
    year: int().notNull(),
  },
  (t) => [primaryKey({ name: 'assignment_key', columns: [t.employeeId, t.badgeSlug, t.year] })],
);
