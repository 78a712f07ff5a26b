// Templates, regular expressions, JSDoc and odd statements the tokenizer must keep apart.
/** The users table. */
export const users = sqliteTable(`users_${prefix}`, { id: integer("id").primaryKey() }, (t) => [index(`i_${t.id}`).on(t.id)]);
const re = /a\/b[/]c/giu, n = 0x1F + 1_000n - .5e-3 / 2;
module.exports = { a: `x${`y${z}`}`, b: c?.d ?? e!, ...rest };
export { users as default, re } from "./other";
import type { A } from 'a'; import * as B from "b";
let x: Array<Map<string, () => void>> = [,,1];
