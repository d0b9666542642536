// Shannon entropy judged against a string's alphabet: 3.5 bits per character is high for hex
// (at most 4) but ordinary for base64 (at most 6), so each alphabet has its own threshold.
import { settings } from './settings.js';

export type Alphabet = 'hex' | 'base64' | 'other';

const HEX = /^[0-9a-fA-F]+$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export function alphabetOf(value: string): Alphabet {
  if (HEX.test(value)) return 'hex';
  if (BASE64.test(value)) return 'base64';
  return 'other';
}

/** Bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** True when `value` is long enough and random-looking for its alphabet (thresholds in settings). */
export function isHighEntropy(value: string): boolean {
  const { minLength, hex, base64, other } = settings().entropy;
  if (value.length < minLength) return false;
  const threshold = { hex, base64, other }[alphabetOf(value)];
  return shannonEntropy(value) >= threshold;
}
