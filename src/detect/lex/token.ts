// What the lexers make of a file: names, strings, numbers and punctuation, with comments dropped.
// Offsets are into the file's text; lines are 1-based.

export type TokenKind = 'name' | 'string' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The source text of the token (for a string, with its prefix and quotes). */
  text: string;
  start: number;
  end: number;
  /** Line of the token's first character. */
  line: number;
  /** For a string: what stands between its quotes, as written (escapes left as they are). */
  value?: string;
  /** For a string: offset of the value's first character. */
  valueStart?: number;
  /** For a string: no interpolation (`${x}`, `#{x}`, f-string `{x}`, `$x`): its value is fixed. */
  fixed?: boolean;
}

export function isPunct(token: Token | undefined, text: string): boolean {
  return token !== undefined && token.kind === 'punct' && token.text === text;
}

export function isName(token: Token | undefined, text?: string): boolean {
  return token !== undefined && token.kind === 'name' && (text === undefined || token.text === text);
}
