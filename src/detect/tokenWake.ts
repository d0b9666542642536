// Which added lines make the token analysis read their file. Lexing a file costs far more than the
// line rules, so a file is read only when its added lines say something the line rules cannot
// settle: a JWT line (FileFacts.jwtNeedsTokens), a literal bound to a key-ish name in a file that
// may export it, or a lone string argument of a call spread over lines.

/** An added line that another file may import a value from: `module.exports`, `export const`, a Python constant. */
const EXPORT_LINE = /\bmodule\.exports\b|\bexports\.\w+\s*=|\bexport\s+(?:const|let|var|default)\b|^[A-Z_][A-Z0-9_]*\s*[:=]/;
/** A key-ish name given a string literal on the line: `secret: 'x'`, `JWT_KEY = "x"`. */
const KEYISH_LITERAL = /(?:secret|key|sign|hmac|jwt|priv|pass|salt|cred)\w*['"]?\s*[:=]\s*[bru]?['"`]/i;
/**
 * An added line that is only a string argument (`  'secret',`): the line a formatter leaves when it
 * spreads a call, whose callee may stand far outside the diff.
 */
const LONE_ARGUMENT = /^\s*(?:[bru]?(?:'[^']+'|"[^"]+")|`[^`$]+`)\s*(?:[,)]|$)/;

/** What one file's added lines say about reading it by tokens. */
export class TokenWake {
  private exportLine = false;
  private loneArgument = false;
  /** The added lines, looked at again only when an export line stood among them. */
  private readonly added: string[] = [];

  observe(text: string): void {
    this.added.push(text);
    if (!this.exportLine && (text.includes('export') || /^[A-Z_]/.test(text)) && EXPORT_LINE.test(text)) this.exportLine = true;
    if (!this.loneArgument && LONE_ARGUMENT.test(text)) this.loneArgument = true;
  }

  /** A key-ish literal may be exported: other files may use it as a key. */
  get mayExportKey(): boolean {
    return this.exportLine && this.added.some((text) => KEYISH_LITERAL.test(text));
  }

  /** With what the line rules learnt of the file: its added lines call for the token analysis. */
  awake(jwtNeedsTokens: boolean): boolean {
    return jwtNeedsTokens || this.loneArgument || this.mayExportKey;
  }
}
