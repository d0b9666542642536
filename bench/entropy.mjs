// Entropy against length: how many random keys and how many ordinary strings (identifiers, words,
// paths, URLs, UUIDs, MIME types) count as high entropy, by length and alphabet, under the fixed
// per-alphabet thresholds this project used before (minLength 16, hex 3.0, base64 4.2, other 4.0)
// and under the length-aware ones of src/detect/entropy.ts; then what two rules that judge by
// entropy report for the same strings at a key's place. Deterministic but for the random keys.
// Run: npm run build && node bench/entropy.mjs [keys per cell, default 1000]
import { randomBytes } from 'node:crypto';
import { isHighEntropy, shannonEntropy, alphabetOf } from '../dist/detect/entropy.js';
// A namespace import: run on a build from before this measure, it prints that build's rule counts.
import * as detectSettings from '../dist/detect/settings.js';
import { Detector, FileScanner } from '../dist/detect/engine.js';
import { FileStage } from '../dist/detect/fileStage.js';
import { RULES } from '../dist/detect/rules/index.js';

const N = Number(process.argv[2] ?? 1000);
const LENGTHS = [12, 16, 20, 32];

/** The judgement before length-aware thresholds, as src/detect/entropy.ts had it. */
function fixedThreshold(value) {
  if (value.length < 16) return false;
  return shannonEntropy(value) >= { hex: 3.0, base64: 4.2, other: 4.0 }[alphabetOf(value)];
}
/** The length-aware judgement without the minimum length: what it would do if minLength were lowered. */
function modelOnly(value) {
  const restore = detectSettings.useSettings({ entropy: { minLength: 1 } });
  try {
    return isHighEntropy(value);
  } finally {
    restore();
  }
}

