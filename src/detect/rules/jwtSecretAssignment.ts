// A literal given to a JWT-ish name: `const JWT_SECRET = '…'`, `jwtSecret: '…'`, `SECRET_KEY = '…'`,
// `secret: '…'` inside the options of a JWT middleware, and the same names in config and environment
// files (.env, docker-compose and Kubernetes YAML, Spring application.yml and .properties,
// appsettings.json, TOML), where the name may be spelled by its parents (`jwt:` → `secret:`).
import { keyArgumentsOf } from '../callSites.js';
import { CONFIG_LANGUAGES, configEntries, namesKeyOfExistingSecret } from '../configEntries.js';
import { CODE_LANGUAGES, type Language } from '../language.js';
import { isKnownWeakKey } from '../weakKeys.js';
import { isJwtName, nameBefore, normalizeName } from '../names.js';
import { isPlaceholder } from '../placeholder.js';
import { hasQuote, stringLiterals } from '../literals.js';
import type { Rule, RuleMatch, ScanLine } from '../types.js';

/** Generic option names that are the JWT key inside a JWT library's options. */
const OPTION_NAMES = new Set(['secret', 'key', 'privatekey', 'secretkey', 'signkey']);
/** Marks of a JWT library's options around a `secret:` (express-jwt, passport-jwt, @nestjs/jwt, …). */
const JWT_OPTIONS_CONTEXT = /expressjwt|express-jwt|koa-?jwt|jwtstrategy|passport-jwt|jwtmodule|@nestjs\/jwt|@fastify\/jwt|fastify-?jwt|hono\/jwt|jwtservice|nextauth|next-auth|authoptions|simple_jwt|jwt_auth|\bjwt['"]?\s*(?:=>|[(:=])/i;
const CONTEXT_LINES = 4;
/** A file about JWTs by its name (`config/jwt.php`, `jwt.config.js`): its `secret` is the JWT key. */
const JWT_FILE = /(?:^|[/._-])jwt(?:[/._-]|$)/i;
/** Config files where SECRET_KEY and the other whole names are as likely an AWS, database or Play secret. */
const PART_NAME_CONFIG = new Set<Language>(['hocon', 'terraform', 'sql']);
/**
 * Formats read as plain text before they had a reader of their own (`.conf`, `.tf`, `.sql`): a literal
 * bound to a JWT name on the line (`environment=JWT_SECRET="…"` in a supervisord .conf) still counts.
 */
const ALSO_READ_AS_TEXT = PART_NAME_CONFIG;
/**
 * Files where SECRET_KEY and the other whole names are a signing key. Elsewhere (Terraform and other
 * unknown files, documentation) `secret_key` is as likely an AWS key, which other rules name.
 */
const WHOLE_NAME_LANGUAGES = new Set<Language>([...CODE_LANGUAGES, ...CONFIG_LANGUAGES].filter((language) => !PART_NAME_CONFIG.has(language)));
/** `cond ? process.env.X : 'x'` reads like a binding to process.env.X; it is jwt-secret-fallback's. */
const ENV_READ_NAME = /^(?:process\.env|import\.meta\.env|Bun\.env)\./;
/** `const { JWT_SECRET = 'dev' } = process.env`: a fallback, which jwt-secret-fallback reports. */
const ENV_DESTRUCTURING = /\}\s*=\s*(?:process\.env|import\.meta\.env|Bun\.env)\b/;

/** Wrappers a key literal often sits in: `Buffer.from('…')`, `[]byte("…")`, `b"…"`. */
const WRAPPER_BEFORE = /(?:new\s+TextEncoder\s*\(\s*\)\s*\.\s*encode|Buffer\s*\.\s*from|\[\]byte|String|bytes|str|Secret)\s*\(\s*$/;
/** A value that names where the key is, not the key: a path, a file, a URL. */
const LOCATION = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|https?:\/\/|file:)|\.(?:pem|key|crt|cer|der|p12|pfx|jwks?|json|txt)$/i;
/** Four or more words: a message, not a key. */
const PROSE = /\S\s+\S+\s+\S+\s+\S/;

