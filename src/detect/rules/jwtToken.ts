// A committed JWT: three base64url parts whose header and payload decode as JSON objects. A signed
// token is a credential until it expires; one signed with HMAC is also a way to guess its key
// offline, so HS256/384/512 tokens are tried against the known weak keys, and a match says the key
// itself is public and must be rotated.
import { nodeCrypto } from '../../nodeCrypto.js';
import { knownWeakKeys } from '../weakKeys.js';
import type { Rule, RuleMatch } from '../types.js';

/**
 * header.payload.signature, each part base64url. The lookbehind anchors a start (so a run of word
 * characters is tried once), the bounded parts keep each try linear, and the header must start as
 * `{"` does in base64url. Whether the parts decode is checked in code.
 */
const TOKEN = /(?<![\w-])eyJ[A-Za-z0-9_-]{4,4000}\.[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{0,1000}/g;
/**
 * A JWT wrapped in base64 (a Kubernetes Secret's `data:`, a CI variable): base64 of `eyJ` is `ZXlK`.
 * Bounded like TOKEN; whether it decodes to a token is checked in code.
 */
const WRAPPED = /(?<![A-Za-z0-9+/])ZXlK[A-Za-z0-9+/]{40,16000}={0,2}/g;
/** A fourth part after the third: JWE (five parts) or something longer than a JWS. */
const MORE_PARTS = /^\.[A-Za-z0-9_-]/;
/** Shorter than any real signature (HS256 gives 43 characters): a truncated example such as `eyJ….eyJ….sig`. */
const MIN_SIGNATURE = 16;

const HMAC_HASH: Readonly<Record<string, string>> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

/**
 * Tokens already tried against the weak keys, with the key that signed them (or null). The list is
 * tried once per distinct token; the cache is bounded, and so is the number of tokens tried in one
 * process, so that a fixture file full of tokens cannot make a scan slow.
 */
const tried = new Map<string, string | null>();
const MAX_CACHED = 512;
const MAX_TOKENS_TRIED = 200;
let tokensTried = 0;

interface DecodedToken {
  alg: string;
  signingInput: string;
  signature: Buffer;
}

function jsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The token's algorithm and signed parts, or undefined when it is not a signed JWT (JWS). */
export function decodeJwt(token: string): DecodedToken | undefined {
  const [header, payload, signature] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined) return undefined;
  const head = jsonObject(header);
  if (!head || typeof head.alg !== 'string' || head.alg === '' || !jsonObject(payload)) return undefined;
  return { alg: head.alg, signingInput: `${header}.${payload}`, signature: Buffer.from(signature, 'base64url') };
}

/** The known weak key that signed `token`, if any (HS256/384/512 only). */
export function weakKeyOf(token: string, decoded: DecodedToken): string | undefined {
  const hash = HMAC_HASH[decoded.alg];
  if (!hash) return undefined;
  const cached = tried.get(token);
  if (cached !== undefined) return cached ?? undefined;
  if (tokensTried >= MAX_TOKENS_TRIED) return undefined;
  tokensTried++;
  let found: string | null = null;
  for (const key of knownWeakKeys()) {
    if (nodeCrypto().createHmac(hash, key).update(decoded.signingInput).digest().equals(decoded.signature)) {
      found = key;
      break;
    }
  }
  if (tried.size >= MAX_CACHED) tried.clear();
  tried.set(token, found);
  return found ?? undefined;
}

/** A key as the reports show secrets: a few first characters and its length. */
function maskKey(key: string): string {
  return `${key.slice(0, Math.min(4, Math.floor(key.length / 2)))}…(${key.length})`;
}

/** The token a base64 string wraps (a trailing newline, as `echo … | base64` leaves, allowed), or undefined. */
function unwrapped(wrapped: string): string | undefined {
  const text = Buffer.from(wrapped, 'base64').toString('latin1').replace(/\r?\n$/, '');
  return /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(text) ? text : undefined;
}

function whyFor(token: string, decoded: DecodedToken, wrapped: boolean): string {
  const weakKey = weakKeyOf(token, decoded);
  const what = wrapped ? 'A signed JWT, base64-encoded,' : 'A signed JWT';
  return weakKey
    ? `${wrapped ? 'A base64-encoded' : 'A'} JWT signed with a publicly known weak key (${maskKey(weakKey)}) is committed: anyone can sign tokens with that key. Rotate the key, and remove the token.`
    : `${what} (${decoded.alg.slice(0, 16)}) is committed: it is a credential until it expires${HMAC_HASH[decoded.alg] ? ', and its key can be guessed offline' : ''}. Revoke it and keep tokens out of the repository.`;
}

/** A token signed with a known weak key is a demo (docs and tests only warn about one). */
function demo(token: string, decoded: DecodedToken): { demo?: true } {
  return weakKeyOf(token, decoded) ? { demo: true } : {};
}

/** A signed token, not a truncated example or an unsigned one. */
function signedToken(token: string): DecodedToken | undefined {
  if (token.length - token.lastIndexOf('.') - 1 < MIN_SIGNATURE) return undefined;
  const decoded = decodeJwt(token);
  return decoded && decoded.alg.toLowerCase() !== 'none' ? decoded : undefined;
}

export const jwtToken: Rule = {
  id: 'jwt-token',
  description: 'A signed JWT is committed; one signed with a publicly known weak key says the key must be rotated.',
  severity: 'error',
  keywords: ['eyj', 'zxlk'],
  match(line) {
    const matches: RuleMatch[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(line.text); m; m = TOKEN.exec(line.text)) {
      const token = m[0];
      if (MORE_PARTS.test(line.text.slice(m.index + token.length, m.index + token.length + 2))) continue;
      const decoded = signedToken(token);
      if (decoded) matches.push({ secret: token, index: m.index, why: whyFor(token, decoded, false), ...demo(token, decoded) });
    }
    if (line.text.includes('ZXlK')) {
      WRAPPED.lastIndex = 0;
      for (let m = WRAPPED.exec(line.text); m; m = WRAPPED.exec(line.text)) {
        const token = unwrapped(m[0]);
        const decoded = token === undefined ? undefined : signedToken(token);
        if (token !== undefined && decoded) matches.push({ secret: m[0], index: m.index, why: whyFor(token, decoded, true), ...demo(token, decoded) });
      }
    }
    return matches;
  },
};
