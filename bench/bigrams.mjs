// Prints the English letter-pair table of src/detect/entropy.ts (ENGLISH_PAIRS): log2 of how much
// more often each pair of letters occurs in the words of code and its doc comments than in uniform
// random letters, rounded, clipped to -4..5 and written as '0'..'9'. The words are those of
// TypeScript's lib.dom.d.ts and @types/node (identifiers split at case changes, lowercased).
// Run: node bench/bigrams.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NODE_TYPES = 'node_modules/@types/node';
const files = ['node_modules/typescript/lib/lib.dom.d.ts', ...readdirSync(NODE_TYPES).filter((f) => f.endsWith('.d.ts')).map((f) => join(NODE_TYPES, f))];
const counts = new Float64Array(26 * 26);
let total = 0;
for (const file of files) {
  for (const word of readFileSync(file, 'utf8').split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/)) {
    const lower = word.toLowerCase();
    for (let i = 1; i < lower.length; i++) {
      counts[(lower.charCodeAt(i - 1) - 97) * 26 + lower.charCodeAt(i) - 97]++;
      total++;
    }
  }
}
const rows = [];
for (let a = 0; a < 26; a++) {
  let row = '';
  for (let b = 0; b < 26; b++) {
    const ratio = ((counts[a * 26 + b] + 1) / (total + 26 * 26)) * 26 * 26;
    row += String(Math.max(-4, Math.min(5, Math.round(Math.log2(ratio)))) + 4);
  }
  rows.push(`  '${row}', // ${String.fromCharCode(97 + a)}`);
}
console.log(`${total} letter pairs\n${rows.join('\n')}`);
