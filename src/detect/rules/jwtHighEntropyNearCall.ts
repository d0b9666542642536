// A random-looking string literal in JWT code: within a few lines of a JWT call, or anywhere in a
// file that imports a JWT library. It catches keys the call-site and name rules cannot see, such as
// `const K = 'f3a9…'` far from the call that uses it. Cheap checks come first (a quote, a length,
// shapes that are never keys) and entropy last. When the file's diff shows neither an import nor
// JWT code nearby, the finding is set aside (FileFacts.defer) and the staged file decides.
import { hasQuote, stringLiterals } from '../literals.js';
import { CODE_LANGUAGES } from '../language.js';
import { isHighEntropy, readsAsWords } from '../entropy.js';
import { hasWalk, looksGenerated } from '../tokenShape.js';
import { mentionsJwt } from '../fileFacts.js';
import { nameBefore, normalizeName } from '../names.js';
import { isPlaceholder } from '../placeholder.js';
import { settings } from '../settings.js';
import type { Finding, Rule, RuleMatch, ScanLine } from '../types.js';

const ID = 'jwt-high-entropy-near-call';

/** Shapes of strings that are random-looking but never a signing key. */
const NOT_A_KEY = [
  /^(?:sha(?:1|224|256|384|512)|md5)[-:]/i, // integrity hashes: sha512-…
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUIDs
  /^data:/i, // data: URIs, base64 images
  /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|@[\w.-]+\/)/, // paths and scoped package names
  /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[\w./@~-]*$/i, // host/path without a scheme: Go import paths
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/, // dotted names: modules, classes, config keys
  /^[\w-]+:"/, // Go struct tags: env:"JWT_SECRET,required"
  /\.[A-Za-z][A-Za-z0-9]{0,5}$/, // file names: logo.png, bundle.min.js
  /^v?\d+\.\d+/, // versions
  /^#[0-9a-f]{3,8}$/i, // colours
  /^eyJ/, // a JWT (jwt-token reports it)
  /^-----/, // PEM (private-key reports it)
  /^(?:MIIBIjAN|MFkwEwYH|MHYwEAYH|MCowBQYDK2V[wx]|MIICIjAN)/, // public keys (SPKI, DER in base64)
];
/** Letters only (and `._-`): words and names, unless the cases mix and the letter pairs are not English. */
const LETTERS_ONLY = /^[A-Za-z._-]+$/;
/** One in sixteen random 16-letter keys has no digit; a name's letters read as English (readsAsWords). */
function isWordsOrName(value: string): boolean {
  if (!LETTERS_ONLY.test(value)) return false;
  return !/[a-z]/.test(value) || !/[A-Z]/.test(value) || CAMEL_CASE.test(value) || readsAsWords(value) || !looksGenerated(value, 10) || hasWalk(value.toLowerCase(), 6);
}

/**
 * A camelCase or PascalCase name by shape: humps of a capital and at least two small letters, an
 * acronym of up to four capitals at the end (`bandwidthQuotaGB`, `sCIMEnabled` is not one). A random
 * mixed-case string almost never splits so.
 */
const CAMEL_CASE = /^[a-z]{2,}(?:[A-Z][a-z]{2,})+[A-Z]{0,4}$|^(?:[A-Z][a-z]{2,}){2,}[A-Z]{0,4}$/;

