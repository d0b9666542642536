// Keys that are weak or public: documentation and tutorial defaults, words people sign with, and
// keys scraped from public code (the list and its sources are in weakKeyList.ts). A literal from
// this list is a known key wherever it is used as one, and every finding that reports one says so.
import { settings } from './settings.js';
import { DOCUMENTED_WEAK_KEYS, SCRAPED_WEAK_KEYS } from './weakKeyList.js';

/** Built on first use: a scan that finds nothing never pays for the Set. */
let weak: Set<string> | undefined;

function weakSet(): Set<string> {
  weak ??= new Set([...DOCUMENTED_WEAK_KEYS, ...SCRAPED_WEAK_KEYS]);
  return weak;
}

export function isKnownWeakKey(value: string): boolean {
  return weakSet().has(value) || settings().extraWeakKeys.includes(value);
}

let builtIn: readonly string[] | undefined;

/** Every known weak key, built-in first, then the ones a config added (for trying against a token). */
export function knownWeakKeys(): readonly string[] {
  builtIn ??= [...weakSet()];
  const extra = settings().extraWeakKeys.filter((key) => !weakSet().has(key));
  return extra.length === 0 ? builtIn : [...builtIn, ...extra];
}

/** The sentence a finding about a known weak key ends with; every rule uses this one. */
export const PUBLICLY_KNOWN = 'It is a publicly known weak key.';

/** `why` with the publicly-known sentence added when `secret` is a known weak key and it is not there yet. */
export function withPubliclyKnown(why: string, secret: string): string {
  if (why.includes(PUBLICLY_KNOWN) || !isKnownWeakKey(secret)) return why;
  return `${why} ${PUBLICLY_KNOWN}`;
}
