// SPDX-License-Identifier: GPL-3.0-or-later
// drizzle-kit's own naming of relations, for tests to compare Tablewright's with. drizzle-kit 0.31.11 writes
// relations only from `pull`, which needs a live database and a driver; the function that names them
// (relationsToTypeScript) and the pluralize package it uses are taken out of its bundled bin.cjs as they are and
// run on a schema shaped like its introspection result. Table and column names are passed as the TypeScript names
// (casing 'preserve'), which is what `pull` derives them into.
//   node drizzle-kit-relations.cjs WORD...   prints: WORD singular plural   (one line per word)
'use strict';
const fs = require('fs');
const path = require('path');

function load(modules = path.join(__dirname, 'node_modules')) {
  const src = fs.readFileSync(path.join(modules, 'drizzle-kit', 'bin.cjs'), 'utf8');
  const cut = (start, end) => {
    const from = src.indexOf(start);
    const to = from < 0 ? -1 : src.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`drizzle-kit's bin.cjs has no "${start}": not drizzle-kit 0.31.11?`);
    return src.slice(from, to + end.length);
  };
  const pluralizeSource = cut('var require_pluralize = __commonJS({', '\n});\n');
  const relationsSource = cut('relationsToTypeScript = (schema6, casing2) => {', '\n    };\n');
  const commonJs = (definition) => () => {
    const module = { exports: {} };
    Object.values(definition)[0](module.exports, module);
    return module.exports;
  };
  const make = new Function('__commonJS', 'require', `${pluralizeSource}
    const import_pluralize = require_pluralize();
    const paramNameFor2 = (name) => name;
    const withCasing4 = (value) => value;
    let relationsToTypeScript;
    ${relationsSource}
    return { pluralize: import_pluralize, relationsToTypeScript };`);
  return make(commonJs, () => undefined);
}

module.exports = { load };

if (require.main === module) {
  const { pluralize } = load();
  for (const word of process.argv.slice(2))
    console.log(`${word} ${pluralize.singular(word)} ${pluralize.plural(word)}`);
}
