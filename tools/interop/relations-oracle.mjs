// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the relations() of an exported schema.ts against drizzle-orm and drizzle-kit (run with tsx, which loads
// TypeScript): every relation resolves as drizzle-orm resolves it for relational queries, and drizzle-kit 0.31.11's
// own naming (drizzle-kit-relations.cjs) of the same foreign keys gives the same names and relationNames, except
// for the relations given as TABLE.NAME: those drizzle-kit would name like a column of their table, so they must
// differ; and where drizzle-kit writes one key twice in a table's relations (the later wins in JavaScript: `staff`
// referring to itself is staff_managerId on both sides), Tablewright's second is numbered (staff_managerId_2).
// drizzle-kit's file is left as kit-relations.ts next to the schema for a reader to compare.
// usage: tsx relations-oracle.mjs SCHEMA_TS [TABLE.NAME...]
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  Many, One, Relations, createTableRelationsHelpers, extractTablesRelationalConfig, getTableColumns, is,
  normalizeRelation,
} from 'drizzle-orm';
import { SQLiteTable, getTableConfig } from 'drizzle-orm/sqlite-core';

const require = createRequire(import.meta.url);
const { relationsToTypeScript } = require('./drizzle-kit-relations.cjs').load();
const [schemaPath, ...renamed] = process.argv.slice(2);
const fail = (message) => { console.error(`FAIL: ${message}`); process.exit(1); };

const ours = await import(pathToFileURL(path.resolve(schemaPath)).href);
const tsNames = new Map();
for (const [name, value] of Object.entries(ours)) {
  if (is(value, SQLiteTable)) tsNames.set(value, name);
}
const columnKey = (table, column) => Object.entries(getTableColumns(table)).find(([, c]) => c === column)[0];

// 1. drizzle-orm resolves every relation (throws on an ambiguous or unpaired one).
const { tables, tableNamesMap } = extractTablesRelationalConfig(ours, createTableRelationsHelpers);
let count = 0;
for (const table of Object.values(tables)) {
  for (const relation of Object.values(table.relations)) {
    try {
      normalizeRelation(tables, tableNamesMap, relation);
    } catch (error) {
      fail(`drizzle-orm cannot use ${table.tsName}.${relation.fieldName}: ${error.message}`);
    }
    count += 1;
  }
}

// 2. drizzle-kit's relations for the same foreign keys, from the tables as `pull` would introspect them.
const introspected = {};
for (const [table, name] of tsNames) {
  const foreignKeys = {};
  for (const fk of getTableConfig(table).foreignKeys) {
    const ref = fk.reference();
    foreignKeys[fk.getName()] = {
      tableFrom: name, tableTo: tsNames.get(ref.foreignTable),
      columnsFrom: ref.columns.map((c) => columnKey(table, c)),
      columnsTo: ref.foreignColumns.map((c) => columnKey(ref.foreignTable, c)),
    };
  }
  introspected[name] = { name, schema: '', foreignKeys };
}
const kitPath = path.join(path.dirname(schemaPath), 'kit-relations.ts');
const kitText = relationsToTypeScript({ tables: introspected }, 'preserve').file;
writeFileSync(kitPath, kitText);
/** "table.name" that drizzle-kit's file declares twice in one table's relations */
const repeated = new Set();
for (const block of kitText.split('\nexport const ').slice(1)) {
  const table = /^\w+ = relations\((\w+),/.exec(block)[1];
  const seen = new Set();
  for (const [, name] of block.matchAll(/^\t(\w+): (?:one|many)\(/gm)) {
    if (seen.has(name)) repeated.add(`${table}.${name}`);
    seen.add(name);
  }
}
/** whether @p name is drizzle-kit's repeated @p kitName, or it numbered */
const numberedRepeat = (table, name, kitName) =>
  repeated.has(`${table}.${kitName}`) && (name === kitName || new RegExp(`^${kitName}_\\d+$`).test(name));
const kit = await import(pathToFileURL(path.resolve(kitPath)).href);

/** structural key (which foreign key, which side) -> { table, name, relationName } */
function describe(module) {
  const out = new Map();
  for (const value of Object.values(module)) {
    if (!is(value, Relations)) continue;
    const table = tsNames.get(value.table);
    for (const [name, relation] of Object.entries(value.config(createTableRelationsHelpers(value.table)))) {
      const target = tsNames.get(relation.referencedTable);
      const key = is(relation, One)
        ? `${table} one ${target} on ${relation.config.fields[0].name}`
        : `${table} many ${target} ${relation.relationName ?? ''}`;
      if (!is(relation, One) && !is(relation, Many)) fail(`${table}.${name} is neither one nor many`);
      if (out.has(key)) fail(`two relations are ${key}`);
      out.set(key, { table, name, relationName: relation.relationName ?? '' });
    }
  }
  return out;
}
const mine = describe(ours);
const theirs = describe(kit);
const expectedRenames = new Set(renamed);
for (const [key, kitRelation] of theirs) {
  const relation = mine.get(key);
  if (!relation) fail(`drizzle-kit writes ${kitRelation.table}.${kitRelation.name} (${key}); schema.ts has no such relation`);
  if (relation.relationName !== kitRelation.relationName)
    fail(`${relation.table}.${relation.name}: relationName '${relation.relationName}', drizzle-kit '${kitRelation.relationName}'`);
  const label = `${relation.table}.${relation.name}`;
  if (expectedRenames.delete(label)) {
    if (relation.name === kitRelation.name) fail(`${label} was expected to differ from drizzle-kit's name`);
    if (!(kitRelation.name in getTableColumns(ours[relation.table])))
      fail(`${label}: drizzle-kit's ${kitRelation.name} is no column, so there was nothing to rename`);
  } else if (relation.name !== kitRelation.name && !numberedRepeat(relation.table, relation.name, kitRelation.name)) {
    fail(`${label} is ${kitRelation.table}.${kitRelation.name} for drizzle-kit`);
  }
}
const isRepeat = (relation) => [...repeated].some((label) => {
  const [table, name] = label.split('.');
  return table === relation.table && numberedRepeat(table, relation.name, name);
});
for (const [key, relation] of mine) {
  if (!theirs.has(key) && !isRepeat(relation)) fail(`${relation.table}.${relation.name} (${key}) is not among drizzle-kit's relations`);
}
if (expectedRenames.size) fail(`no relation ${[...expectedRenames].join(', ')}`);
console.log(`${count} relations resolve in drizzle-orm and are named as drizzle-kit names them` +
  (renamed.length ? ` (${renamed.length} renamed off a column name)` : ''));
