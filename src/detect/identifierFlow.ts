// Identifier flow within one file: a name bound to a literal (`const KEY = 'x'`, `SECRET = "x"`,
// `var jwtKey = []byte("x")`, `secret = b"x"`) and the same name used as the key of a JWT call
// elsewhere in the file. Pure functions over text; the file stage (fileStage.ts) decides which
// text to read.
import { jwtKeyArguments } from './callSites.js';
import { jwtCallLiteral } from './rules/jwtCallLiteral.js';
import type { Language } from './language.js';
import { hasQuote, stringLiterals } from './literals.js';
import { nameBefore } from './names.js';
import { isPlaceholder } from './placeholder.js';
import type { ScanLine } from './types.js';

export interface LiteralBinding {
  /** The name as written (`KEY`, `this.key`, `$key`), without a leading `@`. */
  name: string;
  value: string;
  /** 0-based offset of the value's first character in the line. */
  index: number;
}

export interface KeyUse {
  name: string;
  /** How the message names the API (from JWT_CALLS). */
  api: string;
  /** 0-based offset of the key argument in the text searched. */
  offset: number;
}

/** Wrappers that turn a literal into key bytes: the binding is the same key (`[]byte("x")`, `Buffer.from('x')`). */
const WRAPPER_BEFORE = /(?:new\s+TextEncoder\s*\(\s*\)\s*\.\s*encode|Buffer\s*\.\s*from|\[\]byte|bytes|str|String|Encoding\s*\.\s*\w{1,20}\s*\.\s*GetBytes)\s*\(\s*$/;
/** After the literal: the end of the statement, maybe through the wrapper's `)` or a to-bytes call. */
const STATEMENT_END = /^\s*\)?\s*(?:\.\s*(?:getBytes|encode|as_bytes|toByteArray|to_vec|as_ref|into|bytes)\s*\([^()]{0,40}\)\s*)?(?:[;,]|\/\/|#|\/\*|$)/;
/** What may stand before the name on its line: declaration words and a type (`private static final String`). */
const DECLARATION_PREFIX = /^\s*(?:[A-Za-z_][\w<>[\]?,.&:']{0,60}\s+){0,6}$/;
/** Rust: `const KEY: &[u8] = b"x";`, whose type nameBefore does not step over. */
const RUST_TYPED = /\b(?:const|static|let(?:\s+mut)?)\s+([A-Za-z_]\w{0,60})\s*:\s*[^=;]{1,40}=\s*$/;
/** A name a binding can have: an identifier, maybe `$`-prefixed (PHP) or a member of this/self. */
const BINDING_NAME = /^(?:(?:this|self)\.)?\$?[A-Za-z_][\w$]{0,80}$/;
/** A value that names where the key is, or a sentence: not a key. */
const LOCATION = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|https?:\/\/|file:)|\.(?:pem|key|crt|cer|der|p12|pfx|jwks?|json|txt)$/i;
const PROSE = /\S\s+\S+\s+\S+\s+\S/;

/**
 * `= 'x'`, `= b"x"`, `= []byte("x")`, `= Buffer.from('x')`, `= new TextEncoder().encode('x')`: the
 * cheap test a line passes before its literals are read (WRAPPER_BEFORE says which calls count).
 */
const BINDS_LITERAL = /(?:^|[^=!<>])=\s*(?:\[\]byte\s*\(\s*|(?:new\s+)?[\w.]{1,40}\s*(?:\(\s*\)\s*\.\s*\w{1,20}\s*)?\(\s*)?[bBrRuU@]?["'`]/;

/** Literal bindings on one line: the name, the literal's value and where it starts. */
export function literalBindings(text: string, language: Language): LiteralBinding[] {
  if (!text.includes('=') || !hasQuote(text) || !BINDS_LITERAL.test(text)) return [];
  const found: LiteralBinding[] = [];
  for (const literal of stringLiterals(text)) {
    if (literal.interpolated || literal.value === '') continue;
    if (!STATEMENT_END.test(text.slice(literal.end, literal.end + 80))) continue;
    let start = literal.start;
    if (start > 0 && /[bBrRuU@]/.test(text[start - 1]!) && !/[\w$]/.test(text[start - 2] ?? ' ')) start--;
    const wrapper = WRAPPER_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (wrapper) start -= wrapper[0].length;
    const head = text.slice(Math.max(0, start - 120), start);
    // Only `=` and `:=` bind a variable; `:` and `=>` are object members, `==` a comparison.
    if (!/(?:(?<![=!<>:])=|:=)\s*$/.test(head)) continue;
    const rust = language === 'rust' ? RUST_TYPED.exec(head) : null;
    const rawName = rust ? rust[1] : nameBefore(text, start);
    if (rawName === undefined) continue;
    const name = rawName.replace(/^@/, '');
    if (!BINDING_NAME.test(name)) continue;
    // The binding starts its statement: `const KEY = …`, not `f(key = …)` or `a = b = …`.
    const nameAt = text.lastIndexOf(rawName, start);
    if (!rust && (nameAt < 0 || !DECLARATION_PREFIX.test(text.slice(0, nameAt).replace(/^.*[;{]/, '')))) continue;
    const value = literal.value;
    if (isPlaceholder(value) || LOCATION.test(value) || PROSE.test(value)) continue;
    found.push({ name, value, index: literal.start + 1 });
  }
  return found;
}

/** Calls whose argument is the key itself, so the name inside is the key. */
const KEY_WRAPPER = /^(?:new\s+TextEncoder\s*\(\s*\)\s*\.\s*encode|Buffer\s*\.\s*from|\[\]byte|bytes|str|String|Encoding\s*\.\s*\w{1,20}\s*\.\s*GetBytes|Keys\s*\.\s*hmacShaKeyFor|(?:crypto\s*\.\s*)?createSecretKey|(?:Encoding|Decoding)Key\s*::\s*from_secret|InMemory\s*::\s*plainText|new\s+(?:SymmetricSecurityKey|SecretKeySpec|MACSigner|MACVerifier|Key))\s*\(\s*/;
/** The key inside options: `secret: KEY`, or the shorthand `{ secret }` (JS). */
const OPTION_KEY = /[{,]\s*(?:(secret|key|privateKey|secretOrKey|secretOrPrivateKey)\s*[,}]|(?:secret|key|privateKey|secretOrKey|secretOrPrivateKey|signingKey|SigningKey|Key)\s*:\s*([@$]?[A-Za-z_][\w$]{0,80})\s*[,}])/;
const NAMED_ARGUMENT = /^[A-Za-z_]\w{0,40}\s*(?:=(?!=)|:(?!:))\s*/;
const KEY_NAME = /^&?[@$]?(?:(?:this|self)\.)?[A-Za-z_][\w$]{0,80}/;
const TO_BYTES = /^\s*(?:\.\s*(?:getBytes|encode|as_bytes|toByteArray|to_vec|as_ref|into|bytes)\s*\([^()]{0,40}\)\s*)?/;

/** Where the first argument of a call ends (a top-level `,` or the closing `)`), or -1. */
function firstArgumentEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length && i < 400; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === ',' && depth === 0) return i;
  }
  return -1;
}

/** The name an argument reduces to when it is a variable holding the key (`KEY`, `[]byte(key)`, `KEY.getBytes()`). */
export function keyIdentifier(argument: string): string | undefined {
  let text = argument.trim();
  if (text.startsWith('{')) {
    // An options object: `{ secret: KEY }`, `{ secret }`.
    const option = OPTION_KEY.exec(text);
    return option ? (option[2] ?? option[1]) : undefined;
  }
  // A named argument: `key=SECRET` (Python), `key: SECRET` (Kotlin, C#).
  text = text.replace(NAMED_ARGUMENT, '');
  for (let depth = 0; depth < 3; depth++) {
    const wrapper = KEY_WRAPPER.exec(text);
    if (!wrapper) break;
    const inner = text.slice(wrapper[0].length);
    const end = firstArgumentEnd(inner);
    if (end < 0) return undefined;
    text = inner.slice(0, end).trim();
  }
  const name = KEY_NAME.exec(text);
  if (!name) return undefined;
  const rest = text.slice(name[0].length);
  const tail = TO_BYTES.exec(rest)!;
  if (rest.slice(tail[0].length).trim() !== '') return undefined;
  return name[0].replace(/^&/, '').replace(/^@/, '');
}

/** A word every JWT call the call-site table knows holds (jwt-call-literal's keywords). */
const CALL_WORD = new RegExp(jwtCallLiteral.keywords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');

/** Lines judged together, and lines of context on each side (a call may start above or run below). */
const CHUNK_LINES = 32;
const CHUNK_MARGIN = 8;

/**
 * Names used as the key of a JWT call anywhere in `text` (a hunk or a whole staged file). The text is
 * read in chunks of lines with a margin on each side, so that each chunk stays within what the
 * call-site table reads at once; a use seen from two chunks is kept once.
 */
export function keyUses(text: string, path: string, language: Language, names?: ReadonlySet<string>): KeyUse[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const lineEnd = (index: number): number => (index + 1 < starts.length ? starts[index + 1]! - 1 : text.length);
  const uses: KeyUse[] = [];
  const seen = new Set<number>();
  for (let first = 0; first < starts.length; first += CHUNK_LINES) {
    const last = Math.min(starts.length, first + CHUNK_LINES) - 1;
    const from = starts[Math.max(0, first - CHUNK_MARGIN)]!;
    const to = lineEnd(Math.min(starts.length - 1, last + CHUNK_MARGIN));
    const chunk = text.slice(from, to);
    // Most chunks hold no JWT call, or none of the names looked for: the call table is not run on them.
    if (!CALL_WORD.test(chunk) || (names && ![...names].some((name) => chunk.includes(name)))) continue;
    const line: ScanLine = { path, language, lineNumber: first + 1, text: chunk, before: [], after: [] };
    const window = { text: chunk, lineStart: starts[first]! - from, lineEnd: lineEnd(last) - from };
    for (const { call, span, literal } of jwtKeyArguments(line, window)) {
      if (literal || seen.has(from + span.start)) continue;
      seen.add(from + span.start);
      const name = keyIdentifier(chunk.slice(span.start, span.end));
      if (name !== undefined) uses.push({ name, api: call.api, offset: from + span.start });
    }
  }
  return uses;
}

/** 1-based line of `offset` in `text`, counting from `firstLine`. */
export function lineOfOffset(text: string, offset: number, firstLine = 1): number {
  let line = firstLine;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
