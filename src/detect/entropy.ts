// Shannon entropy judged against a string's alphabet and length. 3.5 bits per character is high for
// hex (at most 4) but ordinary for base64 (at most 6), so each alphabet has its own threshold. And a
// string of n characters holds at most log2(n) bits a character: a random 16-character base64 key
// scores about 3.8 and can never reach 4.2. So a short string is judged against what a random
// string of its length and alphabet scores on average, less a margin (settings.ts); the configured
// threshold is the bar for long strings, where that expectation passes it.
import { ENTROPY_BELOW_RANDOM, settings } from './settings.js';

export type Alphabet = 'hex' | 'base64' | 'other';

const HEX = /^[0-9a-fA-F]+$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** The characters of file paths, hosts, URLs and e-mail addresses. */
const PATH_OR_HOST = /^[\w./:@~-]+$/;

/** Symbols a random string of each alphabet draws from: other is printable ASCII without the space. */
const ALPHABET_SIZE: Readonly<Record<Alphabet, number>> = { hex: 16, base64: 64, other: 94 };

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

/**
 * The mean Shannon entropy (bits per character) of n characters drawn uniformly from k symbols.
 * Exact: each symbol's count c is Binomial(n, 1/k), and the entropy is the sum over symbols of
 * -(c/n)·log2(c/n), so its mean is k times the mean of that term over c.
 */
export function expectedEntropy(n: number, k: number): number {
  if (n <= 1) return 0;
  const p = 1 / k;
  let logChoose = 0; // ln C(n, c), built up from c = 0
  let bits = 0;
  for (let c = 1; c <= n; c++) {
    logChoose += Math.log(n - c + 1) - Math.log(c);
    const probability = Math.exp(logChoose + c * Math.log(p) + (n - c) * Math.log1p(-p));
    bits -= probability * (c / n) * Math.log2(c / n);
  }
  return k * bits;
}

/** Past this length every alphabet's expectation, less the margin, is above any default threshold. */
const TABLE_LENGTH = 128;
/** expectedEntropy(n, k) for n < TABLE_LENGTH, per alphabet, worked out on first use. */
const expected = new Map<Alphabet, Float64Array>();

function expectedFor(alphabet: Alphabet, n: number): number {
  if (n >= TABLE_LENGTH) return Infinity;
  let table = expected.get(alphabet);
  if (!table) {
    table = new Float64Array(TABLE_LENGTH);
    for (let i = 0; i < TABLE_LENGTH; i++) table[i] = expectedEntropy(i, ALPHABET_SIZE[alphabet]);
    expected.set(alphabet, table);
  }
  return table[n]!;
}

/** Bits per character at which a string of this length and alphabet counts as random. */
export function entropyThreshold(length: number, alphabet: Alphabet): number {
  const configured = settings().entropy[alphabet];
  return Math.min(configured, expectedFor(alphabet, length) - ENTROPY_BELOW_RANDOM[alphabet]);
}

/**
 * How much more often each pair of letters (first letter a row, second a column) occurs in English
 * words of code than in random letters: log2 of that ratio, rounded and clipped to -4..5, written
 * '0'..'9' (4 is as often as chance). Made by bench/bigrams.mjs from the words of TypeScript's DOM
 * and Node.js type definitions and their doc comments. At 16 to 20 characters, camelCase names,
 * paths and MIME types score as much entropy as random base64 (their letters are distinct enough);
 * their letter pairs tell them apart: English ones score about +2 a pair, random ones about -2.
 */
const ENGLISH_PAIRS = [
  '04660140401667060657432240', // a
  '40006000340400500220500030', // b
  '50217005405400610556400010', // c
  '41047000500205600241300010', // d
  '65674630310668344876173640', // e
  '50006500500201500431400020', // f
  '30005122300403200323200000', // g
  '50007000500020400306100000', // h
  '43564540001658740476040203', // i
  '10004000000000000040000000', // j
  '00005000200001000010000000', // k
  '63037110600610610144420050', // l
  '55057000500420640020200000', // m
  '50666270403503520068520040', // n
  '25661630502558460745534005', // o
  '50007002500400530655300000', // p
  '00000000000000000000400000', // q
  '60338550603344600546430040', // r
  '40407204501201550167440040', // s
  '60328108700340650656501060', // t
  '23235420300555030555000000', // u
  '50007040400000500000000000', // v
  '30005004500002300320000000', // w
  '10202000200000030005000000', // x
  '00001000100213250022000000', // y
  '00003000500000000000000000', // z
];
/** At or above this mean score a pair, a string's letters read as words. */
const WORDS_SCORE = 0;
/** Fewer letter pairs than this say nothing either way: such a string is mostly digits and symbols. */
const MIN_LETTER_PAIRS = 3;

function letterIndex(code: number): number {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122 ? lower - 97 : -1;
}

/** Whether a string's adjacent letters are, on average, pairs common in English words: names, not noise. */
export function readsAsWords(value: string): boolean {
  let score = 0;
  let pairs = 0;
  let previous = -1;
  for (let i = 0; i < value.length; i++) {
    const letter = letterIndex(value.charCodeAt(i));
    if (letter !== -1 && previous !== -1) {
      score += ENGLISH_PAIRS[previous]!.charCodeAt(letter) - 52;
      pairs++;
    }
    previous = letter;
  }
  return pairs >= MIN_LETTER_PAIRS && score >= WORDS_SCORE * pairs;
}

/** A provider's lowercase prefix (`shpat_`, `whsec_`, `xoxb-`): a token's randomness is in what follows it. */
const TOKEN_PREFIX = /^[a-z]{2,8}[_-]/;

/**
 * True when `value` is long enough and random-looking for its alphabet and length (thresholds in
 * settings): at or above its alphabet's threshold, as always; or, when shorter, near what a random
 * string of its length scores and not made of English letter pairs. A prefixed token is judged so
 * by its body, which must be long enough alone.
 */
export function isHighEntropy(value: string): boolean {
  const { minLength } = settings().entropy;
  if (value.length < minLength) return false;
  if (shannonEntropy(value) >= settings().entropy[alphabetOf(value)]) return true;
  const body = value.replace(TOKEN_PREFIX, '');
  return body.length >= minLength && nearRandomForItsLength(body);
}

function nearRandomForItsLength(value: string): boolean {
  const alphabet = alphabetOf(value);
  // Of 94 symbols a random string holds others than a path's or a host's: without them it is a name.
  if (alphabet === 'other' && PATH_OR_HOST.test(value)) return false;
  return shannonEntropy(value) >= entropyThreshold(value.length, alphabet) && !readsAsWords(value);
}