/**
 * A value that is itself the name of a variable: `SECRET_KEY = 'AWS_SECRET_ACCESS_KEY'`. A known
 * weak key of that shape (`JWT_SECRET` is on the list) stays a key.
 */
const VARIABLE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const NAMES_A_SECRET = /SECRET|KEY|TOKEN|PASSW/;

export function isSecretValue(value: string, name: string): boolean {
  if (isKnownWeakKey(value)) return true;
  if (isPlaceholder(value) || LOCATION.test(value) || PROSE.test(value)) return false;
  if (value.length <= 64 && VARIABLE_NAME.test(value) && NAMES_A_SECRET.test(value)) return false;
  // The value names the setting it is given to: `refresh_token_key = 'refresh_token'`.
  const normalValue = normalizeName(value);
  if (normalValue.length >= 5 && normalizeName(name).includes(normalValue)) return false;
  return normalizeName(value) !== normalizeName(name);
}

function bindingName(text: string, literalStart: number): string | undefined {
  let start = literalStart;
  if (start > 0 && /[bBrRuU@]/.test(text[start - 1]!) && !/[\w$]/.test(text[start - 2] ?? ' ')) start--;
  const head = text.slice(Math.max(0, start - 60), start);
  // Every wrapper ends with `(`: the anchored pattern is tried only then.
  const wrapper = head.trimEnd().endsWith('(') ? WRAPPER_BEFORE.exec(head) : null;
  if (wrapper) start -= wrapper[0].length;
  return nameBefore(text, start);
}

/** The character just before a literal and its spaces (and a quote prefix): `=`, `:`, `(`, …. */
function bindingOperator(text: string, literalStart: number): string | undefined {
  let pos = literalStart - 1;
  if (pos >= 0 && /[bBrRuU@]/.test(text[pos]!)) pos--;
  while (pos >= 0 && (text[pos] === ' ' || text[pos] === '\t')) pos--;
  return text[pos];
}

function inJwtOptions(line: ScanLine): boolean {
  if (JWT_FILE.test(line.path) || JWT_OPTIONS_CONTEXT.test(line.text)) return true;
  return line.before.slice(-CONTEXT_LINES).some((text) => JWT_OPTIONS_CONTEXT.test(text));
}

function isJwtConfigName(name: string, line: ScanLine): boolean {
  const leaf = name.slice(name.lastIndexOf('.') + 1);
  return isJwtName(name, { wholeNames: !PART_NAME_CONFIG.has(line.language) }) || (OPTION_NAMES.has(normalizeName(leaf)) && JWT_FILE.test(line.path));
}

/** Whether `value` (or, for base64 data, what it decodes to) is a key given to `name`. */
function isConfigSecret(name: string, value: string): boolean {
  const leaf = name.slice(name.lastIndexOf('.') + 1);
  return isSecretValue(value, leaf) && isSecretValue(value, name);
}

/**
 * `JWT_SECRET: *jwt`: the key is the anchor's value, on the line that gave it (`x-jwt: &jwt "…"`),
 * reported there once when the diff added it. An anchor under a JWT name is reported on its own.
 */
function anchorMatch(line: ScanLine, alias: string, name: string): RuleMatch | undefined {
  const facts = line.facts;
  const anchored = facts?.yamlAnchors.get(alias);
  if (!facts || !anchored || !anchored.added || facts.reportedAnchors.has(alias)) return undefined;
  const entry = configEntries({ path: line.path, language: 'yaml', lineNumber: anchored.lineNumber, text: anchored.text, before: [], after: [] }).find((each) => each.anchor === alias);
  if (!entry || isJwtConfigName(entry.name, line) || !isConfigSecret(name, entry.decoded ?? entry.value)) return undefined;
  facts.reportedAnchors.add(alias);
  const at: NonNullable<RuleMatch['line']> = { number: anchored.lineNumber, text: anchored.text };
  if (anchored.previousText !== undefined) at.previousText = anchored.previousText;
  return { secret: entry.value, index: entry.index, why: `${whyFor(name, entry.value)} (through the alias *${alias.slice(0, 40)} on line ${line.lineNumber})`, line: at };
}

