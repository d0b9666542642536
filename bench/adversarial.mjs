// How long each rule takes on 1 MB adversarial lines (issue 6, item 3). The test suite checks
// that every run finishes and throws; this reports the time, slowest first.
// Run: npm run build && node bench/adversarial.mjs
import { RULES } from '../dist/detect/rules/index.js';

const MB = 1024 * 1024;
const repeat = (unit) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
let seed = 42;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=_-.:;,(){}[]<>"\'`\\ $#@!?*&|~^%';
const LINES = {
  singleQuotes: repeat("'"), doubleQuotes: repeat('"'), backticks: repeat('`'), backslashes: repeat('\\'),
  escapedQuotes: repeat("\\'"), eyJ: repeat('eyJ'), eyJDots: repeat('eyJhbGciOiJIUzI1NiJ9.'), equals: repeat('='),
  base64: repeat('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0123456789+/'), hex: repeat('0123456789abcdef'),
  wordRun: repeat('jwtSecretKeyToken'), callOpeners: repeat('jwt.sign('), assignments: repeat("jwtSecret = '"),
  colons: repeat('secret: '), pemHeaders: repeat('-----BEGIN PRIVATE KEY-----'), urls: repeat('postgres://user:'),
  envReads: repeat('process.env.JWT_SECRET || '), commentOpeners: repeat('// # -- ; /* <!-- '),
  allowTokens: repeat('// jwtguard:allow'), spaces: repeat(' '),
  random: Array.from({ length: MB }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
};

const rows = [];
for (const rule of RULES) {
  let total = 0;
  let worst = { name: '', ms: 0 };
  for (const [name, text] of Object.entries(LINES)) {
    for (const language of rule.languages ?? ['javascript', 'dotenv', 'json']) {
      const start = performance.now();
      rule.match({ path: 'adversarial', language, lineNumber: 1, text, before: [], after: [] });
      const ms = performance.now() - start;
      total += ms;
      if (ms > worst.ms) worst = { name: `${name} (${language})`, ms };
    }
  }
  rows.push({ rule: rule.id, total, worst });
}
rows.sort((a, b) => b.total - a.total);
console.log(`Rules over ${Object.keys(LINES).length} adversarial 1 MB lines, in each language they read:\n`);
console.log('rule'.padEnd(34), 'total ms'.padStart(9), '  slowest line');
for (const row of rows) {
  console.log(row.rule.padEnd(34), row.total.toFixed(0).padStart(9), `  ${row.worst.name} ${row.worst.ms.toFixed(0)} ms`);
}
