// SPDX-License-Identifier: GPL-3.0-or-later
// Writes what JavaScript itself says about numbers, strings and objects, for the C++ JsonText tests:
//   numbers.tsv    one number per line: its IEEE-754 bits as 16 hex digits, a tab, String(x)
//   strings.tsv    one string per line: its UTF-16 code units as hex, space separated ("-" for the empty string)
//   strings.json   JSON.stringify({ s0: <string 0>, s1: ... }, null, 2)
//   structure.json JSON.stringify(<the object below>, null, 2)
// usage: node make-json-goldens.mjs OUTDIR      (deterministic: the same bytes on every run)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node make-json-goldens.mjs OUTDIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const bits = (x) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};

const tricky = [
  0, -0, 1, -1, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1e20, 1e21, 1e22, 123456789012345680000,
  1.5e21, 5e-324, -5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308,
  1e-7, 1.5e-7, 1e-6, 0.000001, 0.0000015, 1.2345e-7, 9007199254740991, 9007199254740992, 9007199254740993,
  -9007199254740991, 4294967295, 4294967296, 1e15, 1e16, 1e17, 12345678901234567890, 0.5, 2.5, -2.5, 1e-5,
  123.456, 1.0000000000000002, 0.9999999999999999, 5e-7, 1e100, 1e-100, 1.7976931348623155e308, 299792458,
  3.141592653589793, 2.718281828459045, 1700000000000, 42, -5, 1e300, 6.02214076e23, 1.602176634e-19,
];
// A fixed pseudo-random sequence (xorshift64*) of bit patterns, and of "decimal-looking" numbers.
let state = 0x9e3779b97f4a7c15n;
const mask = (1n << 64n) - 1n;
const next = () => {
  state ^= state >> 12n;
  state ^= (state << 25n) & mask;
  state ^= state >> 27n;
  return (state * 0x2545f4914f6cdd1dn) & mask;
};
const random = [];
while (random.length < 3000) {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, next());
  const x = view.getFloat64(0);
  if (Number.isFinite(x)) random.push(x);
}
for (let i = 0; i < 1000; i++) {
  const digits = Number(next() % 100000000n);
  const exponent = Number(next() % 60n) - 30;
  random.push(Number(`${digits}e${exponent}`));
}
const numbers = [...tricky, ...random];
writeFileSync(join(out, 'numbers.tsv'), numbers.map((x) => `${bits(x)}\t${String(x)}\n`).join(''));

const strings = [
  '', 'plain', 'quote " and backslash \\', 'slash / stays', 'newline\nreturn\rtab\tback\bform\f',
  '\u0000\u0001\u0007\u000b\u000e\u001f\u0020', '\u007f delete stays raw', 'é ü ß ✓ € 中文',
  '\ud83c\udf89 a pair (U+1F389)', 'lone high \ud800 here', 'lone low \udfff here', 'reversed \udc00\ud800 pair',
  'high at end \udbff', '\u2028 line separator \u2029 paragraph separator', '\ufeff BOM', "it's",
  '<script>&amp;</script>', 'tab\there', '\u0085 next line',
];
const units = (s) => (s.length === 0 ? '-' : [...Array(s.length).keys()].map((i) => s.charCodeAt(i).toString(16).padStart(4, '0')).join(' '));
writeFileSync(join(out, 'strings.tsv'), strings.map((s) => units(s) + '\n').join(''));
writeFileSync(join(out, 'strings.json'), JSON.stringify(Object.fromEntries(strings.map((s, i) => [`s${i}`, s])), null, 2));

// Keys inserted in this order; JavaScript moves the array-index keys ("2", "10", "0") first, in numeric order.
const structure = {
  zeta: 1,
  alpha: { nested: { deeper: [1, 'two', null, true, false, {}, []] } },
  '2': 'two',
  '10': 'ten',
  '02': 'not an index',
  '-1': 'not an index either',
  '4294967295': 'too big to be an index',
  '4294967294': 'the largest index',
  '0': 'zero',
  emptyObject: {},
  emptyArray: [],
  numbers: [0, -0, 0.1, 1e21, 1e-7, -1.5e-7, 123456789012345680000],
  arrays: [[], [[]], [{}], [1, [2, [3]]]],
  'key with "quotes"': 'value with \\ backslash',
};
writeFileSync(join(out, 'structure.json'), JSON.stringify(structure, null, 2));
