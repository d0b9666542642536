// Finds string literals on a line with one left-to-right pass: no regex, so no backtracking,
// whatever the line holds.

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
  let pos = start + 1;
  while (pos < limit) {
    const ch = text[pos];
    if (ch === '\\') {
      pos += 2;
      continue;
    }
    if (ch === quote) {
      const value = text.slice(start + 1, pos);
      const prefix = start > 0 ? text[start - 1] : '';
      const interpolated =
        (quote === '`' && value.includes('${')) ||
        value.includes('#{') ||
        ((prefix === 'f' || prefix === 'F') && value.includes('{')) ||
        (prefix === '$' && value.includes('{'));
      return { value, start, end: pos + 1, quote, interpolated };
    }
    if (ch === '\n' && quote !== '`') return undefined;
    pos++;
  }
  return undefined;
}

/**
 * Every literal that opens and closes within `text[from, to)`. Linear: once a quote fails to
 * close, no later quote of the same kind on that line can close either (the scan from the later
 * one would follow the same escapes), so those are not tried again until the next newline.
 */
export function stringLiterals(text: string, from = 0, to = text.length): StringLiteral[] {
  const found: StringLiteral[] = [];
  const deadUntil = new Map<string, number>();
  let pos = from;
  while (pos < to) {
    const ch = text[pos]!;
    if (QUOTES.has(ch) && pos >= (deadUntil.get(ch) ?? -1)) {
      const literal = literalAt(text, pos, to);
      if (literal) {
        found.push(literal);
        pos = literal.end;
        continue;
      }
      const newline = ch === '`' ? -1 : text.indexOf('\n', pos);
      deadUntil.set(ch, newline === -1 ? to : newline);
    }
    pos++;
  }
  return found;
}

export function hasQuote(text: string): boolean {
  return text.includes('"') || text.includes("'") || text.includes('`');
}
