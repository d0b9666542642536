// Tells a provider token from a placeholder written in the same format. A real token's random
// part has no long runs of one character, no alphabet walks (abcdef, 123456), many distinct
// characters and no "example"/"your" words; `ghp_xxxx…`, `sk_live_1234…` and AWS's documented
// `AKIAIOSFODNN7EXAMPLE` fail. Plain loops and one short regex: linear on any input.
import type { RuleMatch, ScanLine } from './types.js';

/** Words and marks that only placeholders and documentation examples contain. */
const PLACEHOLDER_MARK = /example|sample|dummy|placeholder|redacted|your|xxxx|\*\*\*|\.\.\./i;

/**
 * Keys published on purpose, for local development or as documentation examples: not secrets.
 * (AWS's example key pair is caught by its EXAMPLE mark.)
 */
const PUBLISHED_VALUES = new Set([
  // Azurite (the Azure storage emulator) uses this account key for everyone.
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  // The token in Telegram's Bot API documentation.
  '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
]);

export function isPublishedValue(value: string): boolean {
  return PUBLISHED_VALUES.has(value);
}

/** True when some character repeats `length` times in a row (`xxxxx`, `00000`). */
export function hasRun(text: string, length: number): boolean {
  let count = 1;
  for (let i = 1; i < text.length; i++) {
    count = text[i] === text[i - 1] ? count + 1 : 1;
    if (count >= length) return true;
  }
  return false;
}

/** True when `length` characters in a row step up or down by one (`abcdef`, `123456`, `FEDCBA`). */
export function hasWalk(text: string, length: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < text.length; i++) {
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    if (up >= length || down >= length) return true;
  }
  return false;
}

/**
 * True when `body` (a token's random part, without its prefix) is shaped like a generated value:
 * at least `minDistinct` different characters, no run of 5, no walk of 6, no placeholder words.
 * A random 36-character base62 string passes with certainty to many decimal places.
 */
export function looksGenerated(body: string, minDistinct: number): boolean {
  if (PLACEHOLDER_MARK.test(body) || hasRun(body, 5) || hasWalk(body, 6)) return false;
  return new Set(body).size >= minDistinct;
}

/** True when `test` holds for the line or one of its neighbours (a regex must not have the `g` flag). */
export function nearby(line: ScanLine, test: RegExp | ((text: string) => boolean)): boolean {
  const holds = typeof test === 'function' ? test : (text: string) => test.test(text);
  return holds(line.text) || line.before.some(holds) || line.after.some(holds);
}

/**
 * The matches of `pattern` (with the `g` flag) that `accept` keeps, each reported with `why`. The
 * secret is the whole match, or the named group `secret` when the pattern has one.
 */
export function tokenMatches(text: string, pattern: RegExp, accept: (m: RegExpExecArray) => boolean, why: string): RuleMatch[] {
  const matches: RuleMatch[] = [];
  // exec on the shared regex: matchAll copies the regex at every call, a visible cost on big commits.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!accept(m)) continue;
    const secret = m.groups?.['secret'] ?? m[0];
    matches.push({ secret, index: m.index + m[0].indexOf(secret), why });
  }
  return matches;
}
