// Where JWT libraries take their key, and whether what stands there is a literal. A call may run
// over several lines, so this works on the line joined with its neighbours (see joinWindow).
import type { Language } from './language.js';
import { literalAt, type StringLiteral } from './literals.js';
import type { ScanLine } from './types.js';

export interface JwtCall {
  /** How the message names the API. */
  api: string;
  languages: readonly Language[];
  /** Global regex whose match ends just after the call's opening parenthesis. */
  pattern: RegExp;
  /** 0-based position of the key among the call's arguments. */
  keyArgument: number;
}

const JS: readonly Language[] = ['javascript'];

/**
 * JWT sign and verify calls, with the position of the key in each (from the libraries' docs):
 * jsonwebtoken sign(payload, secretOrPrivateKey) and verify(token, secretOrPublicKey); jwt-simple
 * encode(payload, secret) and decode(token, secret); @nestjs/jwt sign(payload, { secret }); jose
 * new SignJWT(…)….sign(key), jwtVerify(jwt, key), crypto.createSecretKey(key).
 */
export const JWT_CALLS: readonly JwtCall[] = [
  {
    api: 'jwt.sign()/verify()',
    languages: JS,
    // Bounded name parts and a word start keep this linear on long runs of word characters.
    pattern: /(?<![\w$])[\w$]{0,40}(?:jwt|Jwt|JWT|jsonwebtoken|jws|JWS)[\w$]{0,40}\s*\.\s*(?:sign|verify|signAsync|verifyAsync|encode|decode)\s*\(/g,
    keyArgument: 1,
  },
  { api: 'sign()/verify()', languages: JS, pattern: /(?<![\w$.])(?:sign|verify)\s*\(/g, keyArgument: 1 },
  { api: 'jose jwtVerify()', languages: JS, pattern: /(?<![\w$])(?:jwtVerify|jwtDecrypt|compactVerify|flattenedVerify)\s*\(/g, keyArgument: 1 },
  { api: 'jose SignJWT.sign()', languages: JS, pattern: /\)\s*\.\s*(?:sign|encrypt)\s*\(/g, keyArgument: 0 },
  { api: 'crypto.createSecretKey()', languages: JS, pattern: /(?<![\w$])(?:crypto\s*\.\s*)?createSecretKey\s*\(/g, keyArgument: 0 },
];

/** Calls whose argument is the key itself: `Buffer.from('x')` in a key position is a literal key. */
const KEY_WRAPPER = /^(?:new\s+TextEncoder\s*\(\s*\)\s*\.\s*encode|Buffer\s*\.\s*from|(?:crypto\s*\.\s*)?createSecretKey|Uint8Array\s*\.\s*from|new\s+Uint8Array|String)\s*\(/;
/** Option names that hold the key when a call takes an options object (@nestjs/jwt, koa-jwt). */
const OPTION_KEY = /(?:^|[{,\s])(?:secret|privateKey|secretOrPrivateKey|secretOrKey|key)\s*:\s*/g;

/** Longest stretch of a call's arguments read: keeps each call linear on minified code. */
const MAX_CALL_SPAN = 2000;

export interface Window {
  text: string;
  /** Offset of the scanned line in `text`, and of its end. */
  lineStart: number;
  lineEnd: number;
}

/** The line with its neighbours, joined by newlines. */
export function joinWindow(line: ScanLine): Window {
  const before = line.before.length > 0 ? `${line.before.join('\n')}\n` : '';
  const after = line.after.length > 0 ? `\n${line.after.join('\n')}` : '';
  return { text: before + line.text + after, lineStart: before.length, lineEnd: before.length + line.text.length };
}

export interface Span {
  start: number;
  end: number;
}

/** The top-level arguments of a call whose `(` ends at `from`, up to its `)` or the end of text. */
export function callArguments(text: string, from: number, lineComment: string): Span[] {
  const spans: Span[] = [];
  const limit = Math.min(text.length, from + MAX_CALL_SPAN);
  let depth = 0;
  let argStart = from;
  let pos = from;
  while (pos < limit) {
    const ch = text[pos]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      const literal = literalAt(text, pos);
      pos = literal ? literal.end : pos + 1;
      continue;
    }
    if (text.startsWith(lineComment, pos)) {
      const newline = text.indexOf('\n', pos);
      pos = newline === -1 ? limit : newline;
      continue;
    }
    if (ch === '/' && text[pos + 1] === '*') {
      const close = text.indexOf('*/', pos + 2);
      pos = close === -1 ? limit : close + 2;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) {
        spans.push({ start: argStart, end: pos });
        return spans;
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      spans.push({ start: argStart, end: pos });
      argStart = pos + 1;
    }
    pos++;
  }
  // The call runs past what we can see: its last argument is incomplete and not judged.
  return spans;
}

/**
 * The literal an argument reduces to when it is a fixed key: `'x'`, `Buffer.from('x')`,
 * `new TextEncoder().encode('x')`, `{ secret: 'x' }`. Undefined for anything computed.
 */
export function keyLiteral(text: string, span: Span, lineComment: string): StringLiteral | undefined {
  let start = span.start;
  while (start < span.end && /\s/.test(text[start]!)) start++;
  let end = span.end;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) return undefined;
  const literal = literalAt(text, start);
  if (literal) {
    const rest = text.slice(literal.end, end).trim();
    if (rest === '' || /^as\s+[\w.]+$/.test(rest) || rest === '!') return literal.interpolated ? undefined : literal;
    return undefined;
  }
  const argText = text.slice(start, Math.min(end, start + 200));
  const wrapper = KEY_WRAPPER.exec(argText);
  if (wrapper) {
    const inner = callArguments(text, start + wrapper[0].length, lineComment)[0];
    return inner ? keyLiteral(text, inner, lineComment) : undefined;
  }
  if (text[start] === '{') {
    const body = text.slice(start, end);
    OPTION_KEY.lastIndex = 0;
    for (let m = OPTION_KEY.exec(body); m; m = OPTION_KEY.exec(body)) {
      const valueStart = start + m.index + m[0].length;
      const value = keyLiteral(text, { start: valueStart, end: optionValueEnd(text, valueStart, end) }, lineComment);
      if (value) return value;
    }
  }
  return undefined;
}

function optionValueEnd(text: string, from: number, limit: number): number {
  const literal = literalAt(text, from);
  if (literal) return literal.end;
  const comma = text.indexOf(',', from);
  return comma === -1 || comma > limit ? limit : comma;
}

export function lineCommentOf(language: Language): string {
  return language === 'python' || language === 'ruby' || language === 'shell' || language === 'yaml' ? '#' : '//';
}

export interface KeyArgument {
  call: JwtCall;
  span: Span;
  literal: StringLiteral | undefined;
}

/** Key arguments of the JWT calls that start in the window at or before the end of the line. */
export function jwtKeyArguments(line: ScanLine, window: Window): KeyArgument[] {
  const found: KeyArgument[] = [];
  const comment = lineCommentOf(line.language);
  const searchFrom = Math.max(0, window.lineStart - MAX_CALL_SPAN);
  for (const call of JWT_CALLS) {
    if (!call.languages.includes(line.language)) continue;
    call.pattern.lastIndex = searchFrom;
    for (let m = call.pattern.exec(window.text); m && m.index < window.lineEnd; m = call.pattern.exec(window.text)) {
      const args = callArguments(window.text, m.index + m[0].length, comment);
      const span = args[call.keyArgument];
      if (!span || span.end < window.lineStart || span.start > window.lineEnd) continue;
      found.push({ call, span, literal: keyLiteral(window.text, span, comment) });
    }
  }
  return found;
}
