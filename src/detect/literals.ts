// Finds string literals on a line with native searches from quote to quote: no regex over the
// literal's body, so no backtracking, and each character is passed over a bounded number of times.

export interface StringLiteral {
  /** The text between the quotes, as written (escapes left as they are). */
  value: string;
  /** Offset of the opening quote. */
  start: number;
  /** Offset just after the closing quote. */
  end: number;
  quote: string;
  /** A template or interpolated string (`${…}`, `#{…}`, f-strings): not a fixed value. */
  interpolated: boolean;
}

const QUOTES = new Set(["'", '"', '`']);

/**
 * The literal whose opening quote is at `start`, or undefined when it does not close before
 * `limit` (or, for quotes other than backticks, before the end of the line).
 */
export function literalAt(text: string, start: number, limit = text.length): StringLiteral | undefined {
  const quote = text[start];
  if (quote === undefined || !QUOTES.has(quote)) return undefined;
  const close = unescapedIndexOf(text, quote, start + 1, limit);
  if (close === -1) return undefined;
  const value = text.slice(start + 1, close);
  // Only a template literal runs over a line end (an escaped newline continues a line).
  if (quote !== '`' && value.includes('\n') && unescapedIndexOf(value, '\n', 0, value.length) !== -1) return undefined;
  const prefix = start > 0 ? text[start - 1] : '';
  const interpolated =
    (quote === '`' && value.includes('${')) ||
    value.includes('#{') ||
    ((prefix === 'f' || prefix === 'F') && value.includes('{')) ||
    (prefix === '$' && value.includes('{'));
  return { value, start, end: close + 1, quote, interpolated };
}

/**
 * The first `char` in text[from, limit) not escaped by an odd run of backslashes, or -1. Within a
 * limit short of the text's end the search stays inside it, so a bounded caller stays bounded.
 */
function unescapedIndexOf(text: string, char: string, from: number, limit: number): number {
  let at = limit < text.length ? boundedIndexOf(text, char, from, limit) : text.indexOf(char, from);
  while (at !== -1 && at < limit) {
    let backslashes = 0;
    while (at - backslashes - 1 >= from && text.charCodeAt(at - backslashes - 1) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = limit < text.length ? boundedIndexOf(text, char, at + 1, limit) : text.indexOf(char, at + 1);
  }
  return -1;
}

function boundedIndexOf(text: string, char: string, from: number, limit: number): number {
  const code = char.charCodeAt(0);
  for (let i = from; i < limit; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

const QUOTE = /['"`]/g;
/** Character codes of the three quotes. */
const SINGLE = 0x27;
const DOUBLE = 0x22;
const BACKTICK = 0x60;

/**
 * Every literal that opens and closes within `text[from, to)`. Linear: once a quote fails to
 * close, no later quote of the same kind on that line can close either (the scan from the later
 * one would follow the same escapes), so those are not tried again until the next newline.
 */
export function stringLiterals(text: string, from = 0, to = text.length): StringLiteral[] {
  // Several rules ask for the same line in turn: the last whole-line answer is kept.
  const wholeLine = from === 0 && to === text.length;
  if (wholeLine && text === lastLine) return lastLiterals;
  const found: StringLiteral[] = [];
  // Per quote, where its quotes may open a literal again (see above).
  let singleDeadUntil = -1;
  let doubleDeadUntil = -1;
  let backtickDeadUntil = -1;
  let pos = from;
  while (pos < to) {
    // The next quote: a native search, and `test` makes no match object.
    QUOTE.lastIndex = pos;
    if (!QUOTE.test(text)) break;
    pos = QUOTE.lastIndex - 1;
    if (pos >= to) break;
    const code = text.charCodeAt(pos);
    const deadUntil = code === SINGLE ? singleDeadUntil : code === DOUBLE ? doubleDeadUntil : backtickDeadUntil;
    if (pos >= deadUntil) {
      const literal = literalAt(text, pos, to);
      if (literal) {
        found.push(literal);
        pos = literal.end;
        continue;
      }
      const newline = code === BACKTICK ? -1 : text.indexOf('\n', pos);
      const until = newline === -1 ? to : newline;
      if (code === SINGLE) singleDeadUntil = until;
      else if (code === DOUBLE) doubleDeadUntil = until;
      else backtickDeadUntil = until;
    }
    pos++;
  }
  if (wholeLine) {
    lastLine = text;
    lastLiterals = found;
  }
  return found;
}

let lastLine: string | undefined;
let lastLiterals: StringLiteral[] = [];

export function hasQuote(text: string): boolean {
  // The engine and several rules ask about the same line in turn.
  if (text !== lastQuoteText) {
    lastQuoteText = text;
    lastQuoted = text.includes('"') || text.includes("'") || text.includes('`');
  }
  return lastQuoted;
}

let lastQuoteText: string | undefined;
let lastQuoted = false;
