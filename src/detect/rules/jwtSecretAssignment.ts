// A literal given to a JWT-ish name: `const JWT_SECRET = '…'`, `jwtSecret: '…'`, `JWT_SECRET=…` in a
// .env file, and `secret: '…'` inside the options of a JWT middleware.
import { isKnownWeakKey } from '../weakKeys.js';
import { isJwtName, nameBefore, normalizeName } from '../names.js';
import { isPlaceholder } from '../placeholder.js';
import { stringLiterals } from '../literals.js';
import type { Rule, RuleMatch, ScanLine } from '../types.js';

/** Generic option names that are the JWT key inside a JWT library's options. */
const OPTION_NAMES = new Set(['secret', 'key', 'privatekey', 'secretkey', 'signkey']);
/** Marks of a JWT library's options around a `secret:` (express-jwt, passport-jwt, @nestjs/jwt, …). */
const JWT_OPTIONS_CONTEXT = /expressjwt|express-jwt|koa-?jwt|jwtstrategy|passport-jwt|jwtmodule|@nestjs\/jwt|@fastify\/jwt|fastify-?jwt|hono\/jwt|jwtservice|nextauth|next-auth|\bjwt\s*[(:=]/i;
const CONTEXT_LINES = 4;

/** Wrappers a key literal often sits in: `Buffer.from('…')`, `[]byte("…")`, `b"…"`. */
const WRAPPER_BEFORE = /(?:new\s+TextEncoder\s*\(\s*\)\s*\.\s*encode|Buffer\s*\.\s*from|\[\]byte|String|bytes|str|Secret)\s*\(\s*$/;
/** A value that names where the key is, not the key: a path, a file, a URL. */
const LOCATION = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|https?:\/\/|file:)|\.(?:pem|key|crt|cer|der|p12|pfx|jwks?|json|txt)$/i;
/** Four or more words: a message, not a key. */
const PROSE = /\S\s+\S+\s+\S+\s+\S/;

export function isSecretValue(value: string, name: string): boolean {
  if (isKnownWeakKey(value)) return true;
  if (isPlaceholder(value) || LOCATION.test(value) || PROSE.test(value)) return false;
  return normalizeName(value) !== normalizeName(name);
}

function bindingName(text: string, literalStart: number): string | undefined {
  let start = literalStart;
  if (start > 0 && /[bBrRuU@]/.test(text[start - 1]!) && !/[\w$]/.test(text[start - 2] ?? ' ')) start--;
  const head = text.slice(Math.max(0, start - 60), start);
  const wrapper = WRAPPER_BEFORE.exec(head);
  if (wrapper) start -= wrapper[0].length;
  return nameBefore(text, start);
}

function inJwtOptions(line: ScanLine): boolean {
  if (JWT_OPTIONS_CONTEXT.test(line.text)) return true;
  return line.before.slice(-CONTEXT_LINES).some((text) => JWT_OPTIONS_CONTEXT.test(text));
}

const DOTENV_LINE = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(.*)$/;

function dotenvMatch(line: ScanLine): RuleMatch[] {
  const m = DOTENV_LINE.exec(line.text);
  if (!m || !isJwtName(m[1]!)) return [];
  let raw = m[2]!;
  let offset = line.text.length - raw.length;
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const close = raw.indexOf(quote, 1);
    raw = close === -1 ? raw.slice(1) : raw.slice(1, close);
    offset++;
  } else {
    const comment = raw.search(/\s#/);
    if (comment !== -1) raw = raw.slice(0, comment);
    raw = raw.trimEnd();
  }
  if (!isSecretValue(raw, m[1]!)) return [];
  return [{ secret: raw, index: offset, why: whyFor(m[1]!, raw) }];
}

function whyFor(name: string, value: string): string {
  const publicly = isKnownWeakKey(value) ? ' It is a publicly known weak key.' : '';
  return `A hardcoded value is assigned to ${name}, a JWT signing key: anyone who reads the repository can forge tokens.${publicly}`;
}

export const jwtSecretAssignment: Rule = {
  id: 'jwt-secret-assignment',
  description: 'A literal is assigned to a JWT-ish name (JWT_SECRET, jwtSecret, signingKey, secretOrKey, …) in code or a .env file.',
  severity: 'error',
  keywords: ['jwt', 'secret', 'signing', 'key', 'auth'],
  match(line) {
    if (line.language === 'dotenv') return dotenvMatch(line);
    const matches: RuleMatch[] = [];
    for (const literal of stringLiterals(line.text)) {
      if (literal.interpolated) continue;
      const name = bindingName(line.text, literal.start);
      if (!name) continue;
      const jwtName = isJwtName(name) || (OPTION_NAMES.has(normalizeName(name)) && inJwtOptions(line));
      if (!jwtName || !isSecretValue(literal.value, name)) continue;
      matches.push({ secret: literal.value, index: literal.start + 1, why: whyFor(name, literal.value) });
    }
    return matches;
  },
};
