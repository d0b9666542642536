// What counts as a JWT-ish name, and how to find the name a literal is given to.
import { settings } from './settings.js';

/** Names that are JWT signing keys whatever their spelling (compared without case, `_`, `-`, `.`). */
const JWT_KEY_NAMES = new Set([
  'secretorprivatekey',
  'secretorkey',
  'signingkey',
  'signingsecret',
  'tokensecret',
  'tokensigningkey',
  'accesstokensecret',
  'refreshtokensecret',
  'accesstokenkey',
  'refreshtokenkey',
  'authsecret',
  'nextauthsecret',
  'jwtsecret',
  'jwtkey',
  // Microsoft.IdentityModel's TokenValidationParameters.IssuerSigningKey, as appsettings.json names it.
  'issuersigningkey',
]);

/**
 * Names that are a signing key only as a whole name: Django and Flask `SECRET_KEY` (the default
 * key of djangorestframework-simplejwt and flask-jwt-extended), Rails `secret_key_base`, ruby-jwt's
 * `hmac_secret`. As a part of a longer name (`AWS_SECRET_KEY`) they name some other secret.
 */
const WHOLE_KEY_NAMES = /^(?:SECRET_KEY|SECRET_KEY_BASE|secret_key_base|(?:DJANGO|FLASK|APP)_SECRET_KEY|hmac_secret|HMAC_SECRET)$/;
/** Lower-case `secret_key` is Flask's only on the app (`app.secret_key`); elsewhere it is boto's, AWS's, …. */
const APP_SECRET_KEY = /(?:^|\.)\w{0,20}app\.secret_key$/i;

/** A name containing "jwt" is a key when it also says one of these... */
const KEY_WORDS = ['secret', 'key', 'passphrase', 'signing', 'hmac'];
/** ...and none of these, which name something that is not the key itself. */
const NOT_A_KEY = [
  'public', 'pubkey', 'keyid', 'kid', 'path', 'file', 'dir', 'url', 'uri', 'name', 'header', 'expir', 'ttl',
  'algorithm', 'alg', 'length', 'size', 'len', 'type', 'format', 'env', 'var', 'issuer', 'audience', 'rotation', 'version',
  // Helm charts' `existingSecret`: the name of a Secret object that holds the key.
  'existing',
  // OAuth 1.0a token secrets and OAuth client secrets are not JWT keys.
  'oauth', 'consumer',
];

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function isJwtKeyWord(name: string): boolean {
  const normal = normalizeName(name);
  if (normal === '') return false;
  // A whole known name first: `IssuerSigningKey` says issuer and is still the key.
  if (JWT_KEY_NAMES.has(normal)) return true;
  // `security` holds `uri`: .NET's `Jwt:SecurityKey` is a key.
  const words = normal.includes('security') ? normal.replace(/security/g, '') : normal;
  if (NOT_A_KEY.some((word) => words.includes(word))) return false;
  for (const known of JWT_KEY_NAMES) if (normal.endsWith(known)) return true;
  if (settings().extraJwtNames.some((extra) => normalizeName(extra) === normal)) return true;
  return normal.includes('jwt') && KEY_WORDS.some((word) => normal.includes(word));
}

/**
 * True for names such as JWT_SECRET, jwtSecret, secretOrPrivateKey, ACCESS_TOKEN_SECRET, and (unless
 * `wholeNames` is false) SECRET_KEY and the other WHOLE_KEY_NAMES. A dotted
 * name is judged by its trailing parts: `process.env.JWT_SECRET` and `jwt.secret` are keys,
 * `jwt.publicKey` and `config.jwt.expiresIn` are not.
 */
export function isJwtName(name: string, options: { wholeNames?: boolean } = {}): boolean {
  const parts = name.split('.').filter((part) => part !== '');
  if (options.wholeNames !== false && parts.length > 0 && (WHOLE_KEY_NAMES.test(parts[parts.length - 1]!) || APP_SECRET_KEY.test(name))) return true;
  for (let k = 1; k <= parts.length; k++) {
    if (isJwtKeyWord(parts.slice(-k).join('.'))) return true;
  }
  return false;
}

/** [\w$.-], by code: it is asked once per character read backwards. */
function isIdentifierChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 46 || code === 45;
}

/**
 * The name a value at `valueStart` is bound to, reading backwards over `name = `, `name: `,
 * `name := `, `'name' => `, `"name": `, `name: Type = `, `obj['name'] = `. Undefined when the value
 * is not the right-hand side of a binding.
 */
export function nameBefore(text: string, valueStart: number): string | undefined {
  let pos = skipSpaceBack(text, valueStart - 1);
  // The binding operator.
  const ch = text[pos];
  if (ch === '=') {
    const prev = text[pos - 1];
    if (prev === '=' || prev === '!' || prev === '<' || prev === '>') return undefined; // comparison
    pos--;
    if (prev === ':' || prev === '|' || prev === '?') pos--; // := ||= ??=
    if (prev === '|' && text[pos] === '|') pos--;
    if (prev === '?' && text[pos] === '?') pos--;
  } else if (ch === '>' && text[pos - 1] === '=') {
    pos -= 2; // =>
  } else if (ch === ':') {
    if (text[pos - 1] === ':') return undefined; // a scope operator, not a binding
    pos--;
  } else {
    return undefined;
  }
  pos = skipSpaceBack(text, pos);
  // `name: Type =`: step over the type annotation to the name before it.
  if (ch === '=') {
    const head = text.slice(Math.max(0, pos - 120), pos + 1);
    const typed = head.includes(':') ? TYPE_ANNOTATION.exec(head) : null;
    if (typed && !/['"`\]]\s*:/.test(typed[0])) return typed[1];
  }
  return nameEndingAt(text, pos);
}

const TYPE_ANNOTATION = /([A-Za-z_$][\w$]*)\s*[!?]?\s*:\s*[A-Za-z_][\w.<>[\] |?]{0,60}$/;

/** The identifier, quoted key or subscript key that ends at `end` (inclusive). */
function nameEndingAt(text: string, end: number): string | undefined {
  let pos = end;
  if (text[pos] === ']') pos = skipSpaceBack(text, pos - 1); // obj['name'] or ENV["name"]
  const quote = text[pos];
  if (quote === '"' || quote === "'" || quote === '`') {
    const open = text.lastIndexOf(quote, pos - 1);
    if (open < 0 || pos - open > 200) return undefined;
    return text.slice(open + 1, pos);
  }
  let start = pos;
  while (start >= 0 && isIdentifierChar(text.charCodeAt(start)) && pos - start < 200) start--;
  const name = text.slice(start + 1, pos + 1);
  return name === '' ? undefined : name;
}

function skipSpaceBack(text: string, pos: number): number {
  while (pos >= 0 && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\n' || text[pos] === '\r')) pos--;
  return pos;
}