/** A URL is not a key, unless it carries a password (`scheme://user:pass@host`). */
const URL = /^(?:jdbc:)?[a-z][a-z0-9+.-]{1,20}:\/\//i;
const URL_WITH_PASSWORD = /^(?:jdbc:)?[a-z][a-z0-9+.-]{1,20}:\/\/[^/@\s:]{0,200}:[^/@\s]{1,200}@/i;
/** Hex that the line calls a commit, a hash or a digest. */
const HEX = /^[0-9a-f]{7,128}$/i;
const HASH_CONTEXT = /\b(?:commit|sha\w{0,6}|rev(?:ision)?|ref|hash|checksum|digest|etag|integrity|nonce|fingerprint)\b/i;
/** A module specifier: `from '…'`, `require('…')`, `import('…')`. */
const MODULE_SPECIFIER = /(?:\bfrom|\brequire\s*\(|\bimport\s*\(?)\s*$/;
/** Names whose value is public or not a key: ids, hashes, labels, token claims, public keys. */
const NOT_A_KEY_NAME = /(?:id|ids|uuid|guid|hash|sha|digest|checksum|integrity|version|url|uri|path|file|name|label|title|message|text|class|style|color|colour|issuer|audience|aud|iss|sub|subject|kid|keyid|alg|algorithm|type|format|nonce|signature|sig|public\w*|salt|iv)$/;

/** The public members of a JWK (`x`, `y` of an EC key, `n`, `e` of an RSA key). */
const PUBLIC_JWK_MEMBERS = new Set(['x', 'y', 'n', 'e', 'crv', 'kty', 'use']);

/** Files whose strings are generated: lockfiles, minified bundles, source maps. */
const GENERATED_FILE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|composer\.lock|Gemfile\.lock|Cargo\.lock|poetry\.lock|go\.sum)$|\.min\.[cm]?js$|\.map$/;

/** GENERATED_FILE asked once per file, not once per line. */
let lastPath: string | undefined;
let lastPathGenerated = false;
function isGeneratedFile(path: string): boolean {
  if (path !== lastPath) {
    lastPath = path;
    lastPathGenerated = GENERATED_FILE.test(path);
  }
  return lastPathGenerated;
}

/** Per line: whether it speaks of hashes, asked once however many hex strings it holds. */
class LineContext {
  private hashes: boolean | undefined;
  constructor(readonly text: string) {}
  get mentionsHashes(): boolean {
    this.hashes ??= HASH_CONTEXT.test(this.text);
    return this.hashes;
  }
}

function isCandidate(context: LineContext, start: number, value: string): boolean {
  const text = context.text;
  if (value.length < settings().entropy.minLength || /\s/.test(value)) return false;
  if (URL.test(value)) return URL_WITH_PASSWORD.test(value);
  if (NOT_A_KEY.some((shape) => shape.test(value)) || isWordsOrName(value) || isPlaceholder(value)) return false;
  if (HEX.test(value) && context.mentionsHashes) return false;
  if (MODULE_SPECIFIER.test(text.slice(Math.max(0, start - 20), start))) return false;
  if (!isHighEntropy(value)) return false;
  const name = nameBefore(text, start);
  if (name === undefined) return true;
  const leaf = normalizeName(name.slice(name.lastIndexOf('.') + 1));
  return !NOT_A_KEY_NAME.test(leaf) && !PUBLIC_JWK_MEMBERS.has(leaf);
}

/**
 * A quote followed by `minLength` characters that are not whitespace: where a candidate's value
 * (see isCandidate) would start. Most lines have none, and one native search tells.
 */
let longValue: { minLength: number; pattern: RegExp } | undefined;
function longValueStart(minLength: number): RegExp {
  if (longValue?.minLength !== minLength) longValue = { minLength, pattern: new RegExp(`['"\x60]\\S{${minLength}}`) };
  return longValue.pattern;
}

/** Without the engine's file facts (a ScanLine made by hand), the window alone says what is near. */
function windowMentionsJwt(line: ScanLine): boolean {
  return mentionsJwt(line.text) || line.before.some(mentionsJwt) || line.after.some(mentionsJwt);
}

const WHY_NEAR = 'A random-looking string stands within a few lines of JWT code: it looks like a hardcoded signing key. Read keys from the environment or a secret store.';
const WHY_IMPORT = 'A random-looking string stands in a file that imports a JWT library: it looks like a hardcoded signing key. Read keys from the environment or a secret store.';

export const jwtHighEntropyNearCall: Rule = {
  id: ID,
  description: 'A high-entropy string literal within a few lines of a JWT call, or in a file that imports a JWT library.',
  severity: 'error',
  keywords: [],
  quotedOnly: true,
  languages: CODE_LANGUAGES,
  // jwt-call-literal and jwt-secret-assignment say more about the same literal; this one gives way.
  fallback: true,
  match(line) {
    if (line.text.length < settings().entropy.minLength + 2 || !hasQuote(line.text) || isGeneratedFile(line.path)) return [];
    if (!longValueStart(settings().entropy.minLength).test(line.text)) return [];
    const facts = line.facts;
    const near = facts ? facts.nearJwt(line.lineNumber) : windowMentionsJwt(line);
    const inJwtFile = facts?.importsJwtLibrary ?? false;
    // Outside the engine there is no file to ask later: only what is near counts.
    if (!near && !inJwtFile && !facts) return [];
    const matches: RuleMatch[] = [];
    const context = new LineContext(line.text);
    let inPem: boolean | undefined;
    for (const literal of stringLiterals(line.text)) {
      if (literal.interpolated || !isCandidate(context, literal.start, literal.value)) continue;
      // Asked only of a candidate: the window's lines are copied out for it.
      if ((inPem ??= insidePublicPem(line))) return [];
      const match: RuleMatch = { secret: literal.value, index: literal.start + 1, why: near ? WHY_NEAR : WHY_IMPORT };
      if (near || inJwtFile) matches.push(match);
      else facts!.defer(deferredFinding(line, match));
    }
    return matches;
  },
};

/** A body line of a public key or certificate written a line per string (`['-----BEGIN PUBLIC KEY-----', 'MFkw…', …].join('\n')`). */
function insidePublicPem(line: ScanLine): boolean {
  if (!line.text.includes("'") && !line.text.includes('"') && !line.text.includes('`')) return false;
  for (let i = line.before.length - 1; i >= 0; i--) {
    const above = line.before[i]!;
    if (!above.includes('-----')) continue;
    return PUBLIC_PEM_BEGIN.test(above);
  }
  return false;
}
const PUBLIC_PEM_BEGIN = /-----BEGIN (?:(?:RSA |EC )?PUBLIC KEY|CERTIFICATE)-----/;

/** The finding as the engine would make it, kept until the staged file says whether it imports a JWT library. */
function deferredFinding(line: ScanLine, match: RuleMatch): Finding {
  const finding: Finding = {
    rule: ID,
    severity: jwtHighEntropyNearCall.severity,
    path: line.path,
    language: line.language,
    line: line.lineNumber,
    column: match.index + 1,
    secret: match.secret,
    why: match.why,
    lineText: line.text,
  };
  if (line.previousText !== undefined) finding.previousLineText = line.previousText;
  return finding;
}
