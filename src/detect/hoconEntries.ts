// The name/value pairs of a HOCON line (Ktor, Akka and Play `application.conf`): `secret = "x"`
// inside `jwt {` is `jwt.secret`, and so is `jwt.secret = "x"` or `jwt { secret = "x" }` on one
// line. A substitution (`${?JWT_SECRET}`, `${jwt.default}`) is computed, so it is no value; a
// literal before a `secret = ${?JWT_SECRET}` override is the default the app runs with when the
// variable is unset, and stays a value. Parents come from the lines above in the window.
import type { ConfigEntry } from './configEntries.js';
import { literalAt } from './literals.js';

/** How much of each line the reader reads: a minified or hostile line must stay linear. */
const MAX_READ = 4000;
const ARRAY = Symbol('array');

/** Characters that end an unquoted key. */
const KEY_END = /[\s=:{}[\],#"$]/;
/** Characters that end an unquoted value (a value may hold spaces: `realm = ktor sample app`). */
const VALUE_END = /[,}\]#"$]/;

/**
 * Reads HOCON text left to right, keeping the keys of the open objects. Each value is reported with
 * its key and the keys around it; what stands in an array or after a substitution is not.
 */
export class HoconReader {
  private readonly stack: Array<string | undefined | typeof ARRAY> = [];
  private key: string | undefined;
  private afterSeparator = false;
  /** Inside a `"""` string that runs over lines. */
  private inTripleQuote = false;

  /** A reader in the same state, to go on from without changing this one. */
  clone(): HoconReader {
    const copy = new HoconReader();
    copy.stack.push(...this.stack);
    copy.key = this.key;
    copy.inTripleQuote = this.inTripleQuote;
    return copy;
  }

  read(text: string, onValue?: (name: string, value: string, index: number) => void): void {
    const end = Math.min(text.length, MAX_READ);
    let pos = 0;
    // A line ends a value and a key without a separator (`jwt` alone, then `{` on the next line stays open).
    this.afterSeparator = false;
    if (this.inTripleQuote) {
      const close = text.indexOf('"""');
      if (close === -1) return;
      this.inTripleQuote = false;
      pos = close + 3;
    }
    while (pos < end) {
      const ch = text[pos]!;
      if (ch === ' ' || ch === '\t' || ch === '\r') {
        pos++;
        continue;
      }
      if (ch === '#' || (ch === '/' && text[pos + 1] === '/')) return;
      if (ch === '"') {
        if (text.startsWith('"""', pos)) {
          const close = text.indexOf('"""', pos + 3);
          if (close === -1) {
            this.inTripleQuote = true;
            return;
          }
          this.valueDone();
          pos = close + 3;
          continue;
        }
        const literal = literalAt(text, pos, end);
        // An unclosed quote: nothing after it on the line is read (and no later quote is tried).
        if (!literal) return;
        pos = literal.end;
        if (this.afterSeparator) {
          // `"a"${?X}` and `"a" "b"` are concatenations: computed, or not this literal alone.
          const next = text.slice(pos, pos + 3).trimStart();
          if (!next.startsWith('$') && !next.startsWith('"')) this.report(literal.value, literal.start + 1, onValue);
          this.valueDone();
        } else {
          this.key = literal.value;
        }
        continue;
      }
      if (ch === '$' && text[pos + 1] === '{') {
        const close = text.indexOf('}', pos + 2);
        this.valueDone();
        if (close === -1) return;
        pos = close + 1;
        continue;
      }
      if (ch === '{') {
        this.stack.push(this.key);
        this.key = undefined;
        this.afterSeparator = false;
      } else if (ch === '}') {
        this.stack.pop();
        this.valueDone();
      } else if (ch === '[') {
        this.stack.push(ARRAY);
        this.valueDone();
      } else if (ch === ']') {
        this.stack.pop();
      } else if (ch === ',') {
        this.valueDone();
      } else if (ch === '=' || ch === ':') {
        if (this.key !== undefined) this.afterSeparator = true;
      } else if (ch === '+' && text[pos + 1] === '=') {
        // `list += x` appends: not a value of its own.
        this.valueDone();
        pos++;
      } else {
        pos = this.word(text, pos, end, onValue);
        continue;
      }
      pos++;
    }
  }

  /** An unquoted key, or an unquoted value after a separator; returns where it ends. */
  private word(text: string, pos: number, end: number, onValue?: (name: string, value: string, index: number) => void): number {
    if (this.afterSeparator) {
      let stop = pos;
      while (stop < end && !VALUE_END.test(text[stop]!) && !(text[stop] === '/' && text[stop + 1] === '/')) stop++;
      const value = text.slice(pos, stop).trimEnd();
      if (text[stop] !== '$' && text[stop] !== '"') this.report(value, pos, onValue);
      this.valueDone();
      return stop === pos ? pos + 1 : stop;
    }
    let stop = pos;
    while (stop < end && !KEY_END.test(text[stop]!)) stop++;
    if (stop === pos) return pos + 1;
    this.key = this.stack[this.stack.length - 1] === ARRAY ? undefined : text.slice(pos, stop);
    return stop;
  }

  private report(value: string, index: number, onValue?: (name: string, value: string, index: number) => void): void {
    if (this.key === undefined || this.stack.includes(ARRAY)) return;
    const parents = this.stack.filter((key): key is string => typeof key === 'string');
    onValue?.([...parents, this.key].join('.'), value, index);
  }

  private valueDone(): void {
    this.key = undefined;
    this.afterSeparator = false;
  }
}

/** `above`: a reader that has read the lines above in the hunk (FileFacts keeps one); else the window is read. */
export function hoconEntries(text: string, before: readonly string[], above?: HoconReader): ConfigEntry[] {
  const reader = above?.clone() ?? new HoconReader();
  if (!above) for (const line of before) reader.read(line);
  const entries: ConfigEntry[] = [];
  reader.read(text, (name, value, index) => entries.push({ name, value, index }));
  return entries;
}
