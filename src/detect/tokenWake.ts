// Which added lines make the token analysis read their file. Lexing a file costs far more than the
// line rules, so a file is read only when its added lines say something the line rules cannot
// settle: a JWT line (FileFacts.jwtNeedsTokens), a literal bound to a key-ish name in a file that
// may export it, or a lone string argument of a call spread over lines.
import type { Language } from './language.js';

/** An added line that another file may import a value from: `module.exports`, `export const`, a Python constant. */
const EXPORT_LINE = /\bmodule\.exports\b|\bexports\.\w+\s*=|\bexport\s+(?:const|let|var|default)\b|^[A-Z_][A-Z0-9_]*\s*[:=]|^\s*define\s*\(\s*['"]/;
/** A key-ish name given a string literal on the line: `secret: 'x'`, `JWT_KEY = "x"`. */
const KEYISH_LITERAL = /(?:secret|key|sign|hmac|jwt|priv|pass|salt|cred)\w*['"]?\s*(?:[:=]|,(?=\s*['"]))\s*[bru]?['"`]/i;
/**
 * An added line that is only a string argument (`  'secret',`): the line a formatter leaves when it
 * spreads a call, whose callee may stand far outside the diff.
 */
const LONE_ARGUMENT = /^\s*(?:[bru]?(?:'[^']+'|"[^"]+")|`[^`$]+`)\s*(?:[,)]|$)/;

const CODE_A = 65;
const CODE_Z = 90;
const CODE_UNDERSCORE = 95;
/** Characters a lone string argument may start with, after indentation: a quote or a b/r/u prefix. */
const ARGUMENT_START = new Set(["'", '"', '`', 'b', 'r', 'u']);

/** The first character of `text` after spaces and tabs ('' for a blank line). */
function firstNonBlank(text: string): string {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] ?? '';
}

/** What one file's added lines say about reading it by tokens. Most lines cost a character test or two. */
export class TokenWake {
  private exportLine = false;
  private loneArgument = false;
  /** The word an export line of the file's language holds, if any (a constant needs none). */
  private readonly exportWord: string | undefined;

  constructor(language: Language = 'javascript') {
    this.exportWord = language === 'javascript' ? 'export' : language === 'php' ? 'define' : undefined;
  }

  observe(text: string): void {
    if (!this.exportLine) {
      const first = text.charCodeAt(0);
      const constant = (first >= CODE_A && first <= CODE_Z) || first === CODE_UNDERSCORE;
      if ((constant || (this.exportWord !== undefined && text.includes(this.exportWord))) && EXPORT_LINE.test(text)) this.exportLine = true;
    }
    if (!this.loneArgument && ARGUMENT_START.has(firstNonBlank(text)) && LONE_ARGUMENT.test(text)) this.loneArgument = true;
  }

  /**
   * With what the line rules learnt of the file, and its hunks as the diff showed them (undefined
   * when they were not all kept): read again only after an export line, for a key-ish literal that
   * may be exported. Whether the file's added lines call for the token analysis.
   */
  awake(jwtNeedsTokens: boolean, hunks: ReadonlyArray<readonly string[]> | undefined): boolean {
    if (jwtNeedsTokens || this.loneArgument) return true;
    if (!this.exportLine) return false;
    return hunks === undefined || hunks.some((lines) => lines.some((text) => KEYISH_LITERAL.test(text)));
  }
}
