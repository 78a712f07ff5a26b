// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a random project for relations-check.sh: 2 to 7 tables named with words whose singular and plural
// pluralize treats in every way (irregular, uncountable, already plural, both forms of one word), each with 0 to 3
// foreign keys to any table, itself included, some of them composite. The same SEED gives the same project.
// usage: node random-relations-project.mjs SEED OUT.twproj
import { writeFileSync } from 'node:fs';

const [seedText, out] = process.argv.slice(2);
let state = Number(seedText) >>> 0;
const random = () => { // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const between = (low, high) => low + Math.floor(random() * (high - low + 1));
const words = ['people', 'person', 'children', 'categories', 'status', 'news', 'sheep', 'data', 'media', 'analyses',
  'wolves', 'boxes', 'user_roles', 'order_items', 'users', 'user', 'indices', 'matrix', 'mice', 'geese', 'series',
  'addresses', 'companies', 'staff', 'feet', 'quizzes', 'heroes', 'knives', 'leaves', 'buses', 'criteria'];
const names = [];
for (let n = between(2, 7); names.length < n;) {
  const word = words[between(0, words.length - 1)];
  if (!names.includes(word)) names.push(word);
}
const column = (table, name, extra = {}) => ({ id: `c.${table}.${name}`, name, type: 'integer', ...extra });
const tables = names.map((name) => ({
  id: `t.${name}`, name,
  columns: [column(name, 'id', { primaryKey: true, autoincrement: true, notNull: true }),
    column(name, 'k', { notNull: true })],
  uniqueConstraints: [{ id: `u.${name}`, columns: [`c.${name}.id`, `c.${name}.k`] }],
  foreignKeys: [],
}));
for (const table of tables) {
  for (let i = 0, keys = between(0, 3); i < keys; i += 1) {
    const target = tables[between(0, tables.length - 1)];
    const ref = `${target.name}_ref${i}`;
    table.columns.push(column(table.name, ref));
    const fk = { id: `fk.${table.name}.${i}`, columns: [`c.${table.name}.${ref}`], targetTable: target.id,
      targetColumns: [`c.${target.name}.id`] };
    if (random() < 0.3) {
      const second = `${target.name}_k${i}`;
      table.columns.push(column(table.name, second));
      fk.columns.push(`c.${table.name}.${second}`);
      fk.targetColumns.push(`c.${target.name}.k`);
    }
    table.foreignKeys.push(fk);
  }
}
const project = {
  formatVersion: 1,
  settings: { target: 'd1', tracking: 'd1', migrationsFolder: 'drizzle', schemaFile: 'src/db/schema.ts',
    codeFolder: 'src', database: '', backupsToKeep: 5 },
  schema: { tables }, layout: {}, baseline: {},
};
writeFileSync(out, `${JSON.stringify(project, null, 4)}\n`);