/** A config or environment file: the pairs its line holds, judged by their full names. */
function configMatch(line: ScanLine): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const { name, value, index, alias, decoded } of configEntries(line)) {
    if (!isJwtConfigName(name, line) || namesKeyOfExistingSecret(line, name.slice(name.lastIndexOf('.') + 1))) continue;
    if (alias !== undefined) {
      const anchored = anchorMatch(line, alias, name);
      if (anchored) matches.push(anchored);
      continue;
    }
    if (!isConfigSecret(name, decoded ?? value)) continue;
    const why = decoded !== undefined ? whyFor(name, decoded).replace('A hardcoded value', 'A hardcoded value, base64-encoded,') : whyFor(name, value);
    matches.push({ secret: value, index, why });
  }
  return matches;
}

/** A literal that is the key argument of a JWT call is jwt-call-literal's finding, not this rule's. */
function withoutCallKeys(line: ScanLine, matches: RuleMatch[]): RuleMatch[] {
  const keys = keyArgumentsOf(line);
  if (!keys) return matches;
  const callKeys = new Set<number>();
  for (const { literal } of keys.keyArguments) {
    if (literal) callKeys.add(literal.start + 1 - keys.window.lineStart);
  }
  return callKeys.size === 0 ? matches : matches.filter((m) => !callKeys.has(m.index));
}

function whyFor(name: string, value: string): string {
  const publicly = isKnownWeakKey(value) ? ' It is a publicly known weak key.' : '';
  return `A hardcoded value is assigned to ${name}, a JWT signing key: anyone who reads the repository can forge tokens.${publicly}`;
}

/** A line ending with a YAML block scalar's header: `secret: |`, `key: >-`. */
const BLOCK_HEADER_LINE = /:[ \t]+[|>][-+0-9]{0,3}[ \t]*(?:#.*)?$/;

/** Literals bound to a JWT-ish name on the line, read as code reads them. */
function literalMatches(line: ScanLine): RuleMatch[] {
  if (ENV_DESTRUCTURING.test(line.text)) return [];
  const matches: RuleMatch[] = [];
  const wholeNames = WHOLE_NAME_LANGUAGES.has(line.language);
  // Read once per line: a long line with many `key: '…'` literals must not re-read it for each.
  let jwtOptions: boolean | undefined;
  for (const literal of stringLiterals(line.text)) {
    if (literal.interpolated) continue;
    const name = bindingName(line.text, literal.start);
    if (!name || (ENV_READ_NAME.test(name) && bindingOperator(line.text, literal.start) === ':')) continue;
    const jwtName = isJwtName(name, { wholeNames }) || (OPTION_NAMES.has(normalizeName(name)) && (jwtOptions ??= inJwtOptions(line)));
    if (!jwtName || !isSecretValue(literal.value, name)) continue;
    matches.push({ secret: literal.value, index: literal.start + 1, why: whyFor(name, literal.value) });
  }
  return matches.length > 0 && CODE_LANGUAGES.includes(line.language) ? withoutCallKeys(line, matches) : matches;
}

export const jwtSecretAssignment: Rule = {
  id: 'jwt-secret-assignment',
  description: 'A literal is assigned to a JWT-ish name (JWT_SECRET, jwtSecret, signingKey, secretOrKey, …) in code or a .env file.',
  severity: 'error',
  keywords: ['jwt', 'secret', 'signing', 'key', 'auth'],
  neighboursWake: ['yaml', 'sql', 'terraform'],
  neighbourValue(line, previousText) {
    switch (line.language) {
      // The first line of a block scalar, under `secret: >-`.
      case 'yaml':
        return previousText !== undefined && BLOCK_HEADER_LINE.test(previousText);
      // A row of a VALUES list under its column list, a Terraform value under its parameter's name.
      case 'sql':
      case 'terraform':
        return hasQuote(line.text);
      default:
        return true;
    }
  },
  match(line) {
    if (!CONFIG_LANGUAGES.includes(line.language)) return literalMatches(line);
    const config = configMatch(line);
    if (!ALSO_READ_AS_TEXT.has(line.language) || !hasQuote(line.text)) return config;
    const seen = new Set(config.filter((match) => !match.line).map((match) => match.index));
    return [...config, ...literalMatches(line).filter((match) => !seen.has(match.index))];
  },
};