const ALPHABETS = {
  hex: '0123456789abcdef',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
};
function randomKey(alphabet, length) {
  // Rejection sampling keeps every symbol equally likely.
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 256 - (256 % alphabet.length) && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

// Ordinary strings, built from words code uses, cut to no length: only exact lengths are kept.
const WORDS = ('user profile name token auth session config default value handler request response client server '
  + 'account password secret service manager factory builder provider context state store cache queue event '
  + 'message payload header body status error result data item list map key id email address phone order '
  + 'product cart invoice payment refund customer admin role permission group team project settings option '
  + 'route path file image upload download stream buffer reader writer logger metrics health check login '
  + 'logout signup verify refresh expire issue audience subject claim scope grant code redirect callback '
  + 'api v1 v2 get set create update delete find fetch load save parse format render validate encode decode').split(' ');
let seed = 20261204;
function next() {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const pick = (list) => list[Math.floor(next() * list.length)];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const words = (n) => Array.from({ length: n }, () => pick(WORDS));
const uuid = () => randomKeyFixed('0123456789abcdef', 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-4$3-8$4-$5').slice(0, 36);
function randomKeyFixed(alphabet, length) {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}
const ORDINARY = {
  camelCase: () => { const w = words(2 + Math.floor(next() * 4)); return w[0] + w.slice(1).map(cap).join(''); },
  PascalCase: () => words(2 + Math.floor(next() * 4)).map(cap).join(''),
  snake_case: () => words(2 + Math.floor(next() * 4)).join('_'),
  'kebab-case': () => words(2 + Math.floor(next() * 4)).join('-'),
  'camel+digits': () => { const w = words(2 + Math.floor(next() * 3)); return w[0] + w.slice(1).map(cap).join('') + String(Math.floor(next() * 1000)); },
  SCREAMING_CASE: () => words(2 + Math.floor(next() * 4)).join('_').toUpperCase(),
  path: () => `/${words(2 + Math.floor(next() * 4)).join('/')}`,
  'api path': () => `/api/v${1 + Math.floor(next() * 3)}/${words(1 + Math.floor(next() * 3)).join('/')}`,
  'file path': () => `src/${words(1 + Math.floor(next() * 3)).join('/')}.${pick(['ts', 'js', 'py', 'go', 'rb', 'json'])}`,
  url: () => `https://${pick(WORDS)}.example.com/${words(1 + Math.floor(next() * 3)).join('/')}`,
  'dotted name': () => `com.${pick(WORDS)}.${words(1 + Math.floor(next() * 3)).join('.')}`,
  'MIME type': () => `${pick(['application', 'text', 'image', 'multipart'])}/${pick(WORDS)}${next() < 0.5 ? `+${pick(['json', 'xml'])}` : ''}`,
  'prose/SQL': () => (next() < 0.5 ? `SELECT * FROM ${pick(WORDS)}s WHERE ${pick(WORDS)}_id = ?` : words(3 + Math.floor(next() * 5)).join(' ')),
};

function percent(part, whole) {
  return whole === 0 ? '   -' : `${((100 * part) / whole).toFixed(1).padStart(5)} %`;
}

console.log(`Margin below a random string's mean entropy: ${JSON.stringify(detectSettings.ENTROPY_BELOW_RANDOM ?? 'none: fixed thresholds')}\n`);
console.log(`Random keys flagged as high entropy, ${N} per cell (before: fixed thresholds, minLength 16; after: length-aware, minLength ${16}; model: length-aware without minLength)\n`);
console.log('alphabet    length   before    after    model');
for (const [name, alphabet] of Object.entries(ALPHABETS)) {
  for (const length of LENGTHS) {
    let before = 0, after = 0, model = 0;
    for (let i = 0; i < N; i++) {
      const key = randomKey(alphabet, length);
      if (fixedThreshold(key)) before++;
      if (isHighEntropy(key)) after++;
      if (modelOnly(key)) model++;
    }
    console.log(`${name.padEnd(11)} ${String(length).padStart(6)}  ${percent(before, N)}  ${percent(after, N)}  ${percent(model, N)}`);
  }
}

// Ordinary strings of each length, up to 200 distinct per category and length.
const ordinary = new Map(); // length -> category -> Set
const lengthsWanted = [...LENGTHS, 36];
for (const [category, make] of Object.entries(ORDINARY)) {
  for (let i = 0; i < 200000; i++) {
    const value = make();
    if (!lengthsWanted.includes(value.length)) continue;
    const byCategory = ordinary.get(value.length) ?? new Map();
    const set = byCategory.get(category) ?? new Set();
    if (set.size < 200) set.add(value);
    byCategory.set(category, set);
    ordinary.set(value.length, byCategory);
  }
}
for (let i = 0; i < 200; i++) {
  const byCategory = ordinary.get(36) ?? new Map();
  const set = byCategory.get('UUID') ?? new Set();
  set.add(uuid());
  byCategory.set('UUID', set);
  ordinary.set(36, byCategory);
}

// The rules that judge by entropy, each with the string where its key would go.
const detector = new Detector(RULES);
const PLACES = [
  { rule: 'jwt-high-entropy-near-call', path: 'src/auth.js', code: (v) => `import jwt from 'jsonwebtoken';\n\nconst material = '${v}';` },
  { rule: 'generic-secret-assignment', path: 'app/settings.py', code: (v) => `API_SECRET = "${v}"` },
];
function flaggedBy(rule, path, code) {
  const found = [];
  const stage = new FileStage((f) => found.push(f), RULES);
  const scanner = new FileScanner(detector, (f) => { found.push(f); stage.noteFinding(f); });
  const file = { path, status: 'A', blob: '' };
  scanner.fileStart(file);
  stage.fileStart(file);
  code.split('\n').forEach((text, index) => {
    const line = { kind: 'add', text, lineNumber: index + 1 };
    scanner.line(line);
    stage.line(line);
  });
  scanner.fileEnd();
  stage.fileEnd(scanner.facts);
  stage.finish();
  return found.some((f) => f.rule === rule);
}

console.log('\nRandom keys that each rule reports where a key goes, 200 per cell');
console.log(`alphabet    length   ${PLACES.map((p) => p.rule.padStart(26)).join(' ')}`);
for (const [name, alphabet] of Object.entries(ALPHABETS)) {
  for (const length of LENGTHS) {
    const keys = Array.from({ length: 200 }, () => randomKey(alphabet, length));
    const ruled = PLACES.map((p) => keys.filter((k) => flaggedBy(p.rule, p.path, p.code(k))).length);
    console.log(`${name.padEnd(11)} ${String(length).padStart(6)}   ${ruled.map((r) => percent(r, keys.length).padStart(26)).join(' ')}`);
  }
}

console.log('\nOrdinary strings that count as high entropy (isHighEntropy), and that a rule reports where a key goes\n');
console.log(`category        length  strings   before    after    model   ${PLACES.map((p) => p.rule.slice(0, 26).padStart(26)).join(' ')}`);
const totals = new Map();
for (const length of lengthsWanted) {
  for (const [category, set] of ordinary.get(length) ?? []) {
    const values = [...set];
    const before = values.filter(fixedThreshold).length;
    const after = values.filter(isHighEntropy).length;
    const model = values.filter(modelOnly).length;
    const ruled = PLACES.map((p) => values.filter((v) => !/['"\\]/.test(v) && flaggedBy(p.rule, p.path, p.code(v))).length);
    const t = totals.get(length) ?? { n: 0, before: 0, after: 0, model: 0, ruled: PLACES.map(() => 0) };
    t.n += values.length; t.before += before; t.after += after; t.model += model;
    ruled.forEach((r, i) => (t.ruled[i] += r));
    totals.set(length, t);
    console.log(`${category.padEnd(15)} ${String(length).padStart(6)} ${String(values.length).padStart(8)}  ${percent(before, values.length)}  ${percent(after, values.length)}  ${percent(model, values.length)}   ${ruled.map((r) => `${String(r).padStart(4)} (${percent(r, values.length)})`.padStart(26)).join(' ')}`);
  }
}
console.log('');
for (const [length, t] of totals) {
  console.log(`all            ${String(length).padStart(7)} ${String(t.n).padStart(8)}  ${String(t.before).padStart(7)}  ${String(t.after).padStart(7)}  ${String(t.model).padStart(7)}   ${t.ruled.map((r) => String(r).padStart(26)).join(' ')}`);
}
